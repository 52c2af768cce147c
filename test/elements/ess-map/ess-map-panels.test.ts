// The map's secondary parts — filter, coverage and export panels, an actor's card — are a chunk
// (map-panels.ts) fetched beside the data: the map and the list do not wait for it, a failed load is
// said (FR and EN) with a working retry, and a card opened before the chunk is here gets the focus
// once drawn.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { panelsLoader, type PanelsModule } from '../../../packages/elements/src/ess-map/loaders.js';
import { actorsFixture, axeViolations, listNames, shadow } from './helpers.js';

const realLoad = panelsLoader.load;

/** The element's status is ready and the list drawn. */
async function listed(el: EssMap): Promise<void> {
  await waitUntil(() => listNames(el).length > 0, 'the list is drawn');
  await el.updateComplete;
}

describe('<ess-map> panels and card loaded beside the data', () => {
  afterEach(() => {
    panelsLoader.load = realLoad;
  });

  it('draws the map and the list without them, says a failed load (FR and EN) and loads them on retry', async () => {
    for (const [lang, error, retry] of [
      ['fr', /n’ont pas pu être chargés/, 'Réessayer'],
      ['en', /could not be loaded/, 'Try again'],
    ] as const) {
      panelsLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}><ess-map .actors=${actorsFixture()}></ess-map></div>`);
      const el = wrap.querySelector('ess-map') as EssMap;
      await listed(el);
      // (In English once the English text is here: it loads beside the data too.)
      await waitUntil(() => error.test(shadow(el).querySelector('.side [role="alert"]')?.textContent ?? ''), `the failure is said (${lang})`);
      await el.updateComplete;
      expect(shadow(el).querySelector('.map-canvas')).to.not.equal(null);
      expect(shadow(el).querySelector('.filters')).to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
      panelsLoader.load = realLoad;
      const button = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('.side button')).find((b) => b.textContent!.trim() === retry);
      expect(button, `a retry button (${lang})`).to.not.equal(undefined);
      button!.click();
      await waitUntil(() => shadow(el).querySelector('.filters') !== null && shadow(el).querySelector('[part="exports"]') !== null, 'the panels arrive');
      expect(shadow(el).querySelector('.side [role="alert"]')).to.equal(null);
    }
  });

  it('opens a card asked for before the chunk is here, and moves the focus to it once drawn', async () => {
    let release: () => void = () => {};
    panelsLoader.load = () => new Promise<PanelsModule>((resolve) => (release = () => resolve(realLoad())));
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    await listed(el);
    shadow(el).querySelector<HTMLButtonElement>('tbody button[data-id]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="card"] [role="status"]'), 'the card says it is coming').to.not.equal(null);
    release();
    await waitUntil(() => shadow(el).querySelector('#card-title') !== null, 'the card is drawn');
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('card-title');
  });
});
