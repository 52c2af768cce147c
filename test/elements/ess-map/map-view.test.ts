import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { MapView } from '../../../packages/elements/src/ess-map/map-view.js';
import { sceneToPng } from '../../../packages/elements/src/ess-map/exports.js';
import { sceneToSvg } from '../../../packages/elements/src/ess-map/svg-sink.js';
import type { MapPoints, MapViewState } from '../../../packages/elements/src/ess-map/map-view.js';

type Axe = { run(el: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
const axe = (): Axe => (window as unknown as { axe: Axe }).axe;

const COLORS = ['#1b6b3a', '#1d4f91', '#8a5300', '#b3261e', '#5a2d82'];

// Paris, Marseille, Lyon, Toulouse, Lille, Saint-Denis (La Réunion)
const CITIES: [string, number, number][] = [
  ['Paris', 2.3522, 48.8566],
  ['Marseille', 5.3698, 43.2965],
  ['Lyon', 4.8357, 45.764],
  ['Toulouse', 1.4442, 43.6047],
  ['Lille', 3.0573, 50.6292],
  ['Saint-Denis', 55.4504, -20.8821],
];

function pointsOf(rows: [string, number, number][]): MapPoints {
  return {
    lon: Float64Array.from(rows.map((r) => r[1])),
    lat: Float64Array.from(rows.map((r) => r[2])),
    category: Uint8Array.from(rows.map((_, i) => i % 5)),
    label: (i) => rows[i]![0],
  };
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function manyPoints(n: number): MapPoints {
  const r = rng(42);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const category = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    lon[i] = -1 + r() * 8;
    lat[i] = 43.5 + r() * 5.5;
    category[i] = i % 5;
  }
  return { lon, lat, category, label: (i) => `Acteur ${i}` };
}

async function makeView(opts: Partial<ConstructorParameters<typeof MapView>[1]> = {}) {
  const container = await fixture<HTMLDivElement>(html`<div style="width:600px;height:400px;position:relative"></div>`);
  const selected: (number | null)[] = [];
  const views: MapViewState[] = [];
  const view = new MapView(container, {
    onSelect: (i) => selected.push(i),
    onViewChange: (v) => views.push(v),
    colorOf: (k) => COLORS[k % COLORS.length]!,
    label: 'Carte des acteurs',
    ...opts,
  });
  return { container, view, selected, views };
}

/** Screen position (page coordinates) of the marker named `name`. */
function pagePos(view: MapView, container: HTMLElement, name: string): [number, number] {
  const mark = [...container.querySelectorAll('[role="option"]')].find((m) => m.getAttribute('aria-label') === name) as SVGGElement;
  const r = mark.querySelector('circle')!.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

describe('MapView', () => {
  it('keeps a view the visitor moved when the tiles are given up (same place under the same pixels), goes home otherwise', async () => {
    const tiles = { url: `${location.origin}/__ess__/no-tiles/{z}/{x}/{y}.png`, attribution: 'Test' };
    const { container, view } = await makeView({ tiles });
    const metropole = CITIES.filter(([name]) => name !== 'Saint-Denis');
    view.setPoints(pointsOf(metropole));
    await view.whenDrawn();
    expect(view.state.projection).to.equal('mercator');
    const box = container.getBoundingClientRect();
    const [lx, ly] = pagePos(view, container, 'Lyon');
    // The visitor zooms in on Lyon, just off the centre.
    view.zoomBy(16, [lx - box.left + 20, ly - box.top + 10], true);
    await view.whenDrawn();
    const before = { centre: view.state.center!, lyon: pagePos(view, container, 'Lyon') };
    // The tiles give up: the map goes to its outline projection (the component's onTilesFailed does this).
    view.setTiles(null);
    await view.whenDrawn();
    expect(view.state.projection).to.equal('france');
    expect(view.state.center![0]).to.be.closeTo(before.centre[0], 0.01);
    expect(view.state.center![1]).to.be.closeTo(before.centre[1], 0.01);
    // The same ground distance per pixel: Lyon, 0.5° off the centre, stays as far from it (its bearing
    // turns by the conic projection's convergence of meridians, ~2°).
    const mid = [box.left + box.width / 2, box.top + box.height / 2];
    const after = pagePos(view, container, 'Lyon');
    const off = (p: [number, number]) => Math.hypot(p[0] - mid[0]!, p[1] - mid[1]!);
    expect(off(before.lyon)).to.be.greaterThan(100);
    expect(off(after) / off(before.lyon)).to.be.closeTo(1, 0.03);
    expect(view.state.zoom).to.be.greaterThan(2);

    // A view nobody moved goes home in the new projection, as before.
    const fresh = await makeView({ tiles });
    fresh.view.setPoints(pointsOf(metropole));
    await fresh.view.whenDrawn();
    fresh.view.setTiles(null);
    await fresh.view.whenDrawn();
    expect(fresh.view.state.projection).to.equal('france');
    expect(fresh.view.state.zoom).to.be.closeTo(0, 1e-9);
  });

  it('draws no two cluster discs overlapping, at every zoom step', async () => {
    const { view } = await makeView();
    view.setPoints(manyPoints(20000));
    await view.whenDrawn();
    for (let step = 0; step < 8; step++) {
      const c = view.clusters!;
      const { k } = view.state;
      const radius = (size: number) => (size <= 1 ? 5 : Math.min(34, 12 + 5.5 * Math.log10(size)));
      let overlapping = 0;
      for (let a = 0; a < c.length; a++) {
        for (let b = a + 1; b < c.length; b++) {
          if (Math.hypot(c.x[a]! - c.x[b]!, c.y[a]! - c.y[b]!) * k < radius(c.size[a]!) + radius(c.size[b]!) - 1e-3) overlapping++;
        }
      }
      expect(overlapping, `zoom step ${step}`).to.equal(0);
      view.zoomBy(1.3);
      await view.whenDrawn();
    }
  });

  it('draws few points as labelled options of a one-stop listbox, and groups those at one place', async () => {
    const { container, view } = await makeView();
    view.setPoints(pointsOf([...CITIES, ['Paris bis', 2.3522, 48.8566]]));
    await view.whenDrawn();
    let marks = container.querySelectorAll('[role="option"]');
    expect(marks.length).to.equal(6);
    expect([...marks].map((c) => c.getAttribute('aria-label'))).to.include.members(['2: Paris, Paris bis', 'Saint-Denis', 'Lyon']);
    expect([...marks].find((m) => m.getAttribute('aria-label')?.startsWith('2:'))?.textContent).to.equal('2');
    expect([...marks].every((m) => !m.hasAttribute('tabindex'))).to.equal(true);
    expect(view.element.getAttribute('role')).to.equal('listbox');
    view.setPoints(pointsOf(CITIES));
    await view.whenDrawn();
    marks = container.querySelectorAll('[role="option"]');
    expect([...marks].map((c) => c.getAttribute('aria-label'))).to.include.members(['Paris', 'Saint-Denis']);
    expect(view.element.tabIndex).to.equal(0);
    expect(view.element.getAttribute('aria-label')).to.equal('Carte des acteurs');
    expect(view.state.mode).to.equal('points');
    view.destroy();
  });

  it('is axe-clean as a standalone map surface', async () => {
    const { container, view } = await makeView();
    view.setPoints(pointsOf(CITIES));
    view.setSelected(0);
    await view.whenDrawn();
    const result = await axe().run(container);
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
    view.destroy();
  });

  it('setVisible hides points without re-projecting them, and brings them back', async () => {
    const { container, view } = await makeView();
    view.setPoints(pointsOf(CITIES));
    view.setVisible(Uint8Array.of(1, 0, 1, 0, 0, 0));
    await view.whenDrawn();
    expect([...container.querySelectorAll('[role="option"]')].map((c) => c.getAttribute('aria-label')).sort()).to.deep.equal(['Lyon', 'Paris']);
    expect(view.state.visible).to.equal(2);
    view.setVisible(null);
    await view.whenDrawn();
    expect(container.querySelectorAll('[role="option"] circle').length).to.equal(6);
  });

  it('aggregates many points into clusters whose counts add up to the visible points', async () => {
    const { view } = await makeView();
    view.setPoints(manyPoints(3000));
    await view.whenDrawn();
    expect(view.state.mode).to.equal('clusters');
    const sum = (c: NonNullable<typeof view.clusters>) => Array.from(c.size).reduce((a, b) => a + b, 0);
    expect(sum(view.clusters!)).to.equal(3000);
    const mask = new Uint8Array(3000);
    for (let i = 0; i < 3000; i += 2) mask[i] = 1;
    view.setVisible(mask);
    await view.whenDrawn();
    expect(view.state.visible).to.equal(1500);
    expect(sum(view.clusters!)).to.equal(1500);
    // Zoomed in, only the clusters in and around the view are kept (and merged where they overlap).
    view.zoomBy(4);
    await view.whenDrawn();
    expect(sum(view.clusters!)).to.be.within(1, 1500);
    expect(view.clusters!.length).to.be.greaterThan(1);
    view.reset();
    await view.whenDrawn();
    expect(sum(view.clusters!)).to.equal(1500);
  });

  it('pans with the arrow keys, zooms with + and −, and resets with 0 (real keys)', async () => {
    const { view } = await makeView();
    view.setPoints(pointsOf(CITIES));
    await view.whenDrawn();
    const home = view.state;
    view.element.focus();
    // With markers drawn one by one the arrows go from marker to marker; Shift + arrows pan.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await view.whenDrawn();
    expect(view.state.tx).to.be.greaterThan(home.tx);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    await view.whenDrawn();
    expect(view.state.ty).to.be.lessThan(home.ty);
    await sendKeys({ press: '+' });
    await view.whenDrawn();
    expect(view.state.k).to.be.closeTo(home.k * 2, 1e-9);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await view.whenDrawn();
    expect(view.state.k).to.be.closeTo(home.k / 2, 1e-9);
    await sendKeys({ press: '0' });
    await view.whenDrawn();
    expect(view.state.k).to.equal(home.k);
    expect(view.state.tx).to.equal(home.tx);
  });

  it('selects a point with Enter on the active marker (the surface keeps the focus)', async () => {
    const { view, selected } = await makeView();
    view.setPoints(pointsOf(CITIES));
    await view.whenDrawn();
    view.element.focus();
    const active = () => document.getElementById(view.element.getAttribute('aria-activedescendant') ?? '')?.getAttribute('aria-label');
    expect(active()).to.equal('Lille'); // reading order: northernmost first
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.be.oneOf(['Paris', 'Lyon', 'Toulouse', 'Marseille', 'Saint-Denis']);
    await sendKeys({ press: 'ArrowUp' });
    expect(active()).to.equal('Lille');
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal([4]);
    expect(document.activeElement === view.element, 'the view has the focus').to.equal(true);
  });

  it('picks the nearest point on click, even a few pixels off', async () => {
    const { container, view, selected } = await makeView();
    view.setPoints(pointsOf(CITIES));
    await view.whenDrawn();
    const [x, y] = pagePos(view, container, 'Lyon');
    await sendMouse({ type: 'click', position: [x + 7, y + 5] });
    expect(selected).to.deep.equal([2]);
  });

  it('zooms into a cluster on click', async () => {
    const { container, view } = await makeView();
    view.setPoints(manyPoints(3000));
    await view.whenDrawn();
    const c = view.clusters!;
    let j = 0;
    for (let q = 1; q < c.length; q++) if (c.size[q]! > c.size[j]!) j = q;
    const { k, tx, ty } = view.state;
    const box = container.getBoundingClientRect();
    const before = k;
    await sendMouse({ type: 'click', position: [Math.round(box.left + c.x[j]! * k + tx), Math.round(box.top + c.y[j]! * k + ty)] });
    await view.whenDrawn();
    expect(view.state.k).to.be.greaterThan(before * 1.9);
  });

  it('zooms with the wheel around the cursor', async () => {
    const { view } = await makeView();
    view.setPoints(pointsOf(CITIES));
    await view.whenDrawn();
    const k = view.state.k;
    const r = view.element.getBoundingClientRect();
    view.element.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: r.left + 300, clientY: r.top + 200, bubbles: true, cancelable: true }));
    await view.whenDrawn();
    expect(view.state.k).to.be.greaterThan(k);
  });

  it('fits the view to boundaries', async () => {
    const { view } = await makeView();
    view.setPoints(pointsOf(CITIES));
    const square = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[[4.8, 45.7], [4.9, 45.7], [4.9, 45.8], [4.8, 45.8], [4.8, 45.7]]] },
    };
    expect(view.setBoundaries(square)).to.equal(true);
    await view.whenDrawn();
    const center = view.state.center!;
    expect(center[0]).to.be.closeTo(4.85, 0.01);
    expect(center[1]).to.be.closeTo(45.75, 0.01);
    expect(view.setBoundaries({ type: 'nonsense' })).to.equal(false);
  });

  it('with keepMovedView, keeps the view a visitor moved to when the boundaries arrive late; the reset key then fits them (real keys)', async () => {
    const { view } = await makeView();
    view.setPoints(pointsOf(CITIES));
    await view.whenDrawn();
    view.element.focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: 'ArrowRight' });
    await view.whenDrawn();
    const moved = { ...view.state };
    const square = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[4.8, 45.7], [4.9, 45.7], [4.9, 45.8], [4.8, 45.8], [4.8, 45.7]]] } };
    view.setBoundaries(square, { keepMovedView: true });
    await view.whenDrawn();
    expect([view.state.k, view.state.tx, view.state.ty]).to.deep.equal([moved.k, moved.tx, moved.ty]);
    await sendKeys({ press: '0' });
    await view.whenDrawn();
    expect(view.state.center![0]).to.be.closeTo(4.85, 0.01);
    expect(view.state.center![1]).to.be.closeTo(45.75, 0.01);
  });

  it('exports SVG with hostile labels kept as inert text', async () => {
    const { view } = await makeView();
    const hostile: [string, number, number][] = [
      ['<script>alert(1)</script>', 2.35, 48.85],
      ['<img src=x onerror=alert(1)>', 4.83, 45.76],
      ['"quoted" & \'single\'', 5.37, 43.3],
    ];
    view.setPoints(pointsOf(hostile));
    await view.whenDrawn();
    const svg = sceneToSvg(view.scene());
    expect(svg).not.to.contain('<script');
    expect(svg).not.to.contain('<img');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('script, img, [onerror]').length).to.equal(0);
    const titles = [...doc.querySelectorAll('circle > title')].map((t) => t.textContent);
    expect(titles).to.include.members(hostile.map((h) => h[0]));
  });

  it('exports SVG that is still XML when a name holds control characters or a lone surrogate (#17)', async () => {
    const { view } = await makeView();
    view.setPoints(pointsOf([['Bell\u0007 & Co\u001b[0m', 2.35, 48.85], ['Half \ud800 pair', 4.83, 45.76], ['Tab\tand\nline', 5.37, 43.3]]));
    await view.whenDrawn();
    const doc = new DOMParser().parseFromString(sceneToSvg(view.scene()), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const titles = [...doc.querySelectorAll('circle > title')].map((t) => t.textContent);
    expect(titles).to.include.members(['Bell\ufffd & Co\ufffd[0m', 'Half \ufffd pair', 'Tab\tand\nline']);
  });

  it('exports a PNG of the view', async () => {
    const { view } = await makeView();
    view.setPoints(manyPoints(2000));
    await view.whenDrawn();
    const blob = await sceneToPng(view.scene());
    expect(blob.type).to.equal('image/png');
    expect(blob.size).to.be.greaterThan(1000);
  });

  it('fetches no tiles for the placeholder view, only once the points give the view to show (#13)', async () => {
    const { container, view } = await makeView();
    view.setTiles({ url: `${location.origin}/__ess__/tiles/{z}/{x}/{y}.png`, attribution: 'Tuiles de test' });
    await view.whenDrawn();
    expect(container.querySelectorAll('img').length).to.equal(0);
    // The component's points before its data: none yet.
    view.setPoints(pointsOf([]));
    await view.whenDrawn();
    expect(container.querySelectorAll('img').length).to.equal(0);
    view.setPoints(pointsOf([['Valence', 4.8924, 44.9334], ['Bourg-lès-Valence', 4.8944, 44.9486]]));
    await view.whenDrawn();
    const tiles = [...container.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
    expect(tiles.length).to.be.greaterThan(0);
    // All at the zoom that shows the two towns, none of the world view.
    expect(tiles.every((src) => Number(/\/tiles\/(\d+)\//.exec(src)?.[1]) >= 10)).to.equal(true);
  });

  it('ignores a non-http tile template', async () => {
    const { container, view } = await makeView();
    view.setTiles({ url: 'javascript:alert(1)//{z}/{x}/{y}', attribution: 'x' });
    view.setPoints(pointsOf(CITIES));
    await view.whenDrawn();
    expect(container.querySelectorAll('img').length).to.equal(0);
    expect(view.state.projection).to.equal('france');
  });
});
