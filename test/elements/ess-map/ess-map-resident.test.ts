// Issue #13: a map a resident understands — real input events (mouse, keys, touch), axe in each state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import type { MapView } from '../../../packages/elements/src/ess-map/map-view.js';
import { resolveTiles } from '../../../packages/elements/src/ess-map/tiles.js';
import { axeViolations, frames, settle, shadow, statusText } from './helpers.js';

const prov = { source: 'Test', checkedAt: '2026-02-01' };
const viewOf = (el: EssMap) => (el as unknown as { view: MapView }).view;
performance.setResourceTimingBufferSize(10000);

/** Three actors at one address, one elsewhere, one known only by its commune (26362), one not at all. */
function residentActors(): Record<string, unknown>[] {
  const at = (lat: number, lon: number) => ({ lat, lon, precision: 'exact' });
  return [
    { id: 'a', name: 'Atelier vélo', type: 'association', address: { city: 'Valence' }, location: at(44.93, 4.89), provenance: prov },
    { id: 'b', name: 'Épicerie solidaire', type: 'association', address: { city: 'Valence' }, location: at(44.93, 4.89), provenance: prov },
    { id: 'c', name: 'Coop Énergie', type: 'scic', address: { city: 'Valence' }, location: at(44.93, 4.89), provenance: prov },
    { id: 'd,e', name: 'Régie Nord', type: 'regie-de-quartier', address: { city: 'Valence' }, location: at(44.95, 4.91), provenance: prov },
    { id: 'f', name: 'Ressourcerie', type: 'association', communeCode: '26362', address: { city: 'Valence' }, provenance: prov },
    { id: 'g', name: 'Mairie', type: 'commune', provenance: prov },
  ];
}

async function communeMap(extra = ''): Promise<EssMap> {
  const el = await fixture<EssMap>(html`<ess-map geo-api="/__ess__/geo" commune="26362" tiles=${extra || 'none'} .actors=${residentActors()}></ess-map>`);
  await settle(el);
  await waitUntil(() => statusText(el).includes('5 sur la carte'), 'the actor known by its commune is placed', { timeout: 5000 });
  await viewOf(el).whenDrawn();
  await frames(2);
  return el;
}

function centreOf(node: Element): { x: number; y: number } {
  const r = node.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
}

const options = (el: EssMap) => Array.from(shadow(el).querySelectorAll('[role="option"]'));
const optionNamed = (el: EssMap, part: string) => options(el).find((o) => (o.getAttribute('aria-label') ?? '').includes(part));

describe('<ess-map> for a resident (#13)', () => {
  it('says how many actors are on the map, places the one known by its commune (approximate) and badges the one nowhere', async () => {
    const el = await communeMap();
    expect(statusText(el)).to.equal('6 acteurs affichés sur 6 — 5 sur la carte (dont 1 à leur commune, position approchée), 1 non localisé');
    const rows = Array.from(shadow(el).querySelectorAll('tbody tr')).map((r) => r.querySelector('td')?.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).to.include('Mairie non localisé');
    expect(rows).to.include('Ressourcerie position approchée');
    expect(optionNamed(el, 'Ressourcerie (position approchée)')).to.not.equal(undefined);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('groups co-located actors in one marker with their count and names, and a click lists them beside the map', async () => {
    const el = await communeMap();
    const group = optionNamed(el, '3 acteurs au même endroit');
    expect(group?.getAttribute('aria-label')).to.equal('3 acteurs au même endroit : Atelier vélo, Épicerie solidaire, Coop Énergie');
    expect(group?.textContent).to.equal('3');
    const before = window.scrollY;
    const { x, y } = centreOf(group!.querySelector('circle')!);
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    const panel = shadow(el).querySelector('.map-frame [part="card"]');
    expect(panel?.querySelector('h3')?.textContent).to.equal('3 acteurs à cet endroit');
    expect(Array.from(panel!.querySelectorAll('li button')).map((b) => b.textContent?.trim())).to.deep.equal(['Atelier vélo', 'Épicerie solidaire', 'Coop Énergie']);
    expect(window.scrollY).to.equal(before);
    expect(await axeViolations(el)).to.deep.equal([]);
    (panel!.querySelectorAll<HTMLButtonElement>('li button')[1] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.map-frame [part="card"] h3')?.textContent).to.contain('Épicerie solidaire');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('is one Tab stop: arrow keys move aria-activedescendant from marker to marker, Enter opens the card, Escape returns', async () => {
    const el = await communeMap();
    const surface = shadow(el).querySelector<HTMLElement>('[role="listbox"]')!;
    expect(surface.tabIndex).to.equal(0);
    expect(options(el).every((o) => !o.hasAttribute('tabindex'))).to.equal(true);
    expect(options(el).length).to.equal(3);
    // Tab from the skip link lands on the map; the next Tab leaves it (no marker is a stop).
    shadow(el).querySelector<HTMLButtonElement>('.skip')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement === surface, 'the map surface has the focus').to.equal(true);
    const first = surface.getAttribute('aria-activedescendant');
    expect(first).to.be.a('string');
    await sendKeys({ press: 'ArrowDown' });
    const second = surface.getAttribute('aria-activedescendant');
    expect(second).to.not.equal(first);
    expect(shadow(el).getElementById(second!)?.getAttribute('role')).to.equal('option');
    expect(await axeViolations(el)).to.deep.equal([]);
    // Go to the lone "Régie Nord" marker (Home: the first in reading order) and open it.
    await sendKeys({ press: 'Home' });
    for (let i = 0; i < 3 && !(shadow(el).getElementById(surface.getAttribute('aria-activedescendant')!)?.getAttribute('aria-label') ?? '').startsWith('Régie'); i++) {
      await sendKeys({ press: 'ArrowDown' });
    }
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Its id holds a comma: its own card opens, not another's (#17).
    expect(el.selected).to.equal('d,e');
    expect(shadow(el).querySelector('.map-frame [part="card"] h3')?.textContent).to.contain('Régie Nord');
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).activeElement === surface, 'the map surface has the focus').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.closest('.map-controls')).to.not.equal(null);
  });

  it('has a skip link to the list and zoom buttons whose names hold their visible sign', async () => {
    const el = await communeMap();
    const skip = shadow(el).querySelector<HTMLButtonElement>('.skip')!;
    skip.focus();
    await sendKeys({ press: 'Enter' });
    expect(shadow(el).activeElement?.matches('tbody button[data-id]')).to.equal(true);
    for (const b of shadow(el).querySelectorAll('.map-controls button')) {
      expect(b.getAttribute('aria-label')).to.contain((b.textContent ?? '').trim());
    }
  });

  it('a tap on a phone opens the card and sends no ghost click to what lies under the finger', async () => {
    const el = await communeMap();
    const clicks: EventTarget[] = [];
    const onClick = (e: Event) => clicks.push(e.composedPath()[0] as EventTarget);
    document.addEventListener('click', onClick, true);
    const regie = optionNamed(el, 'Régie Nord')!;
    const { x, y } = centreOf(regie.querySelector('circle')!);
    const before = window.scrollY;
    await executeServerCommand('ess-tap', { x, y });
    await waitUntil(() => el.selected === 'd,e', 'the tap selects the actor', { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 400));
    document.removeEventListener('click', onClick, true);
    expect(clicks).to.deep.equal([]);
    expect(el.types).to.equal(null);
    expect(window.scrollY).to.equal(before);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows local tiles with their attribution under tiles=<template>, and Plan IGN by default for a commune', async () => {
    const el = await communeMap(`${location.origin}/__ess__/tiles/{z}/{x}/{y}.png`);
    await waitUntil(() => shadow(el).querySelectorAll('.ess-mv-tiles img').length > 0, 'tiles are drawn', { timeout: 5000 });
    const img = shadow(el).querySelector<HTMLImageElement>('.ess-mv-tiles img')!;
    await waitUntil(() => img.complete && img.naturalWidth === 256, 'a local tile loads', { timeout: 5000 });
    expect(await axeViolations(el)).to.deep.equal([]);
    const ign = resolveTiles(undefined, undefined, true, () => '© IGN – Plan IGN (Géoplateforme)');
    expect(ign?.url).to.match(/^https:\/\/data\.geopf\.fr\/wmts\?.*LAYER=GEOGRAPHICALGRIDSYSTEMS\.PLANIGNV2.*TILEMATRIX=\{z\}&TILEROW=\{y\}&TILECOL=\{x\}$/);
    expect(ign?.attribution).to.equal('© IGN – Plan IGN (Géoplateforme)');
    expect(resolveTiles('none', undefined, true, () => '')).to.equal(null);
    expect(resolveTiles(undefined, undefined, false, () => '')).to.equal(null);
    expect(resolveTiles('osm', undefined, false, () => '© OSM')?.url).to.equal('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  });
});

describe('<ess-map> when its tiles cannot be had (offline, a CSP without the tile origin)', () => {
  it('shows no broken tile, falls back to the outlines and the contour, and says so; new tiles are tried again', async () => {
    // A tile server that answers 404 to every tile: as if it were unreachable.
    const el = await communeMap(`${location.origin}/__ess__/no-such-tiles/{z}/{x}/{y}.png`);
    await waitUntil(() => el.tilesFailed !== null, 'the map gives the tiles up', { timeout: 10000 });
    await settle(el);
    const notice = shadow(el).querySelector('.tiles-failed');
    expect(notice?.textContent).to.equal(`Le fond de carte (${location.origin}) n’a pas pu être chargé : la carte montre les contours seuls.`);
    // No tile left on the map, none shown broken, and the contour of the commune is drawn.
    const imgs = Array.from(shadow(el).querySelectorAll<HTMLImageElement>('.ess-mv-tiles img'));
    expect(imgs.filter((img) => img.style.visibility !== 'hidden')).to.deep.equal([]);
    const view = (el as unknown as { view: MapView }).view;
    await view.whenDrawn();
    expect(view.state.projection).to.equal('france');
    // With no tiles to write it, the commune's name (the geo API's `nom`) is written above its contour.
    expect(view.scene().labels.map((l) => l.text)).to.include('Valence');
    expect(await axeViolations(el)).to.deep.equal([]);
    // Other tiles given: tried again, the notice goes.
    el.tiles = `${location.origin}/__ess__/tiles/{z}/{x}/{y}.png`;
    await settle(el);
    expect(el.tilesFailed).to.equal(null);
    expect(shadow(el).querySelector('.tiles-failed')).to.equal(null);
    await waitUntil(() => shadow(el).querySelectorAll('.ess-mv-tiles img').length > 0, 'the new tiles are drawn', { timeout: 5000 });
  });
});

describe('<ess-map> smaller defects (#17)', () => {
  it('fetches the commune contour once', async () => {
    performance.clearResourceTimings();
    const el = await fixture<EssMap>(html`<ess-map geo-api="/__ess__/geo" commune="26362" tiles="none" basemap="none" .actors=${residentActors()}></ess-map>`);
    await settle(el);
    await new Promise((r) => setTimeout(r, 300));
    const hits = performance.getEntriesByType('resource').filter((e) => e.name.includes('/__ess__/geo/communes/26362'));
    expect(hits.length).to.equal(1);
  });

});
