// topojson-client ships no types; we use only its `feature` (TopoJSON object → GeoJSON).
declare module 'topojson-client/src/feature.js' {
  export default function feature(topology: unknown, object: unknown): unknown;
}
