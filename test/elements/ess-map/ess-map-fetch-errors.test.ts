import { expect, oneEvent } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { validatorLoader } from '../../../packages/elements/src/internal/load-data.js';
import { actorsFixture, axeViolations, listNames, mountFailing, settle, shadow } from './helpers.js';

let n = 0;


function alertText(el: EssMap): string {
  return shadow(el).querySelector('[role="alert"]')?.textContent ?? '';
}

const FAULTS: [string, string, RegExp, Record<string, string>?][] = [
  ['status/404', 'http', /introuvable \(erreur 404\)/],
  ['status/500', 'http', /erreur \(500\)/],
  ['network', 'network', /injoignable/],
  ['cut-connection', 'truncated', /reçu incomplet/],
  ['truncated-json', 'invalid-json', /incomplet ou mal formé/],
  ['html', 'wrong-content', /page web au lieu d’un fichier de données/],
  ['empty', 'empty', /aucun acteur/],
  ['slow?ms=3000', 'timeout', /délai de 0,2 s/, { timeout: '0.2' }],
];

describe('<ess-map> when the data cannot be fetched', () => {
  afterEach(() => {
    for (const el of Array.from(document.querySelectorAll('ess-map'))) el.remove();
  });

  for (const [fault, kind, text, attrs] of FAULTS) {
    it(`${fault}: says why (${kind}) and a retry that succeeds shows the data`, async () => {
      n += 1;
      const token = `t${n}-${Date.now()}`;
      const src = fault.startsWith('slow') ? `/__ess__/once/slow/${token}?ms=3000` : `/__ess__/once/${fault}/${token}`;
      const { el, detail } = await mountFailing(src, attrs);
      expect(detail.kind).to.equal(kind);
      expect(detail.url).to.equal(src);
      if (kind === 'http') expect(detail.status).to.equal(Number(fault.slice(-3)));
      expect(alertText(el)).to.match(text);
      expect(listNames(el)).to.deep.equal([]);

      // The server recovers; the user presses the retry button. (The 0.2 s budget that made the slow
      // server time out is lifted, so a loaded machine cannot make the retry time out too.)
      await fetch(`/__ess__/heal/${token}`);
      if (attrs?.['timeout']) el.setAttribute('timeout', '10');
      const loaded = oneEvent(el, 'ess-data-load');
      shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await loaded;
      await settle(el);
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(listNames(el)).to.have.members(['Atelier vélo solidaire', 'Épicerie coopérative']);
    });
  }

  it('the error state passes axe-core and is in English under lang="en"', async () => {
    const { el } = await mountFailing('/__ess__/status/404', { lang: 'en' });
    await settle(el);
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(alertText(el)).to.contain('The data file was not found (error 404)');
    expect(shadow(el).querySelector('[role="alert"] button')?.textContent).to.contain('Try again');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('<ess-map> when core\'s validation code cannot be fetched', () => {
  const realLoad = validatorLoader.load;
  afterEach(() => {
    validatorLoader.load = realLoad;
    for (const el of Array.from(document.querySelectorAll('ess-map'))) el.remove();
  });

  it('says the data could not be reached (network) and the retry fetches it again and shows the data', async () => {
    validatorLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = document.createElement('ess-map');
    el.actors = actorsFixture();
    const failed = oneEvent(el, 'ess-data-error');
    document.body.append(el);
    const { detail } = await failed;
    await settle(el);
    expect(detail.kind).to.equal('network');
    expect(alertText(el)).to.match(/injoignable/);
    expect(listNames(el), 'nothing shown half-validated').to.deep.equal([]);
    expect(await axeViolations(el)).to.deep.equal([]);
    validatorLoader.load = realLoad;
    const loaded = oneEvent(el, 'ess-data-load');
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await loaded;
    await settle(el);
    expect(listNames(el)).to.have.length(4);
  });
});
