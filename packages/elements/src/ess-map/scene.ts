// The map's scene (Lit-free, DOM-free): what the view shows, as plain data in screen pixels, built
// from the viewport, the markers or clusters, the basemap and boundaries, the overseas insets and
// their names. Two sinks draw it, as d3-geo streams into its contexts: canvas-sink.ts (the screen
// and the PNG export) and svg-sink.ts (the SVG export). Geometry stays in path data of the world
// plane under `transform`; everything else is already placed on screen.
import type { Clusters } from './cluster.js';
import { franceInsets } from './geo.js';
import type { Bounds, FranceInset, InsetLayout, ProjectionKind, Transform } from './geo.js';
import type { Marks } from './marks.js';

/** The colours and font the map is drawn with (read from the host's custom properties). */
export interface Theme {
  water: string;
  land: string;
  coast: string;
  boundary: string;
  text: string;
  halo: string;
  font: string;
}

/**
 * One marker, in screen pixels: a dot (one actor), a group (actors at one place: `count`), or a
 * cluster (`count` on a disc of `fill`, circled by `ring`: [colour, share] per family, shares adding to 1).
 */
export interface SceneMark {
  x: number;
  y: number;
  r: number;
  fill: string;
  label: string;
  count?: string;
  ring?: [string, number][];
}

/** A name written on the map (an overseas inset's), its baseline starting (ending: `end`) at (x, y), screen pixels. */
export interface SceneLabel {
  x: number;
  y: number;
  text: string;
  end?: boolean;
}

/** The scene both sinks draw. */
export interface MapScene {
  width: number;
  height: number;
  theme: Theme;
  title: string;
  /** Raster tiles lie under this scene (on screen only): no water nor land is drawn over them. */
  tiles: boolean;
  transform: Transform;
  /** SVG path data, world plane. */
  basemap: string;
  insets: string;
  boundaries: string;
  labels: SceneLabel[];
  /** Groups and clusters first, then dots (drawn in that order). */
  marks: SceneMark[];
  selected: { x: number; y: number } | null;
  attribution: string;
}

/** The largest cluster disc, CSS px. */
export const MAX_CLUSTER_RADIUS = 34;

/** The radius of a cluster of `size` points on screen, CSS px (a single point: 5). */
export function clusterRadius(size: number): number {
  return size <= 1 ? 5 : Math.min(MAX_CLUSTER_RADIUS, 12 + 5.5 * Math.log10(size));
}

/** The radius of a marker drawn one by one: 6 for one actor, 10 or 12 for a group. */
export const markRadius = (n: number): number => (n === 1 ? 6 : n < 10 ? 10 : 12);

/** The most frequent category among `members` (the first one on a tie). */
export function dominant(members: readonly number[], category: ArrayLike<number>): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestN = 0;
  for (const i of members) {
    const c = category[i] as number;
    const n = (counts.get(c) ?? 0) + 1;
    counts.set(c, n);
    if (n > bestN) {
      best = c;
      bestN = n;
    }
  }
  return best;
}

/** What the markers say and how they look, from the view's options and points. */
export interface MarkText {
  colors: readonly string[];
  category: ArrayLike<number>;
  formatCount(n: number): string;
  /** Accessible names (omitted on screen, where the canvas is hidden from assistive technology). */
  label?: ((i: number) => string) | undefined;
  groupLabel?: ((members: number[]) => string) | undefined;
  clusterLabel?: ((size: number) => string) | undefined;
}

/** What a scene is built from: the frame as the scene holds it, and what its markers and names come from. */
export interface SceneSource extends Omit<MapScene, 'labels' | 'marks' | 'selected'> {
  kind: ProjectionKind;
  /** Where `france` has its overseas insets (default: the column). */
  layout?: InsetLayout | undefined;
  /** The name of an overseas inset; none: no names. */
  insetName?: ((code: FranceInset['code']) => string) | undefined;
  /** The territory's contour: its name (the geo API's `nom`) and its bounds, world plane. */
  boundary?: { name: string; bounds: Bounds } | null | undefined;
  /** Markers drawn one by one (world plane), or clusters, or neither. */
  marks: Marks | null;
  /** Markers drawn elsewhere (the screen's SVG markers, world plane): not in the scene, but names keep clear of them. */
  avoid?: Marks | null | undefined;
  clusters: Clusters | null;
  text: MarkText;
  /** World position of the selected point, if any. */
  selected: [number, number] | null;
}

const colorOf = (text: MarkText, c: number): string => text.colors[c] ?? '#555';

/** The scene of `s`: only what is on screen (markers within their radius of it). */
export function buildScene(s: SceneSource): MapScene {
  const { kind, layout = 'column', insetName, boundary, marks, avoid, clusters, text, selected: sel, ...frame } = s;
  const { k, tx, ty } = s.transform;
  const w = s.width;
  const h = s.height;
  const on = (x: number, y: number, r: number): boolean => x >= -r && y >= -r && x <= w + r && y <= h + r;
  const counted: SceneMark[] = [];
  const dots: SceneMark[] = [];
  const name = (i: number): string => (text.label ? text.label(i) : '');
  if (marks) {
    const m = marks;
    m.members.forEach((members, j) => {
      const x = (m.x[j] as number) * k + tx;
      const y = (m.y[j] as number) * k + ty;
      const r = markRadius(members.length);
      if (!on(x, y, r)) return;
      const first = members[0] as number;
      if (members.length === 1) dots.push({ x, y, r, fill: colorOf(text, text.category[first] as number), label: name(first) });
      else
        counted.push({
          x,
          y,
          r,
          fill: colorOf(text, dominant(members, text.category)),
          label: text.groupLabel?.(members) ?? '',
          count: text.formatCount(members.length),
        });
    });
  } else if (clusters) {
    const c = clusters;
    for (let j = 0; j < c.length; j++) {
      const x = (c.x[j] as number) * k + tx;
      const y = (c.y[j] as number) * k + ty;
      const size = c.size[j] as number;
      const r = clusterRadius(size);
      if (!on(x, y, r)) continue;
      if (size === 1) {
        const i = c.first[j] as number;
        dots.push({ x, y, r, fill: colorOf(text, text.category[i] as number), label: name(i) });
        continue;
      }
      const ring: [string, number][] = [];
      for (let q = 0; q < c.nCat; q++) {
        const v = c.categories[j * c.nCat + q] as number;
        if (v > 0) ring.push([colorOf(text, q), v / size]);
      }
      counted.push({ x, y, r, fill: s.theme.halo, ring, label: text.clusterLabel?.(size) ?? String(size), count: text.formatCount(size) });
    }
  }
  const labels: SceneLabel[] = [];
  if (kind === 'france' && insetName) {
    // Markers on screen, as circles: a name inside an inset moves to its bottom corner when one covers the top.
    const taken: { x: number; y: number; r: number }[] = counted.concat(dots);
    avoid?.members.forEach((m, j) => taken.push({ x: (avoid.x[j] as number) * k + tx, y: (avoid.y[j] as number) * k + ty, r: markRadius(m.length) }));
    for (const inset of franceInsets(layout)) {
      const [x0, y0, x1, y1] = inset.box;
      if (x1 * k + tx < 0 || y1 * k + ty < 0 || x0 * k + tx > w || y0 * k + ty > h) continue;
      const text = insetName(inset.code);
      const width = text.length * 6.5; // ~6.5 px a character at 11 px
      const [x, top] = [x0 * k + tx + 4, y0 * k + ty + 14];
      // Rows: in the band above the inset, kept clear of markers. Column: in the inset's top-left corner
      // when it fits there (the name's box: 11 px above its baseline, 3 below), or its bottom-left one
      // when a marker covers the top; else left of the inset, ending at its frame.
      if (layout === 'rows') labels.push({ x: x - 4, y: top - 18, text });
      else if (width + 8 <= (x1 - x0) * k) labels.push({ x, y: taken.some((m) => m.x + m.r > x && m.x - m.r < x + width && m.y + m.r > top - 11 && m.y - m.r < top + 3) ? y1 * k + ty - 5 : top, text });
      else labels.push({ x: x0 * k + tx - 4, y: ((y0 + y1) / 2) * k + ty + 4, text, end: true });
    }
  }
  // The territory's name above its contour, where no tiles under the map already write it.
  if (boundary && !frame.tiles) {
    const [x0, y0] = boundary.bounds;
    labels.push({ x: Math.max(4, x0 * k + tx), y: Math.max(14, y0 * k + ty - 6), text: boundary.name });
  }
  return {
    ...frame,
    labels,
    marks: counted.concat(dots),
    selected: sel ? { x: sel[0] * k + tx, y: sel[1] * k + ty } : null,
  };
}
