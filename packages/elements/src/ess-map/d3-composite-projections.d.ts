// The package's own index.d.ts only types its root entry; we import the one projection we use
// directly (its root index re-exports a dozen others and resolves extension-less paths).
declare module 'd3-composite-projections/src/conicConformalFrance.js' {
  import type { GeoProjection } from 'd3-geo';
  export interface GeoCompositeProjection extends GeoProjection {
    getCompositionBorders(): string;
  }
  export default function geoConicConformalFrance(): GeoCompositeProjection;
}

// topojson-client ships no types; we use only its `feature` (TopoJSON object → GeoJSON).
declare module 'topojson-client/src/feature.js' {
  export default function feature(topology: unknown, object: unknown): unknown;
}
