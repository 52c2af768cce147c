// The bridge between <ess-map> and its MapView (map-view.ts): it makes the view once the frame is
// rendered, places the actors (placement.ts) and pushes the points, what the filter shows, the
// selection, the tiles, the basemap and the territory's boundaries, and fetches the geometry. The
// element calls it from willUpdate and updated with what changed; it owns the view, the resize
// observer and the geometry's state. Lit-free apart from the ReactiveController contract; its one
// `import()` (the keyboard over clusters) goes through a LazyController.
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { FAMILY_IDS, type Actor, type FamilyId } from '@terreau/core';
import type { EssActorSelectDetail } from '../events/ess-actor-select.js';
import { LazyController } from '../internal/lazy-controller.js';
import type { LocaleController } from '../internal/localize.js';
import { geoApiBoundaryUrl, type FranceInset } from './geo.js';
import { MapView, type TileOptions } from './map-view.js';
import type { MapMessages } from './messages.js';
import { APPROXIMATE, communeOf, placeActors, visibleMask, type MapPoints } from './placement.js';
import { resolveTiles } from './tiles.js';

/** What the controller reads from the element: its map attributes, its data, and what a click on the map does. */
export interface MapViewHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly l10n: LocaleController<MapMessages>;
  readonly all: Actor[];
  readonly byId: Map<string, number>;
  readonly visible: Actor[];
  readonly selectedActor: Actor | null;
  readonly tiles: string | undefined;
  readonly tilesAttribution: string | undefined;
  readonly commune: string | undefined;
  readonly epci: string | undefined;
  readonly basemap: string | undefined;
  readonly boundaries: string | undefined;
  readonly geoApi: string;
  /** The tile template that could not be loaded (offline, blocked by the page's CSP): outlines shown instead. */
  tilesFailed: string | null;
  select(id: string, source: EssActorSelectDetail['source']): void;
  /** A group of markers too close to tell apart was clicked: its list opens (indices of `all`). */
  openGroup(indices: number[]): void;
}

/** How long the first points wait for the territory's contour (a geo API answers in ~0.1–0.3 s). */
const CONTOUR_WAIT_MS = 300;

export class MapViewController implements ReactiveController {
  /** The map, made after the first render (null while disconnected). */
  view: MapView | null = null;
  /** Per actor index: UNPLACED, PLACED or APPROXIMATE (set with the map's points). */
  placement: Uint8Array = new Uint8Array(0);
  /** The families of the data, in catalogue order (the legend's buttons). */
  presentFamilies: FamilyId[] = [];
  /** The keyboard over clusters (many points), fetched when the map first draws them. */
  private readonly keysChunk: LazyController<typeof import('./cluster-keys.js')>;
  private points: MapPoints | null = null;
  /** The boundaries arrived after the data: the points are placed again (actors known by their commune). */
  private placeAgain = false;
  private viewLocale: string | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private boundariesToken = 0;
  private boundariesAsked = false;
  private boundariesKeepView = true;
  private boundariesShown = false;
  /** The territory's contour is being fetched. */
  private contourOnWay = false;
  /** The first points wait for the contour on its way (CONTOUR_WAIT_MS at most): the map fits once, without a jump. */
  private held = false;
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  /** The boundaries URL fetched last (or being fetched): the same URL is not fetched twice. */
  private boundariesRequested: string | null = null;
  private boundariesGeometry: unknown = null;
  private basemapShown: string | null = null;

  constructor(private readonly host: MapViewHost) {
    host.addController(this);
    this.keysChunk = new LazyController(host, { load: () => import('./cluster-keys.js') });
  }

  hostDisconnected(): void {
    clearTimeout(this.holdTimer);
    this.held = false;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.view?.destroy();
    this.view = null;
  }

  /**
   * Before the element renders: a new `tiles` is tried again, and the actors are placed with the new
   * data (`dataChanged`) or again with boundaries that arrived after it. True when they were placed.
   */
  willUpdate(changed: PropertyValues, dataChanged: boolean): boolean {
    if (changed.has('tiles')) this.host.tilesFailed = null;
    if (!dataChanged && !this.placeAgain) return false;
    ({ presentFamilies: this.presentFamilies, placement: this.placement, points: this.points } = placeActors(this.host.all, this.boundariesGeometry));
    this.placeAgain = false;
    return true;
  }

  /** After the element rendered: the view is made if needed and given what changed (`data`: the points were placed). */
  updated(changed: PropertyValues, filterChanged: boolean): void {
    this.ensureView();
    // The language changed (English arrives after the first render): the map's name and inset names follow.
    if (this.view && this.viewLocale !== this.host.l10n.locale) {
      this.viewLocale = this.host.l10n.locale;
      this.view.setLabel(this.host.l10n.ui.map.mapLabel);
    }
    if (changed.has('data')) this.pushOrHoldPoints();
    else if (filterChanged) this.pushVisibility();
    if (changed.has('data') || changed.has('selected')) this.pushSelection();
    if (['tiles', 'tilesAttribution', 'commune', 'epci'].some((k) => changed.has(k))) {
      this.pushTiles();
      if (this.view) void this.loadBasemap();
    } else if (changed.has('basemap') && changed.get('basemap') !== undefined) void this.loadBasemap();
    if (changed.has('boundaries') || changed.has('commune') || changed.has('epci') || changed.has('geoApi')) void this.loadBoundaries();
  }

  private ensureView(): void {
    if (this.view) return;
    const container = this.host.renderRoot.querySelector<HTMLElement>('.map-canvas');
    if (!container) return;
    this.view = new MapView(container, {
      onSelect: (point: number | null) => {
        if (point === null) return;
        const actor = this.host.all[point];
        if (actor) this.host.select(actor.id, 'map');
      },
      colorOf: (category: number) => this.colourOf(FAMILY_IDS[category] ?? 'associations'),
      label: this.host.l10n.ui.map.mapLabel,
      clusterLabel: (count: number, place?: string) => this.host.l10n.ui.map.cluster(count, place),
      loadKeys: () => this.keysChunk.load(),
      insetName: (code: FranceInset['code']) => this.host.l10n.ui.map.insets[code],
      groupLabel: (indices: number[], names: string) => this.host.l10n.ui.map.group(indices.length, names),
      onGroup: (indices: number[]) => this.host.openGroup(indices),
      // Tiles out of reach: the outline of France and the territory's contour instead, and said.
      onTilesFailed: () => {
        this.host.tilesFailed = this.tileOptions?.url ?? null;
        this.pushTiles();
        void this.loadBasemap();
      },
      // The +/−/reset column (2.75rem buttons, 0.5rem from the edge) sits over the right of the map.
      fitPadding: [24, 64, 24, 24],
    });
    this.resizeObserver = new ResizeObserver(() => this.view?.resize());
    this.resizeObserver.observe(container);
    this.pushTiles();
    this.showBoundaries();
    this.pushPoints();
    this.basemapShown = null;
    void this.loadBasemap();
    this.pushSelection();
  }

  /** The family colours (custom properties read once per drawing of the points, not once per family). */
  private colourStyle: CSSStyleDeclaration | null = null;
  private colourOf(family: FamilyId): string {
    this.colourStyle ??= getComputedStyle(this.host);
    // The palette has one home, the styles (--_f-<family>, which --ess-family-<family> overrides).
    return this.colourStyle.getPropertyValue(`--_f-${family}`).trim() || '#555';
  }

  /**
   * The first points of a map whose territory's contour is on its way wait for it, CONTOUR_WAIT_MS at
   * most (the list is not held): the view then fits the territory once, instead of fitting the points,
   * fetching their tiles, and jumping to the contour a moment later.
   */
  private pushOrHoldPoints(): void {
    if (this.view && !this.view.state.visible && !this.held && this.contourOnWay && !this.holdTimer) {
      this.held = true;
      this.holdTimer = setTimeout(() => this.releasePoints(), CONTOUR_WAIT_MS);
      return;
    }
    if (!this.held) this.pushPoints();
  }

  private releasePoints(): void {
    clearTimeout(this.holdTimer);
    if (!this.held) return;
    this.held = false;
    this.pushPoints(true);
    this.pushSelection();
  }

  /** `keepMovedView`: points released after a wait do not throw back a view the visitor already moved. */
  private pushPoints(keepMovedView = false): void {
    if (!this.view || !this.points) return;
    this.colourStyle = null;
    this.view.setPoints({ ...this.points, label: (i: number) => this.markerLabel(i), place: (i: number) => communeOf(this.host.all[i] as Actor) }, { keepMovedView });
    this.pushVisibility();
  }

  /** The accessible name of actor i's marker: its name, and "approximate position" when it is. */
  private markerLabel(i: number): string {
    const a = this.host.all[i];
    if (!a) return '';
    return this.placement[i] === APPROXIMATE ? `${a.name} (${this.host.l10n.ui.map.approximate})` : a.name;
  }

  private pushVisibility(): void {
    const h = this.host;
    this.view?.setVisible(visibleMask(h.all.length, h.visible, h.byId));
  }

  private pushSelection(): void {
    if (!this.view) return;
    const actor = this.host.selectedActor;
    this.view.setSelected(actor ? (this.host.byId.get(actor.id) ?? null) : null);
  }

  private get tileOptions(): TileOptions | null {
    const h = this.host;
    const ui = h.l10n.ui.map;
    const tiles = resolveTiles(h.tiles, h.tilesAttribution, Boolean(h.commune || h.epci), (p) => (p === 'ign' ? ui.tilesIgn : ui.tilesOsm));
    return tiles && tiles.url === h.tilesFailed ? null : tiles;
  }

  private pushTiles(): void {
    this.view?.setTiles(this.tileOptions);
  }

  private async loadBasemap(): Promise<void> {
    const basemap = this.host.basemap;
    // Under tiles the outline of France is not drawn: it is not fetched either.
    if (basemap === 'none' || (this.tileOptions && basemap === undefined)) {
      if (this.basemapShown !== null) this.view?.setBasemap(null);
      this.basemapShown = null;
      return;
    }
    const url = basemap ?? new URL('./basemap-france.json', import.meta.url).href;
    if (url === this.basemapShown) return;
    this.basemapShown = url;
    const geojson = await fetchGeometry(url);
    if (geojson !== null && url === this.basemapShown) this.view?.setBasemap(geojson);
  }

  private boundariesUrl(): string | null {
    const h = this.host;
    if (h.boundaries) return h.boundaries;
    // The base may be relative (a site that proxies the API under its own path).
    let base: string;
    try {
      base = new URL(h.geoApi, h.ownerDocument.baseURI).href;
    } catch {
      return null;
    }
    if (h.commune) return geoApiBoundaryUrl({ commune: h.commune }, base);
    if (h.epci) return geoApiBoundaryUrl({ epci: h.epci }, base);
    return null;
  }

  /**
   * Fetches the boundaries (GeoJSON or TopoJSON: the view reads both) once per URL, from the first
   * connection on (alongside the data), and draws them when the view is there; the latest URL wins.
   */
  async loadBoundaries(): Promise<void> {
    const first = !this.boundariesAsked;
    this.boundariesAsked = true;
    const url = this.boundariesUrl();
    if (url === this.boundariesRequested) {
      this.showBoundaries();
      return;
    }
    const token = ++this.boundariesToken;
    // The contour asked for at connection keeps a view the visitor already moved (it came late); a
    // later one (the page changed the commune or EPCI) is a new territory, fitted.
    this.boundariesKeepView = first;
    this.boundariesRequested = url;
    this.boundariesGeometry = null;
    if (!url) {
      this.showBoundaries();
      return;
    }
    this.contourOnWay = true;
    const geometry = await fetchGeometry(url);
    if (token !== this.boundariesToken) return;
    this.contourOnWay = false;
    if (geometry === null) this.boundariesRequested = null;
    this.boundariesGeometry = geometry;
    this.showBoundaries();
    // Held points go now: at once, or with the update that places the actors known by their commune.
    if (this.placeAgain) {
      clearTimeout(this.holdTimer);
      this.held = false;
    } else this.releasePoints();
  }

  private showBoundaries(): void {
    if (!this.view) return;
    if (this.boundariesGeometry === null) {
      if (this.boundariesShown && !this.boundariesRequested) this.view.setBoundaries(null);
      if (!this.boundariesRequested) this.boundariesShown = false;
      return;
    }
    this.boundariesShown = this.view.setBoundaries(this.boundariesGeometry, { keepMovedView: this.boundariesKeepView });
    // Actors known only by their commune can now be placed.
    if (this.host.all.some((a) => !a.location && a.communeCode)) {
      this.placeAgain = true;
      this.host.requestUpdate();
    }
  }
}

/** Fetches decoration geometry; null on any failure (the map still shows every actor). */
async function fetchGeometry(url: string): Promise<unknown> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as unknown) : null;
  } catch {
    return null;
  }
}
