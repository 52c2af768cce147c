// Where keyboard focus goes when the card (or a group's list) opens and closes (Lit-free): into the
// card's title when it opens, back where the user opened it from when it closes — the list's row,
// the map, or whatever had focus. The element says what happened; after its update, `apply` moves
// focus once.
import type { EssActorSelectDetail } from '../events/ess-actor-select.js';
import { ROW_BUTTONS } from './list-focus.js';

type ReturnTo = { kind: 'list' | 'map' | 'other'; id?: string; el?: HTMLElement };

export class FocusReturn {
  private returnTo: ReturnTo | null = null;
  private pending: 'card' | 'return' | null = null;

  /** An actor's card opens from `source`; `active` is what had focus in the shadow root. */
  opened(id: string, source: EssActorSelectDetail['source'], active: HTMLElement | null): void {
    if (source === 'list') this.returnTo = { kind: 'list', id };
    else if (source === 'map') this.returnTo = { kind: 'map' };
    else if (source !== 'card' || !this.returnTo) this.returnTo = active ? { kind: 'other', el: active } : null;
    this.pending = 'card';
  }

  /** A group of markers' list opens over the map. */
  groupOpened(): void {
    this.returnTo = { kind: 'map' };
    this.pending = 'card';
  }

  /** The card or the group's list closes. */
  closed(): void {
    this.pending = 'return';
  }

  /** Moves focus as asked since the last update; `mapElement` is the map's focusable surface. */
  apply(root: ParentNode, mapElement: HTMLElement | null): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    if (pending === 'card') {
      // The card opens over the map beside the actor: opened from the map, focus moves without
      // scrolling the page; from the list, the browser brings the card into view.
      const heading = root.querySelector<HTMLElement>('.card h3');
      if (heading) heading.focus({ preventScroll: this.returnTo?.kind === 'map' });
      // The card's partial is still on its way (its chunk, map-panels.ts): focused once drawn.
      else this.pending = 'card';
      return;
    }
    const back = this.returnTo;
    this.returnTo = null;
    let target: HTMLElement | null = null;
    if (back?.kind === 'list' && back.id !== undefined) {
      target = Array.from(root.querySelectorAll<HTMLElement>(ROW_BUTTONS)).find((b) => b.dataset['id'] === back.id) ?? null;
    } else if (back?.kind === 'map') {
      target = mapElement;
    } else if (back?.el?.isConnected) target = back.el;
    (target ?? root.querySelector<HTMLElement>(ROW_BUTTONS))?.focus({ preventScroll: back?.kind === 'map' });
  }
}
