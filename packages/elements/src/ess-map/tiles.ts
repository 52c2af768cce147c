// Which raster tiles a map shows (Lit-free). One word chooses a public service; anything else is a
// URL template ({z}/{x}/{y}) the page gives.
//  - ign: Plan IGN v2 from the IGN's Géoplateforme (WMTS, Web Mercator "PM" grid), no key needed,
//    Licence Ouverte Etalab 2.0; https://geoservices.ign.fr/services-geoplateforme-diffusion
//  - osm: the OpenStreetMap Foundation's tiles (ODbL data; their tile usage policy asks for an
//    attribution and allows light use only: a high-traffic site should use its own tile server).
// With `commune` or `epci` set, the page already calls the State's geo API: Plan IGN is then shown
// by default (tiles="none" keeps the plain outline).
import type { TileOptions } from './map-view.js';

export type TilePreset = 'ign' | 'osm';

export const TILE_PRESETS: Record<TilePreset, { url: string; maxZoom: number }> = {
  ign: {
    url: 'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    maxZoom: 19,
  },
  osm: { url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', maxZoom: 19 },
};

/** The origins a page's CSP must allow in img-src for each preset. */
export const TILE_ORIGINS: Record<TilePreset, string> = { ign: 'https://data.geopf.fr', osm: 'https://tile.openstreetmap.org' };

/**
 * The tiles to show: `tiles` as given (a preset name, "none", or a URL template), else Plan IGN when
 * the map shows a commune or an EPCI, else none. `attributionOf` gives the preset's text in the
 * page's language; a `tiles-attribution` given by the page wins.
 */
export function resolveTiles(
  tiles: string | undefined | null,
  attribution: string | undefined,
  territory: boolean,
  attributionOf: (preset: TilePreset) => string,
): TileOptions | null {
  const value = (tiles ?? '').trim();
  const word = value.toLowerCase();
  if (word === 'none') return null;
  const preset: TilePreset | null = word === 'ign' || word === 'osm' ? word : value === '' && territory ? 'ign' : null;
  if (preset) return { ...TILE_PRESETS[preset], attribution: attribution ?? attributionOf(preset) };
  if (value === '') return null;
  return { url: value, attribution: attribution ?? '' };
}

/** Where a tile template's images come from ("https://data.geopf.fr"), to name it to the reader; the template itself when it has no parsable origin. */
export function tileOrigin(template: string): string {
  try {
    return new URL(template).origin;
  } catch {
    return template;
  }
}
