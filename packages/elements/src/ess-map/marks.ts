// Markers people can read (Lit-free): the points drawn one by one (few of them) are grouped when they
// would overlap on screen, at any count — three actors at one address are one marker saying "3",
// that opens on the list of the three. Pure: world positions in, groups out.

/** The markers of the view: position (world plane, the mean of their members) and members (point indices). */
export interface Marks {
  x: number[];
  y: number[];
  members: number[][];
}

/**
 * Groups the points `order` (indices into px/py, in reading order) whose screen distance at scale `k`
 * is under `radiusPx` from a group's first point. Greedy, in the given order, on a grid hash: linear.
 */
export function groupMarks(order: ArrayLike<number>, px: ArrayLike<number>, py: ArrayLike<number>, k: number, radiusPx: number): Marks {
  const r = radiusPx / (k > 0 ? k : 1);
  const r2 = r * r;
  const cells = new Map<string, number[]>();
  const fx: number[] = [];
  const fy: number[] = [];
  const members: number[][] = [];
  for (let n = 0; n < order.length; n++) {
    const i = order[n] as number;
    const x = px[i] as number;
    const y = py[i] as number;
    const cx = Math.floor(x / r);
    const cy = Math.floor(y / r);
    let found = -1;
    for (let dx = -1; dx <= 1 && found < 0; dx++) {
      for (let dy = -1; dy <= 1 && found < 0; dy++) {
        for (const m of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          const ex = (fx[m] as number) - x;
          const ey = (fy[m] as number) - y;
          if (ex * ex + ey * ey <= r2) {
            found = m;
            break;
          }
        }
      }
    }
    if (found >= 0) {
      (members[found] as number[]).push(i);
      continue;
    }
    const m = members.length;
    fx.push(x);
    fy.push(y);
    members.push([i]);
    const key = `${cx},${cy}`;
    const list = cells.get(key);
    if (list) list.push(m);
    else cells.set(key, [m]);
  }
  const mx = members.map((list) => list.reduce((s, i) => s + (px[i] as number), 0) / list.length);
  const my = members.map((list) => list.reduce((s, i) => s + (py[i] as number), 0) / list.length);
  return { x: mx, y: my, members };
}
