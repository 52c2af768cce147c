// proj4's own modules, imported one by one so the map's projection chunk holds its core and the two
// projections of the geolocated SIRENE files only (22 kB gzip instead of 42 kB for the whole package).
declare module 'proj4/lib/core.js' {
  const proj4: (from: string, to: string) => { forward: (point: number[]) => number[] };
  export default proj4;
}
declare module 'proj4/lib/Proj.js' {
  const Proj: { projections: { add: (projection: unknown) => void } };
  export default Proj;
}
declare module 'proj4/lib/projections/lcc.js' {
  const lcc: unknown;
  export default lcc;
}
declare module 'proj4/lib/projections/utm.js' {
  const utm: unknown;
  export default utm;
}
