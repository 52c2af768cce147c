// Projection maths of <ess-map>: no Lit, no DOM, no network.
//
// Every point is projected ONCE into a fixed "world" plane (typed arrays); the view is then an
// affine transform screen = world × k + (tx, ty), so panning and zooming never re-project.
import { geoConicConformal, geoMercator, geoStream } from 'd3-geo';
import type { GeoPermissibleObjects, GeoProjection, GeoStream } from 'd3-geo';
import topoFeature from 'topojson-client/src/feature.js';

/**
 * `france`: métropole in a conformal conic with insets for the five DROM (Guadeloupe, Martinique,
 * Guyane, La Réunion, Mayotte), in a column right of the métropole or in rows under it (`InsetLayout`);
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
/** Scale of the métropole conic in the world plane (métropole ≈ 180 units wide). */
const FRANCE_SCALE = 1000;

/** The métropole frame of the `france` world plane (what the conic shows; Corsica included). */
export const METROPOLE_FRAME: Bounds = [-99.6, -90.8, 96.7, 86.4];

/** An overseas inset of the `france` composite: its INSEE code, its box in the world plane. */
export interface FranceInset {
  code: '971' | '972' | '973' | '974' | '976';
  box: Bounds;
}

// Each DROM is fitted into a box of the same size: the insets are for finding actors, not for
// comparing areas (Guyane is ~90 times Mayotte; at one scale Mayotte would be a dot).
// Extents [lon0, lat0, lon1, lat1] cover the inhabited islands (Marie-Galante, Les Saintes and La
// Désirade for Guadeloupe; Petite-Terre for Mayotte).
const DROM_EXTENTS: [FranceInset['code'], Bounds][] = [
  ['971', [-61.85, 15.83, -60.99, 16.52]],
  ['972', [-61.24, 14.38, -60.8, 14.89]],
  ['973', [-54.61, 2.11, -51.62, 5.76]],
  ['974', [55.21, -21.4, 55.84, -20.86]],
  ['976', [45.01, -13.01, 45.31, -12.63]],
];
const INSET_X0 = 100;
const INSET_X1 = 137;
const INSET_GAP = 3;
const INSET_MARGIN = 2;
const INSET_HEIGHT = (METROPOLE_FRAME[3] - METROPOLE_FRAME[1] - INSET_GAP * (DROM_EXTENTS.length - 1)) / DROM_EXTENTS.length;

/**
 * Where the insets go: `column`, one column right of the métropole (a landscape view); `rows`, two
 * rows under it, three then two, each under a band where its name is written (a portrait view: a
 * phone, where the column's names, too long for its narrow boxes, were written over the métropole's
 * east). The métropole keeps the same world coordinates in both.
 */
export type InsetLayout = 'column' | 'rows';

/** The rows layout: the band above each inset for its name, the insets' size, in world units. */
const ROW_BAND = 14;
const ROW_PER_LINE = 3;
const ROW_WIDTH = (METROPOLE_FRAME[2] - METROPOLE_FRAME[0] - INSET_GAP * (ROW_PER_LINE - 1)) / ROW_PER_LINE;
const ROW_HEIGHT = 48;

function insetsFor(layout: InsetLayout): readonly FranceInset[] {
  return DROM_EXTENTS.map(([code], i) => {
    const rows = layout === 'rows';
    const x0 = rows ? METROPOLE_FRAME[0] + (i % ROW_PER_LINE) * (ROW_WIDTH + INSET_GAP) : INSET_X0;
    const y0 = rows ? METROPOLE_FRAME[3] + ROW_BAND + Math.floor(i / ROW_PER_LINE) * (ROW_BAND + ROW_HEIGHT) : METROPOLE_FRAME[1] + i * (INSET_HEIGHT + INSET_GAP);
    return { code, box: [x0, y0, rows ? x0 + ROW_WIDTH : INSET_X1, y0 + (rows ? ROW_HEIGHT : INSET_HEIGHT)] };
  });
}

const INSETS = { column: insetsFor('column'), rows: insetsFor('rows') };

/** The five DROM insets of a layout (default: the column), in the order of their INSEE codes. */
export function franceInsets(layout: InsetLayout = 'column'): readonly FranceInset[] {
  return INSETS[layout];
}

/** The five DROM insets, top to bottom in one column right of the métropole. */
export const FRANCE_INSETS: readonly FranceInset[] = INSETS.column;

/** The whole `france` composite of a layout (métropole and insets), world plane. */
export function franceFrame(layout: InsetLayout = 'column'): Bounds {
  const [x0, y0, x1, y1] = METROPOLE_FRAME;
  return [x0, y0, layout === 'rows' ? x1 : INSET_X1, layout === 'rows' ? (INSETS.rows[4] as FranceInset).box[3] : y1];
}

/** The whole `france` composite (métropole and the inset column), world plane. */
export const FRANCE_FRAME: Bounds = franceFrame('column');

/**
 * The layout that draws France larger in a `width` × `height` view (CSS pixels, `padding` on each
 * side): the rows in a portrait view, the column in a landscape one.
 */
export function insetLayoutFor(width: number, height: number, padding: Padding = 24): InsetLayout {
  const scale = (layout: InsetLayout): number => fitTransform(franceFrame(layout), width, height, padding).k;
  return scale('rows') > scale('column') ? 'rows' : 'column';
}

function extentAsGeometry([lon0, lat0, lon1, lat1]: Bounds): GeoPermissibleObjects {
  return { type: 'MultiPoint', coordinates: [[lon0, lat0], [lon1, lat1]] };
}

/** World point (x, y) lies in box `b`. */
export function within(b: Bounds, x: number, y: number): boolean {
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

/** A stream that sends every call on to each of `streams` (their clip regions never overlap). */
function multiplex(streams: GeoStream[]): GeoStream {
  return {
    point: (x, y) => streams.forEach((s) => s.point(x, y)),
    sphere: () => streams.forEach((s) => s.sphere?.()),
    lineStart: () => streams.forEach((s) => s.lineStart()),
    lineEnd: () => streams.forEach((s) => s.lineEnd()),
    polygonStart: () => streams.forEach((s) => s.polygonStart()),
    polygonEnd: () => streams.forEach((s) => s.polygonEnd()),
  };
}

/**
 * France composite: the métropole in a conformal conic (rotated on 3° E, 46.2° N), then each DROM
 * in a Mercator fitted to its box and clipped to it. A point is placed by the first part whose
 * clip holds it, or not at all (null); paths go through every part, each clipped to its frame.
 */
function createFranceComposite(layout: InsetLayout): GeoProjection {
  const eps = 1e-6;
  const clip = (b: Bounds): [[number, number], [number, number]] => [
    [b[0] + eps, b[1] + eps],
    [b[2] - eps, b[3] - eps],
  ];
  const metropole = geoConicConformal().rotate([-3, -46.2]).parallels([0, 60]).scale(FRANCE_SCALE).translate([0, 0]).clipExtent(clip(METROPOLE_FRAME));
  const insets = franceInsets(layout).map((inset, i) => {
    const extent = (DROM_EXTENTS[i] as [string, Bounds])[1];
    const b = inset.box;
    const m = INSET_MARGIN;
    const projection = geoMercator().fitExtent(
      [
        [b[0] + m, b[1] + m],
        [b[2] - m, b[3] - m],
      ],
      extentAsGeometry(extent),
    );
    return { box: b, projection: projection.clipExtent(clip(b)) };
  });
  const parts = [metropole, ...insets.map((x) => x.projection)];
  let found: [number, number] | null = null;
  const catcher = { point: (x: number, y: number) => void (found = [x, y]) } as GeoStream;
  const pointStreams = parts.map((p) => p.stream(catcher));
  let cache: GeoStream | null = null;
  let cacheStream: GeoStream | null = null;

  const composite = ((coordinates: [number, number]): [number, number] | null => {
    const [lon, lat] = coordinates;
    found = null;
    for (const s of pointStreams) {
      s.point(lon, lat);
      if (found) return found;
    }
    return null;
  }) as GeoProjection;
  composite.invert = (point: [number, number]): [number, number] | null => {
    const [x, y] = point;
    const inset = insets.find((i) => within(i.box, x, y));
    return (inset ? inset.projection : metropole).invert?.(point) ?? null;
  };
  composite.stream = (stream: GeoStream): GeoStream => {
    if (cache && cacheStream === stream) return cache;
    cacheStream = stream;
    cache = multiplex(parts.map((p) => p.stream(stream)));
    return cache;
  };
  return composite;
}

/** The projection of a kind (and, for `france`, of an inset layout), set to the fixed world plane. Cheap; create once per view. */
export function createProjection(kind: ProjectionKind, layout: InsetLayout = 'column'): GeoProjection {
  if (kind === 'mercator') {
    return geoMercator()
      .scale(MERCATOR_WORLD_SIZE / (2 * Math.PI))
      .translate([MERCATOR_WORLD_SIZE / 2, MERCATOR_WORLD_SIZE / 2]);
  }
  return createFranceComposite(layout);
}

/** The frames drawn around the overseas insets (SVG path data, world plane); '' for Mercator. */
export function insetBordersPath(kind: ProjectionKind, layout: InsetLayout = 'column'): string {
  if (kind !== 'france') return '';
  return franceInsets(layout).map(({ box: [x0, y0, x1, y1] }) => `M${x0},${y0}H${x1}V${y1}H${x0}Z`).join('');
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

/**
 * Writes what a projection streams (clipped and resampled lines and polygon rings) as SVG path data
 * and keeps its bounds: the two things the map asks of d3's geoPath, without the rest of it (areas,
 * centroids, lengths, canvas contexts), which the bundle would otherwise carry. Numbers are rounded
 * to 3 decimals, like geoPath's default.
 */
class PathSink implements GeoStream {
  d = '';
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  private first = true;
  private inPolygon = false;

  point(x: number, y: number): void {
    if (x < this.x0) this.x0 = x;
    if (x > this.x1) this.x1 = x;
    if (y < this.y0) this.y0 = y;
    if (y > this.y1) this.y1 = y;
    this.d += `${this.first ? 'M' : 'L'}${Math.round(x * 1000) / 1000},${Math.round(y * 1000) / 1000}`;
    this.first = false;
  }
  lineStart(): void {
    this.first = true;
  }
  lineEnd(): void {
    if (this.inPolygon && !this.first) this.d += 'Z';
    this.first = true;
  }
  polygonStart(): void {
    this.inPolygon = true;
  }
  polygonEnd(): void {
    this.inPolygon = false;
  }
  sphere(): void {
    // Never asked: the map draws features, not the globe's outline.
  }
}

function streamed(object: GeoPermissibleObjects, projection: GeoProjection): PathSink {
  const sink = new PathSink();
  geoStream(object, projection.stream(sink));
  return sink;
}

/** SVG path data of a GeoJSON object in the world plane ('' when nothing is drawable). */
export function worldPathData(object: GeoPermissibleObjects, projection: GeoProjection): string {
  return streamed(object, projection).d;
}

/** World-plane bounds of a GeoJSON object, or null when it has no drawable extent. */
export function worldBounds(object: GeoPermissibleObjects, projection: GeoProjection): Bounds | null {
  const { x0, y0, x1, y1 } = streamed(object, projection);
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

/** Padding in CSS pixels: one number for every side, or [top, right, bottom, left]. */
export type Padding = number | readonly [number, number, number, number];

/**
 * The transform that fits `bounds` in a `width` × `height` viewport with `padding` pixels
 * around, never zooming in beyond `maxK` (a single point or a tiny commune stays readable).
 */
export function fitTransform(bounds: Bounds, width: number, height: number, padding: Padding = 16, maxK = Infinity): Transform {
  const [top, right, bottom, left] = typeof padding === 'number' ? [padding, padding, padding, padding] : padding;
  const w = Math.max(1, width - left - right);
  const h = Math.max(1, height - top - bottom);
  const bw = bounds[2] - bounds[0];
  const bh = bounds[3] - bounds[1];
  let k = Math.min(bw > 0 ? w / bw : Infinity, bh > 0 ? h / bh : Infinity);
  if (!Number.isFinite(k)) k = maxK === Infinity ? 1 : maxK;
  k = Math.min(k, maxK);
  const cx = (bounds[0] + bounds[2]) / 2;
  const cy = (bounds[1] + bounds[3]) / 2;
  // Centred in the padded box (the box shrinks to at least one pixel when the padding is too big).
  const px = width - left - right > 0 ? left + w / 2 : width / 2;
  const py = height - top - bottom > 0 ? top + h / 2 : height / 2;
  return { k, tx: px - cx * k, ty: py - cy * k };
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

/**
 * World units between a place and the place 0.01° of longitude east of it (0: not projectable): the
 * ground distance a pixel stands for, at that place, once times the zoom.
 */
export function groundStep(projection: GeoProjection, [lon, lat]: [number, number]): number {
  const a = projection([lon, lat]);
  const b = projection([lon + 0.01, lat]);
  return a && b ? Math.hypot(b[0] - a[0], b[1] - a[1]) : 0;
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

/** Twice the signed area of a ring in the lon/lat plane: positive when it turns anticlockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    if (!a || !b) continue;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

function rewindPolygon(rings: Ring[]): Ring[] {
  // d3-geo reads polygons on the sphere: an exterior ring wound the RFC 7946 way (anticlockwise)
  // encloses the rest of the globe. A territory is never bigger than a hemisphere (nor does it wrap a
  // pole), so its exterior ring's turn in the lon/lat plane says it all: anticlockwise, flip them all.
  const outer = rings[0];
  return Array.isArray(outer) && signedArea(outer) > 0 ? rings.map((r) => r.slice().reverse()) : rings;
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
/**
 * The name a territory's contour carries (`nom` in the geo API's answers, else `name`): a Feature,
 * or a collection of one. Text only (drawn with fillText or escaped), never markup.
 */
export function boundaryNameOf(value: unknown): string | undefined {
  const v = value as { type?: unknown; features?: unknown; properties?: unknown } | null;
  if (!v || typeof v !== 'object') return undefined;
  const feature = v.type === 'FeatureCollection' && Array.isArray(v.features) && v.features.length === 1 ? (v.features[0] as { properties?: unknown }) : v;
  const props = feature?.properties as Record<string, unknown> | null | undefined;
  const name = props?.['nom'] ?? props?.['name'];
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 80) : undefined;
}

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

/**
 * The centre of each commune of a boundaries file, by its INSEE code (`properties.code`, as the geo
 * API gives it): the middle of its bounding box. An actor known only by its commune is drawn there,
 * marked as an approximate position. Features without a code are skipped.
 */
export function communeCentres(input: unknown): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const geojson = (topologyToGeoJson(input) ?? input) as { features?: unknown; properties?: unknown } | null;
  const features = Array.isArray(geojson?.features) ? (geojson.features as unknown[]) : [geojson];
  for (const f of features as { properties?: { code?: unknown } | null; geometry?: { coordinates?: unknown } | null }[]) {
    const code = f?.properties?.code;
    if (typeof code !== 'string') continue;
    const b = [Infinity, Infinity, -Infinity, -Infinity];
    const walk = (c: unknown): void => {
      if (!Array.isArray(c)) return;
      if (typeof c[0] === 'number' && typeof c[1] === 'number') {
        b[0] = Math.min(b[0] as number, c[0]);
        b[1] = Math.min(b[1] as number, c[1]);
        b[2] = Math.max(b[2] as number, c[0]);
        b[3] = Math.max(b[3] as number, c[1]);
      } else c.forEach(walk);
    };
    walk(f.geometry?.coordinates);
    if (Number.isFinite(b[0]) && Number.isFinite(b[2])) out.set(code.toUpperCase(), [((b[0] as number) + (b[2] as number)) / 2, ((b[1] as number) + (b[3] as number)) / 2]);
  }
  return out;
}
