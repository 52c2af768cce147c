// The markers drawn one by one (Lit-free), when the map shows few points (≤ svgThreshold): SVG
// elements over the canvas, each an option of the surface's listbox (listbox.ts), co-located ones
// grouped (marks.ts) into a disc with their count that opens on their list. map-view.ts says when
// the points change and where the view is; this file keeps the markers, their names and which one
// the keyboard is on.
import type { Transform } from './geo.js';
import type { MapPoints } from './map-view.js';
import { markOptions, type KeyTargets, type OptionHost } from './listbox.js';
import { groupMarks, type Marks } from './marks.js';
import { dominant, markRadius } from './scene.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The accessible name of point i (untrusted text, used as text only; at most 300 characters). */
export function safeLabel(label: (i: number) => string, i: number): string {
  try {
    const s = label(i);
    return typeof s === 'string' ? s.slice(0, 300) : String(i);
  } catch {
    return String(i);
  }
}

let ids = 0;

export class SvgMarkers implements KeyTargets {
  /** The markers (world plane), co-located points grouped at the scale they were built for. */
  marks: Marks = { x: [], y: [], members: [] };
  active = -1;
  /**
   * The points or their visibility changed since the markers were built: they are built again at the
   * next redraw (or when something reads them first), once — not once per call (setPoints then
   * setVisible, then the fit of the view, each rebuilt every SVG marker before the first frame).
   */
  stale = false;
  private nodes: SVGGElement[] = [];
  /** The visible points in reading order. */
  private order: Int32Array = new Int32Array(0);
  private k = Number.NaN;
  private readonly idPrefix = `ess-mv-${++ids}-`;

  constructor(
    private readonly v: OptionHost,
    private readonly layer: SVGGElement,
  ) {}

  get length(): number {
    return this.marks.members.length;
  }

  /** Builds the markers if the points or their visibility changed since they were built. */
  ensure(): void {
    if (!this.stale) return;
    this.stale = false;
    const v = this.v;
    const p = v.projected;
    const idx: number[] = [];
    if (p && v.points && v.isSvgMode()) {
      const vis = v.visible;
      for (let i = 0; i < p.x.length; i++) if (p.inside[i] && (vis === null || vis[i] !== 0)) idx.push(i);
      idx.sort((a, b) => (p.y[a] as number) - (p.y[b] as number) || (p.x[a] as number) - (p.x[b] as number));
    }
    this.order = Int32Array.from(idx);
    this.regroup();
  }

  /**
   * One SVG marker per group of points closer than a marker's size on screen: a dot for one actor,
   * a disc with the count for several. Each is an option of the surface's listbox (one Tab stop; the
   * arrow keys move aria-activedescendant), labelled with the actors' names.
   */
  private regroup(): void {
    const v = this.v;
    const keep = this.active >= 0 ? this.marks.members[this.active]?.[0] : undefined;
    for (const node of this.nodes) node.remove();
    this.nodes = [];
    const p = v.projected;
    const pts = v.points;
    const { k } = v.vp.t;
    this.marks = p && this.order.length > 0 ? groupMarks(this.order, p.x, p.y, k, 12) : { x: [], y: [], members: [] };
    this.k = k;
    this.active = keep === undefined ? -1 : this.marks.members.findIndex((m) => m.includes(keep));
    const surface = v.element;
    const on = p && pts && v.isSvgMode();
    surface.setAttribute('role', on ? 'listbox' : 'application');
    if (!on) {
      surface.removeAttribute('aria-activedescendant');
      return;
    }
    const doc = surface.ownerDocument;
    const frag = doc.createDocumentFragment();
    this.marks.members.forEach((members, j) => {
      const g = doc.createElementNS(SVG_NS, 'g');
      g.setAttribute('class', 'ess-mv-mark');
      g.setAttribute('role', 'option');
      g.id = `${this.idPrefix}${j}`;
      g.dataset['m'] = String(j);
      const one = members.length === 1;
      const c = doc.createElementNS(SVG_NS, 'circle');
      c.setAttribute('class', one ? 'ess-mv-pt' : 'ess-mv-grp');
      c.setAttribute('r', String(markRadius(members.length)));
      c.setAttribute('fill', v.colors[one ? (pts.category[members[0] as number] as number) : dominant(members, pts.category)] ?? '#555');
      g.append(c);
      if (one) g.setAttribute('aria-label', safeLabel(pts.label, members[0] as number));
      else {
        const text = doc.createElementNS(SVG_NS, 'text');
        text.setAttribute('text-anchor', 'middle');
        text.setAttribute('dy', '0.35em');
        text.setAttribute('aria-hidden', 'true');
        text.textContent = v.formatCount(members.length);
        g.setAttribute('aria-label', this.groupLabel(members));
        g.append(text);
      }
      frag.append(g);
      this.nodes.push(g);
    });
    this.layer.append(frag);
    this.mark();
  }

  /** The accessible name of a group of points (the markers', and the SVG export's). */
  groupLabel(members: number[]): string {
    const { points, options } = this.v;
    const names = members.map((i) => safeLabel((points as MapPoints).label, i)).join(', ');
    return options.groupLabel ? options.groupLabel(members, names) : `${members.length}: ${names}`;
  }

  /** aria-selected on the marker holding the selected point, aria-activedescendant on the active one. */
  mark(): void {
    const s = this.v.selected;
    markOptions(this.v.element, this.nodes, this.active, (j) => s !== null && (this.marks.members[j] ?? []).includes(s));
  }

  setActive(j: number, reveal = true): void {
    if (j < 0 || j >= this.length) return;
    this.active = j;
    if (reveal) this.v.vp.reveal(...this.v.vp.toScreen(this.marks.x[j] as number, this.marks.y[j] as number), 16);
    this.mark();
  }

  /** Opens marker j: its actor's card, or the list of a group. */
  open(j: number): void {
    const members = this.marks.members[j];
    if (members) this.v.openPoints(members.slice());
  }

  firstOnScreen(): number {
    const vp = this.v.vp;
    for (let j = 0; j < this.length; j++) {
      const [sx, sy] = vp.toScreen(this.marks.x[j] as number, this.marks.y[j] as number);
      if (sx >= 0 && sy >= 0 && sx <= vp.width && sy <= vp.height) return j;
    }
    return this.length > 0 ? 0 : -1;
  }

  /** Moves the markers to their screen positions under `t`, grouped again first if the scale changed. */
  position(t: Transform): void {
    this.ensure();
    const { k, tx, ty } = t;
    // Zoomed: markers that now overlap (or no longer do) are grouped again.
    if (this.v.isSvgMode() && this.k !== k) this.regroup();
    // Markers off screen stay options of the listbox (the arrow keys bring them on screen).
    this.nodes.forEach((node, j) => {
      const sx = (this.marks.x[j] as number) * k + tx;
      const sy = (this.marks.y[j] as number) * k + ty;
      node.setAttribute('transform', `translate(${sx.toFixed(1)} ${sy.toFixed(1)})`);
    });
  }

  /** The marker `target` (an event's) belongs to, or null (also when the markers were rebuilt since it was drawn). */
  hit(target: EventTarget | null): number | null {
    const stale = this.stale;
    this.ensure();
    const j = target instanceof SVGElement && !stale ? Number(target.closest<SVGElement>('[data-m]')?.dataset['m']) : NaN;
    return Number.isInteger(j) ? j : null;
  }

  /** A click or tap on marker j: the keyboard goes there too (without panning), and it opens. */
  press(j: number): void {
    this.active = j;
    this.mark();
    this.open(j);
  }
}
