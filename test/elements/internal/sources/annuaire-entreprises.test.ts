import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../../packages/elements/src/ess-map/ess-map.js';
import { axeViolations, listNames, settle, shadow } from '../../ess-map/helpers.js';

const API = '/__ess__/recherche-entreprises';
let n = 0;

function mount(attrs: Record<string, string>): EssMap {
  const el = document.createElement('ess-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

describe('<ess-map source="annuaire-entreprises">', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    for (const el of Array.from(document.querySelectorAll('ess-map'))) el.remove();
  });

  it('shows the actors of the commune read from the API, the rejected one counted', async () => {
    const el = document.createElement('ess-map');
    el.setAttribute('source', 'annuaire-entreprises');
    el.setAttribute('source-url', `${API}/ok`);
    el.setAttribute('commune', '26108');
    el.setAttribute('geo-api', '/__ess__/geo');
    const loaded = oneEvent(el, 'ess-data-load');
    document.body.append(el);
    const { detail } = await loaded;
    await settle(el);
    expect(detail.origin).to.equal('source');
    expect(detail.actors).to.equal(7);
    expect(detail.rejected).to.equal(1);
    expect(listNames(el)).to.include('RESSOURCERIE DE LA DROME');
    expect(listNames(el)).to.include('SCOP BOIS ET TERRITOIRES');
    expect(await axeViolations(el)).to.deep.equal([]);
    // The page is kept for the session: a second map reads it from there.
    const keys = Object.keys(sessionStorage).filter((k) => k.startsWith('terreau:recherche-entreprises:'));
    expect(keys).to.have.length(1);
  });

  it('without a source, a commune keeps the embedded dataset', async () => {
    const el = document.createElement('ess-map');
    el.setAttribute('commune', '26108');
    el.setAttribute('geo-api', '/__ess__/geo');
    const loaded = oneEvent(el, 'ess-data-load');
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail.origin).to.equal('default');
    expect(detail.actors).to.be.greaterThan(16);
  });

  it('waits what Retry-After says on HTTP 429, then shows the data', async () => {
    n += 1;
    const el = mount({ source: 'annuaire-entreprises', 'source-url': `${API}/429-once/w${n}-${Date.now()}`, commune: '26108', 'geo-api': '/__ess__/geo' });
    const { detail } = await oneEvent(el, 'ess-data-load');
    expect(detail.actors).to.equal(7);
  });

  it('says the answer was cut, with a retry button, when the body stays cut', async () => {
    const el = mount({ source: 'annuaire-entreprises', 'source-url': `${API}/cut`, commune: '26108', 'geo-api': '/__ess__/geo' });
    const { detail } = await oneEvent(el, 'ess-data-error');
    await settle(el);
    expect(detail.kind).to.equal('truncated');
    expect(detail.url).to.contain('/cut/search?code_commune=26108&est_ess=true');
    expect(shadow(el).querySelector('[role="alert"] button')).to.exist;
  });

  it('passes on an HTTP error of the API (no retry on a 400)', async () => {
    const el = mount({ source: 'annuaire-entreprises', 'source-url': `${API}/400`, commune: '26108', 'geo-api': '/__ess__/geo' });
    const { detail } = await oneEvent(el, 'ess-data-error');
    expect(detail).to.include({ kind: 'http', status: 400 });
  });

  it('says the list is partial when the API announces more than it gives, and keeps what it read (#16)', async () => {
    const el = mount({ source: 'annuaire-entreprises', 'source-url': `${API}/big`, 'source-max-results': '50', commune: '26108', 'geo-api': '/__ess__/geo' });
    const { detail } = await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(detail.actors).to.equal(50);
    expect(detail.partial).to.equal('capped');
    const notice = shadow(el).querySelector('[part="notice"]');
    expect(notice?.getAttribute('role')).to.equal('status');
    expect(notice?.textContent).to.contain('Liste partielle');
    expect(notice?.textContent).to.match(/au moins 10\s000 résultats et n’en donne que 50/);
    expect(notice?.textContent).to.contain('terreau sirene');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows what was read before a failure half-way, says the reading stopped, and retries (#16)', async () => {
    const el = mount({ source: 'annuaire-entreprises', 'source-url': `${API}/big-fail-2`, 'source-max-results': '100', commune: '26108', 'geo-api': '/__ess__/geo', lang: 'en' });
    const { detail } = await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(detail.actors).to.equal(25);
    expect(detail.partial).to.equal('stopped');
    expect(listNames(el)).to.include('UNITE 0');
    const notice = shadow(el).querySelector('[part="notice"]')!;
    expect(notice.textContent).to.contain('Reading stopped after 25 organisations');
    const retry = notice.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    const again = oneEvent(el, 'ess-data-load');
    retry.click();
    expect((await again).detail.partial).to.equal('stopped');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows the reading progress, and the wait the API asks for after HTTP 429 (#16)', async () => {
    n += 1;
    const el = mount({ source: 'annuaire-entreprises', 'source-url': `${API}/429-once/p${n}-${Date.now()}`, commune: '26108', 'geo-api': '/__ess__/geo' });
    const loaded = oneEvent(el, 'ess-data-load');
    await waitUntil(() => /patienter : reprise dans 1 s/.test(shadow(el).textContent ?? ''), 'the wait is said', { timeout: 5000 });
    const bar = shadow(el).querySelector('progress');
    expect(bar, 'a progress bar').to.exist;
    expect(shadow(el).querySelector(`label[for="${bar!.id}"]`)?.textContent).to.contain('Lecture de l’Annuaire des entreprises');
    await loaded;
    await settle(el);
    // Compared as booleans: chai formatting a live element for a failure message can hang the browser.
    expect(shadow(el).querySelector('progress') === null, 'the progress bar is gone').to.equal(true);
    expect(shadow(el).querySelector('[part="notice"]') === null, 'no partial-list notice').to.equal(true);
  });
});
