// Where keyboard focus goes when the card (or a group's list) opens and closes (Lit-free): into the
// card's title when it opens, back where the user opened it from when it closes — the list's row,
// the map, or whatever had focus. The element says what happened; after its update, `apply` moves
// focus once.
import type { EssActorSelectDetail } from '../events/ess-actor-select.js';

type ReturnTo = { kind: 'list' | 'map' | 'other'; id?: string; el?: HTMLElement };

const ROW_BUTTONS = 'tbody button[data-id]';

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

/**
 * The list's Tab stop: the row named `wanted` when it is shown, else the selected actor's, else the
 * first. The list is one Tab stop, as the map is (a hundred names were a hundred stops on the way to
 * what follows the widget); the arrow keys move between its names.
 */
export function listTabStop(ids: readonly string[], wanted: string | null, selected: string | undefined): string | undefined {
  if (wanted !== null && ids.includes(wanted)) return wanted;
  if (selected !== undefined && ids.includes(selected)) return selected;
  return ids[0];
}

/** A name of the list got focus (arrow key, click, skip link, return from a card): it becomes the list's Tab stop. */
export function moveListTabStop(e: FocusEvent, host: { listRow: string | null }): void {
  const target = e.target as HTMLElement;
  if (!target.matches(ROW_BUTTONS)) return;
  (e.currentTarget as ParentNode).querySelector('button[data-id][tabindex="0"]')?.setAttribute('tabindex', '-1');
  target.setAttribute('tabindex', '0');
  host.listRow = target.dataset['id'] ?? null;
}

/** The list's keydown (on its body): arrow keys move between the actors; Home/End go to the first/last. */
export function moveInList(e: KeyboardEvent): void {
  const target = e.target as HTMLElement;
  if (!target.matches('button[data-id]')) return;
  const buttons = Array.from((e.currentTarget as ParentNode).querySelectorAll<HTMLButtonElement>(ROW_BUTTONS));
  const i = buttons.indexOf(target as HTMLButtonElement);
  let next = -1;
  if (e.key === 'ArrowDown') next = Math.min(i + 1, buttons.length - 1);
  else if (e.key === 'ArrowUp') next = Math.max(i - 1, 0);
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = buttons.length - 1;
  else return;
  e.preventDefault();
  buttons[next]?.focus();
}

/** The skip link: past the map (one Tab stop already) to the list, its text alternative, at its Tab stop. */
export function focusFirstRow(root: ParentNode): void {
  (root.querySelector<HTMLElement>(`${ROW_BUTTONS}[tabindex="0"]`) ?? root.querySelector<HTMLElement>(ROW_BUTTONS))?.focus();
}
