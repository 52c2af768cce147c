// Territory mode as its own controller: reads the territory — the whole dataset of the followed
// <ess-map> (or of `src`), never what the visitor's filters leave visible — and computes core's
// territory recommendations (a chunk loaded through LazyController). The followed map's data is read
// again with the same loader the map used (same origin, same `src` or `actors`), so the diagnosis
// counts exactly the actors and rejected records the map counts; a map that could not load its data
// says so here too. Lit-free (a reactive controller).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TerritoryRecommendation } from '@terreau/core';
import { LazyController } from '../internal/lazy-controller.js';
import { loadDataset, type DatasetOrigin, type LoadFailure } from '../internal/load-data.js';
import type { EssDataErrorDetail } from '../events/ess-data-error.js';
import type { EssDataLoadDetail } from '../events/ess-data-load.js';
import type { TerritoryInput } from './advice.js';
import { territoryLoader } from './loaders.js';

export interface TerritoryOptions {
  /** True in territory mode. */
  active: () => boolean;
  src: () => string | null;
  /** Id of the map to follow; null: any <ess-map> of the document. */
  follow: () => string | null;
  today: () => string;
  /** A new result (to tell the page). */
  onResult: (result: TerritoryRecommendation) => void;
}

/** What a followed map exposes (public properties of <ess-map>). */
type MapLike = HTMLElement & { src?: string | null; actors?: unknown[]; partnerships?: unknown[] };

export class TerritoryController implements ReactiveController {
  input: TerritoryInput | null = null;
  result: TerritoryRecommendation | null = null;
  /** Why there is no input: the data could not be read (from `src`, or the followed map said so). */
  failure: { from: 'src' | 'map'; failure: LoadFailure } | null = null;
  loading = false;
  private readonly compute: LazyController<typeof import('./on-demand.js')>;
  private abort: AbortController | null = null;
  private unlisten: (() => void) | null = null;
  private loadedSrc: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TerritoryOptions,
  ) {
    host.addController(this);
    this.compute = new LazyController(host, territoryLoader);
  }

  get computeStatus(): LazyController<unknown>['status'] {
    return this.compute.status;
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.unlisten?.();
    this.unlisten = null;
    this.abort?.abort();
  }

  /** The host's attributes changed (mode, src, for): follow again, load `src` if it changed. */
  sync(): void {
    if (!this.host.isConnected) return;
    this.listen();
    const src = this.options.active() ? this.options.src() : null;
    if (src && src !== this.loadedSrc) void this.read('src', { src }, 'src', null);
  }

  /** Recomputes (the date changed, or a retry). */
  async recompute(): Promise<void> {
    const input = this.input;
    if (!input || !this.options.active()) return;
    const m = await this.compute.load();
    if (!m || input !== this.input) return;
    this.result = m.computeTerritoryAdvice(input, this.options.today());
    this.host.requestUpdate();
    this.options.onResult(this.result);
  }

  private listen(): void {
    this.unlisten?.();
    const ours = (e: Event): MapLike | null => {
      const el = e.composedPath()[0];
      if (!(el instanceof HTMLElement) || el.localName !== 'ess-map') return null;
      const id = this.options.follow();
      return id && el.id !== id ? null : (el as MapLike);
    };
    const onLoad = (e: Event) => {
      const map = ours(e);
      if (map && this.options.active() && !this.options.src()) {
        const d = (e as CustomEvent<EssDataLoadDetail>).detail;
        void this.read(d.origin, { src: map.src ?? null, actors: map.actors, partnerships: map.partnerships, host: map }, 'map', d.rejected);
      }
    };
    const onError = (e: Event) => {
      const map = ours(e);
      if (!map || !this.options.active() || this.options.src()) return;
      const d = (e as CustomEvent<EssDataErrorDetail>).detail;
      this.failure = { from: 'map', failure: { kind: d.kind, ...(d.status !== undefined ? { status: d.status } : {}), ...(d.url ? { url: d.url } : {}) } as LoadFailure };
      this.input = null;
      this.result = null;
      this.host.requestUpdate();
    };
    document.addEventListener('ess-data-load', onLoad);
    document.addEventListener('ess-data-error', onError);
    this.unlisten = () => {
      document.removeEventListener('ess-data-load', onLoad);
      document.removeEventListener('ess-data-error', onError);
    };
    // A map that loaded before we listened: read its data now.
    if (this.options.active() && !this.options.src() && this.input === null && !this.loading) {
      const id = this.options.follow();
      const existing = (id ? document.getElementById(id) : document.querySelector('ess-map')) as MapLike | null;
      const visible = (existing as { visibleActors?: unknown } | null)?.visibleActors;
      if (existing?.localName === 'ess-map' && Array.isArray(visible)) {
        const origin: DatasetOrigin = existing.src ? 'src' : existing.actors ? 'property' : existing.querySelector('script[type="application/json"]') ? 'inline' : 'default';
        void this.read(origin, { src: existing.src ?? null, actors: existing.actors, partnerships: existing.partnerships, host: existing }, 'map', null);
      }
    }
  }

  /** Reads a dataset with the map's loader; `rejected` is the map's own count when it gave one. */
  private async read(
    origin: DatasetOrigin,
    from: { src: string | null; actors?: unknown[] | undefined; partnerships?: unknown[] | undefined; host?: HTMLElement },
    kind: 'src' | 'map',
    rejected: number | null,
  ): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    if (kind === 'src') this.loadedSrc = from.src;
    this.host.requestUpdate();
    const outcome = await loadDataset(origin, {
      signal: abort.signal,
      ...(from.src ? { src: from.src } : {}),
      ...(from.actors ? { actors: from.actors } : {}),
      ...(from.partnerships ? { partnerships: from.partnerships } : {}),
      ...(from.host ? { host: from.host } : {}),
    });
    if (abort.signal.aborted) return;
    this.loading = false;
    if ('failure' in outcome) {
      this.failure = { from: kind, failure: outcome.failure };
      this.input = null;
      this.result = null;
      if (kind === 'src') this.loadedSrc = null;
      this.host.requestUpdate();
      return;
    }
    this.failure = null;
    const ownRejected = new Set(outcome.issues.filter((i) => i.collection !== 'partnerships').map((i) => i.index)).size;
    this.input = { actors: outcome.actors, rejected: rejected ?? ownRejected };
    await this.recompute();
  }
}
