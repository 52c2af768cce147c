// Territory mode as its own controller: reads the territory — the whole dataset of the followed
// <ess-map> (its `loadedActors`, never what the visitor's filters leave visible) or of `src` — and
// computes core's territory recommendations (in territory mode's chunk, territory-mode.ts, with that
// computation). A followed map is not read again: its actors are taken as the map holds them, so the diagnosis counts exactly
// the actors and rejected records the map counts, whatever the map read them from (a file with a
// `columns` mapping, official zoning lists, projected coordinates, a live source); a map that could
// not load its data says so here too. Lit-free (a reactive controller).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Actor, TerritoryRecommendation } from '@terreau/core';
import { loadDataset, type LoadFailure } from '../internal/load-data.js';
import { countRejectedRecords } from '../internal/rejected-records.js';
import type { EssDataErrorDetail } from '../events/ess-data-error.js';
import type { EssDataLoadDetail } from '../events/ess-data-load.js';
import type { TerritoryInput } from './advice.js';
import { computeTerritoryAdvice } from './on-demand.js';

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
type MapLike = HTMLElement & { loadedActors?: readonly Actor[]; rejectedRecords?: number; loadError?: EssDataErrorDetail | null; status?: string };

export class TerritoryController implements ReactiveController {
  input: TerritoryInput | null = null;
  result: TerritoryRecommendation | null = null;
  /** Why there is no input: the data could not be read (from `src`, or the followed map said so). */
  failure: { from: 'src' | 'map'; failure: LoadFailure } | null = null;
  loading = false;
  private abort: AbortController | null = null;
  private unlisten: (() => void) | null = null;
  private loadedSrc: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TerritoryOptions,
  ) {
    host.addController(this);
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
    if (src && src !== this.loadedSrc) void this.read(src);
  }

  /** Recomputes (the date changed, or a retry). */
  recompute(): void {
    const input = this.input;
    if (!input || !this.options.active()) return;
    this.result = computeTerritoryAdvice(input, this.options.today());
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
      if (map && this.options.active() && !this.options.src()) this.fromMap(map, (e as CustomEvent<EssDataLoadDetail>).detail.rejected);
    };
    const onError = (e: Event) => {
      const map = ours(e);
      if (!map || !this.options.active() || this.options.src()) return;
      this.mapFailed((e as CustomEvent<EssDataErrorDetail>).detail);
    };
    document.addEventListener('ess-data-load', onLoad);
    document.addEventListener('ess-data-error', onError);
    this.unlisten = () => {
      document.removeEventListener('ess-data-load', onLoad);
      document.removeEventListener('ess-data-error', onError);
    };
    // A map that loaded before we listened: take its data now.
    if (this.options.active() && !this.options.src() && this.input === null && this.failure === null && !this.loading) {
      const id = this.options.follow();
      const existing = (id ? document.getElementById(id) : document.querySelector('ess-map')) as MapLike | null;
      if (existing?.localName === 'ess-map' && existing.status === 'ready' && Array.isArray(existing.loadedActors)) this.fromMap(existing, existing.rejectedRecords ?? 0);
      else if (existing?.localName === 'ess-map' && existing.loadError) this.mapFailed(existing.loadError);
    }
  }

  /** The followed map could not load its data: said here too. */
  private mapFailed(d: EssDataErrorDetail): void {
    this.failure = { from: 'map', failure: { kind: d.kind, ...(d.status !== undefined ? { status: d.status } : {}), ...(d.url ? { url: d.url } : {}) } as LoadFailure };
    this.input = null;
    this.result = null;
    this.host.requestUpdate();
  }

  /** The followed map's whole dataset, as the map holds it. */
  private fromMap(map: MapLike, rejected: number): void {
    this.abort?.abort();
    this.loading = false;
    this.failure = null;
    this.input = { actors: map.loadedActors ?? [], rejected };
    this.recompute();
  }

  /** Reads the advisor's own `src` with the map's loader. */
  private async read(src: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.loadedSrc = src;
    this.host.requestUpdate();
    const outcome = await loadDataset('src', { signal: abort.signal, src });
    if (abort.signal.aborted) return;
    this.loading = false;
    if ('failure' in outcome) {
      this.failure = { from: 'src', failure: outcome.failure };
      this.input = null;
      this.result = null;
      this.loadedSrc = null;
      this.host.requestUpdate();
      return;
    }
    this.failure = null;
    this.input = { actors: outcome.actors, rejected: countRejectedRecords(outcome.issues) };
    this.recompute();
  }
}
