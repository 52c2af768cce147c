// What is under a point of the screen (Lit-free, pure): the marker or the cluster drawn nearest to
// it, within reach of a finger or of the cluster's disc. map-view.ts turns the answer into a
// selection, a group's list or a zoom.
import type { Clusters } from './cluster.js';
import type { Transform } from './geo.js';
import type { Marks } from './marks.js';
import { clusterRadius } from './scene.js';

/** A point (its index), a group of co-located points (its marker) or a cluster (its index in the clusters). */
export interface Hit {
  kind: 'point' | 'cluster' | 'group';
  index: number;
}

/**
 * The position j (world plane, drawn under `t`) nearest screen point (x, y), in CSS pixels, among
 * those within `reach(j)` of it; -1 when none is.
 */
export function nearest(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number, t: Transform, x: number, y: number, reach: (j: number) => number): number {
  const { k, tx, ty } = t;
  let best = -1;
  let bestD = Infinity;
  for (let j = 0; j < n; j++) {
    const dx = (xs[j] as number) * k + tx - x;
    const dy = (ys[j] as number) * k + ty - y;
    const d = dx * dx + dy * dy;
    const r = reach(j);
    if (d <= r * r && d < bestD) {
      bestD = d;
      best = j;
    }
  }
  return best;
}

/** Few points: the marker nearest (x, y) within a finger's reach, as its point or its group. */
export function pickMark(marks: Marks, t: Transform, x: number, y: number): Hit | null {
  // A finger is ~ 9 mm wide: reach 22 px around a marker.
  const best = nearest(marks.x, marks.y, marks.members.length, t, x, y, () => 22);
  if (best < 0) return null;
  const members = marks.members[best] as number[];
  return members.length === 1 ? { kind: 'point', index: members[0] as number } : { kind: 'group', index: best };
}

/** Many points: the cluster whose disc (and 6 px around it) holds (x, y), the nearest; a cluster of one is its point. */
export function pickCluster(c: Clusters, t: Transform, x: number, y: number): Hit | null {
  const best = nearest(c.x, c.y, c.length, t, x, y, (j) => clusterRadius(c.size[j] as number) + 6);
  if (best < 0) return null;
  return (c.size[best] as number) === 1 ? { kind: 'point', index: c.first[best] as number } : { kind: 'cluster', index: best };
}
