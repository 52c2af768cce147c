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

/** The per-cluster arrays of a clustering; centroids may be kept in wider floats while merging. */
type ClusterArrays = Pick<Clusters, 'x0' | 'y0' | 'x1' | 'y1' | 'size' | 'first' | 'categories'> & {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
};

/** A new clustering made of clusters `keep[0..m)` of `src`, in that order; `total` is their sizes' sum. */
function pickClusters(src: ClusterArrays, keep: Int32Array, m: number, nc: number, cell: number): Clusters {
  const out: Clusters = {
    length: m,
    x: new Float32Array(m),
    y: new Float32Array(m),
    x0: new Float32Array(m),
    y0: new Float32Array(m),
    x1: new Float32Array(m),
    y1: new Float32Array(m),
    size: new Uint32Array(m),
    first: new Int32Array(m),
    categories: new Uint32Array(m * nc),
    nCat: nc,
    cell,
    total: 0,
  };
  let total = 0;
  for (let j = 0; j < m; j++) {
    const c = keep[j] as number;
    out.x[j] = src.x[c] as number;
    out.y[j] = src.y[c] as number;
    out.x0[j] = src.x0[c] as number;
    out.y0[j] = src.y0[c] as number;
    out.x1[j] = src.x1[c] as number;
    out.y1[j] = src.y1[c] as number;
    out.size[j] = src.size[c] as number;
    out.first[j] = src.first[c] as number;
    out.categories.set(src.categories.subarray(c * nc, c * nc + nc), j * nc);
    total += src.size[c] as number;
  }
  out.total = total;
  return out;
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

// ---------------------------------------------------------------- sorted index (fast path)
//
// Clustering every zoom level from scratch costs a hash lookup per point. Instead, the points
// are sorted ONCE (radix sort, O(n)) by the Morton code of a fine world grid; the cells of any
// coarser power-of-two grid are then runs of consecutive entries, so a whole level is one
// sequential pass. Two such orders, the second on a grid √2 coarser, give half-octave levels.

const BITS = 16;
const SIDE = 1 << BITS;

/** Points in Morton order of a world grid of `unit`-sized cells anchored at (x0, y0). */
export interface ClusterIndex {
  unit: number;
  x0: number;
  y0: number;
  /** Point indices, sorted by code. */
  order: Uint32Array;
  /** Morton code of each sorted entry. */
  codes: Uint32Array;
  /** Positions and categories in sorted order (sequential reads when clustering). */
  xs: Float32Array;
  ys: Float32Array;
  cats: Uint8Array;
}

function spread(v: number): number {
  v &= 0xffff;
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  v = (v | (v << 1)) & 0x55555555;
  return v;
}

/**
 * Sorts the points with a finite position (NaN skipped) by the Morton code of their cell in a
 * grid of `unit` world units anchored at (x0, y0) (2^16 cells a side; farther points are clamped
 * to the border cells).
 */
export function buildClusterIndex(x: Float32Array, y: Float32Array, category: Uint8Array, unit: number, x0: number, y0: number): ClusterIndex {
  const n = x.length;
  let m = 0;
  const raw = new Uint32Array(n);
  const idx = new Uint32Array(n);
  const inv = 1 / unit;
  for (let i = 0; i < n; i++) {
    const px = x[i] as number;
    if (px !== px) continue;
    let gx = Math.floor((px - x0) * inv);
    let gy = Math.floor(((y[i] as number) - y0) * inv);
    gx = gx < 0 ? 0 : gx >= SIDE ? SIDE - 1 : gx;
    gy = gy < 0 ? 0 : gy >= SIDE ? SIDE - 1 : gy;
    raw[m] = (spread(gx) | (spread(gy) << 1)) >>> 0;
    idx[m] = i;
    m++;
  }
  // LSD radix sort, two passes of 16 bits.
  const codesA = raw.subarray(0, m);
  const orderA = idx.subarray(0, m);
  const codesB = new Uint32Array(m);
  const orderB = new Uint32Array(m);
  const count = new Uint32Array(SIDE + 1);
  const pass = (srcC: Uint32Array, srcO: Uint32Array, dstC: Uint32Array, dstO: Uint32Array, shift: number) => {
    count.fill(0);
    for (let p = 0; p < m; p++) {
      const b = (((srcC[p] as number) >>> shift) & 0xffff) + 1;
      count[b] = (count[b] as number) + 1;
    }
    for (let b = 0; b < SIDE; b++) count[b + 1] = (count[b + 1] as number) + (count[b] as number);
    for (let p = 0; p < m; p++) {
      const c = srcC[p] as number;
      const b = (c >>> shift) & 0xffff;
      const d = count[b] as number;
      count[b] = d + 1;
      dstC[d] = c;
      dstO[d] = srcO[p] as number;
    }
  };
  pass(codesA, orderA, codesB, orderB, 0);
  pass(codesB, orderB, codesA, orderA, 16);
  const xs = new Float32Array(m);
  const ys = new Float32Array(m);
  const cats = new Uint8Array(m);
  for (let p = 0; p < m; p++) {
    const i = orderA[p] as number;
    xs[p] = x[i] as number;
    ys[p] = y[i] as number;
    cats[p] = category[i] as number;
  }
  return { unit, x0, y0, order: orderA.slice(), codes: codesA.slice(), xs, ys, cats };
}

/** A visibility mask (by point index) rearranged in the index's order, for clusterIndexed. */
export function sortMask(index: ClusterIndex, mask: Uint8Array): Uint8Array {
  const { order } = index;
  const out = new Uint8Array(order.length);
  for (let p = 0; p < order.length; p++) out[p] = mask[order[p] as number] as number;
  return out;
}

/**
 * Clusters of the cells of `index.unit × 2^level` world units (0 ≤ level ≤ 16), counting only
 * entries whose `sortedMask` entry (see sortMask) is non-zero (all when null). One sequential pass.
 */
export function clusterIndexed(index: ClusterIndex, sortedMask: Uint8Array | null, level: number, nCat: number): Clusters {
  const { order, codes, xs, ys, cats: pc } = index;
  const m = order.length;
  const mask = sortedMask;
  const shift = 2 * Math.max(0, Math.min(BITS, Math.floor(level)));
  const nc = Math.max(1, nCat);
  // Pass 1: how many cells.
  let count = 0;
  let prev = -1;
  for (let p = 0; p < m; p++) {
    if (mask !== null && mask[p] === 0) continue;
    const key = shift >= 32 ? 0 : (codes[p] as number) >>> shift;
    if (key !== prev) {
      count++;
      prev = key;
    }
  }
  const cx = new Float32Array(count);
  const cy = new Float32Array(count);
  const x0 = new Float32Array(count);
  const y0 = new Float32Array(count);
  const x1 = new Float32Array(count);
  const y1 = new Float32Array(count);
  const size = new Uint32Array(count);
  const first = new Int32Array(count);
  const cats = new Uint32Array(count * nc);
  // Pass 2: accumulate runs.
  let c = -1;
  prev = -1;
  let sx = 0;
  let sy = 0;
  let s = 0;
  let total = 0;
  let bx0 = 0;
  let by0 = 0;
  let bx1 = 0;
  let by1 = 0;
  for (let p = 0; p < m; p++) {
    if (mask !== null && mask[p] === 0) continue;
    const key = shift >= 32 ? 0 : (codes[p] as number) >>> shift;
    const px = xs[p] as number;
    const py = ys[p] as number;
    if (key !== prev) {
      if (c >= 0) {
        cx[c] = sx / s;
        cy[c] = sy / s;
        size[c] = s;
        x0[c] = bx0;
        y0[c] = by0;
        x1[c] = bx1;
        y1[c] = by1;
      }
      c++;
      prev = key;
      sx = sy = s = 0;
      first[c] = order[p] as number;
      bx0 = bx1 = px;
      by0 = by1 = py;
    } else {
      if (px < bx0) bx0 = px;
      else if (px > bx1) bx1 = px;
      if (py < by0) by0 = py;
      else if (py > by1) by1 = py;
    }
    sx += px;
    sy += py;
    s++;
    total++;
    const k = pc[p] as number;
    const ci = c * nc + (k < nc ? k : nc - 1);
    cats[ci] = (cats[ci] as number) + 1;
  }
  if (c >= 0) {
    cx[c] = sx / s;
    cy[c] = sy / s;
    size[c] = s;
    x0[c] = bx0;
    y0[c] = by0;
    x1[c] = bx1;
    y1[c] = by1;
  }
  return { length: count, x: cx, y: cy, x0, y0, x1, y1, size, first, categories: cats, nCat: nc, cell: index.unit * 2 ** (shift / 2), total };
}

// ---------------------------------------------------------------- overlap merge
//
// A grid puts at most one cluster per cell, but two clusters either side of a cell border can sit a
// few pixels apart and their discs (up to 34 px) overlap: counts hidden, taps ambiguous. This pass
// merges every pair whose discs would overlap, biggest clusters first, on a hash grid whose buckets
// are as wide as the largest overlap distance (so only 3 × 3 buckets are searched per cluster).

/**
 * Merges clusters whose discs overlap when one world unit is `pxPerUnit` pixels: `radiusOf(size)`
 * (≤ `maxRadius`) px each, overlapping when their centres are closer than the sum of the radii.
 * Sizes, categories, extents and centroids (weighted by size) are combined; the biggest keeps its
 * `first`. Returns `clusters` itself when nothing overlaps.
 */
export function mergeOverlapping(clusters: Clusters, pxPerUnit: number, radiusOf: (size: number) => number, maxRadius: number): Clusters {
  const n = clusters.length;
  // (n ≤ 2^20: cluster indices are packed with sizes into one sortable number.)
  if (n < 2 || n > 1048576 || !(pxPerUnit > 0)) return clusters;
  const nc = clusters.nCat;
  const x = new Float64Array(clusters.x);
  const y = new Float64Array(clusters.y);
  const size = clusters.size.slice();
  const x0 = clusters.x0.slice();
  const y0 = clusters.y0.slice();
  const x1 = clusters.x1.slice();
  const y1 = clusters.y1.slice();
  const first = clusters.first;
  const cats = clusters.categories.slice();
  const into = new Int32Array(n).fill(-1); // -1: alive; else merged (dead)
  // Radii in world units; buckets as wide as the largest overlap distance there can be.
  const rad = new Float64Array(n);
  let maxR = 0;
  for (let c = 0; c < n; c++) {
    const r = Math.min(maxRadius, radiusOf(size[c] as number)) / pxPerUnit;
    rad[c] = r;
    if (r > maxR) maxR = r;
  }
  const limit = maxRadius / pxPerUnit;
  const cap = nextPow2(Math.max(16, n * 2));
  const hmask = cap - 1;
  // Fibonacci hashing: the HIGH bits of the product are well mixed (the low ones are not).
  const hshift = 32 - Math.round(Math.log2(cap));
  const table = new Int32Array(cap);
  const bx = new Int32Array(cap);
  const by = new Int32Array(cap);
  const next = new Int32Array(n);
  const keys = new Float64Array(n);
  let merged = 0;
  // Passes until stable: a merge moves a centroid and grows a disc, which may make a new overlap.
  for (let pass = 0; pass < 32; pass++) {
    const reach = 2 * maxR;
    const inv = 1 / reach;
    table.fill(-1);
    let alive = 0;
    let allOnes = true;
    for (let c = 0; c < n; c++) {
      if (into[c] !== -1) continue;
      const ix = Math.floor((x[c] as number) * inv);
      const iy = Math.floor((y[c] as number) * inv);
      let h = Math.imul(Math.imul(ix, 0x9e3779b1) ^ iy, 0x85ebca6b) >>> hshift;
      while (table[h] !== -1 && (bx[h] !== ix || by[h] !== iy)) h = (h + 1) & hmask;
      if (table[h] === -1) {
        bx[h] = ix;
        by[h] = iy;
      }
      next[c] = table[h] as number;
      table[h] = c;
      if (size[c] !== 1) allOnes = false;
      // Biggest first (ties: lowest index), by one native numeric sort.
      keys[alive++] = (4294967295 - (size[c] as number)) * 1048576 + c;
    }
    const order = allOnes ? keys.subarray(0, alive) : keys.subarray(0, alive).sort();
    let changed = 0;
    for (let o = 0; o < alive; o++) {
      const c = (order[o] as number) % 1048576;
      if (into[c] !== -1) continue;
      const cxv = x[c] as number;
      const cyv = y[c] as number;
      const ix = Math.floor(cxv * inv);
      const iy = Math.floor(cyv * inv);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const kx = ix + dx;
          const ky = iy + dy;
          let h = Math.imul(Math.imul(kx, 0x9e3779b1) ^ ky, 0x85ebca6b) >>> hshift;
          while (table[h] !== -1 && (bx[h] !== kx || by[h] !== ky)) h = (h + 1) & hmask;
          for (let d = table[h] as number; d !== -1; d = next[d] as number) {
            if (d === c || into[d] !== -1) continue;
            const rx = (x[d] as number) - (x[c] as number);
            const ry = (y[d] as number) - (y[c] as number);
            const r = (rad[c] as number) + (rad[d] as number);
            if (rx * rx + ry * ry >= r * r) continue;
            const sc = size[c] as number;
            const sd = size[d] as number;
            const s = sc + sd;
            x[c] = ((x[c] as number) * sc + (x[d] as number) * sd) / s;
            y[c] = ((y[c] as number) * sc + (y[d] as number) * sd) / s;
            size[c] = s;
            const grown = Math.min(limit, radiusOf(s) / pxPerUnit);
            rad[c] = grown;
            if (grown > maxR) maxR = grown;
            if ((x0[d] as number) < (x0[c] as number)) x0[c] = x0[d] as number;
            if ((y0[d] as number) < (y0[c] as number)) y0[c] = y0[d] as number;
            if ((x1[d] as number) > (x1[c] as number)) x1[c] = x1[d] as number;
            if ((y1[d] as number) > (y1[c] as number)) y1[c] = y1[d] as number;
            for (let k = 0; k < nc; k++) cats[c * nc + k] = (cats[c * nc + k] as number) + (cats[d * nc + k] as number);
            into[d] = c;
            changed++;
          }
        }
      }
    }
    merged += changed;
    if (changed === 0) break;
  }
  if (merged === 0) return clusters;
  const keep = new Int32Array(n - merged);
  let m = 0;
  for (let c = 0; c < n; c++) if (into[c] === -1) keep[m++] = c;
  return pickClusters({ x, y, x0, y0, x1, y1, size, first, categories: cats }, keep, m, nc, clusters.cell);
}

/** The clusters whose centre lies in the world window [wx0, wy0, wx1, wy1] (a copy; `clusters` itself when all do). */
export function clustersInWindow(clusters: Clusters, wx0: number, wy0: number, wx1: number, wy1: number): Clusters {
  const n = clusters.length;
  const keep = new Int32Array(n);
  let m = 0;
  for (let c = 0; c < n; c++) {
    const px = clusters.x[c] as number;
    const py = clusters.y[c] as number;
    if (px >= wx0 && px <= wx1 && py >= wy0 && py <= wy1) keep[m++] = c;
  }
  if (m === n) return clusters;
  return pickClusters(clusters, keep, m, clusters.nCat, clusters.cell);
}
