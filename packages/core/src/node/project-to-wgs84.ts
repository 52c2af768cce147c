// Projected coordinates of the geolocated SIRENE files (Lambert-93 in metropolitan France, UTM in
// the overseas départements) → WGS84 latitude/longitude, with proj4 (a well-kept library: the
// datum shifts and the Lambert conic formulas are not ours to rewrite). Node only: the widgets do
// not carry it. The EPSG definitions below are the official parameters of each system.
import proj4 from 'proj4';

const DEFINITIONS: Readonly<Record<string, string>> = {
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

const converters = new Map<string, proj4.Converter>();

/** The EPSG codes read (others are left unconverted: the record keeps no location). */
export const PROJECTED_EPSG_CODES = Object.keys(DEFINITIONS);

/**
 * `{ lat, lon }` of projected `x`, `y` in the system `epsg` (default 2154, Lambert-93), or null
 * when the system is not one of PROJECTED_EPSG_CODES or the numbers are not finite.
 */
export function projectToWgs84(x: number, y: number, epsg = '2154'): { lat: number; lon: number } | null {
  const code = epsg.replace(/^EPSG:/i, '').trim();
  const def = DEFINITIONS[code];
  if (def === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  let c = converters.get(code);
  if (c === undefined) {
    c = proj4(def, 'EPSG:4326');
    converters.set(code, c);
  }
  const [lon, lat] = c.forward([x, y]) as [number, number];
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  // Seven decimals: about a centimetre, more than the source's metre.
  return { lat: Math.round(lat * 1e7) / 1e7, lon: Math.round(lon * 1e7) / 1e7 };
}
