import { expect } from '@open-wc/testing';
import { clusterPoints, dominantCategory, mergeOverlapping, type Clusters } from '../../../packages/elements/src/ess-map/cluster.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('clusterPoints', () => {
  const n = 5000;
  const r = rng(7);
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const cat = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = r() * 200 - 100;
    y[i] = r() * 180 - 90;
    cat[i] = i % 5;
  }

  it('counts every visible point exactly once, per cluster and per category', () => {
    const c = clusterPoints(x, y, cat, null, 10, 5);
    let total = 0;
    for (let j = 0; j < c.length; j++) total += c.size[j]!;
    expect(total).to.equal(n);
    expect(c.total).to.equal(n);
    for (let j = 0; j < c.length; j++) {
      let s = 0;
      for (let k = 0; k < 5; k++) s += c.categories[j * 5 + k]!;
      expect(s).to.equal(c.size[j]);
    }
  });

  it('counts only points the mask shows, and skips points with no place (NaN)', () => {
    const mask = new Uint8Array(n);
    for (let i = 0; i < n; i += 3) mask[i] = 1;
    const xs = x.slice();
    xs[0] = NaN;
    const c = clusterPoints(xs, y, cat, mask, 25, 5);
    let total = 0;
    for (let j = 0; j < c.length; j++) total += c.size[j]!;
    expect(total).to.equal(Math.ceil(n / 3) - 1);
  });

  it('puts each cluster centroid inside its members’ extent, and groups one cell together', () => {
    const c = clusterPoints(Float32Array.of(1, 2, 3, 55), Float32Array.of(1, 2, 3, 55), Uint8Array.of(0, 1, 1, 0), null, 10, 2);
    expect(c.length).to.equal(2);
    expect(c.size[0]).to.equal(3);
    expect(c.x[0]).to.equal(2);
    expect([c.x0[0], c.x1[0]]).to.deep.equal([1, 3]);
    expect(dominantCategory(c, 0)).to.equal(1);
    expect(c.first[1]).to.equal(3);
  });

  it('makes fewer, larger clusters as cells grow (zooming out)', () => {
    const fine = clusterPoints(x, y, cat, null, 5, 5).length;
    const coarse = clusterPoints(x, y, cat, null, 40, 5).length;
    expect(coarse).to.be.lessThan(fine);
  });
});

describe('clusterIndexed (Morton-sorted fast path)', () => {
  const n = 4000;
  const r = rng(11);
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const cat = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = r() * 100;
    y[i] = r() * 100;
    cat[i] = i % 3;
  }
  x[5] = NaN;

  it('gives the same cells as the direct grid clustering at every level', async () => {
    const { buildClusterIndex, clusterIndexed } = await import('../../../packages/elements/src/ess-map/cluster.js');
    const index = buildClusterIndex(x, y, cat, 0.01, 0, 0);
    for (const level of [0, 3, 6, 9, 12, 16]) {
      const fast = clusterIndexed(index, null, level, 3);
      const direct = clusterPoints(x, y, cat, null, 0.01 * 2 ** level, 3);
      expect(fast.length, `level ${level}`).to.equal(direct.length);
      expect(fast.total).to.equal(n - 1);
      const sizes = (c: typeof fast) => Array.from(c.size).sort((a, b) => a - b);
      expect(sizes(fast)).to.deep.equal(sizes(direct));
    }
  });

  it('respects the visibility mask and keeps per-category counts summing to sizes', async () => {
    const { buildClusterIndex, clusterIndexed, sortMask } = await import('../../../packages/elements/src/ess-map/cluster.js');
    const index = buildClusterIndex(x, y, cat, 0.01, 0, 0);
    const mask = new Uint8Array(n);
    for (let i = 0; i < n; i++) mask[i] = cat[i] === 1 ? 1 : 0;
    const c = clusterIndexed(index, sortMask(index, mask), 10, 3);
    let total = 0;
    for (let j = 0; j < c.length; j++) {
      total += c.size[j]!;
      expect(c.categories[j * 3 + 1]).to.equal(c.size[j]);
      expect(cat[c.first[j]!]).to.equal(1);
    }
    expect(total).to.equal(mask.reduce((a, b) => a + b, 0) - (mask[5] ? 1 : 0));
  });
});

describe('mergeOverlapping', () => {
  // The map's disc radius (px) by cluster size.
  const radius = (size: number) => (size <= 1 ? 5 : Math.min(34, 12 + 5.5 * Math.log10(size)));
  const overlaps = (c: Clusters, ppu: number) => {
    let found = 0;
    for (let a = 0; a < c.length; a++) {
      for (let b = a + 1; b < c.length; b++) {
        const d = Math.hypot(c.x[a]! - c.x[b]!, c.y[a]! - c.y[b]!) * ppu;
        if (d < radius(c.size[a]!) + radius(c.size[b]!) - 1e-3) found++;
      }
    }
    return found;
  };
  const r = rng(11);
  const n = 4000;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const cat = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // Dense towns and sparse countryside, as real actors are.
    const town = i % 3 === 0;
    x[i] = town ? 30 + r() * 8 : r() * 200;
    y[i] = town ? 40 + r() * 8 : r() * 150;
    cat[i] = i % 4;
  }

  for (const ppu of [0.8, 2.8, 5.6, 11.2]) {
    it(`leaves no two cluster discs overlapping (cells of 56 px, ${ppu} px per unit), every point still counted once`, () => {
      const raw = clusterPoints(x, y, cat, null, 56 / 5.6, 4);
      const merged = mergeOverlapping(raw, ppu, radius, 34);
      if (ppu === 5.6) expect(overlaps(raw, ppu), 'the grid alone leaves overlaps').to.be.greaterThan(0);
      expect(overlaps(merged, ppu)).to.equal(0);
      let total = 0;
      const perCat = [0, 0, 0, 0];
      for (let j = 0; j < merged.length; j++) {
        total += merged.size[j]!;
        for (let k = 0; k < 4; k++) perCat[k]! += merged.categories[j * 4 + k]!;
        expect(merged.x[j]!).to.be.within(merged.x0[j]! - 1e-3, merged.x1[j]! + 1e-3);
        expect(merged.y[j]!).to.be.within(merged.y0[j]! - 1e-3, merged.y1[j]! + 1e-3);
      }
      expect(total).to.equal(n);
      expect(merged.total).to.equal(n);
      expect(perCat).to.deep.equal([1000, 1000, 1000, 1000]);
    });
  }

  it('returns the clusters unchanged when none overlap', () => {
    const c = clusterPoints(Float32Array.of(0, 100), Float32Array.of(0, 100), Uint8Array.of(0, 1), null, 10, 2);
    expect(mergeOverlapping(c, 1, radius, 34)).to.equal(c);
  });
});
