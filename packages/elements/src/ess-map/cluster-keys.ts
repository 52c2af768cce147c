// The keyboard over many points (Lit-free; a chunk fetched when the map first draws clusters). The
// canvas draws clusters and single points; here each one on screen at the current zoom gets an
// option of the surface's listbox (listbox.ts): an element without a tab stop, laid over its disc
// (transparent: the canvas shows it) and named with its count and a place — « 42 acteurs près de
// Lyon » — or the actor's name. The arrow keys move aria-activedescendant from one to the next in
// reading order, a ring shows the active one; Enter zooms into a cluster (or lists its actors when it
// cannot split any more) and opens a point's card. Only what is on screen has an option: a few
// dozen elements at any zoom, never one per actor; the list of actors stays the full text alternative.
import type { Clusters } from './cluster.js';
import { markOptions, type KeyTargets, type OptionHost } from './listbox.js';
import { clusterRadius } from './scene.js';
import { safeLabel } from './svg-markers.js';

/** The view, with the clusters it draws (the ones in and around the view, at the current zoom). */
export interface ClusterHost extends OptionHost {
  clustersForView(): Clusters;
}

/** One cluster or point on screen (world plane), as its option stands for it. */
interface Item {
  key: string;
  x: number;
  y: number;
  r: number;
  size: number;
  first: number;
  box: [number, number, number, number];
}

/** At most this many options (a 4K screen full of clusters); those nearest the centre are kept. */
const MAX_OPTIONS = 300;

const CSS = `.ess-mv-opts{position:absolute;left:0;top:0;width:0;height:0;pointer-events:none}
.ess-mv-opt{position:absolute;left:0;top:0;border-radius:50%}
.ess-mv:focus-visible .ess-mv-opt.ess-mv-active{outline:3px solid var(--_focus,#0a76f6);outline-offset:2px;box-shadow:0 0 0 2px #fff,0 0 0 7px #fff}
g.ess-mv-focus{fill:none;stroke:#fff}.ess-mv-focus>:last-child{stroke:var(--_focus,#0a76f6)}.ess-mv:not(:focus-visible) .ess-mv-focus{display:none}`;
const SVG_NS = 'http://www.w3.org/2000/svg';

let sheet: CSSStyleSheet | null = null;

export class ClusterKeys implements KeyTargets {
  active = -1;
  private items: Item[] = [];
  private nodes: HTMLElement[] = [];
  private readonly box: HTMLElement;
  /** Names already found, by cluster (its first member and size); cleared when the points or the language change. */
  private names = new Map<string, string>();
  private namesOf: [unknown, unknown] = [null, null];
  /** Where the active option was (world plane): after a zoom or a pan, the keyboard goes on from the nearest one. */
  private last: [number, number] | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private static ids = 0;
  private readonly idPrefix = `ess-mv-c${++ClusterKeys.ids}-`;
  /**
   * The ring of the active marker drawn in SVG (few points; the clusters' options have their own),
   * with a copy of that marker under it: over every other marker (the active one may lie under a
   * neighbour), shown while the surface has the keyboard focus.
   */
  private readonly ring: SVGGElement;
  private readonly lift: SVGUseElement;

  constructor(private readonly v: ClusterHost) {
    const surface = v.element;
    const doc = surface.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'ess-mv-opts';
    surface.append(this.box);
    this.ring = doc.createElementNS(SVG_NS, 'g');
    for (const w of [6, 3]) {
      const c = doc.createElementNS(SVG_NS, 'circle');
      c.setAttribute('stroke-width', String(w));
      this.ring.append(c);
    }
    this.lift = doc.createElementNS(SVG_NS, 'use');
    for (const e of [this.lift, this.ring]) {
      e.setAttribute('class', 'ess-mv-focus');
      e.setAttribute('aria-hidden', 'true');
    }
    surface.querySelector(':scope > svg')?.append(this.lift, this.ring);
    const root = surface.getRootNode() as Document | ShadowRoot;
    try {
      sheet ??= new CSSStyleSheet();
      sheet.replaceSync(CSS);
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // No constructable stylesheets: the options work, without their ring.
    }
  }

  get length(): number {
    return this.items.length;
  }

  /**
   * After each redraw: the options stand for what is on screen now. Unchanged clusters keep their
   * option (and their name, found once); the keyboard stays on its cluster, or goes to the nearest.
   */
  sync(): void {
    const surface = this.v.element;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    // Without the keyboard focus (a drag, a wheel, a filter), the options catch up once the view
    // rests, not at every frame: naming new clusters reads every point.
    if ((surface.getRootNode() as Document | ShadowRoot).activeElement === surface) this.syncNow();
    else
      this.timer = setTimeout(() => {
        this.timer = null;
        if (surface.isConnected) this.syncNow();
      }, 150);
  }

  private syncNow(): void {
    const v = this.v;
    const p = v.projected;
    const items: Item[] = [];
    if (p && v.points && !v.isSvgMode()) {
      const c = v.clustersForView();
      const { vp } = v;
      const { k, tx, ty } = vp.t;
      for (let j = 0; j < c.length; j++) {
        const sx = (c.x[j] as number) * k + tx;
        const sy = (c.y[j] as number) * k + ty;
        if (sx < 0 || sy < 0 || sx > vp.width || sy > vp.height) continue;
        const size = c.size[j] as number;
        const first = c.first[j] as number;
        items.push({
          key: `${first}:${size}`,
          x: c.x[j] as number,
          y: c.y[j] as number,
          r: clusterRadius(size),
          size,
          first,
          box: [c.x0[j] as number, c.y0[j] as number, c.x1[j] as number, c.y1[j] as number],
        });
      }
      const cx = (vp.width / 2 - tx) / k;
      const cy = (vp.height / 2 - ty) / k;
      if (items.length > MAX_OPTIONS) items.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy)).length = MAX_OPTIONS;
      // Reading order: rows of a cluster cell, left to right.
      const row = v.options.cellSize ?? 56;
      items.sort((a, b) => Math.floor((a.y * k + ty) / row) - Math.floor((b.y * k + ty) / row) || a.x - b.x);
    }
    const before = this.items[this.active]?.key;
    const same = items.length === this.items.length && items.every((it, j) => it.key === (this.items[j] as Item).key);
    this.items = items;
    // A new language comes with a new name for the surface.
    if (!same || this.namesOf[1] !== v.options.label) this.rebuild(before);
    this.place();
    this.ringMarker();
  }

  /** The ring on the active marker drawn in SVG, read from the surface (none: hidden). */
  private ringMarker(): void {
    const surface = this.v.element;
    const id = surface.getAttribute('aria-activedescendant');
    const node = id ? (surface.getRootNode() as Document | ShadowRoot).getElementById(id) : null;
    const on = node instanceof SVGGElement;
    for (const e of [this.ring, this.lift]) e.setAttribute('display', on ? 'inline' : 'none');
    if (!on) return;
    this.lift.setAttribute('href', `#${id}`);
    this.ring.setAttribute('transform', node.getAttribute('transform') ?? '');
    const r = Number(node.firstElementChild?.getAttribute('r') ?? 6) + 4;
    for (const c of this.ring.children) c.setAttribute('r', String(r));
  }

  private rebuild(before: string | undefined): void {
    const v = this.v;
    const items = this.items;
    this.nameAll();
    const doc = this.box.ownerDocument;
    while (this.nodes.length > items.length) this.nodes.pop()?.remove();
    items.forEach((it, j) => {
      let node = this.nodes[j];
      if (!node) {
        node = doc.createElement('div');
        node.className = 'ess-mv-opt';
        node.setAttribute('role', 'option');
        node.id = `${this.idPrefix}${j}`;
        this.box.append(node);
        this.nodes.push(node);
      }
      node.setAttribute('aria-label', this.names.get(it.key) ?? '');
    });
    // The keyboard stays on its cluster if it is still drawn, else goes to the one nearest where it was.
    let active = before === undefined ? -1 : items.findIndex((it) => it.key === before);
    if (active < 0 && this.last && items.length > 0) {
      const [lx, ly] = this.last;
      let best = Infinity;
      items.forEach((it, j) => {
        const d = (it.x - lx) ** 2 + (it.y - ly) ** 2;
        if (d < best) {
          best = d;
          active = j;
        }
      });
    }
    this.active = active;
    // Few points: the markers drawn in SVG are the options (svg-markers.ts), the surface is theirs.
    if (v.isSvgMode()) return;
    v.element.setAttribute('role', items.length > 0 ? 'listbox' : 'application');
    this.mark();
  }

  /** Lays each option over its disc (so a screen reader's highlight is where the cluster is drawn). */
  private place(): void {
    const { k, tx, ty } = this.v.vp.t;
    this.items.forEach((it, j) => {
      const node = this.nodes[j] as HTMLElement;
      const d = 2 * it.r;
      node.style.width = node.style.height = `${d}px`;
      node.style.transform = `translate(${(it.x * k + tx - it.r).toFixed(1)}px,${(it.y * k + ty - it.r).toFixed(1)}px)`;
    });
  }

  /**
   * The name of each new cluster: its count and the place of the actor nearest its centre (one pass
   * over the points for all of them), or the actor's own name for a single point.
   */
  private nameAll(): void {
    const v = this.v;
    const pts = v.points;
    const p = v.projected;
    if (!pts || !p) return;
    const of = this.namesOf;
    if (of[0] !== p || of[1] !== v.options.label || this.names.size > 4 * MAX_OPTIONS) this.names.clear();
    this.namesOf = [p, v.options.label];
    const todo = this.items.filter((it) => !this.names.has(it.key));
    const label = v.options.clusterLabel;
    const nearest = todo.map((it) => (it.size === 1 ? it.first : -1));
    const dist = todo.map(() => Infinity);
    const vis = v.visible;
    if (todo.some((it) => it.size > 1)) {
      for (let i = 0; i < p.x.length; i++) {
        if (!p.inside[i] || (vis !== null && vis[i] === 0)) continue;
        const x = Math.fround(p.x[i] as number);
        const y = Math.fround(p.y[i] as number);
        todo.forEach((it, t) => {
          const [x0, y0, x1, y1] = it.box;
          if (it.size === 1 || x < x0 || x > x1 || y < y0 || y > y1) return;
          const d = (x - it.x) ** 2 + (y - it.y) ** 2;
          if (d < (dist[t] as number)) {
            dist[t] = d;
            nearest[t] = i;
          }
        });
      }
    }
    todo.forEach((it, t) => {
      const i = nearest[t] as number;
      const place = i >= 0 && pts.place ? safeLabel(pts.place, i) : '';
      const count = v.formatCount(it.size);
      let name = it.size === 1 ? safeLabel(pts.label, it.first) : label ? label(it.size, place) : `${count} ${place}`.trim();
      // The name holds the text drawn on the disc ("12k" for 12 345), as speech input users read it (WCAG 2.5.3).
      if (it.size > 1 && !name.includes(count)) name = `${count} – ${name}`;
      this.names.set(it.key, name);
    });
  }

  private mark(): void {
    const s = this.v.selected;
    markOptions(this.v.element, this.nodes, this.active, (j) => s !== null && this.items[j]?.size === 1 && this.items[j]?.first === s);
  }

  /**
   * Moves the keyboard to option j. The view does not move: every option is on screen, and panning
   * would change which clusters have one under the keyboard's feet.
   */
  setActive(j: number): void {
    const it = this.items[j];
    if (!it) return;
    this.active = j;
    this.last = [it.x, it.y];
    this.mark();
  }

  firstOnScreen(): number {
    return this.items.length > 0 ? 0 : -1;
  }

  /**
   * Enter on option j: a point opens its card; a cluster is zoomed into, or — when zooming cannot
   * split it (the deepest zoom, or its actors within a pixel of each other there) — lists its actors.
   */
  open(j: number): void {
    const it = this.items[j];
    const v = this.v;
    const p = v.projected;
    if (!it || !p) return;
    if (it.size === 1) {
      v.openPoints([it.first]);
      return;
    }
    if (this.openCluster(it.box, it.first)) this.last = [it.x, it.y];
  }

  /**
   * A cluster opened by Enter or by a click (map-view.ts), the same way: zoomed into while zooming
   * can split it; at the deepest zoom, or when its actors are within a pixel of each other there, its
   * actors are listed (a click used to open the first one's card and hide the rest). True when it zoomed
   * (the caller redraws).
   */
  openCluster(box: [number, number, number, number], first: number): boolean {
    const v = this.v;
    const { vp } = v;
    const [x0, y0, x1, y1] = box;
    if (vp.t.k < vp.maxK * 0.99 && Math.max(x1 - x0, y1 - y0) * vp.maxK >= 1) {
      vp.zoomInto(box);
      return true;
    }
    const p = v.projected;
    const members: number[] = [];
    const vis = v.visible;
    if (p) {
      for (let i = 0; i < p.x.length; i++) {
        if (!p.inside[i] || (vis !== null && vis[i] === 0)) continue;
        const x = Math.fround(p.x[i] as number);
        const y = Math.fround(p.y[i] as number);
        if (x >= x0 && x <= x1 && y >= y0 && y <= y1) members.push(i);
      }
    }
    v.openPoints(members.length > 0 ? members : [first]);
    return false;
  }
}
