import { expect, oneEvent } from '@open-wc/testing';
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
});
