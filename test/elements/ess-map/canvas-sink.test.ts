// The PNG export (canvas-sink.ts) and the SVG export (svg-sink.ts) draw one scene: what the canvas is
// told to draw when the user asks for a PNG is, mark for mark, what the SVG file holds.
import { expect, fixture, html } from '@open-wc/testing';
import { MapView } from '../../../packages/elements/src/ess-map/map-view.js';
import type { MapPoints } from '../../../packages/elements/src/ess-map/map-view.js';
import { sceneToPng } from '../../../packages/elements/src/ess-map/exports.js';
import { sceneToSvg } from '../../../packages/elements/src/ess-map/svg-sink.js';

const COLORS = ['#1b6b3a', '#1d4f91', '#8a5300', '#b3261e', '#5a2d82'];
const NAMES = { 971: 'Guadeloupe', 972: 'Martinique', 973: 'Guyane', 974: 'La Réunion', 976: 'Mayotte' } as const;

function points(rows: [string, number, number][]): MapPoints {
  return {
    lon: Float64Array.from(rows.map((r) => r[1])),
    lat: Float64Array.from(rows.map((r) => r[2])),
    category: Uint8Array.from(rows.map((_, i) => i % 5)),
    label: (i) => rows[i]![0],
  };
}

function many(n: number): MapPoints {
  let s = 7;
  const r = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const category = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    lon[i] = -1 + r() * 8;
    lat[i] = 43.5 + r() * 5.5;
    category[i] = (i * 7) % 5;
  }
  return { lon, lat, category, label: (i) => `Acteur ${i}` };
}

async function view(data: MapPoints): Promise<MapView> {
  const container = await fixture<HTMLDivElement>(html`<div style="width:600px;height:400px;position:relative"></div>`);
  const v = new MapView(container, { onSelect() {}, colorOf: (k) => COLORS[k % COLORS.length]!, label: 'Carte', insetName: (code) => NAMES[code] });
  v.setPoints(data);
  // Two territories, one in the métropole, one in La Réunion: the home view shows every inset.
  const square = (lon: number, lat: number, d: number) => [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]];
  v.setBoundaries({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [square(3, 46.2, 3), square(55.5, -21.1, 0.1)] } });
  await v.whenDrawn();
  return v;
}

type Call = [string, unknown[]];

/** The calls the PNG export makes on its canvas (the context wrapped in a recorder while it draws). */
async function pngCalls(v: MapView): Promise<Call[]> {
  const calls: Call[] = [];
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    const ctx = (original as (...a: unknown[]) => CanvasRenderingContext2D).apply(this, args);
    return new Proxy(ctx, {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown;
        if (typeof value !== 'function') return value;
        return (...a: unknown[]) => {
          calls.push([String(prop), a]);
          return (value as (...b: unknown[]) => unknown).apply(target, a);
        };
      },
      set(target, prop, value) {
        return Reflect.set(target, prop, value);
      },
    });
  } as typeof original;
  try {
    const blob = await sceneToPng(v.scene());
    expect(blob.type).to.equal('image/png');
  } finally {
    HTMLCanvasElement.prototype.getContext = original;
  }
  return calls;
}

const r1 = (n: unknown) => Number(n).toFixed(1);
const sorted = (xs: string[]) => [...xs].sort();

/** What both exports draw, in comparable form: discs, ring segments, texts, world-plane layers. */
function fromCanvas(calls: Call[]) {
  const arcs = calls.filter(([name]) => name === 'arc').map(([, a]) => a as number[]);
  const full = (a: number[]) => a[3] === 0 && a[4] === 2 * Math.PI;
  return {
    discs: sorted(arcs.filter(full).map((a) => `${r1(a[0])},${r1(a[1])},${r1(a[2])}`)),
    ringSegments: arcs.filter((a) => !full(a)).length,
    texts: sorted(calls.filter(([name]) => name === 'fillText').map(([, a]) => String(a[0]))),
    layers: new Set(calls.filter(([name, a]) => (name === 'fill' || name === 'stroke') && a[0] instanceof Path2D).map(([, a]) => a[0])).size,
  };
}

function fromSvg(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).to.equal(null);
  return {
    discs: sorted([...doc.querySelectorAll('circle')].map((c) => `${r1(c.getAttribute('cx'))},${r1(c.getAttribute('cy'))},${r1(c.getAttribute('r'))}`)),
    ringSegments: doc.querySelectorAll('path[stroke-width="5"]').length,
    texts: sorted([...doc.querySelectorAll('svg > text, g > text')].map((t) => t.textContent ?? '')),
    layers: doc.querySelectorAll('g[transform^="matrix"] > path').length,
  };
}

describe('canvas sink and SVG sink', () => {
  it('draw the same markers, groups, selection, boundaries and inset names (few points)', async () => {
    const v = await view(points([['Paris', 2.35, 48.86], ['Paris bis', 2.35, 48.86], ['Lyon', 4.84, 45.76], ['Saint-Denis', 55.45, -20.88], ['Cayenne', -52.33, 4.92]]));
    v.setSelected(2);
    await v.whenDrawn();
    const svg = sceneToSvg(v.scene());
    const canvas = fromCanvas(await pngCalls(v));
    const file = fromSvg(svg);
    expect(canvas).to.deep.equal(file);
    // A group of two (its count), three dots, the selection ring; the five insets named.
    expect(file.discs.length).to.equal(5);
    expect(file.texts).to.include.members(['2', ...Object.values(NAMES)]);
    expect(file.layers).to.equal(2); // inset frames, boundaries (no basemap given)
    v.destroy();
  });

  it('draw the same clusters with the same rings of family shares (many points)', async () => {
    const v = await view(many(5000));
    expect(v.state.mode).to.equal('clusters');
    const scene = v.scene();
    const canvas = fromCanvas(await pngCalls(v));
    const file = fromSvg(sceneToSvg(scene));
    expect(canvas).to.deep.equal(file);
    const clusters = scene.marks.filter((m) => m.ring);
    expect(clusters.length).to.be.greaterThan(3);
    // Every family present in a cluster has its segment: five families mixed, so more segments than clusters.
    expect(file.ringSegments).to.be.greaterThan(clusters.length);
    for (const m of clusters) expect(m.ring!.reduce((s, [, share]) => s + share, 0)).to.be.closeTo(1, 1e-9);
    v.destroy();
  });

  it('name the insets in the language the page gives, and not on a Mercator map', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:600px;height:400px;position:relative"></div>`);
    const v = new MapView(container, { onSelect() {}, colorOf: () => '#555', insetName: (code) => (code === '973' ? 'French Guiana' : 'x'), projection: 'france' });
    v.setPoints(points([['Paris', 2.35, 48.86], ['Cayenne', -52.33, 4.92]]));
    await v.whenDrawn();
    expect(v.scene().labels.map((l) => l.text)).to.include('French Guiana');
    v.destroy();
    const m = new MapView(container, { onSelect() {}, colorOf: () => '#555', insetName: () => 'x', projection: 'mercator' });
    m.setPoints(points([['Paris', 2.35, 48.86]]));
    await m.whenDrawn();
    expect(m.scene().labels).to.deep.equal([]);
    m.destroy();
  });
});
