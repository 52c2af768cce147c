// `hash-state` on <ess-map>: the filters and the selection (STATE_KEYS) mirrored in the page's URL
// hash under the element's own entry (map-state.ts reads and writes it). Read when the element
// connects and at each hashchange, written after each update that changed them. Lit-free apart from
// the ReactiveController contract.
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { STATE_KEYS, readHashState, replaceHashState, stateOf, type StateKey } from './map-state.js';

export interface HashHost extends ReactiveControllerHost, Record<StateKey, string | null> {
  readonly id: string;
  /** The `hash-state` attribute. */
  readonly hashState: boolean;
}

export class HashStateController implements ReactiveController {
  private readonly onHashChange = (): void => this.apply();

  constructor(private readonly host: HashHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.hashState) return;
    this.apply();
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** After an update: the hash follows the attributes that changed (nothing without `hash-state`). */
  updated(changed: PropertyValues): void {
    if (this.host.hashState && STATE_KEYS.some((k) => changed.has(k))) replaceHashState(this.key, stateOf(this.host));
  }

  /** The element's entry in the hash: `ess-map`, or `ess-map-<id>` when it has an id (several maps on a page). */
  private get key(): string {
    return this.host.id ? `ess-map-${this.host.id}` : 'ess-map';
  }

  private apply(): void {
    const state = readHashState(window.location.hash, this.key);
    if (state) for (const k of STATE_KEYS) this.host[k] = state[k] ?? null;
  }
}
