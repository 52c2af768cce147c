// Projected coordinates of the geolocated SIRENE files (Lambert-93 in metropolitan France, UTM in
// the overseas départements) → WGS84 latitude/longitude, with proj4 (a well-kept library: the datum
// shifts and the Lambert conic formulas are not ours to rewrite). Pure: the caller hands proj4 in —
// the Node reader loads the whole package on its first conversion, the map a chunk holding proj4's
// core and the two projections below (fetched only for a file with such columns). One table of
// systems and one rounding for both, so the map and the CLI place a record at the same point.
// The EPSG definitions below are the official parameters of each system.

/** The part of proj4 used here: a converter from one definition to another. */
export type Proj4Like = (from: string, to: string) => { forward: (point: number[]) => number[] };

export const PROJECTED_SYSTEMS: Readonly<Record<string, string>> = {
  // RGF93 v1 / Lambert-93 (metropolitan France, Corsica)
  '2154': '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
  // RGAF09 / UTM 20N (Guadeloupe, Martinique)
  '5490': '+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
  // RGFG95 / UTM 22N (Guyane)
  '2972': '+proj=utm +zone=22 +ellps=GRS80 +towgs84=2,2,-2,0,0,0,0 +units=m +no_defs +type=crs',
  // RGR92 / UTM 40S (La Réunion)
  '2975': '+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
  // RGM04 / UTM 38S (Mayotte)
  '4471': '+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
};

/** The EPSG codes read (others are left unconverted: the record keeps no location). */
export const PROJECTED_EPSG_CODES = Object.keys(PROJECTED_SYSTEMS);

/**
 * A converter of projected `x`, `y` in the system `epsg` (default 2154, Lambert-93) to `{ lat, lon }`,
 * or null when the system is not one of PROJECTED_EPSG_CODES or the numbers are not finite. `proj4`
 * is asked for on the first conversion only.
 */
export function makeProjector(proj4: () => Proj4Like): (x: number, y: number, epsg?: string) => { lat: number; lon: number } | null {
  const converters = new Map<string, ReturnType<Proj4Like>>();
  return (x, y, epsg = '2154') => {
    const code = epsg.replace(/^EPSG:/i, '').trim();
    const def = Object.hasOwn(PROJECTED_SYSTEMS, code) ? PROJECTED_SYSTEMS[code] : undefined;
    if (def === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return null;
    let c = converters.get(code);
    if (c === undefined) {
      c = proj4()(def, 'WGS84');
      converters.set(code, c);
    }
    const [lon, lat] = c.forward([x, y]) as [number, number];
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
    // Seven decimals: about a centimetre, more than the source's metre.
    return { lat: Math.round(lat * 1e7) / 1e7, lon: Math.round(lon * 1e7) / 1e7 };
  };
}
