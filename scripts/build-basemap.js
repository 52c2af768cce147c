#!/usr/bin/env node
// Builds the default basemap of <ess-map>: France métropole (with Corsica and the coastal
// islands) and the five DROM (Guadeloupe 971, Martinique 972, Guyane 973, La Réunion 974,
// Mayotte 976), from Natural Earth 1:10m (public domain) as packaged by `world-atlas`.
// Simplified (Douglas–Peucker, tolerance per territory) and rounded to 3 decimals (≈ 100 m),
// written as GeoJSON to packages/elements/dist/basemap-france.json, which the widget loads
// lazily (`new URL('./basemap-france.json', import.meta.url)`). Run by the elements build.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = process.argv[2] ? resolve(process.argv[2]) : join(root, 'packages/elements/dist/basemap-france.json');

const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
const france = topo.objects.countries.geometries.find((g) => g.id === '250');
if (!france) throw new Error('world-atlas: France (ISO 250) not found');
const fr = feature(topo, france);

// Territory boxes [lon0, lat0, lon1, lat1] and simplification tolerance in degrees (the insets
// are drawn larger than the métropole, so they keep finer detail).
const territories = [
  { code: 'FR-MET', box: [-6, 41, 10, 52], tolerance: 0.006 },
  { code: '971', box: [-62, 15.8, -60.9, 16.6], tolerance: 0.004 },
  { code: '972', box: [-61.3, 14.3, -60.7, 15], tolerance: 0.003 },
  { code: '973', box: [-55, 2, -51, 6], tolerance: 0.012 },
  { code: '974', box: [55, -21.5, 56, -20.8], tolerance: 0.004 },
  { code: '976', box: [44.9, -13.1, 45.4, -12.5], tolerance: 0.002 },
];

function perpendicular(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function simplify(points, tolerance) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let best = -1;
    let bestD = tolerance;
    for (let k = i + 1; k < j; k++) {
      const d = perpendicular(points[k], points[i], points[j]);
      if (d > bestD) {
        bestD = d;
        best = k;
      }
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([i, best], [best, j]);
    }
  }
  return points.filter((_, k) => keep[k]);
}

const round = (v) => Math.round(v * 1000) / 1000;
function ringOut(ring, tolerance) {
  // A closed ring: split at its farthest point so both halves simplify well.
  const open = ring.slice(0, -1);
  let far = 0;
  let farD = -1;
  for (let k = 1; k < open.length; k++) {
    const d = Math.hypot(open[k][0] - open[0][0], open[k][1] - open[0][1]);
    if (d > farD) {
      farD = d;
      far = k;
    }
  }
  const a = simplify(open.slice(0, far + 1), tolerance);
  const b = simplify([...open.slice(far), open[0]], tolerance);
  const pts = [...a, ...b.slice(1)].map(([x, y]) => [round(x), round(y)]);
  const dedup = pts.filter((p, k) => k === 0 || p[0] !== pts[k - 1][0] || p[1] !== pts[k - 1][1]);
  return dedup.length >= 4 ? dedup : null;
}

const inBox = ([x, y], box) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
const features = territories.map(({ code, box, tolerance }) => {
  const polygons = [];
  for (const polygon of fr.geometry.coordinates) {
    if (!inBox(polygon[0][0], box)) continue;
    const rings = polygon.map((r) => ringOut(r, tolerance)).filter(Boolean);
    if (rings.length && rings[0]) polygons.push(rings);
  }
  return { type: 'Feature', properties: { code }, geometry: { type: 'MultiPolygon', coordinates: polygons } };
});
const missing = features.filter((f) => f.geometry.coordinates.length === 0).map((f) => f.properties.code);
if (missing.length) throw new Error(`basemap: no geometry for ${missing.join(', ')}`);

const json = JSON.stringify({
  type: 'FeatureCollection',
  // Natural Earth is public domain; world-atlas (ISC) packages it as TopoJSON.
  source: 'Natural Earth 1:10m admin 0 countries, via world-atlas; simplified',
  features,
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
const vertices = features.reduce((s, f) => s + f.geometry.coordinates.flat(2).length, 0);
console.error(`basemap: ${out.slice(root.length + 1)} — ${vertices} vertices, ${(json.length / 1024).toFixed(1)} kB, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} kB gzip`);
