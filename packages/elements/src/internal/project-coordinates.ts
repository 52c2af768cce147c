// Projected coordinates in a file read by the map (geolocated SIRENE: Lambert-93, UTM overseas) →
// WGS84, by core's projector (the systems and rounding the CLI uses) over proj4's core with the
// Lambert conformal conic and UTM projections. A chunk fetched only when a CSV has such columns.
import { makeProjector } from '@terreau/core';
import proj4 from 'proj4/lib/core.js';
import Proj from 'proj4/lib/Proj.js';
import lcc from 'proj4/lib/projections/lcc.js';
import utm from 'proj4/lib/projections/utm.js';

let registered = false;

/** `{ lat, lon }` of projected `x`, `y` in `epsg` (default Lambert-93), or null (see core's makeProjector). */
export const projectToWgs84 = makeProjector(() => {
  if (!registered) {
    Proj.projections.add(lcc);
    Proj.projections.add(utm);
    registered = true;
  }
  return proj4;
});
