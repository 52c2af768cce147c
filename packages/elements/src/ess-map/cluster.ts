// Screen-space aggregation of projected points, on typed arrays (no objects per point).
//
// Points fall into square cells of `cell` world units, anchored on the world plane — so a
// clustering is valid for a whole zoom level and panning never recomputes it. One pass over the
// points with an open-addressing hash table of cells: O(n), no allocation per point.

/** The clusters of one zoom level. Cluster `c` has its arrays at index c (categories at c × nCat). */
export interface Clusters {
  /** Number of clusters. */
  length: number;
  /** World-plane centroid of the members. */
  x: Float32Array;
  y: Float32Array;
  /** World-plane extent of the members (for "zoom into this cluster"). */
  x0: Float32Array;
  y0: Float32Array;
  x1: Float32Array;
  y1: Float32Array;
  /** Number of members. */
  size: Uint32Array;
  /** A member's index (the point itself when size is 1). */
  first: Int32Array;
  /** Members per category, `nCat` entries per cluster. */
  categories: Uint32Array;
  nCat: number;
  /** The cell size (world units) this clustering was made with. */
  cell: number;
  /** Total of `size` — the number of points clustered. */
  total: number;
}

function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p <<= 1;
  return p;
}

/**
 * Groups the points whose `mask` entry is non-zero (all points when `mask` is null; NaN
 * coordinates are always skipped) into cells of `cell` world units. `category[i]` must be
 * < `nCat` (larger values are counted in the last category).
 */
export function clusterPoints(
  x: Float32Array,
  y: Float32Array,
  category: Uint8Array,
  mask: Uint8Array | null,
  cell: number,
  nCat: number,
): Clusters {
  const n = x.length;
  const nc = Math.max(1, nCat);
  let m = 0;
  for (let i = 0; i < n; i++) if ((mask === null || mask[i] !== 0) && x[i] === x[i]) m++;

  const cap = nextPow2(Math.max(16, m * 2));
  const mask2 = cap - 1;
  const table = new Int32Array(cap).fill(-1);
  // Cluster slots; at most one per point.
  const slots = Math.max(1, Math.min(m, cap));
  const cx = new Int32Array(slots);
  const cy = new Int32Array(slots);
  const sx = new Float64Array(slots);
  const sy = new Float64Array(slots);
  const x0 = new Float32Array(slots);
  const y0 = new Float32Array(slots);
  const x1 = new Float32Array(slots);
  const y1 = new Float32Array(slots);
  const size = new Uint32Array(slots);
  const first = new Int32Array(slots);
  const cats = new Uint32Array(slots * nc);
  const inv = 1 / cell;
  let count = 0;

  for (let i = 0; i < n; i++) {
    if (mask !== null && mask[i] === 0) continue;
    const px = x[i] as number;
    const py = y[i] as number;
    if (px !== px) continue;
    const ix = Math.floor(px * inv);
    const iy = Math.floor(py * inv);
    let h = (Math.imul(ix, 0x9e3779b1) ^ Math.imul(iy, 0x85ebca6b)) & mask2;
    let c = table[h] as number;
    while (c !== -1 && (cx[c] !== ix || cy[c] !== iy)) {
      h = (h + 1) & mask2;
      c = table[h] as number;
    }
    if (c === -1) {
      c = count++;
      table[h] = c;
      cx[c] = ix;
      cy[c] = iy;
      first[c] = i;
      x0[c] = px;
      y0[c] = py;
      x1[c] = px;
      y1[c] = py;
    } else {
      if (px < (x0[c] as number)) x0[c] = px;
      else if (px > (x1[c] as number)) x1[c] = px;
      if (py < (y0[c] as number)) y0[c] = py;
      else if (py > (y1[c] as number)) y1[c] = py;
    }
    sx[c] = (sx[c] as number) + px;
    sy[c] = (sy[c] as number) + py;
    size[c] = (size[c] as number) + 1;
    const k = Math.min(category[i] ?? 0, nc - 1);
    const ci = c * nc + k;
    cats[ci] = (cats[ci] as number) + 1;
  }

  const outX = new Float32Array(count);
  const outY = new Float32Array(count);
  for (let c = 0; c < count; c++) {
    const s = size[c] as number;
    outX[c] = (sx[c] as number) / s;
    outY[c] = (sy[c] as number) / s;
  }
  return {
    length: count,
    x: outX,
    y: outY,
    x0: x0.subarray(0, count),
    y0: y0.subarray(0, count),
    x1: x1.subarray(0, count),
    y1: y1.subarray(0, count),
    size: size.subarray(0, count),
    first: first.subarray(0, count),
    categories: cats.subarray(0, count * nc),
    nCat: nc,
    cell,
    total: m,
  };
}

/** The category with most members in cluster `c` (ties: the lowest category). */
export function dominantCategory(clusters: Clusters, c: number): number {
  const base = c * clusters.nCat;
  let best = 0;
  let bestCount = -1;
  for (let k = 0; k < clusters.nCat; k++) {
    const v = clusters.categories[base + k] as number;
    if (v > bestCount) {
      bestCount = v;
      best = k;
    }
  }
  return best;
}
