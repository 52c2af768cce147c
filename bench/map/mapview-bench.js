// The Lit-free MapView of <ess-map> (bundled by bench/map.js from the TypeScript sources).
import { MapView } from '/__bench/map-view.js';
import { afterPaint, p95, syntheticActors } from './points.js';

const COLORS = ['#1d4f91', '#1b6b3a', '#8a5300', '#b3261e', '#5a2d82', '#00707a'];
const container = document.getElementById('map');
const latencies = { wheel: [], pointermove: [], keydown: [] };
const drawMs = [];
const queueMs = [];
const handlerToEndMs = [];
let pending = [];
let view = null;
let recording = false;

function onViewChange() {
  if (!recording) return;
  const now = performance.now();
  for (const [type, t, h] of pending) {
    latencies[type].push(now - t);
    queueMs.push(h - t);
    handlerToEndMs.push(now - h);
  }
  if (pending.length) drawMs.push(view.lastDrawMs);
  pending = [];
}

window.__bench = {
  async setup() {
    view = new MapView(container, { onSelect() {}, onViewChange, colorOf: (k) => COLORS[k % COLORS.length], label: 'Carte' });
    for (const type of Object.keys(latencies)) {
      view.element.addEventListener(type, (e) => recording && (type !== 'pointermove' || e.buttons !== 0) && pending.push([type, e.timeStamp, performance.now()]), { capture: true });
    }
    const basemap = await (await fetch('/packages/elements/dist/basemap-france.json')).json();
    view.setBasemap(basemap);
    await view.whenDrawn();
    await afterPaint();
  },
  async firstPaint(n) {
    const data = syntheticActors(n);
    const points = { ...data, label: (i) => `Acteur ${i}` };
    await afterPaint();
    const t0 = performance.now();
    view.setPoints(points);
    await view.whenDrawn();
    const drawn = performance.now() - t0;
    await afterPaint();
    const painted = performance.now() - t0;
    return { n, drawnMs: drawn, paintedMs: painted, mode: view.state.mode, clusters: view.clusters?.length ?? null };
  },
  record(on) {
    recording = on;
    pending = [];
  },
  results() {
    const all = [...latencies.wheel, ...latencies.pointermove, ...latencies.keydown];
    return {
      samples: all.length,
      inputToRedrawEndP95Ms: p95(all),
      byInput: Object.fromEntries(Object.entries(latencies).map(([k, v]) => [k, { n: v.length, p95: p95(v), max: v.length ? Math.max(...v) : null }])),
      redrawWorkP95Ms: p95(drawMs),
      inputQueueP95Ms: p95(queueMs),
      handlerToRedrawEndP95Ms: p95(handlerToEndMs),
      redrawWorkMaxMs: drawMs.length ? Math.max(...drawMs) : null,
    };
  },
  afterPaint,
};
window.__ready = true;
