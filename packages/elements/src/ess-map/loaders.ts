// The chunks <ess-map> fetches after start, one object each so the LazyController (the one way an
// element loads code) reads `load` at each attempt and a test can swap it to simulate a network
// failure. Lit-free.
export type ExportsModule = typeof import('./exports.js');
export type PanelsModule = typeof import('./map-panels.js');

/** The export code (files, summary CSV), fetched on the first export. */
export const exportsLoader = { load: (): Promise<ExportsModule> => import('./exports.js') };
/** The filter, coverage and export panels and the card (map-panels.ts), fetched beside the data. */
export const panelsLoader = { load: (): Promise<PanelsModule> => import('./map-panels.js') };
