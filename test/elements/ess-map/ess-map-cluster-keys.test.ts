// The keyboard over many points (#13 point 4): above svgThreshold the map draws clusters on a canvas,
// and the arrow keys still go from what is drawn to what is drawn — real key events, 2 000 actors.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { uiEn } from '../../../packages/elements/src/internal/locales/en.js';
import { uiFr } from '../../../packages/elements/src/internal/locales/fr.js';
import { activeInShadow, axeViolations, settle, shadow } from './helpers.js';

const prov = { source: 'Test', checkedAt: '2026-02-01' };
const TOWNS: [string, number, number][] = [
  ['Lyon', 45.76, 4.84],
  ['Annecy', 45.9, 6.13],
  ['Le Mans', 48.0, 0.2],
  ['Valence', 44.93, 4.89],
  ['Rennes', 48.11, -1.68],
];

/** `n` actors spread around five towns, each named after its rank. */
function manyActors(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const [city, lat, lon] = TOWNS[i % TOWNS.length] as [string, number, number];
    // A spread of ± 0.15° (deterministic), so zooming in splits the clusters.
    const dy = (((i * 7919) % 301) - 150) / 1000;
    const dx = (((i * 104729) % 301) - 150) / 1000;
    return { id: `a${i}`, name: `Acteur ${i}`, type: 'association', address: { city }, location: { lat: lat + dy, lon: lon + dx, precision: 'exact' }, provenance: prov };
  });
}

const surfaceOf = (el: EssMap): HTMLElement => shadow(el).querySelector<HTMLElement>('.ess-mv')!;
const options = (el: EssMap): HTMLElement[] => Array.from(shadow(el).querySelectorAll<HTMLElement>('[role="option"]'));
const activeOption = (el: EssMap): HTMLElement | null => {
  const id = surfaceOf(el).getAttribute('aria-activedescendant');
  return id ? shadow(el).getElementById(id) : null;
};
const countIn = (name: string): number => Number((/^(\d[\d\u202f\u00a0 ]*)/.exec(name)?.[1] ?? '').replace(/\D/g, ''));

/** Elements a Tab press can reach in the widget. */
function tabStops(el: EssMap): number {
  return Array.from(shadow(el).querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')).filter(
    (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
  ).length;
}

async function drawn(el: EssMap): Promise<void> {
  await el.view!.whenDrawn();
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await el.view!.whenDrawn();
}

async function bigMap(lang = 'fr'): Promise<EssMap> {
  const el = await fixture<EssMap>(html`<ess-map lang=${lang} .actors=${manyActors(2000)} style="width:1000px"></ess-map>`);
  await settle(el);
  await waitUntil(() => el.view?.state.mode === 'clusters' && options(el).length > 0, 'the clusters on screen get their options', { timeout: 5000 });
  return el;
}

describe('<ess-map> keyboard over clusters (2 000 actors)', () => {
  it('one Tab stop; the arrows go from cluster to cluster, named with their count and a place; Enter zooms in, then opens a card', async () => {
    const el = await bigMap();
    const surface = surfaceOf(el);
    const stops = tabStops(el);
    // Only what is on screen has an option, never one per actor; none is a Tab stop.
    expect(options(el).length).to.be.within(2, 300);
    expect(options(el).every((o) => !o.hasAttribute('tabindex'))).to.equal(true);

    // Tab once from the skip link reaches the map, a listbox.
    shadow(el).querySelector<HTMLButtonElement>('.skip')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(activeInShadow(el) === surface, 'the map surface has the focus').to.equal(true);
    expect(surface.getAttribute('role')).to.equal('listbox');
    const first = surface.getAttribute('aria-activedescendant');
    await sendKeys({ press: 'ArrowRight' });
    const second = surface.getAttribute('aria-activedescendant');
    expect(second).to.be.a('string').and.not.equal(first);
    const name = activeOption(el)!.getAttribute('aria-label')!;
    // « 400 acteurs près de Lyon »: the count drawn on the canvas, and a place.
    expect(name).to.match(/^\d[\d\u202f ]* acteurs près (de |d’|du |des )\S/);
    const count = countIn(name);
    const sizes = Array.from(el.view!.clusters!.size);
    expect(sizes).to.include(count);
    expect(await axeViolations(el)).to.deep.equal([]);

    // Enter zooms into that cluster: closer, and the keyboard is on a smaller one where it was.
    const k0 = el.view!.state.k;
    await sendKeys({ press: 'Enter' });
    await drawn(el);
    expect(el.view!.state.k).to.be.greaterThan(k0);
    expect(activeInShadow(el) === surface, 'the map surface has the focus').to.equal(true);
    const inside = countIn(activeOption(el)?.getAttribute('aria-label') ?? '');
    expect(inside).to.be.within(1, count - 1);
    expect(tabStops(el)).to.equal(stops);
    expect(await axeViolations(el)).to.deep.equal([]);

    // Down to single actors: their options are named after them, and Enter opens their card.
    for (let i = 0; i < 12 && !options(el).some((o) => o.getAttribute('aria-label')!.startsWith('Acteur ')); i++) {
      await sendKeys({ press: 'Enter' });
      await drawn(el);
    }
    const names = options(el).map((o) => o.getAttribute('aria-label')!);
    const target = names.findIndex((n) => n.startsWith('Acteur '));
    expect(target).to.be.greaterThan(-1);
    await sendKeys({ press: 'Home' });
    for (let i = 0; i < target; i++) await sendKeys({ press: 'ArrowRight' });
    const actor = activeOption(el)!.getAttribute('aria-label')!;
    expect(actor).to.equal(names[target]);
    expect(tabStops(el)).to.equal(stops);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).querySelector('.map-frame [part="card"] h3')?.textContent).to.contain(actor);
    expect(el.selected).to.equal(`a${actor.slice('Acteur '.length)}`);
  });

  it('draws a ring around the active cluster only while the keyboard is on the map', async () => {
    const el = await bigMap();
    shadow(el).querySelector<HTMLButtonElement>('.skip')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    const active = activeOption(el)!;
    expect(getComputedStyle(active).outlineStyle).to.equal('solid');
    expect(getComputedStyle(active).outlineWidth).to.equal('3px');
    // Laid over its disc: the ring is where the cluster is drawn.
    const box = active.getBoundingClientRect();
    const map = surfaceOf(el).getBoundingClientRect();
    expect(box.width).to.be.greaterThan(10);
    expect(box.left).to.be.within(map.left - box.width, map.right);
    await sendKeys({ press: 'Tab' });
    expect(getComputedStyle(active).outlineStyle).to.equal('none');
  });

  it('with few points too, rings the active marker over its neighbours while the keyboard is on the map', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${manyActors(300)}></ess-map>`);
    await settle(el);
    expect(el.view!.state.mode).to.equal('points');
    shadow(el).querySelector<HTMLButtonElement>('.skip')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    const ring = () => shadow(el).querySelector<SVGGElement>('g.ess-mv-focus');
    await waitUntil(() => ring() && getComputedStyle(ring()!).display !== 'none', 'the ring shows', { timeout: 5000 });
    const active = activeOption(el)!;
    expect(ring()!.getAttribute('transform')).to.equal(active.getAttribute('transform'));
    // A copy of the active marker is drawn last, over any neighbour that covers it; hidden from assistive technology.
    const lift = shadow(el).querySelector('use.ess-mv-focus')!;
    expect(lift.getAttribute('href')).to.equal(`#${active.id}`);
    expect(lift.getAttribute('aria-hidden')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(getComputedStyle(ring()!).display).to.equal('none');
  });

  it('Enter on a cluster that zooming cannot split (actors at one address) lists its actors', async () => {
    const at = (i: number) => ({ id: `s${i}`, name: `Siège ${i}`, type: 'association', address: { city: 'Die' }, location: { lat: 44.75, lon: 5.37, precision: 'exact' }, provenance: prov });
    const el = await fixture<EssMap>(html`<ess-map .actors=${Array.from({ length: 1100 }, (_, i) => at(i))}></ess-map>`);
    await settle(el);
    await waitUntil(() => options(el).length > 0, 'the cluster gets its option', { timeout: 5000 });
    // Its name starts with the count drawn on its disc ("1.1k"), then says it in full.
    expect(options(el).map((o) => o.getAttribute('aria-label'))).to.deep.equal(['1.1k – 1\u202f100 acteurs près de Die']);
    const k0 = el.view!.state.k;
    surfaceOf(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.view!.state.k).to.equal(k0);
    const panel = shadow(el).querySelector('.map-frame [part="card"]');
    expect(panel?.querySelector('h3')?.textContent).to.equal('1\u202f100 acteurs à cet endroit');
    expect(panel!.querySelectorAll('li button').length).to.equal(1100);
  });

  it('a click on a cluster that zooming cannot split lists its actors too (real mouse), as Enter does', async () => {
    const at = (i: number) => ({ id: `s${i}`, name: `Siège ${i}`, type: 'association', address: { city: 'Die' }, location: { lat: 44.75, lon: 5.37, precision: 'exact' }, provenance: prov });
    const el = await fixture<EssMap>(html`<ess-map .actors=${Array.from({ length: 1100 }, (_, i) => at(i))}></ess-map>`);
    await settle(el);
    const view = el.view!;
    await view.whenDrawn();
    const c = view.clusters!;
    expect(c.length).to.equal(1);
    const { k, tx, ty } = view.state;
    const box = view.element.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + c.x[0]! * k + tx), Math.round(box.top + c.y[0]! * k + ty)] });
    await el.updateComplete;
    expect(view.state.k).to.equal(k);
    const panel = shadow(el).querySelector('.map-frame [part="card"]');
    expect(panel?.querySelector('h3')?.textContent).to.equal('1\u202f100 acteurs à cet endroit');
    expect(panel!.querySelectorAll('li button').length).to.equal(1100);
  });

  it('speaks English with lang="en"', async () => {
    const el = await bigMap('en');
    await waitUntil(() => surfaceOf(el).getAttribute('aria-label')?.startsWith('Map'), 'English loaded', { timeout: 5000 });
    surfaceOf(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await drawn(el);
    expect(activeOption(el)?.getAttribute('aria-label')).to.match(/^\d[\d,]* actors near \S/);
  });

  it('names a place with its article contracted, in French', () => {
    expect(uiFr.map.cluster(42, 'Lyon')).to.equal('42 acteurs près de Lyon');
    expect(uiFr.map.cluster(3, 'Annecy')).to.equal('3 acteurs près d’Annecy');
    expect(uiFr.map.cluster(3, 'Le Mans')).to.equal('3 acteurs près du Mans');
    expect(uiFr.map.cluster(3, 'Les Herbiers')).to.equal('3 acteurs près des Herbiers');
    expect(uiFr.map.cluster(3, 'La Rochelle')).to.equal('3 acteurs près de La Rochelle');
    expect(uiFr.map.cluster(3)).to.equal('Groupe de 3 acteurs');
    expect(uiEn.map.cluster(3, 'Le Mans')).to.equal('3 actors near Le Mans');
  });
});
