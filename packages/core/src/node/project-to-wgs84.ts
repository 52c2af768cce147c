// Projected coordinates → WGS84 for the Node reader and the CLI: core's projector
// (formats/project-to-wgs84.ts: the systems and the rounding the map uses too) over the whole proj4
// package, loaded on the first conversion only — most files carry no projected coordinates, and the
// CLI must start fast (its Ctrl-C handler is set once its modules are loaded).
import { createRequire } from 'node:module';
import type proj4Type from 'proj4';
import { makeProjector, type Proj4Like } from '../formats/project-to-wgs84.js';

export { PROJECTED_EPSG_CODES } from '../formats/project-to-wgs84.js';

let proj4: Proj4Like | null = null;

/** `{ lat, lon }` of projected `x`, `y` in the system `epsg` (default 2154, Lambert-93), or null (see makeProjector). */
export const projectToWgs84 = makeProjector(() => (proj4 ??= createRequire(import.meta.url)('proj4') as typeof proj4Type as unknown as Proj4Like));
