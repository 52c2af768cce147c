// <ess-map>'s shell: its public API (the properties, and the events, parts and tokens documented on
// the class for custom-elements.json), its lifecycle, what the filter keeps, and the user's actions.
// The data is loaded by data-controller.ts; the map (the MapView, its points, tiles, basemap and
// contours) is driven by map-view-controller.ts, which the lifecycle tells what changed. What it shows
// is in render-*.ts, one file per region, plain functions of the MapHost view (host.ts). The state
// that needs no Lit lives beside it: placement.ts (where each actor is on the map), directory.ts and
// filter-actions.ts (filters), map-state.ts (the attributes and the hash, the selection), sort-key.ts
// (the list's order), focus-return.ts (focus), event-details.ts (what the events carry);
// export-actions.ts runs the exports (code fetched on use).
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Actor, type Partnership, type RecordIssue, isIsoDate } from '@terreau/core';
import { TerreauElement } from '../internal/terreau-element.js';
import { LocaleController } from '../internal/localize.js';
import { mapMessages } from './messages.js';
import { DEFAULT_MAX_BYTES, type LoadOutcome } from '../internal/load-data.js';
import { LazyController } from '../internal/lazy-controller.js';
import { MapDataController } from './data-controller.js';
import type { EssActorSelectDetail } from '../events/ess-actor-select.js';
import '../events/ess-actor-select.js';
import '../events/ess-filter-change.js';
import '../events/ess-data-load.js';
import type { EssDataErrorDetail } from '../events/ess-data-error.js';
import { essMapStyles } from './ess-map.styles.js';
import type { MapView } from './map-view.js';
import { MapViewController } from './map-view-controller.js';
import { HashStateController } from './hash-controller.js';
import { DEFAULT_GEO_API_BASE } from './geo.js';
import { toActorFilter, type FilterState } from './directory.js';
import { FilterCounts } from './filter-counts.js';
import { parseList, selectedActorOf } from './map-state.js';
import { labelOf } from './labels.js';
import { sortActors } from './sort-key.js';
import { FocusReturn } from './focus-return.js';
import { focusFirstRow } from './list-focus.js';
import { communeOf } from './placement.js';
import { dataLoadDetail, filterChangeDetail } from './event-details.js';
import { summariseActors, type Summary } from './summary.js';
import { PAGE, type ExportsModule, type MapHost, type SortDir, type SortKey } from './host.js';
import { countsText, renderIssues, renderStatus } from './render-status.js';
import { renderMap } from './render-map.js';
import { renderList } from './render-list.js';
import { renderPanelsState } from './render-panels-state.js';
import { exportsLoader, panelsLoader } from './loaders.js';
import { countRejectedRecords } from '../internal/rejected-records.js';
import { whenIdle } from '../internal/when-idle.js';

/** The properties that change what the filter keeps. */
const FILTER_KEYS = ['types', 'needs', 'zones', 'q', 'approvals', 'sizes', 'date'];

/**
 * A map and directory of the social and solidarity economy (ESS) actors of a territory: a map
 * coloured by family, filters with counts, the list of visible actors (the text alternative to
 * the map), a card per actor, needs coverage, exports. With no data it shows the embedded case
 * studies and their partners.
 *
 * Data: `src` (JSON array, `{actors, partnerships}`, GeoJSON or CSV — `;` or `,`, UTF-8 or
 * Windows-1252), an inline `<script type="application/json">` child, the `actors` property, or
 * `source="annuaire-entreprises"` with `commune` or `epci` (read live, see internal/sources/).
 *
 * @tag ess-map
 * @summary Map and directory of ESS actors, drop-in.
 *
 * @slot - An optional `<script type="application/json">` holding the data (read as text, never run).
 *
 * @event ess-actor-select - The user opened an actor's card (or closed it: `id` null). Detail: `EssActorSelectDetail`.
 * @event ess-filter-change - The user changed a filter. Detail: `EssFilterChangeDetail`.
 * @event ess-data-load - Data was read and validated. Detail: `EssDataLoadDetail`.
 * @event ess-data-error - Data could not be loaded; a retryable error is shown. Detail: `EssDataErrorDetail`.
 *
 * @csspart map - The frame around the map.
 * @csspart legend - The family legend (toggle buttons).
 * @csspart filters - The filter panel.
 * @csspart list - The table of visible actors.
 * @csspart card - The card of the selected actor.
 * @csspart error - The error panel (load failure or rejected records).
 * @csspart notice - The note that a live source's list is partial (the API's cap, or reading stopped).
 * @csspart zone-lists - What the official zoning lists of `zone-lists` gave, or why one was not read.
 * @csspart tiles-notice - The note under the map that its tiles could not be loaded (outlines shown instead).
 * @csspart coverage - The needs coverage panel.
 * @csspart exports - The export panel.
 *
 * @cssproperty --ess-map-height - Height of the map (default 28rem).
 * @cssproperty --ess-family-<family-id> - Colour of a family on the map and legend (e.g. --ess-family-associations).
 * @cssproperty --ess-font-family - Font of the widget.
 * @cssproperty --ess-color-accent - Accent colour (links, primary buttons).
 * @cssproperty --ess-color-text - Text colour.
 * @cssproperty --ess-color-background - Background colour.
 */
export class EssMap extends TerreauElement implements MapHost {
  static override styles = essMapStyles;

  /** URL of the data: JSON array of actors, `{actors, partnerships}`, GeoJSON FeatureCollection or CSV. */
  @property({ reflect: true }) src: string | undefined;

  /**
   * A live source of official data for `commune` or `epci`: `annuaire-entreprises` (the public API
   * Recherche d'entreprises; the page's CSP needs `connect-src https://recherche-entreprises.api.gouv.fr`).
   */
  @property({ reflect: true }) source: string | undefined;

  /** Base URL of the live source (default: the API's own address). */
  @property({ attribute: 'source-url' }) sourceUrl: string | undefined;

  /**
   * At most this many results read from the live source (default and upper limit: 10 000, the API's
   * own cap). A map reading fewer than the API announces says the list is partial.
   */
  @property({ attribute: 'source-max-results', type: Number }) sourceMaxResults: number | undefined;

  /** Actors given directly (validated by core like any other input). Takes precedence over `src`. */
  @property({ attribute: false }) actors: unknown[] | undefined;

  /** Partnerships given with the `actors` property. */
  @property({ attribute: false }) partnerships: unknown[] | undefined;

  /** Column mapping for `src` files whose columns are not named as core expects: `name=DENOMINATION_SOCIALE, type=MESURE` (see the README's "Data formats"). */
  @property() columns: string | undefined;
  /**
   * Official zoning lists as the ANCT publishes them (QPV, ZRR, FRR communes, CSV): URLs separated by
   * spaces, each optionally prefixed by its zoning (`frr:https://…/communes-frr.csv`). Their
   * memberships are added to the actors of the communes they list and count on the map's `date`.
   */
  @property({ attribute: 'zone-lists' }) zoneLists: string | undefined;

  /**
   * Show the SIRENE units and establishments marked closed in the data (`etatAdministratifUniteLegale`
   * C, `etatAdministratifEtablissement` F). Without it such rows are set aside and counted among the
   * rejected records with their reason, as the `terreau` command and the Node API do (`--include-closed`, `includeClosed`).
   */
  @property({ type: Boolean, attribute: 'include-closed' }) includeClosed = false;

  /** Day (YYYY-MM-DD) on which zonings are read: a zoning expired on that day is not counted (default: today). */
  @property() date: string | undefined;

  /** Seconds to wait for `src` before showing a timeout error (default 15). */
  @property({ type: Number }) timeout = 15;

  /**
   * Most bytes of `src` read, once decompressed (default 52428800, 50 MiB: more actors than the map
   * can draw). A larger file is refused with a message naming its size and this limit; the download
   * is stopped at the limit, so a small gzip that inflates to gigabytes does not freeze the page.
   */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_MAX_BYTES;

  /** Selected types or families, comma-separated ids (a family id stands for all its types). */
  @property({ reflect: true }) types: string | null = null;

  /** Selected needs, comma-separated ids. */
  @property({ reflect: true }) needs: string | null = null;

  /** Selected zonings, comma-separated ids (qpv, frr…). */
  @property({ reflect: true }) zones: string | null = null;

  /** Free-text search. */
  @property({ reflect: true }) q: string | null = null;

  /** Id of the actor whose card is open (comma-separated ids are accepted; the first is shown). */
  @property({ reflect: true }) selected: string | null = null;

  /** Mirror types/needs/zones/q/selected in the URL hash under `ess-map=` (or `ess-map-<id>=`). */
  @property({ type: Boolean, attribute: 'hash-state' }) hashState = false;

  /** INSEE code of a commune whose contour is fetched from the geo API and fitted. */
  @property() commune: string | undefined;

  /** SIREN of an EPCI whose communes' contours are fetched from the geo API and fitted. */
  @property() epci: string | undefined;

  /** URL of boundaries to draw and fit, GeoJSON or TopoJSON (takes precedence over commune/epci). */
  @property() boundaries: string | undefined;

  /** Base URL of the official geo API used by `commune` and `epci`. */
  @property({ attribute: 'geo-api' }) geoApi = DEFAULT_GEO_API_BASE;

  /**
   * URL of the background geometry (GeoJSON). Default: basemap-france.json beside the bundle,
   * loaded lazily; `none` for no background.
   */
  @property() basemap: string | undefined;

  /**
   * Raster tiles under the map: `ign` (Plan IGN from the Géoplateforme, no key), `osm`
   * (OpenStreetMap), `none`, or a URL template ({z}/{x}/{y}). Default: `ign` when `commune` or `epci`
   * is set (the page already uses the State's geo API), else none.
   */
  @property() tiles: string | undefined;

  /** Attribution text of the tiles (shown on the map). */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution: string | undefined;

  /** @internal */ readonly l10n = new LocaleController(this, mapMessages);
  /** @internal */ readonly data = new MapDataController(this, (outcome) => this.onLoaded(outcome));
  /** @internal The export code, fetched on the first export. */
  readonly exportsChunk = new LazyController<ExportsModule>(this, exportsLoader);
  /** @internal The filter, coverage and export panels and the card (map-panels.ts). */
  readonly panelsChunk = new LazyController(this, panelsLoader);
  /** @internal The MapView and what it draws: points, tiles, basemap, boundaries (map-view-controller.ts). */
  readonly mapView = new MapViewController(this);
  /** `hash-state`: the filters and the selection in the URL hash (hash-controller.ts). */
  private readonly hash = new HashStateController(this);

  /** @internal */ @state() approvals: string[] = [];
  /** @internal */ @state() sizes: string[] = [];
  /** @internal */ @state() sortKey: SortKey = 'name';
  /** @internal */ @state() sortDir: SortDir = 'ascending';
  /** @internal */ @state() limit = PAGE;
  /** @internal The list's one Tab stop (host.ts), moved by the arrow keys without a render. */
  listRow: string | null = null;
  /** @internal The filter criteria unfolded (host.ts): set when the panel is first drawn, then by the user. */
  filtersOpen: boolean | undefined;
  /** @internal */ @state() showSummary = false;
  /**
   * The filters, coverage and export panels are drawn once the page is idle after the frame that
   * shows the data: the map and the list come first.
   */
  @state() private panels = false;
  /** @internal The actor indices of the group of markers whose list is open (null: none). */
  @state() group: number[] | null = null;
  /** @internal The tile template that could not be loaded (offline, blocked by the page's CSP): outlines shown instead. */
  @state() tilesFailed: string | null = null;

  // Derived in willUpdate.
  /** @internal What the filter keeps, and the facet counts (made when first read). */
  readonly counts = new FilterCounts();
  /** @internal The actors the filter keeps, in input order. */
  get visible(): Actor[] {
    return this.counts.visible;
  }
  /** @internal */ sorted: Actor[] = [];
  private seenVersion = -1;
  private summary: Summary | null = null;
  private readonly focusReturn = new FocusReturn();

  /** @internal The map (tests and the benchmark read it: `view.whenDrawn()`, `view.state`). */
  get view(): MapView | null {
    return this.mapView.view;
  }

  // The data, as the controller holds it.
  /** @internal */ get all(): Actor[] {
    return this.data.actors;
  }
  /** @internal */ get links(): Partnership[] {
    return this.data.partnerships;
  }
  /** @internal */ get issues(): RecordIssue[] {
    return this.data.issues;
  }
  /** @internal */ get byId(): Map<string, number> {
    return this.data.byId;
  }
  /** @internal */ get status(): 'loading' | 'ready' | 'error' {
    return this.data.status;
  }

  override connectedCallback(): void {
    // The controllers connect first: the data starts loading (data-controller.ts), the hash's state is read.
    super.connectedCallback();
    // The contour is asked for now, alongside the data, not after the first render; so is the chunk of
    // the panels and the card (the panels drawn once the page is idle after the data's first paint).
    void this.mapView.loadBoundaries();
    if (this.panelsChunk.status === 'idle') void this.panelsChunk.load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.data.willUpdate(changed);
    const filterChanged = FILTER_KEYS.some((k) => changed.has(k));
    const dataChanged = this.data.version !== this.seenVersion;
    this.seenVersion = this.data.version;
    // The actors were placed (new data, or boundaries that came after it): the map's points change.
    if (this.mapView.willUpdate(changed, dataChanged)) changed.set('data', true);
    if (dataChanged || filterChanged) {
      const filter = { ...toActorFilter(this.filter), ...(this.date && isIsoDate(this.date) ? { date: this.date } : {}) };
      this.counts.set(this.all, filter);
      this.summary = null;
      this.limit = PAGE;
    }
    if (dataChanged || filterChanged || changed.has('sortKey') || changed.has('sortDir')) this.sortVisible();
  }

  protected override updated(changed: PropertyValues): void {
    this.mapView.updated(changed, FILTER_KEYS.some((k) => changed.has(k)));
    this.hash.updated(changed);
    this.focusReturn.apply(this.renderRoot, this.view?.element ?? null);
  }

  // ——— data ———

  /** @internal */ get filter(): FilterState {
    return {
      types: parseList(this.types),
      needs: parseList(this.needs),
      zones: parseList(this.zones),
      approvals: this.approvals,
      sizes: this.sizes,
      q: this.q ?? '',
    };
  }

  private onLoaded(result: LoadOutcome): void {
    if ('failure' in result) {
      const f = result.failure;
      // A failure holds the detail's fields (kind, url, status, bytes, limit), only those that apply.
      this.emit('ess-data-error', { ...f });
      return;
    }
    // The filters, coverage and export panels wait until the frame that shows the data has gone and
    // the page is idle (at most 400 ms): drawn in the task right after it, their render (40–50 ms in
    // traces on a 4× slowed CPU) and layout came before the page was usable. The card beside the map
    // does not wait for them (renderBeside).
    if (!this.panels) requestAnimationFrame(() => whenIdle(() => (this.panels = true), 400));
    this.emit('ess-data-load', dataLoadDetail(result));
  }

  private sortVisible(): void {
    const key = this.sortKey;
    const keyOf = (a: Actor): string => (key === 'name' ? a.name : key === 'type' ? labelOf(this.l10n.core, 'types', a.type) : communeOf(a));
    this.sorted = sortActors(this.visible, key === 'name', keyOf, this.sortDir === 'descending');
  }

  /** @internal */ get selectedActor(): Actor | null {
    return selectedActorOf(this.selected, this.all, this.byId);
  }

  // ——— handlers ———

  /** @internal */ filterChanged(): void {
    // Counts are only known after the update that applies the filter.
    void this.updateComplete.then(() => this.emit('ess-filter-change', filterChangeDetail(this.filter, this.visible, this.all)));
  }

  /** @internal */ onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.selectedActor) {
      e.preventDefault();
      this.closeCard();
    } else if (e.key === 'Escape' && this.group) {
      e.preventDefault();
      this.closeGroup();
    }
  }

  /** @internal */ select(id: string, source: EssActorSelectDetail['source']): void {
    this.focusReturn.opened(id, source, this.shadowRoot?.activeElement as HTMLElement | null);
    this.selected = id;
    this.group = null;
    const i = this.byId.get(id);
    this.emit('ess-actor-select', { id, actor: i === undefined ? null : (this.all[i] ?? null), source });
  }

  /** @internal A group of markers too close to tell apart opens its list over the map. */
  openGroup(indices: number[]): void {
    this.group = indices;
    this.selected = null;
    this.focusReturn.groupOpened();
  }

  /** @internal */ closeGroup(): void {
    this.group = null;
    this.focusReturn.closed();
  }

  /** @internal Closes the card and puts focus back where the user opened it from. */
  closeCard(): void {
    this.selected = null;
    this.focusReturn.closed();
    this.emit('ess-actor-select', { id: null, actor: null, source: 'card' });
  }

  /** @internal */ onRetry(): void {
    void this.data.reload();
  }

  /** @internal */ summaryOf(): Summary {
    this.summary ??= summariseActors(this.visible);
    return this.summary;
  }

  // ——— public methods ———

  /** Loads the data again (after a failure, or when the file at `src` changed). */
  reload(): Promise<void> {
    return this.data.reload();
  }

  /** The actors the current filter shows, in list order. */
  get visibleActors(): readonly Actor[] {
    return this.sorted;
  }

  /**
   * Every actor the map read — its whole dataset, whatever a visitor's filters show (empty until
   * the data is loaded). What a territory diagnosis counts.
   */
  get loadedActors(): readonly Actor[] {
    return this.status === 'ready' ? this.all : [];
  }

  /** Why the data could not be loaded (the detail `ess-data-error` gave), or null. */
  get loadError(): EssDataErrorDetail | null {
    return this.status === 'error' && this.data.failure ? { ...this.data.failure } : null;
  }

  /** Number of records rejected while reading the data (as in `ess-data-load`'s `rejected`). */
  get rejectedRecords(): number {
    return this.status === 'ready' ? countRejectedRecords(this.issues) : 0;
  }

  // ——— render ———

  override render(): TemplateResult {
    const ui = this.l10n.ui;
    const ready = this.status === 'ready';
    const panels = this.panelsChunk.value;
    return html`<div class="root" role="region" aria-label=${ui.map.label} lang=${this.l10n.locale} @keydown=${this.onKeydown}>
      <div class="status">
        ${renderStatus(this)}
        <p class="count" role="status">${ready ? countsText(this) : ''}</p>
        ${ready ? renderIssues(this) : nothing}
        ${ready ? html`<button type="button" class="skip" @click=${() => focusFirstRow(this.renderRoot)}>${ui.map.skipToList}</button>` : nothing}
      </div>
      ${renderMap(this)}
      ${ready && this.panels && panels ? panels.renderFilters(this) : nothing}
      <div class="directory">${ready ? renderList(this) : nothing}</div>
      ${ready && this.panels ? (panels ? html`<div class="side">${panels.renderCoverage(this)}${panels.renderExports(this)}</div>` : renderPanelsState(this)) : nothing}
    </div>`;
  }
}
