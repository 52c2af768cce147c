// The overseas insets are named on <ess-map> and in its exports, in the page's language (#13, point 6).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import type { MapView } from '../../../packages/elements/src/ess-map/map-view.js';
import { sceneToSvg } from '../../../packages/elements/src/ess-map/svg-sink.js';
import { actorsFixture, settle } from './helpers.js';

const viewOf = (el: EssMap) => (el as unknown as { view: MapView }).view;
const prov = { source: 'Test', checkedAt: '2026-02-01' };
/** The fixture's actors in the Drôme, and one in Saint-Denis (La Réunion): the map shows the insets. */
const actors = () => [
  ...actorsFixture(),
  { id: 'run', name: 'Ressourcerie du Port', type: 'association', address: { city: 'Saint-Denis' }, location: { lat: -20.88, lon: 55.45, precision: 'exact' }, provenance: prov },
];
const svgTexts = (el: EssMap) => {
  const doc = new DOMParser().parseFromString(sceneToSvg(viewOf(el).scene()), 'image/svg+xml');
  return [...doc.querySelectorAll('svg > text')].map((t) => t.textContent);
};

describe('<ess-map> overseas insets', () => {
  it('names the five DROM in French on the map and in the SVG export', async () => {
    const el = await fixture<EssMap>(html`<ess-map basemap="none" .actors=${actors()}></ess-map>`);
    await settle(el);
    await viewOf(el).whenDrawn();
    expect(viewOf(el).scene().labels.map((l) => l.text)).to.deep.equal(['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']);
    expect(svgTexts(el)).to.include.members(['Guadeloupe', 'Guyane', 'La Réunion']);
  });

  it('names them in English under lang="en", the map surface too', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><ess-map basemap="none" .actors=${actors()}></ess-map></div>`);
    const el = wrap.querySelector('ess-map')!;
    await settle(el);
    await waitUntil(() => viewOf(el).scene().labels.some((l) => l.text === 'French Guiana'), 'the insets are named in English', { timeout: 5000 });
    expect(svgTexts(el)).to.include('French Guiana');
    expect(viewOf(el).element.getAttribute('aria-label')).to.match(/^Map of the actors/i);
  });
});
