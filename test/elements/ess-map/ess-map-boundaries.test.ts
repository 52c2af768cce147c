// Territory boundaries: a `boundaries` URL in GeoJSON or TopoJSON, or a commune / EPCI fetched from
// the official geo API (base URL configurable, here the test middleware's stand-in under /__ess__/geo).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import type { MapView } from '../../../packages/elements/src/ess-map/map-view.js';
import { actorsFixture, settle } from './helpers.js';
import { sceneToSvg } from '../../../packages/elements/src/ess-map/svg-sink.js';

const viewOf = (el: EssMap) => (el as unknown as { view: MapView }).view;
/** The SVG export draws boundaries as the only 2 px stroke path. */
const boundaryDrawn = (el: EssMap) => /<path d="M[^"]+" fill="none" stroke="[^"]+" stroke-width="2"/.test(sceneToSvg(viewOf(el).scene()));
// The dev server serves every source module as its own request: past the browser's default 250
// resource-timing entries, later requests would go unrecorded.
performance.setResourceTimingBufferSize(10000);
const requested = (path: string) =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname + new URL(e.name).search === path);

async function mapWith(attrs: (el: EssMap) => void): Promise<EssMap> {
  const el = await fixture<EssMap>(html`<ess-map basemap="none" .actors=${actorsFixture()}></ess-map>`);
  await settle(el);
  performance.clearResourceTimings();
  attrs(el);
  await waitUntil(() => boundaryDrawn(el), 'the boundaries are drawn', { timeout: 5000 });
  return el;
}

describe('<ess-map> boundaries', () => {
  it('draws and fits a TopoJSON boundaries file', async () => {
    const el = await fixture<EssMap>(html`<ess-map basemap="none" .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    const before = viewOf(el).state.k;
    el.setAttribute('boundaries', '/__ess__/boundary.topojson');
    await waitUntil(() => boundaryDrawn(el), 'the TopoJSON boundaries are drawn', { timeout: 5000 });
    await viewOf(el).whenDrawn();
    // Fitted to a ~8 km square: far closer than the view of the actors spread over the Drôme.
    expect(viewOf(el).state.k).to.be.greaterThan(before * 2);
  });

  it('fetches a commune contour from the geo API at the configured base (code upper-cased)', async () => {
    await mapWith((el) => {
      el.setAttribute('geo-api', '/__ess__/geo/');
      el.setAttribute('commune', '26362');
    });
    expect(requested('/__ess__/geo/communes/26362?format=geojson&geometry=contour')).to.equal(true);
  });

  it('fetches the communes of an EPCI from the geo API', async () => {
    await mapWith((el) => {
      el.setAttribute('geo-api', '/__ess__/geo');
      el.setAttribute('epci', '200040715');
    });
    expect(requested('/__ess__/geo/epcis/200040715/communes?format=geojson&geometry=contour')).to.equal(true);
  });

  it('a contour that arrives after the visitor zoomed keeps their view; a commune the page changes to is fitted', async () => {
    // The contour is held by the stand-in until the visitor has zoomed (late on any machine, however loaded).
    const token = `late-${Date.now()}`;
    // No tiles: Plan IGN (a commune's default) is out of reach here, and its give-up redraws the map
    // without them at a moment of its own.
    const el = await fixture<EssMap>(html`<ess-map basemap="none" tiles="none" geo-api=${`/__ess__/geo-held/${token}`} commune="26362" .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    const view = viewOf(el);
    // The points wait 0.3 s at most for a contour on its way, then show without it; the visitor zooms on them.
    await waitUntil(() => view.state.visible > 0, 'the points are drawn without the contour', { timeout: 5000 });
    await view.whenDrawn();
    const fitted = view.state.k;
    view.element.focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await view.whenDrawn();
    const zoomed = { ...view.state };
    expect(zoomed.k).to.be.greaterThan(fitted);
    expect(boundaryDrawn(el)).to.equal(false);
    await fetch(`/__ess__/release/${token}`);
    await waitUntil(() => boundaryDrawn(el), 'the late contour is drawn', { timeout: 5000 });
    await view.whenDrawn();
    expect([view.state.k, view.state.tx, view.state.ty]).to.deep.equal([zoomed.k, zoomed.tx, zoomed.ty]);
    // The page switches to another commune: a new territory, shown whole (the stand-in's square around Valence).
    el.setAttribute('geo-api', '/__ess__/geo');
    el.setAttribute('commune', '26058');
    await waitUntil(() => view.state.k !== zoomed.k, 'the new commune is fitted', { timeout: 5000 });
    await view.whenDrawn();
    expect(view.state.center![0]).to.be.closeTo(4.9, 0.1);
    expect(view.state.center![1]).to.be.closeTo(44.93, 0.1);
  });

  it('draws the first points once the contour on its way is there: one fit, no jump from the points to the commune', async () => {
    // The data is ready first; the contour is on its way (held by the stand-in, released at once).
    const token = `soon-${Date.now()}`;
    const el = await fixture<EssMap>(html`<ess-map basemap="none" tiles="none" geo-api=${`/__ess__/geo-held/${token}`} commune="26362" .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length, 'the list is not held').to.equal(4);
    expect(viewOf(el).state.visible, 'the points wait for the contour').to.equal(0);
    void fetch(`/__ess__/release/${token}`);
    // Every view the points were drawn in, frame by frame, until the contour is drawn.
    const seen = new Set<string>();
    for (let i = 0; i < 600 && !boundaryDrawn(el); i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const { visible, k, tx, ty } = viewOf(el).state;
      if (visible > 0) seen.add([k, tx, ty].map((v) => v.toFixed(3)).join(' '));
    }
    expect(boundaryDrawn(el), 'the contour is drawn').to.equal(true);
    await viewOf(el).whenDrawn();
    const { visible, k, tx, ty } = viewOf(el).state;
    seen.add([k, tx, ty].map((v) => v.toFixed(3)).join(' '));
    expect([...seen], 'the points were drawn in one view, fitted to the commune').to.have.length(1);
    expect(visible).to.equal(3);
  });

  it('does not hold the points for a contour that does not come: shown within a moment, the list at once', async () => {
    const token = `never-${Date.now()}`;
    const el = await fixture<EssMap>(html`<ess-map basemap="none" tiles="none" geo-api=${`/__ess__/geo-held/${token}`} commune="26362" .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length, 'the list is not held').to.equal(4);
    // Released by the component's 0.3 s wait: the stand-in holds the contour 20 s.
    await waitUntil(() => viewOf(el).state.visible > 0, 'the points are drawn without the contour', { timeout: 5000 });
    expect(boundaryDrawn(el)).to.equal(false);
    await fetch(`/__ess__/release/${token}`);
  });

  it('requests nothing for a malformed commune code (no path built from page input)', async () => {
    const el = await fixture<EssMap>(html`<ess-map basemap="none" geo-api="/__ess__/geo" commune="26362/../../x" .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('/x?') || e.name.includes('26362/'))).to.equal(false);
    expect(boundaryDrawn(el)).to.equal(false);
  });
});
