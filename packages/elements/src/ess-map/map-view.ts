// The map of <ess-map>, without Lit: a thin orchestrator. The component hands it a container element
// and plain typed arrays; it keeps them, and puts together the parts, one concept per file:
//  - viewport.ts: size, transform, home view, zoom and pan limits (pure);
//  - gestures.ts: pointer, wheel, touch and keyboard input → pans, zooms, taps, key intents;
//  - scene.ts: what is shown, as data (markers or clusters, basemap, boundaries, inset names);
//  - canvas-sink.ts draws that scene on screen and for the PNG export; svg-sink.ts writes the same
//    scene for the SVG export (a chunk fetched on the first export);
//  - cluster-levels.ts (with cluster.ts): the clusters of many points at each zoom; marks.ts: the
//    grouping of few; geo.ts: projections.
//  - svg-markers.ts (with listbox.ts): the markers drawn one by one, options of the surface's listbox.
//  - tile-layer.ts: the raster tiles under the map and their attribution; map-theme.ts: the colours
//    read from the page's tokens, and followed when it switches to dark; pick.ts: what a click lands on.
// Here: the DOM (canvas, SVG overlay), the keys, and when to redraw.
//
// Where the time goes, and what we do about it:
//  - projection: once per point, at setPoints (typed arrays); pan/zoom is an affine transform;
//  - basemap, boundaries, shading: projected once to SVG path data, drawn as Path2D under a
//    canvas transform;
//  - aggregation: grid cells anchored on the world plane, one clustering per half-octave zoom
//    level, cached — panning reuses it, zooming inside a level too;
//  - drawing: one canvas, redraws batched by requestAnimationFrame, only what is on screen;
//    dots batched per colour into one path;
//  - few points (≤ svgThreshold): SVG elements, each one focusable and labelled.
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { drawScene } from './canvas-sink.js';
import type { Clusters } from './cluster.js';
import { ClusterLevels } from './cluster-levels.js';
import {
  chooseProjection,
  createProjection,
  franceFrame,
  insetBordersPath,
  insetLayoutFor,
  METROPOLE_FRAME,
  within,
  groundStep,
  invertWorld,
  isGeoJson,
  boundaryNameOf,
  projectPoints,
  rewindForD3,
  topologyToGeoJson,
  type Padding,
  tileUrlTemplateIsSafe,
  unionBounds,
  worldBounds,
  worldPathData,
} from './geo.js';
import type { Bounds, FranceInset, InsetLayout, ProjectedPoints, ProjectionKind } from './geo.js';
import { attachGestures, keyIntent } from './gestures.js';
import type { KeyTargets } from './listbox.js';
import { readTheme, watchTheme } from './map-theme.js';
import { pickCluster, pickMark, type Hit } from './pick.js';
import { buildScene, type MapScene, type Theme } from './scene.js';
import { safeLabel, SvgMarkers } from './svg-markers.js';
import { TileLayer, type TileOptions } from './tile-layer.js';
import type { ClusterKeys } from './cluster-keys.js';
import { Viewport } from './viewport.js';

export type { MapScene, SceneMark } from './scene.js';
export { TILE_FAILURES_TO_GIVE_UP, type TileOptions } from './tile-layer.js';

/** The points of the map, one entry per actor (index = the component's actor index). */
export interface MapPoints {
  lon: Float64Array;
  lat: Float64Array;
  /** Colour category (the actor's family), small integers from 0. */
  category: Uint8Array;
  /** Accessible name of point i (untrusted text: used as text only). */
  label(i: number): string;
  /** The place of point i (its commune), naming the clusters the keyboard goes through. */
  place?(i: number): string;
}

/** What the view shows, after each redraw that changed it. */
export interface MapViewState {
  /** Screen = world × k + (tx, ty), CSS pixels. */
  k: number;
  tx: number;
  ty: number;
  /** log2 of the zoom relative to the home view (0 = home). */
  zoom: number;
  /** Longitude/latitude at the centre of the viewport, or null (between insets). */
  center: [number, number] | null;
  /** Points that pass the visibility mask and have a place on the map. */
  visible: number;
  /** Points with no place on the map (invalid coordinates, outside every inset). */
  outside: number;
  /** 'points': one focusable SVG element per point; 'clusters': canvas with aggregation. */
  mode: 'points' | 'clusters';
  projection: ProjectionKind;
  /** Where `france` has its overseas insets: a column right of the métropole (landscape view) or rows under it (portrait). */
  insets: InsetLayout;
}

export interface MapViewOptions {
  onSelect(index: number | null): void;
  /** A group of co-located actors was opened (click, tap, Enter): the component lists them. */
  onGroup?(indices: number[]): void;
  /** Accessible name of a marker grouping `indices` (default: the count and the names). */
  groupLabel?(indices: number[], names: string): string;
  onViewChange?(view: MapViewState): void;
  colorOf(category: number): string;
  /** Accessible name of the map surface (the component passes it from its messages). */
  label?: string;
  /**
   * Accessible name of a cluster of `count` points, in the SVG export, and for the keyboard (with
   * the `place` of the actor nearest its centre).
   */
  clusterLabel?(count: number, place?: string): string;
  /** Loads the keyboard over clusters (cluster-keys.ts; the component passes its lazy chunk). */
  loadKeys?(): Promise<typeof import('./cluster-keys.js') | undefined>;
  /** The name written on an overseas inset (Guadeloupe…), from the page's messages; none: no names. */
  insetName?(code: FranceInset['code']): string;
  /** Text of a cluster count (e.g. "12 k"); default: digits, thousands as "12k". */
  formatCount?(count: number): string;
  /** At most this many visible points are drawn as SVG elements (focusable); above, canvas + clusters. */
  svgThreshold?: number;
  /** Cluster grid cell in CSS pixels (default 56). */
  cellSize?: number;
  /** 'auto' (default): France with overseas insets, unless most points are elsewhere. */
  projection?: ProjectionKind | 'auto';
  /** Raster tile background (Web Mercator); off when absent or when the URL is not http(s). */
  tiles?: TileOptions | null;
  /**
   * The tiles cannot be had: the first TILE_FAILURES_TO_GIVE_UP of them failed, none loaded (no
   * network, the server down, the page's CSP not allowing its origin). Called once per `setTiles`.
   */
  onTilesFailed?(): void;
  /**
   * Room kept free around the home view, CSS px (default 24; [top, right, bottom, left]), e.g. so
   * that buttons laid over the map do not cover the métropole or the overseas insets.
   */
  fitPadding?: Padding;
}

interface GeoLayer {
  source: GeoPermissibleObjects;
  d: string;
  bounds: Bounds | null;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Styles the view needs (adopted into the container's root; CSP-safe, no inline style tag). */
export const mapViewCss = `
.ess-mv{position:relative;width:100%;height:100%;min-height:inherit;overflow:hidden;touch-action:none;user-select:none;-webkit-user-select:none;outline:none;cursor:grab}
.ess-mv:focus-visible{outline:3px solid var(--_focus,#0a76f6);outline-offset:-3px}
.ess-mv.ess-mv-dragging{cursor:grabbing}
.ess-mv>canvas,.ess-mv>svg,.ess-mv-tiles{position:absolute;left:0;top:0}
.ess-mv-tiles{width:100%;height:100%;overflow:hidden}
.ess-mv-tiles img{position:absolute;left:0;top:0;max-width:none;transform-origin:0 0;pointer-events:none}
.ess-mv>svg{overflow:visible;pointer-events:none}
.ess-mv-mark{pointer-events:auto;cursor:pointer}
.ess-mv-pt{stroke:#fff;stroke-width:1.5}
.ess-mv-grp{stroke:#fff;stroke-width:2}
.ess-mv-mark text{fill:#fff;font:700 11px system-ui,sans-serif;pointer-events:none}
.ess-mv-mark[aria-selected=true] .ess-mv-pt,.ess-mv-mark[aria-selected=true] .ess-mv-grp{stroke:var(--_text,#1e1e1e);stroke-width:3}
.ess-mv:focus-visible .ess-mv-active .ess-mv-pt,.ess-mv:focus-visible .ess-mv-active .ess-mv-grp{stroke:var(--_focus,#0a76f6);stroke-width:4}
.ess-mv-ring{fill:none;stroke:var(--_text,#1e1e1e);stroke-width:3}
.ess-mv-ring2{fill:none;stroke:#fff;stroke-width:1.5}
.ess-mv-attr{position:absolute;right:0;bottom:0;max-width:100%;padding:0 4px;font-size:11px;line-height:1.4;background:rgba(255,255,255,.8);color:#1e1e1e;pointer-events:auto;cursor:auto}
@media (forced-colors:active){.ess-mv-mark{forced-color-adjust:none}}
`;

let sharedSheet: CSSStyleSheet | null = null;
function adoptStyles(node: Node): void {
  const root = node.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  try {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(mapViewCss);
    }
    if (!root.adoptedStyleSheets.includes(sharedSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sharedSheet];
  } catch {
    // Old engines without constructable stylesheets: the component's own styles still apply.
  }
}

function defaultFormatCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10000) return `${(Math.floor(n / 100) / 10).toString()}k`;
  return `${Math.floor(n / 1000)}k`;
}

export class MapView {
  private readonly container: HTMLElement;
  /** @internal */ readonly options: MapViewOptions;
  private readonly surface: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly pointLayer: SVGGElement;
  private readonly ringLayer: SVGGElement;
  private readonly overlay: SVGSVGElement;
  /** The raster tiles and their attribution (tile-layer.ts). */
  private readonly tileLayer: TileLayer;
  /** @internal */ readonly vp = new Viewport();

  private projection: GeoProjection = createProjection('france');
  private insetD = '';
  private dpr = 1;

  /** @internal */ points: MapPoints | null = null;
  /** @internal */ projected: ProjectedPoints | null = null;
  /** @internal */ visible: Uint8Array | null = null;
  private visibleCount = 0;
  private nCat = 1;
  /** @internal */ colors: string[] = [];
  /** @internal */ selected: number | null = null;

  private basemap: GeoLayer | null = null;
  private boundaries: GeoLayer | null = null;
  /** The name the contour carries (drawn above it when no tiles do). */
  private boundaryName: string | undefined;

  private readonly levels: ClusterLevels;
  /** The markers drawn one by one (few points). */
  private readonly markers: SvgMarkers;
  /** The options of the clusters on screen (many points), once their chunk is here; 0: not asked for. */
  private keys: ClusterKeys | 0 | null = null;

  private frame = 0;
  /** Duration of the last redraw, ms (for the benchmark and the curious). */
  lastDrawMs = 0;
  private lastDrawAt = -Infinity;
  private fallback: ReturnType<typeof setTimeout> | null = null;
  private waiters: (() => void)[] = [];
  private theme: Theme;
  private tiles: TileOptions | null = null;
  private destroyed = false;
  /** Stops watching the page's theme (map-theme.ts). */
  private readonly unwatchTheme: () => void;
  private readonly detachGestures: () => void;

  constructor(container: HTMLElement, options: MapViewOptions) {
    this.container = container;
    this.options = options;
    this.levels = new ClusterLevels(options.cellSize ?? 56);
    const doc = container.ownerDocument;

    this.surface = doc.createElement('div');
    this.surface.className = 'ess-mv';
    this.surface.tabIndex = 0;
    this.surface.setAttribute('role', 'application');
    if (options.label) this.surface.setAttribute('aria-label', options.label);
    this.surface.setAttribute('part', 'map-surface');

    this.tileLayer = new TileLayer(doc, options);

    this.canvas = doc.createElement('canvas');
    this.canvas.setAttribute('aria-hidden', 'true');
    const ctx = this.canvas.getContext('2d');
    if (!ctx) throw new Error('MapView: canvas 2D context unavailable');
    this.ctx = ctx;

    this.overlay = doc.createElementNS(SVG_NS, 'svg');
    this.pointLayer = doc.createElementNS(SVG_NS, 'g');
    this.ringLayer = doc.createElementNS(SVG_NS, 'g');
    this.ringLayer.setAttribute('aria-hidden', 'true');
    this.overlay.append(this.pointLayer, this.ringLayer);

    this.surface.append(this.tileLayer.el, this.canvas, this.overlay, this.tileLayer.attribution);
    this.markers = new SvgMarkers(this, this.pointLayer);
    container.append(this.surface);
    adoptStyles(container);

    this.theme = this.readTheme();
    this.unwatchTheme = watchTheme(
      container,
      () => this.theme,
      (theme) => {
        this.theme = theme;
        if (this.points) this.colors = Array.from({ length: this.nCat }, (_, k) => this.options.colorOf(k));
        this.requestDraw();
      },
    );
    this.setProjectionKind(options.projection && options.projection !== 'auto' ? options.projection : 'france');
    if (options.tiles) this.setTiles(options.tiles);

    // Not removed at destroy: the surface leaves the page then and cannot take the focus again.
    this.surface.addEventListener('focus', () => {
      const t = this.keyTargets();
      if (t && t.active < 0) t.setActive(t.firstOnScreen(), false);
      // The keyboard is here: its ring (with the clusters' options) is fetched, if not yet.
      this.syncKeys(true);
      this.requestDraw();
    });
    this.detachGestures = attachGestures(
      this.surface,
      {
        pan: (dx, dy) => this.panBy(dx, dy, true),
        zoom: (factor, x, y) => this.zoomBy(factor, [x, y], true),
        pinch: (dx, dy, factor, x, y) => {
          this.vp.content = this.contentBounds();
          this.vp.panBy(dx, dy);
          this.vp.zoomBy(factor, x, y);
          this.drawForInput();
        },
        tap: (x, y, target) => this.pickAt(x, y, target),
        key: (e) => this.onKey(e),
        dragging: (on) => this.surface.classList.toggle('ess-mv-dragging', on),
      },
      (target) => this.tileLayer.attribution.contains(target as Node | null),
    );
    this.resize();
  }

  // ---------------------------------------------------------------- public API (the contract)

  /** The focusable map surface (for the component's own labelling and focus management). */
  get element(): HTMLElement {
    return this.surface;
  }

  /** The current state (also sent to onViewChange after each redraw). */
  get state(): MapViewState {
    const [wx, wy] = this.vp.centre();
    const { k, tx, ty } = this.vp.t;
    return {
      k,
      tx,
      ty,
      zoom: this.vp.zoom,
      center: invertWorld(this.projection, wx, wy),
      visible: this.visibleCount,
      outside: this.projected?.outside ?? 0,
      mode: this.isSvgMode() ? 'points' : 'clusters',
      projection: this.vp.kind,
      insets: this.vp.layout,
    };
  }

  /** The clusters drawn in and around the current view (null when points are drawn one by one). */
  get clusters(): Clusters | null {
    return this.projected && this.points && !this.isSvgMode() ? this.clustersForView() : null;
  }

  /**
   * Projects the points once; resets the visibility mask to "all"; fits the view unless boundaries are
   * set (or, with `keepMovedView`, the visitor has moved it).
   */
  setPoints(points: MapPoints, { keepMovedView = false }: { keepMovedView?: boolean } = {}): void {
    this.points = points;
    if ((this.options.projection ?? 'auto') === 'auto' && !this.tiles) {
      const kind = chooseProjection(points.lon, points.lat);
      if (kind !== this.vp.kind) this.switchProjection(kind);
    }
    this.projected = projectPoints(points.lon, points.lat, this.projection);
    let max = 0;
    const cat = points.category;
    for (let i = 0; i < cat.length; i++) if ((cat[i] as number) > max) max = cat[i] as number;
    this.nCat = max + 1;
    this.levels.setPoints(this.projected, cat, this.nCat);
    this.colors = Array.from({ length: this.nCat }, (_, k) => this.options.colorOf(k));
    this.visible = null;
    this.selected = null;
    this.afterVisibilityChange();
    if (!this.boundaries?.bounds && !(keepMovedView && this.vp.moved)) this.fitHome();
    this.requestDraw();
  }

  /** Shows only points whose mask entry is non-zero (same length as the points). No re-projection. */
  setVisible(mask: Uint8Array | null): void {
    const n = this.projected?.x.length ?? 0;
    // A mask that hides nothing is no mask: the clusters then take their unmasked path.
    this.visible = mask && mask.length === n && mask.includes(0) ? mask : null;
    this.afterVisibilityChange();
    this.requestDraw();
  }

  /** Highlights point `index` (null: none) and brings it on screen if it is off screen. */
  setSelected(index: number | null): void {
    const p = this.projected;
    this.selected = index !== null && p && index >= 0 && index < p.x.length ? index : null;
    if (this.selected !== null && p && p.inside[this.selected]) this.vp.reveal(...this.vp.toScreen(p.x[this.selected] as number, p.y[this.selected] as number));
    this.markers.mark();
    this.requestDraw();
  }

  /** The background geometry (e.g. basemap-france.json), GeoJSON or TopoJSON. Invalid input is ignored (returns false). */
  setBasemap(input: unknown): boolean {
    const geojson = topologyToGeoJson(input) ?? input;
    if (geojson === null) {
      this.basemap = null;
      this.requestDraw();
      return true;
    }
    if (!isGeoJson(geojson)) return false;
    this.basemap = this.makeLayer(rewindForD3(geojson));
    if (!this.vp.moved || (!this.projected?.bounds && !this.boundaries?.bounds)) this.fitHome();
    this.requestDraw();
    return true;
  }

  /**
   * Territory outline(s) (commune, EPCI, QPV…), GeoJSON or TopoJSON: drawn on top, view fitted to
   * them (with `keepMovedView`, only if the visitor has not moved the view yet).
   */
  setBoundaries(input: unknown, { keepMovedView = false }: { keepMovedView?: boolean } = {}): boolean {
    const geojson = topologyToGeoJson(input) ?? input;
    if (geojson === null) {
      this.boundaries = null;
      this.boundaryName = undefined;
      this.fitHome();
      this.requestDraw();
      return true;
    }
    if (!isGeoJson(geojson)) return false;
    this.boundaries = this.makeLayer(rewindForD3(geojson));
    this.boundaryName = boundaryNameOf(geojson);
    // A contour that arrives after the visitor zoomed or panned (a slow geo API) does not throw the
    // view back when `keepMovedView`: it becomes the home that the reset button and the 0 key go to.
    if (!keepMovedView || !this.vp.moved) this.fitHome();
    this.requestDraw();
    return true;
  }

  /** Raster tiles under the map (switches to Web Mercator). Null or a non-http(s) URL: off. */
  setTiles(tiles: TileOptions | null): void {
    const ok = tiles && tileUrlTemplateIsSafe(tiles.url) ? tiles : null;
    this.tiles = ok;
    this.tileLayer.set(ok);
    if (ok && this.vp.kind !== 'mercator') this.switchProjection('mercator');
    else if (!ok && (this.options.projection ?? 'auto') !== 'mercator' && this.points) {
      const kind = (this.options.projection ?? 'auto') === 'auto' ? chooseProjection(this.points.lon, this.points.lat) : 'france';
      if (kind !== this.vp.kind) this.switchProjection(kind);
    }
    this.requestDraw();
  }

  /** A new accessible name for the surface (a new language): the names drawn on the map follow at the redraw. */
  setLabel(label: string): void {
    this.options.label = label;
    this.surface.setAttribute('aria-label', label);
    this.requestDraw();
  }

  /** Zooms by factor `k` around the centre of the view (the component's +/− buttons). */
  zoomBy(k: number, around?: [number, number], fromInput = false): void {
    if (!(k > 0) || !Number.isFinite(k)) return;
    this.vp.zoomBy(k, ...(around ?? []));
    this.redraw(fromInput);
  }

  /** Pans by (dx, dy) CSS pixels (short of taking the map off screen). */
  panBy(dx: number, dy: number, fromInput = false): void {
    if (!Number.isFinite(dx) || !Number.isFinite(dy)) return;
    this.vp.content = this.contentBounds();
    this.vp.panBy(dx, dy);
    this.redraw(fromInput);
  }

  /** Back to the home view (boundaries, else points, else basemap). */
  reset(): void {
    this.fitHome();
    this.requestDraw();
  }

  /** Re-reads the container size, pixel ratio and theme; call it from a ResizeObserver. */
  resize(): void {
    const w = this.container.clientWidth;
    const h = this.container.clientHeight;
    const dpr = Math.max(1, Math.min(3, globalThis.devicePixelRatio || 1));
    this.theme = this.readTheme();
    if (w <= 0 || h <= 0) return;
    const first = this.vp.resize(w, h);
    if (this.vp.kind === 'france' && insetLayoutFor(w, h, this.pad) !== this.vp.layout) this.turn();
    this.dpr = dpr;
    this.canvas.width = Math.round(w * dpr);
    this.canvas.height = Math.round(h * dpr);
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    this.overlay.setAttribute('width', String(w));
    this.overlay.setAttribute('height', String(h));
    if (first || !this.vp.moved) this.fitHome();
    this.requestDraw();
  }

  /** Resolves after the next redraw (or at once when nothing is pending). */
  whenDrawn(): Promise<void> {
    if (!this.frame) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * What the view shows, as plain data in screen pixels (scene.ts): the scene both exports draw —
   * the PNG through canvas-sink.ts, the SVG through svg-sink.ts (exports.ts) — with every marker, the selection,
   * the names; raster tiles are left out (they are not ours to copy).
   */
  scene(): MapScene {
    return this.sceneFor(false);
  }

  destroy(): void {
    this.destroyed = true;
    this.levels.destroy();
    if (this.fallback !== null) clearTimeout(this.fallback);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.unwatchTheme();
    this.detachGestures();
    this.surface.remove();
    this.flushWaiters();
  }

  // ---------------------------------------------------------------- internals

  /**
   * The scene of the view. On screen (`screen`), the markers drawn one by one and the selection are
   * SVG elements over the canvas, the attribution is text, raster tiles lie under it, and the canvas
   * is hidden from assistive technology: the scene leaves those out, and the names of the markers.
   */
  private sceneFor(screen: boolean): MapScene {
    this.markers.ensure();
    const p = this.projected;
    const pts = this.points;
    const s = this.selected;
    const o = this.options;
    const drawn = Boolean(p && pts);
    const svg = this.isSvgMode();
    return buildScene({
      width: this.vp.width || 1,
      height: this.vp.height || 1,
      transform: { ...this.vp.t },
      theme: this.theme,
      title: o.label ?? '',
      kind: this.vp.kind,
      layout: this.vp.layout,
      tiles: screen && Boolean(this.tiles),
      basemap: this.basemap?.d ?? '',
      insets: this.insetD,
      boundaries: this.boundaries?.d ?? '',
      insetName: o.insetName,
      boundary: this.boundaryName && this.boundaries?.bounds ? { name: this.boundaryName, bounds: this.boundaries.bounds } : null,
      marks: drawn && svg && !screen ? this.markers.marks : null,
      avoid: drawn && svg && screen ? this.markers.marks : null,
      clusters: drawn && !svg ? this.clustersForView() : null,
      text: {
        colors: this.colors,
        category: pts?.category ?? [],
        formatCount: (n) => this.formatCount(n),
        label: screen || !pts ? undefined : (i) => safeLabel(pts.label, i),
        groupLabel: screen ? undefined : (members) => this.markers.groupLabel(members),
        clusterLabel: screen ? undefined : o.clusterLabel,
      },
      selected: !screen && p && s !== null && p.inside[s] ? [p.x[s] as number, p.y[s] as number] : null,
      attribution: screen ? '' : (this.tiles?.attribution ?? ''),
    });
  }

  private readTheme(): Theme {
    return readTheme(this.container);
  }

  /** @internal */ formatCount(n: number): string {
    return this.options.formatCount ? this.options.formatCount(n) : defaultFormatCount(n);
  }

  private makeLayer(source: GeoPermissibleObjects): GeoLayer {
    return { source, d: worldPathData(source, this.projection), bounds: worldBounds(source, this.projection) };
  }

  private setProjectionKind(kind: ProjectionKind): void {
    this.vp.kind = kind;
    this.vp.layout = insetLayoutFor(this.vp.width, this.vp.height, this.pad);
    this.projection = createProjection(kind, this.vp.layout);
    this.insetD = insetBordersPath(kind, this.vp.layout);
    if (this.basemap) this.basemap = this.makeLayer(this.basemap.source);
    if (this.boundaries) this.boundaries = this.makeLayer(this.boundaries.source);
    if (this.points) {
      this.projected = projectPoints(this.points.lon, this.points.lat, this.projection);
      this.levels.setPoints(this.projected, this.points.category, this.nCat);
      this.afterVisibilityChange();
    }
    this.fitHome();
  }

  /**
   * Tiles given up (offline, a CSP without their origin), turned on or off: a view the visitor moved
   * keeps its place — the same centre, the same ground distance per pixel there — instead of going home.
   */
  private switchProjection(kind: ProjectionKind): void {
    const centre = this.vp.moved ? invertWorld(this.projection, ...this.vp.centre()) : null;
    const before = centre ? groundStep(this.projection, centre) * this.vp.t.k : 0;
    this.setProjectionKind(kind);
    const at = centre && this.projection(centre);
    const step = centre ? groundStep(this.projection, centre) : 0;
    if (!at || !(before > 0) || !(step > 0)) return;
    const k = Math.min(this.vp.maxK, Math.max(this.vp.minK, before / step));
    this.vp.t = { k, tx: this.vp.width / 2 - at[0] * k, ty: this.vp.height / 2 - at[1] * k };
    this.vp.moved = true;
  }

  /**
   * The view changed shape (a phone turned): the overseas insets move between rows and a column and
   * everything is projected again. The métropole keeps its world coordinates, so a view moved over
   * it stays as it was; a view over an inset, whose box moved, goes home.
   */
  private turn(): void {
    const t = this.vp.t;
    const keep = this.vp.moved && within(METROPOLE_FRAME, ...this.vp.centre());
    this.setProjectionKind('france');
    if (keep) {
      this.vp.t = t;
      this.vp.moved = true;
    }
  }

  private get pad(): Padding {
    return this.options.fitPadding ?? 24;
  }

  /** Home: the boundaries, else the points, else the basemap (else the projection's frame). */
  private fitHome(): void {
    const b = this.boundaries?.bounds;
    this.vp.fitHome(b ?? this.projected?.bounds ?? this.basemap?.bounds ?? null, Boolean(b), this.pad);
  }

  /** Everything drawn, world plane: panning keeps some of it on screen. */
  private contentBounds(): Bounds | null {
    return unionBounds(this.boundaries?.bounds ?? null, this.projected?.bounds ?? null, this.basemap?.bounds ?? null, this.vp.kind === 'france' ? franceFrame(this.vp.layout) : null);
  }

  private afterVisibilityChange(): void {
    this.levels.setVisible(this.visible);
    const p = this.projected;
    this.markers.stale = true;
    if (!p) {
      this.visibleCount = 0;
      return;
    }
    const n = p.x.length;
    const vis = this.visible;
    let count = 0;
    for (let i = 0; i < n; i++) if (p.inside[i] && (vis === null || vis[i] !== 0)) count++;
    this.visibleCount = count;
  }

  /** @internal */ isSvgMode(): boolean {
    return this.visibleCount <= (this.options.svgThreshold ?? 500);
  }

  /** @internal */ openPoints(members: number[]): void {
    const o = this.options;
    if (members.length === 1 || !o.onGroup) o.onSelect(members[0] as number);
    else o.onGroup(members);
  }

  /** What the arrow keys go through: the markers drawn one by one, or the clusters on screen. */
  private keyTargets(): KeyTargets | null {
    if (!this.isSvgMode()) return this.keys || null;
    this.markers.ensure();
    return this.markers;
  }

  /**
   * The options of the clusters and the keyboard's ring follow the view; their chunk is fetched when
   * clusters are first drawn, or when the surface first has the focus (`load`).
   */
  private syncKeys(load = !this.isSvgMode()): void {
    if (this.keys) this.keys.sync();
    else if (this.keys === null && this.points && load && this.options.loadKeys) {
      this.keys = 0;
      void this.options.loadKeys().then((m) => {
        if (m && !this.destroyed) {
          this.keys = new m.ClusterKeys(this);
          this.requestDraw();
        }
        // Not loaded (offline): the arrow keys pan, as they do until it is here.
      });
    }
  }

  /** @internal */ clustersForView(): Clusters {
    return this.levels.forView(this.vp.t, this.vp.width, this.vp.height);
  }

  private redraw(fromInput: boolean): void {
    if (fromInput) this.drawForInput();
    else this.requestDraw();
  }

  /**
   * Redraw for a user input: at once (the frame being produced then shows it, with no wait for
   * the next animation frame), unless a redraw already ran within the last few ms, in which case
   * it joins the batched one. Browsers deliver at most one pointermove/wheel per frame anyway.
   */
  private drawForInput(): void {
    if (this.destroyed) return;
    if (performance.now() - this.lastDrawAt < 8) {
      this.requestDraw();
      return;
    }
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.fallback !== null) clearTimeout(this.fallback);
    this.frame = 0;
    this.fallback = null;
    this.draw();
  }

  private requestDraw(): void {
    if (this.destroyed || this.frame) return;
    const run = () => {
      if (!this.frame) return;
      cancelAnimationFrame(this.frame);
      if (this.fallback !== null) clearTimeout(this.fallback);
      this.frame = 0;
      this.fallback = null;
      this.draw();
    };
    this.frame = requestAnimationFrame(run);
    // Hidden or throttled pages may not run animation frames for a long time: the view (and
    // whenDrawn) must still settle.
    this.fallback = setTimeout(run, 200);
  }

  private flushWaiters(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }

  private draw(): void {
    if (this.destroyed) return;
    if (this.vp.width > 0 && this.vp.height > 0) {
      const t0 = performance.now();
      // Nothing to fit yet (no point placed, no boundaries: they are on their way): the view is a
      // placeholder that the first of them replaces, so its tiles would be fetched, decoded and thrown away.
      if (this.tiles && (this.projected?.bounds || this.boundaries?.bounds)) this.tileLayer.draw(this.tiles, this.vp);
      drawScene(this.ctx, this.sceneFor(true), this.dpr);
      this.positionSvg();
      this.syncKeys();
      this.lastDrawAt = performance.now();
      this.lastDrawMs = this.lastDrawAt - t0;
      this.options.onViewChange?.(this.state);
    }
    this.flushWaiters();
  }

  /** Moves the SVG markers and the selection ring to their screen positions. */
  private positionSvg(): void {
    const p = this.projected;
    const { k, tx, ty } = this.vp.t;
    this.markers.position(this.vp.t);
    const s = this.selected;
    this.ringLayer.textContent = '';
    if (p && s !== null && p.inside[s]) {
      const sx = (p.x[s] as number) * k + tx;
      const sy = (p.y[s] as number) * k + ty;
      for (const [cls, r] of [
        ['ess-mv-ring', 11],
        ['ess-mv-ring2', 13],
      ] as const) {
        const ring = this.container.ownerDocument.createElementNS(SVG_NS, 'circle');
        ring.setAttribute('class', cls);
        ring.setAttribute('cx', sx.toFixed(1));
        ring.setAttribute('cy', sy.toFixed(1));
        ring.setAttribute('r', String(r));
        this.ringLayer.append(ring);
      }
    }
  }

  // ---------------------------------------------------------------- input (gestures.ts turns events into these)

  /** A key on the surface (see keyIntent): true when used. */
  private onKey(e: KeyboardEvent): boolean {
    const t = this.keyTargets();
    const n = t?.length ?? 0;
    const intent = keyIntent(e, n > 0, (t?.active ?? -1) >= 0);
    if (!intent) return false;
    if (t && 'move' in intent) {
      const from = t.active;
      const m = intent.move;
      t.setActive(m === 'first' ? 0 : m === 'last' ? n - 1 : from < 0 ? t.firstOnScreen() : m === 'next' ? Math.min(n - 1, from + 1) : Math.max(0, from - 1));
      this.requestDraw();
    } else if (t && 'open' in intent) {
      t.open(t.active);
      this.requestDraw();
    }
    else if ('pan' in intent) this.panBy(this.vp.width * intent.pan[0], this.vp.height * intent.pan[1], true);
    else if ('zoom' in intent) this.zoomBy(intent.zoom, undefined, true);
    else if ('home' in intent) {
      this.fitHome();
      this.drawForInput();
    } else {
      if (this.selected === null) return false;
      this.options.onSelect(null);
    }
    return true;
  }

  /** Picks what is under (x, y): a point selects it, a cluster zooms into it, nothing deselects. */
  private pickAt(x: number, y: number, target: EventTarget | null): void {
    const p = this.projected;
    if (!p) return;
    // Markers rebuilt since that one was drawn: its index is stale, the position says what is there.
    const mark = this.markers.hit(target);
    if (mark !== null) {
      this.markers.press(mark);
      return;
    }
    const hit = this.pick(x, y);
    if (hit === null) {
      if (this.selected !== null) this.options.onSelect(null);
      return;
    }
    if (hit.kind === 'point') {
      this.options.onSelect(hit.index);
      return;
    }
    if (hit.kind === 'group') {
      this.markers.press(hit.index);
      return;
    }
    const c = this.levels.current as Clusters;
    const j = hit.index;
    const box: Bounds = [c.x0[j] as number, c.y0[j] as number, c.x1[j] as number, c.y1[j] as number];
    // The keyboard's chunk, fetched as soon as clusters are drawn, opens it as Enter does (zoom while
    // that splits it, else list its actors); in the moment before it arrives, a click zooms.
    if (this.keys) this.keys.openCluster(box, c.first[j] as number);
    else this.vp.zoomInto(box);
    this.requestDraw();
  }

  /** The nearest point (or cluster) drawn within reach of (x, y), in CSS pixels. */
  pick(x: number, y: number): Hit | null {
    if (!this.projected) return null;
    if (!this.isSvgMode()) return pickCluster(this.clustersForView(), this.vp.t, x, y);
    this.markers.ensure();
    return pickMark(this.markers.marks, this.vp.t, x, y);
  }
}
