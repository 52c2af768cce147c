// Projection maths of <ess-map>: no Lit, no DOM, no network.
//
// Every point is projected ONCE into a fixed "world" plane (typed arrays); the view is then an
// affine transform screen = world × k + (tx, ty), so panning and zooming never re-project.
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import geoConicConformalFrance from 'd3-composite-projections/src/conicConformalFrance.js';
import topoFeature from 'topojson-client/src/feature.js';

/**
 * `france`: métropole in a conformal conic with insets for the overseas territories (Guadeloupe,
 * Martinique, Guyane, La Réunion, Mayotte and the other collectivités);
 * `mercator`: Web Mercator, needed under raster tiles and for data outside France.
 */
export type ProjectionKind = 'france' | 'mercator';

/** World-plane bounds: [x0, y0, x1, y1]. */
export type Bounds = [number, number, number, number];

/** An affine view: screen = world × k + (tx, ty), in CSS pixels. */
export interface Transform {
  k: number;
  tx: number;
  ty: number;
}

/** The world plane of `mercator` is Web Mercator at tile zoom 0: 256 units across the world. */
export const MERCATOR_WORLD_SIZE = 256;
/** Scale of the `france` composite in the world plane (métropole ≈ 200 units wide). */
const FRANCE_SCALE = 1000;

/** The projection of a kind, set to the fixed world plane. Cheap; create once per view. */
export function createProjection(kind: ProjectionKind): GeoProjection {
  if (kind === 'mercator') {
    return geoMercator()
      .scale(MERCATOR_WORLD_SIZE / (2 * Math.PI))
      .translate([MERCATOR_WORLD_SIZE / 2, MERCATOR_WORLD_SIZE / 2]);
  }
  return geoConicConformalFrance().scale(FRANCE_SCALE).translate([0, 0]);
}

/** The frames drawn around the overseas insets (SVG path data, world plane); '' for Mercator. */
export function insetBordersPath(kind: ProjectionKind, projection: GeoProjection): string {
  if (kind !== 'france') return '';
  const composite = projection as GeoProjection & { getCompositionBorders?: () => string };
  return typeof composite.getCompositionBorders === 'function' ? composite.getCompositionBorders() : '';
}

/** Points projected once into the world plane. */
export interface ProjectedPoints {
  x: Float32Array;
  y: Float32Array;
  /** 1 when the point has a place on this projection; 0 for bad coordinates or outside every inset. */
  inside: Uint8Array;
  /** How many points are not `inside` (the component should say so: nothing is dropped silently). */
  outside: number;
  /** Bounds of the inside points, or null when there is none. */
  bounds: Bounds | null;
}

function validLonLat(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

/**
 * Projects every (lon, lat) once. Points that the projection does not place (outside the
 * métropole frame and every inset, or invalid coordinates) are flagged in `inside`, not moved.
 */
export function projectPoints(lon: ArrayLike<number>, lat: ArrayLike<number>, projection: GeoProjection): ProjectedPoints {
  const n = Math.min(lon.length, lat.length);
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const inside = new Uint8Array(n);
  let outside = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const pair: [number, number] = [0, 0];
  for (let i = 0; i < n; i++) {
    const lo = lon[i] as number;
    const la = lat[i] as number;
    let p: [number, number] | null = null;
    if (validLonLat(lo, la)) {
      pair[0] = lo;
      pair[1] = la;
      p = projection(pair);
    }
    if (p === null || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      x[i] = NaN;
      y[i] = NaN;
      outside++;
      continue;
    }
    const px = p[0];
    const py = p[1];
    x[i] = px;
    y[i] = py;
    inside[i] = 1;
    if (px < x0) x0 = px;
    if (px > x1) x1 = px;
    if (py < y0) y0 = py;
    if (py > y1) y1 = py;
  }
  return { x, y, inside, outside, bounds: x0 <= x1 ? [x0, y0, x1, y1] : null };
}

/**
 * `france` unless most points with valid coordinates fall outside France and its overseas
 * insets (a Belgian or Swiss dataset), in which case `mercator` shows them where they are.
 */
export function chooseProjection(lon: ArrayLike<number>, lat: ArrayLike<number>): ProjectionKind {
  const n = Math.min(lon.length, lat.length);
  if (n === 0) return 'france';
  const france = createProjection('france');
  // A sample is enough to decide; the decision does not need every point.
  const step = Math.max(1, Math.floor(n / 2000));
  let valid = 0;
  let placed = 0;
  const pair: [number, number] = [0, 0];
  for (let i = 0; i < n; i += step) {
    const lo = lon[i] as number;
    const la = lat[i] as number;
    if (!validLonLat(lo, la)) continue;
    valid++;
    pair[0] = lo;
    pair[1] = la;
    if (france(pair) !== null) placed++;
  }
  return valid > 0 && placed / valid < 0.5 ? 'mercator' : 'france';
}

/** SVG path data of a GeoJSON object in the world plane ('' when nothing is drawable). */
export function worldPathData(object: GeoPermissibleObjects, projection: GeoProjection): string {
  return geoPath(projection)(object) ?? '';
}

/** World-plane bounds of a GeoJSON object, or null when it has no drawable extent. */
export function worldBounds(object: GeoPermissibleObjects, projection: GeoProjection): Bounds | null {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(object);
  return [x0, y0, x1, y1].every(Number.isFinite) && x0 <= x1 && y0 <= y1 ? [x0, y0, x1, y1] : null;
}

/** Union of bounds (nulls ignored). */
export function unionBounds(...list: (Bounds | null)[]): Bounds | null {
  let out: Bounds | null = null;
  for (const b of list) {
    if (!b) continue;
    out = out ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])] : [...b];
  }
  return out;
}

/**
 * The transform that fits `bounds` in a `width` × `height` viewport with `padding` pixels
 * around, never zooming in beyond `maxK` (a single point or a tiny commune stays readable).
 */
export function fitTransform(bounds: Bounds, width: number, height: number, padding = 16, maxK = Infinity): Transform {
  const w = Math.max(1, width - 2 * padding);
  const h = Math.max(1, height - 2 * padding);
  const bw = bounds[2] - bounds[0];
  const bh = bounds[3] - bounds[1];
  let k = Math.min(bw > 0 ? w / bw : Infinity, bh > 0 ? h / bh : Infinity);
  if (!Number.isFinite(k)) k = maxK === Infinity ? 1 : maxK;
  k = Math.min(k, maxK);
  const cx = (bounds[0] + bounds[2]) / 2;
  const cy = (bounds[1] + bounds[3]) / 2;
  return { k, tx: width / 2 - cx * k, ty: height / 2 - cy * k };
}

/** Screen → world. */
export function screenToWorld(t: Transform, sx: number, sy: number): [number, number] {
  return [(sx - t.tx) / t.k, (sy - t.ty) / t.k];
}

/** The transform after zooming by `factor` around the screen point (sx, sy), k kept in [minK, maxK]. */
export function zoomAround(t: Transform, factor: number, sx: number, sy: number, minK = 0, maxK = Infinity): Transform {
  const k = Math.min(maxK, Math.max(minK, t.k * factor));
  const f = k / t.k;
  return { k, tx: sx - (sx - t.tx) * f, ty: sy - (sy - t.ty) * f };
}

/** Longitude/latitude of a world-plane point, or null when it is in no inset. */
export function invertWorld(projection: GeoProjection, wx: number, wy: number): [number, number] | null {
  const inv = projection.invert?.([wx, wy]);
  return inv && Number.isFinite(inv[0]) && Number.isFinite(inv[1]) ? [inv[0], inv[1]] : null;
}

/** The official geo API (geo.api.gouv.fr); configurable because some sites proxy or mirror it. */
export const DEFAULT_GEO_API_BASE = 'https://geo.api.gouv.fr';

/**
 * URL of the contour of a commune (INSEE code, e.g. `26108`, `2A004`, `97411`) or of the
 * communes of an EPCI (SIREN, 9 digits) on the official geo API, as GeoJSON. Returns null for
 * a malformed code or a base URL that is not http(s) — never throws.
 */
export function geoApiBoundaryUrl(target: { commune: string } | { epci: string }, base: string = DEFAULT_GEO_API_BASE): string | null {
  let root: URL;
  try {
    root = new URL(base);
  } catch {
    return null;
  }
  if (root.protocol !== 'https:' && root.protocol !== 'http:') return null;
  const prefix = root.href.replace(/\/+$/, '');
  if ('commune' in target) {
    const code = String(target.commune).trim().toUpperCase();
    if (!/^(?:\d{5}|2[AB]\d{3})$/.test(code)) return null;
    return `${prefix}/communes/${code}?format=geojson&geometry=contour`;
  }
  const siren = String(target.epci).trim();
  if (!/^\d{9}$/.test(siren)) return null;
  return `${prefix}/epcis/${siren}/communes?format=geojson&geometry=contour`;
}

type Ring = [number, number][];

function rewindPolygon(rings: Ring[]): Ring[] {
  // d3-geo reads polygons on the sphere: an exterior ring wound the RFC 7946 way (anticlockwise)
  // encloses the rest of the globe. A territory is never bigger than a hemisphere, so flip those.
  return geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => r.slice().reverse()) : rings;
}

/**
 * A copy of a GeoJSON object whose polygons are wound as d3-geo expects, whatever winding the
 * source used (the official geo API and most tools follow RFC 7946, the opposite of d3's).
 */
export function rewindForD3<T>(object: T): T {
  if (typeof object !== 'object' || object === null) return object;
  const o = object as Record<string, unknown>;
  switch (o['type']) {
    case 'FeatureCollection':
      return { ...o, features: (o['features'] as unknown[]).map((f) => rewindForD3(f)) } as T;
    case 'Feature':
      return { ...o, geometry: rewindForD3(o['geometry']) } as T;
    case 'GeometryCollection':
      return { ...o, geometries: (o['geometries'] as unknown[]).map((g) => rewindForD3(g)) } as T;
    case 'Polygon':
      return Array.isArray(o['coordinates']) ? ({ ...o, coordinates: rewindPolygon(o['coordinates'] as Ring[]) } as T) : object;
    case 'MultiPolygon':
      return Array.isArray(o['coordinates'])
        ? ({ ...o, coordinates: (o['coordinates'] as Ring[][]).map((p) => (Array.isArray(p) ? rewindPolygon(p) : p)) } as T)
        : object;
    default:
      return object;
  }
}

/**
 * GeoJSON from a TopoJSON topology (all its objects in one FeatureCollection), or null when
 * `value` is not a topology. Boundary files (IGN, QPV) are often published as TopoJSON.
 */
export function topologyToGeoJson(value: unknown): GeoPermissibleObjects | null {
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'Topology') return null;
  const topology = value as { objects?: unknown; arcs?: unknown };
  if (typeof topology.objects !== 'object' || topology.objects === null || !Array.isArray(topology.arcs)) return null;
  const features: unknown[] = [];
  try {
    for (const object of Object.values(topology.objects as Record<string, unknown>)) {
      const f = topoFeature(topology, object) as { type?: string; features?: unknown[] };
      if (f?.type === 'FeatureCollection' && Array.isArray(f.features)) features.push(...f.features);
      else if (f?.type === 'Feature') features.push(f);
    }
  } catch {
    return null;
  }
  return { type: 'FeatureCollection', features } as GeoPermissibleObjects;
}

/** Is `value` a GeoJSON object d3-geo can draw (FeatureCollection, Feature or geometry)? */
export function isGeoJson(value: unknown): value is GeoPermissibleObjects {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  switch (type) {
    case 'FeatureCollection':
      return Array.isArray((value as { features?: unknown }).features);
    case 'Feature':
      return typeof (value as { geometry?: unknown }).geometry === 'object';
    case 'GeometryCollection':
      return Array.isArray((value as { geometries?: unknown }).geometries);
    case 'Point':
    case 'MultiPoint':
    case 'LineString':
    case 'MultiLineString':
    case 'Polygon':
    case 'MultiPolygon':
      return Array.isArray((value as { coordinates?: unknown }).coordinates);
    default:
      return false;
  }
}

/** Is `template` an http(s) tile URL template with {z}, {x} and {y}? */
export function tileUrlTemplateIsSafe(template: unknown): template is string {
  if (typeof template !== 'string' || !/\{z\}/.test(template) || !/\{x\}/.test(template) || !/\{y\}/.test(template)) return false;
  try {
    const url = new URL(template.replace(/\{[a-z]+\}/g, '0'));
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** One raster tile to show: its indices, where its top-left corner goes (CSS px), its URL. */
export interface TileRef {
  x: number;
  y: number;
  sx: number;
  sy: number;
  url(template: string): string;
}

/**
 * The Web Mercator tiles (256 px) covering a `width` × `height` view of the `mercator` world
 * plane; `scale` is the CSS scale of a 256 px tile. At most 144 tiles.
 */
export function tileRange(t: Transform, width: number, height: number, maxZoom = 19): { z: number; scale: number; tiles: TileRef[] } {
  const z = Math.max(0, Math.min(Math.round(maxZoom), Math.round(Math.log2(Math.max(t.k, 1e-9)))));
  const n = 2 ** z;
  const tileWorld = MERCATOR_WORLD_SIZE / n;
  const scale = (tileWorld * t.k) / 256;
  const [wx0, wy0] = screenToWorld(t, 0, 0);
  const [wx1, wy1] = screenToWorld(t, width, height);
  const ix0 = Math.floor(wx0 / tileWorld);
  const ix1 = Math.ceil(wx1 / tileWorld) - 1;
  const iy0 = Math.max(0, Math.floor(wy0 / tileWorld));
  const iy1 = Math.min(n - 1, Math.ceil(wy1 / tileWorld) - 1);
  const tiles: TileRef[] = [];
  for (let iy = iy0; iy <= iy1; iy++) {
    for (let ix = ix0; ix <= ix1; ix++) {
      if (tiles.length >= 144) break;
      const wrapped = ((ix % n) + n) % n;
      tiles.push({
        x: wrapped,
        y: iy,
        sx: ix * tileWorld * t.k + t.tx,
        sy: iy * tileWorld * t.k + t.ty,
        url: (template) =>
          template
            .replace(/\{z\}/g, String(z))
            .replace(/\{x\}/g, String(wrapped))
            .replace(/\{y\}/g, String(iy))
            .replace(/\{s\}/g, 'a'),
      });
    }
  }
  return { z, scale, tiles };
}
