// The map surface as a listbox (Lit-free): one Tab stop, the arrow keys move aria-activedescendant
// over options that are never focused themselves. Two kinds of options share this bookkeeping:
// svg-markers.ts (few points: each marker drawn in SVG is an option) and cluster-keys.ts (many
// points: hidden options standing for the clusters drawn on the canvas, a lazy chunk).
import type { ProjectedPoints } from './geo.js';
import type { MapPoints, MapViewOptions } from './map-view.js';
import type { Viewport } from './viewport.js';

/** What the options read of the view (map-view.ts), when they are built: its state, never its DOM but the surface. */
export interface OptionHost {
  /** The focusable surface: the listbox. */
  readonly element: HTMLElement;
  readonly vp: Viewport;
  readonly points: MapPoints | null;
  readonly projected: ProjectedPoints | null;
  readonly visible: Uint8Array | null;
  /** Colour of each category. */
  readonly colors: readonly string[];
  readonly selected: number | null;
  readonly options: MapViewOptions;
  /** Few points: markers drawn one by one (svg-markers.ts); else clusters on the canvas. */
  isSvgMode(): boolean;
  formatCount(n: number): string;
  /** Opens points `members`: one actor's card, or the list of a group. */
  openPoints(members: number[]): void;
}

/** What the arrow keys go through, in reading order; map-view.ts turns key intents into these calls. */
export interface KeyTargets {
  /** Number of options. */
  readonly length: number;
  /** The option the keyboard is on, -1: none yet. */
  active: number;
  /** Moves the keyboard to option j (brought on screen if it is off it, unless `reveal` is false). */
  setActive(j: number, reveal?: boolean): void;
  /** Opens option j (Enter, Space). */
  open(j: number): void;
  /** Where the keyboard starts: the first option on screen in reading order. */
  firstOnScreen(): number;
}

/**
 * aria-selected on the options `selected` says, the `ess-mv-active` class and the surface's
 * aria-activedescendant on option `active`.
 */
export function markOptions(surface: HTMLElement, nodes: readonly Element[], active: number, selected: (j: number) => boolean): void {
  nodes.forEach((node, j) => {
    node.setAttribute('aria-selected', String(selected(j)));
    node.classList.toggle('ess-mv-active', j === active);
  });
  const node = nodes[active];
  if (node) surface.setAttribute('aria-activedescendant', node.id);
  else surface.removeAttribute('aria-activedescendant');
}
