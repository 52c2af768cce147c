// The clusters the view shows at each zoom (Lit-free, DOM-free). Grid cells are anchored on the world
// plane, one clustering per half-octave zoom level, cached: panning reuses it, zooming inside a level
// too. Only the clusters in and around the view are merged where their discs would overlap.
// cluster.ts does the aggregation; this file chooses the grid and keeps the results.
import { buildClusterIndex, clusterIndexed, clusterPoints, clustersInWindow, mergeOverlapping, sortMask } from './cluster.js';
import type { ClusterIndex, Clusters } from './cluster.js';
import { screenToWorld, type ProjectedPoints, type Transform } from './geo.js';
import { clusterRadius, MAX_CLUSTER_RADIUS } from './scene.js';

export class ClusterLevels {
  /** Grid cell in CSS pixels. */
  private readonly cellPx: number;
  private cache = new Map<number, Clusters>();
  /** Morton-sorted orders on two grids √2 apart (built lazily), and the masks in their order. */
  private indexes: [ClusterIndex | null, ClusterIndex | null] = [null, null];
  private sortedMasks: [Uint8Array | null, Uint8Array | null] = [null, null];
  private indexJ = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private memo: { source: Clusters; k: number; tx: number; ty: number; w: number; h: number; result: Clusters } | null = null;
  private points: ProjectedPoints | null = null;
  private category: Uint8Array = new Uint8Array(0);
  private nCat = 1;
  private visible: Uint8Array | null = null;
  /** The clusters of the last view asked for. */
  current: Clusters | null = null;

  constructor(cellPx: number) {
    this.cellPx = cellPx;
  }

  /** New points, or the same in a new projection: the sorted grids are built again when needed. */
  setPoints(points: ProjectedPoints, category: Uint8Array, nCat: number): void {
    this.points = points;
    this.category = category;
    this.nCat = nCat;
    this.indexes = [null, null];
    this.setVisible(this.visible);
  }

  /** Only the points whose mask entry is non-zero are clustered (null: all). */
  setVisible(mask: Uint8Array | null): void {
    this.visible = mask;
    this.cache.clear();
    this.sortedMasks = [null, null];
    this.current = null;
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.points = null;
  }

  /** The sorted index `which` (0: grid of unit u, 1: grid of u√2), built on first use. */
  private index(which: 0 | 1): ClusterIndex | null {
    const p = this.points;
    const b = p?.bounds;
    if (!p || !b) return null;
    let index = this.indexes[which];
    if (!index) {
      const extent = Math.max(b[2] - b[0], b[3] - b[1], 1e-9) * 1.01;
      // The finest grid has 2^16 cells across the data: level j has cells of unit × 2^j.
      this.indexJ = Math.floor(Math.log2((65536 * this.cellPx) / extent));
      const unit = (this.cellPx * 2 ** -this.indexJ) * (which === 1 ? Math.SQRT2 : 1);
      index = buildClusterIndex(p.x, p.y, this.category, unit, b[0] - extent * 0.005, b[1] - extent * 0.005);
      this.indexes[which] = index;
    }
    return index;
  }

  /** The clusters in and around a `w` × `h` view under `t` (the points must be set). */
  forView(t: Transform, w: number, h: number): Clusters {
    const level = Math.round(Math.log2(t.k) * 2);
    let c = this.cache.get(level);
    if (!c) {
      const p = this.points as ProjectedPoints;
      // Half-octave level L wants cells of cellPx / 2^(L/2) world units: even levels are the
      // power-of-two grid, odd levels the √2 one.
      const m = Math.floor(level / 2);
      const which: 0 | 1 = level - 2 * m === 0 ? 0 : 1;
      const index = this.index(which);
      const j = which === 0 ? this.indexJ - m : this.indexJ - m - 1;
      if (index && j >= 0) {
        let mask: Uint8Array | null = null;
        if (this.visible) {
          mask = this.sortedMasks[which] ?? sortMask(index, this.visible);
          this.sortedMasks[which] = mask;
        }
        c = clusterIndexed(index, mask, Math.min(16, j), this.nCat);
      } else {
        // Deeper than the finest sorted grid (a tiny extent zoomed far in): cluster directly.
        c = clusterPoints(p.x, p.y, this.category, this.visible, this.cellPx / 2 ** (level / 2), this.nCat);
      }
      if (this.cache.size > 24) this.cache.clear();
      this.cache.set(level, c);
      // Prepare the other grid while the user looks at this one.
      const other: 0 | 1 = which === 0 ? 1 : 0;
      if (!this.indexes[other] && this.timer === null) {
        this.timer = setTimeout(() => {
          this.timer = null;
          this.index(other);
        }, 50);
      }
    }
    this.current = this.merged(c, level, t, w, h);
    return this.current;
  }

  /**
   * Clusters either side of a grid cell border may overlap on screen. Those in and around the view
   * are merged (only they: merging every cluster of a deep level of 100 000 points costs ~80 ms) at
   * the smallest scale this level is drawn at (k ≥ 2^((level − ½)/2)), so the result does not
   * change while zooming within the level. The margin (three disc diameters) holds the neighbours a
   * cluster on screen can merge with, so panning leaves what is on screen as it was, except for a
   * rare chain of merges longer than the margin. Cached for the last view.
   */
  private merged(c: Clusters, level: number, t: Transform, w: number, h: number): Clusters {
    const m = this.memo;
    if (m && m.source === c && m.k === t.k && m.tx === t.tx && m.ty === t.ty && m.w === w && m.h === h) return m.result;
    const ppu = 2 ** ((level - 0.5) / 2);
    const margin = (6 * MAX_CLUSTER_RADIUS) / ppu;
    const [wx0, wy0] = screenToWorld(t, 0, 0);
    const [wx1, wy1] = screenToWorld(t, w, h);
    const around = clustersInWindow(c, wx0 - margin, wy0 - margin, wx1 + margin, wy1 + margin);
    const result = mergeOverlapping(around, ppu, clusterRadius, MAX_CLUSTER_RADIUS);
    this.memo = { source: c, k: t.k, tx: t.tx, ty: t.ty, w, h, result };
    return result;
  }
}
