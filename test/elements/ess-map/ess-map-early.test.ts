// The widget connected while the page is still loading: the viewport may change (a phone rotated,
// a window snapped, setViewport before the fixture), its `actors` may have been set before the
// bundle defined the element, its inline JSON child may arrive after it upgraded. In each case it
// must leave "loading" and show the data the page gave, not the demo data.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../packages/elements/src/ess-map/ess-map.js';
import { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { actorsFixture, listNames, shadow, statusText } from './helpers.js';

const loading = (el: EssMap) => shadow(el).querySelector('.status .muted') !== null;
const fixtureNames = ['Atelier vélo', 'Coop Énergie', 'Régie Nord', 'Mairie de Crest'];

describe('<ess-map> connected while the page is loading', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('leaves "loading" after viewport changes before and during the load', async () => {
    await setViewport({ width: 360, height: 640 });
    const resized = setViewport({ width: 1280, height: 800 });
    const el = await fixture<EssMap>(html`<ess-map src="/__ess__/slow?ms=300"></ess-map>`);
    await resized;
    await setViewport({ width: 500, height: 700 });
    await waitUntil(() => !loading(el) && listNames(el).length === 2, 'the map leaves "loading"', { timeout: 8000 });
    expect(statusText(el)).to.equal('2 acteurs affichés sur 2 — 2 sur la carte');
  });

  it('shows the actors a page set on the element before the element was defined', async () => {
    const el = document.createElement('ess-map-early') as EssMap;
    (el as unknown as { actors: unknown[] }).actors = actorsFixture();
    document.body.append(el);
    try {
      customElements.define('ess-map-early', class extends EssMap {});
      await waitUntil(() => !loading(el) && listNames(el).length > 0, 'the map leaves "loading"', { timeout: 8000 });
      await el.updateComplete;
      expect(listNames(el)).to.have.members(fixtureNames);
    } finally {
      el.remove();
    }
  });

  it('reads an inline JSON child that arrives after the element upgraded (the parser was still reading)', async () => {
    const el = document.createElement('ess-map') as EssMap;
    document.body.append(el);
    try {
      const script = document.createElement('script');
      script.type = 'application/json';
      el.append(script);
      script.textContent = JSON.stringify(actorsFixture());
      await waitUntil(() => !loading(el) && listNames(el).length === 4, 'the inline data shows', { timeout: 8000 });
      expect(listNames(el)).to.have.members(fixtureNames);
    } finally {
      el.remove();
    }
  });
});
