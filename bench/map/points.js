// Synthetic actors spread over France, deterministic from a seed: most around ~40 towns
// (weighted, Gaussian spread), some scattered over the countryside, ~3 % overseas (DROM).
import { rng } from '../lib/rng.js';
const TOWNS = [
  [2.35, 48.86, 30], [5.37, 43.3, 10], [4.84, 45.76, 10], [1.44, 43.6, 8], [7.26, 43.7, 6], [-1.55, 47.22, 6],
  [7.75, 48.58, 5], [3.88, 43.61, 5], [-0.58, 44.84, 6], [3.06, 50.63, 7], [-1.68, 48.11, 5], [4.03, 49.26, 3],
  [0.11, 49.49, 3], [5.72, 45.19, 4], [5.04, 47.32, 3], [-0.55, 47.47, 3], [4.36, 43.84, 2], [0.2, 48.0, 2],
  [3.09, 45.78, 3], [1.91, 47.9, 3], [6.18, 48.69, 3], [2.3, 49.89, 2], [1.1, 49.44, 3], [-4.49, 48.39, 2],
  [0.34, 46.58, 2], [6.02, 47.24, 2], [2.4, 47.08, 1], [1.26, 45.83, 2], [-1.15, 46.16, 2], [4.8, 44.93, 1],
  [9.45, 42.7, 1], [8.74, 41.92, 1], [2.9, 42.7, 2], [6.13, 45.9, 2], [2.88, 44.35, 1], [1.97, 45.95, 1],
  [5.93, 43.12, 3], [4.39, 45.43, 2], [3.57, 47.8, 1], [-0.37, 43.3, 2],
];
const DROM = [[55.45, -20.88], [-61.07, 14.6], [-61.55, 16.24], [-52.33, 4.93], [45.2, -12.78]];


/** { lon: Float64Array, lat: Float64Array, category: Uint8Array } for n actors. */
export function syntheticActors(n, seed = 7) {
  const r = rng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());
  const total = TOWNS.reduce((s, t) => s + t[2], 0);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const category = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const u = r();
    if (u < 0.03) {
      const [x, y] = DROM[Math.floor(r() * DROM.length)];
      lon[i] = x + gauss() * 0.08;
      lat[i] = y + gauss() * 0.08;
    } else if (u < 0.25) {
      lon[i] = -1.5 + r() * 8.5;
      lat[i] = 43.3 + r() * 6;
    } else {
      let pick = r() * total;
      let t = TOWNS[0];
      for (const town of TOWNS) {
        pick -= town[2];
        if (pick <= 0) {
          t = town;
          break;
        }
      }
      lon[i] = t[0] + gauss() * 0.15;
      lat[i] = t[1] + gauss() * 0.1;
    }
    category[i] = Math.floor(r() * r() * 6);
  }
  return { lon, lat, category };
}

/** Resolves after the frame that follows has been produced (rAF, then a task after rendering). */
export function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function p95(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
}
