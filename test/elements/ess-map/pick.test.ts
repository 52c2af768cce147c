// What a click or a tap on the map lands on (pick.ts), without a browser's events.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Clusters } from '../../../packages/elements/src/ess-map/cluster.js';
import { nearest, pickCluster, pickMark } from '../../../packages/elements/src/ess-map/pick.js';
import { clusterRadius } from '../../../packages/elements/src/ess-map/scene.js';

// Screen = world × 2 + (100, 50).
const t = { k: 2, tx: 100, ty: 50 };
const screen = (wx: number, wy: number): [number, number] => [wx * 2 + 100, wy * 2 + 50];

/** Clusters at world positions `at`, with `size` members each (the first member: 100 + j). */
function clusters(at: [number, number][], size: number[]): Clusters {
  const n = at.length;
  const f32 = (v: number[]) => Float32Array.from(v);
  return {
    length: n,
    x: f32(at.map((p) => p[0])),
    y: f32(at.map((p) => p[1])),
    x0: f32(at.map((p) => p[0])),
    y0: f32(at.map((p) => p[1])),
    x1: f32(at.map((p) => p[0])),
    y1: f32(at.map((p) => p[1])),
    size: Uint32Array.from(size),
    first: Int32Array.from(at.map((_, j) => 100 + j)),
    categories: new Uint32Array(n),
    nCat: 1,
    cell: 1,
    total: size.reduce((a, b) => a + b, 0),
  };
}

describe('pickMark (few points, markers drawn one by one)', () => {
  const marks = { x: [0, 20, 200], y: [0, 0, 100], members: [[4], [7, 8, 9], [2]] };

  it('picks the marker under a finger a few pixels off, as its point or its group', () => {
    const [x, y] = screen(0, 0);
    expect(pickMark(marks, t, x + 7, y + 5)).to.deep.equal({ kind: 'point', index: 4 });
    const [gx, gy] = screen(20, 0);
    expect(pickMark(marks, t, gx - 3, gy + 10)).to.deep.equal({ kind: 'group', index: 1 });
  });

  it('picks the nearer of two markers within reach, and nothing beyond a finger (22 px)', () => {
    // Marker 0 at (100, 50) and marker 1 at (140, 50) on screen: 18 px and 22 px off.
    expect(pickMark(marks, t, 118, 50)).to.deep.equal({ kind: 'point', index: 4 });
    expect(pickMark(marks, t, 123, 50)).to.deep.equal({ kind: 'group', index: 1 });
    const [x, y] = screen(200, 100);
    expect(pickMark(marks, t, x + 16, y + 16)).to.equal(null);
    expect(pickMark({ x: [], y: [], members: [] }, t, x, y)).to.equal(null);
  });
});

describe('pickCluster (many points, clusters on the canvas)', () => {
  it('picks a large cluster farther from its centre than a small one, and a cluster of one as its point', () => {
    const c = clusters([[0, 0], [300, 0]], [1, 5000]);
    const big = clusterRadius(5000);
    const [bx, by] = screen(300, 0);
    expect(pickCluster(c, t, bx + big + 5, by)).to.deep.equal({ kind: 'cluster', index: 1 });
    expect(pickCluster(c, t, bx + big + 7, by)).to.equal(null);
    const [px, py] = screen(0, 0);
    expect(pickCluster(c, t, px + 10, py)).to.deep.equal({ kind: 'point', index: 100 });
    expect(pickCluster(c, t, px + 12, py)).to.equal(null);
  });
});

describe('nearest', () => {
  it('is the position nearest the screen point among those within their reach, or -1', () => {
    const world = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(world, world, fc.integer({ min: 1, max: 40 })), { maxLength: 30 }), world, world, (pts, sx, sy) => {
        const [x, y] = screen(sx, sy);
        // Squared screen distance, CSS px.
        const d2 = ([wx, wy]: [number, number, number]) => (wx * 2 + 100 - x) ** 2 + (wy * 2 + 50 - y) ** 2;
        const j = nearest(pts.map((p) => p[0]), pts.map((p) => p[1]), pts.length, t, x, y, (i) => pts[i]![2]);
        const within = pts.filter((p) => d2(p) <= p[2] * p[2]);
        if (within.length === 0) return j === -1;
        const p = pts[j]!;
        return d2(p) <= p[2] * p[2] && within.every((q) => d2(p) <= d2(q));
      }),
    );
  });
});
