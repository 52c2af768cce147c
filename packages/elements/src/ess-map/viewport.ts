// The map's viewport (Lit-free, DOM-free): the size of the view, its affine transform (screen =
// world × k + (tx, ty)), the home view it comes back to, and the limits of zooming and panning.
// Pure state and arithmetic, so the maths can be tested without a browser's events.
import { franceFrame, fitTransform, MERCATOR_WORLD_SIZE, METROPOLE_FRAME, screenToWorld, unionBounds, zoomAround } from './geo.js';
import type { Bounds, InsetLayout, Padding, ProjectionKind, Transform } from './geo.js';

/** How far in each projection zooms (a street at most). */
export const MAX_K: Record<ProjectionKind, number> = { france: 6000, mercator: 2 ** 19 };
/** How far out the view zooms, relative to the home view. */
const MIN_ZOOM = 1 / 4;
/** Pixels of the map's content kept on screen when panning (the map cannot be dragged away and lost). */
const KEEP_ON_SCREEN = 48;

export class Viewport {
  /** CSS pixels. */
  width = 0;
  height = 0;
  t: Transform = { k: 1, tx: 0, ty: 0 };
  /** Scale of the home view (zoom 0). */
  homeK = 1;
  /** The user moved the view (resizing then keeps it instead of fitting home again). */
  moved = false;
  kind: ProjectionKind = 'france';
  /** Where `france` puts its overseas insets (the view picks it from its shape). */
  layout: InsetLayout = 'column';
  /** World-plane box of everything drawn (data, boundaries, basemap, frame): what panning keeps in view. */
  content: Bounds | null = null;

  get minK(): number {
    return this.homeK * MIN_ZOOM;
  }

  get maxK(): number {
    return MAX_K[this.kind];
  }

  /** log2 of the zoom relative to the home view. */
  get zoom(): number {
    return Math.log2(this.t.k / this.homeK);
  }

  /** The screen position of world point (wx, wy). */
  toScreen(wx: number, wy: number): [number, number] {
    return [wx * this.t.k + this.t.tx, wy * this.t.k + this.t.ty];
  }

  /** The world point at the centre of the view. */
  centre(): [number, number] {
    return screenToWorld(this.t, this.width / 2, this.height / 2);
  }

  /** A new size; the centre stays where it was. Returns true on the first real size. */
  resize(w: number, h: number): boolean {
    const first = this.width === 0 || this.height === 0;
    if (!first) this.t = { ...this.t, tx: this.t.tx + (w - this.width) / 2, ty: this.t.ty + (h - this.height) / 2 };
    this.width = w;
    this.height = h;
    return first;
  }

  /**
   * The home view: `bounds` fitted with `padding`. A single point (or a few at one address) shows its
   * surroundings (~25 km), a commune's boundaries (`tight`) down to ~1 km; bounds that reach beyond
   * the métropole of `france` show all the overseas insets, not a cut-off part of them.
   */
  fitHome(bounds: Bounds | null, tight: boolean, padding: Padding): void {
    if (this.width <= 0 || this.height <= 0) return;
    let b = bounds ?? (this.kind === 'france' ? franceFrame(this.layout) : ([0, 0, MERCATOR_WORLD_SIZE, MERCATOR_WORLD_SIZE] as Bounds));
    const minSpan = (this.kind === 'france' ? 4 : 0.02) / (tight ? 20 : 1);
    if (b[2] - b[0] < minSpan && b[3] - b[1] < minSpan) {
      const cx = (b[0] + b[2]) / 2;
      const cy = (b[1] + b[3]) / 2;
      b = [cx - minSpan / 2, cy - minSpan / 2, cx + minSpan / 2, cy + minSpan / 2];
    }
    if (this.kind === 'france' && (b[0] < METROPOLE_FRAME[0] || b[1] < METROPOLE_FRAME[1] || b[2] > METROPOLE_FRAME[2] || b[3] > METROPOLE_FRAME[3])) {
      b = unionBounds(b, franceFrame(this.layout)) as Bounds;
    }
    this.t = fitTransform(b, this.width, this.height, padding, this.maxK);
    this.homeK = this.t.k;
    this.moved = false;
  }

  /** Zooms by `factor` around screen point (sx, sy) (default: the centre), k kept within the limits. */
  zoomBy(factor: number, sx = this.width / 2, sy = this.height / 2): void {
    if (!(factor > 0) || !Number.isFinite(factor)) return;
    this.t = zoomAround(this.t, factor, sx, sy, this.minK, this.maxK);
    this.moved = true;
  }

  /** Pans by (dx, dy) CSS pixels, short of taking the map's content off screen. */
  panBy(dx: number, dy: number): void {
    if (!Number.isFinite(dx) || !Number.isFinite(dy)) return;
    this.t = clampPan({ ...this.t, tx: this.t.tx + dx, ty: this.t.ty + dy }, this.content, this.width, this.height);
    this.moved = true;
  }

  /** Brings screen point (sx, sy) to the centre of the view when it is within `margin` of an edge or beyond. */
  reveal(sx: number, sy: number, margin = 0): void {
    if (sx >= margin && sy >= margin && sx <= this.width - margin && sy <= this.height - margin) return;
    this.t = { ...this.t, tx: this.t.tx + this.width / 2 - sx, ty: this.t.ty + this.height / 2 - sy };
    this.moved = true;
  }

  /** Zooms into world box `b` (a cluster): at least twice closer, the box fitted if that is closer still. */
  zoomInto(b: Bounds): void {
    const fit = fitTransform(b, this.width, this.height, 48, this.maxK);
    const k = Math.min(this.maxK, Math.max(fit.k, this.t.k * 2));
    this.t = { k, tx: this.width / 2 - ((b[0] + b[2]) / 2) * k, ty: this.height / 2 - ((b[1] + b[3]) / 2) * k };
    this.moved = true;
  }
}

/**
 * `t` moved back just enough that world box `content` still covers at least `keep` pixels of a
 * `width` × `height` view along each axis (or all of its extent on screen when it is smaller).
 */
export function clampPan(t: Transform, content: Bounds | null, width: number, height: number, keep = KEEP_ON_SCREEN): Transform {
  if (!content || width <= 0 || height <= 0) return t;
  const axis = (lo: number, hi: number, offset: number, size: number): number => {
    const a = lo * t.k + offset;
    const b = hi * t.k + offset;
    const need = Math.min(keep, b - a, size);
    // Left of the view: its far edge at `need` at least; right of it: its near edge at size − need at most.
    if (b < need) return offset + need - b;
    if (a > size - need) return offset - (a - (size - need));
    return offset;
  };
  return { k: t.k, tx: axis(content[0], content[2], t.tx, width), ty: axis(content[1], content[3], t.ty, height) };
}
