// Core's scoring and the results' partials (scoring.ts) are a chunk: the first screen, where nothing
// is answered yet, says there is no score without it; it is fetched once the user starts on the
// advisor or the state holds answers, the score then shows as before, and a failed load is said (FR
// and EN) with a working retry.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.js';
import type { EssLeverAdvisor } from '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.component.js';
import { scoringLoader } from '../../../packages/elements/src/ess-lever-advisor/loaders.js';
import { $, $$, axeViolations, clearAdvisorStorage, scoreShown } from './helpers.js';

const realLoad = scoringLoader.load;

async function make(id: string, lang = 'fr'): Promise<EssLeverAdvisor> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<ess-lever-advisor id="${id}" lang="${lang}" persist="off" decision-maker="commune" date="2026-11-22"></ess-lever-advisor>`;
  const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
  await el.updateComplete;
  return el;
}

describe('<ess-lever-advisor> scoring loaded on first need', () => {
  beforeEach(() => clearAdvisorStorage());
  afterEach(() => {
    scoringLoader.load = realLoad;
  });

  it('is not fetched for the first screen (no score yet, said), and is fetched once the user starts', async () => {
    let calls = 0;
    scoringLoader.load = () => {
      calls += 1;
      return realLoad();
    };
    const el = await make('s-lazy');
    expect(calls, 'nothing fetched at first render').to.equal(0);
    expect($(el, '.results')!.textContent).to.match(/Pas encore de score/);
    expect(await axeViolations(el)).to.deep.equal([]);
    ($(el, '.questionnaire select') as HTMLSelectElement).focus();
    expect(calls).to.equal(1);
    await scoreShown(el);
    expect($(el, '.summary dd')!.textContent!.trim()).to.equal('—');
    expect(calls, 'fetched once').to.equal(1);
  });

  it('is fetched at once for saved answers, and their score shown', async () => {
    const el = await make('s-answers');
    await el.load({ v: 1, answers: { 'needs-fit': 4 } });
    await scoreShown(el);
    expect($(el, '.summary dd')!.textContent).to.match(/\/ 100/);
  });

  it('says a failed load (FR and EN) and shows the score on retry', async () => {
    for (const [lang, error] of [
      ['fr', /n’a pas pu être chargé/],
      ['en', /could not be loaded/],
    ] as const) {
      scoringLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const el = await make(`s-fail-${lang}`, lang);
      if (lang === 'en') await waitUntil(() => /Results/.test($(el, '.progress')!.textContent ?? ''), 'the advisor speaks English');
      await el.load({ v: 1, answers: { 'needs-fit': 3 } });
      await waitUntil(() => $(el, '.results [role="alert"]') !== null, `the failure is said (${lang})`);
      expect($(el, '.results [role="alert"]')!.textContent).to.match(error);
      expect(el.value.answers, 'the answers are kept').to.deep.equal({ 'needs-fit': 3 });
      expect(await axeViolations(el)).to.deep.equal([]);
      scoringLoader.load = realLoad;
      ($$(el, '.results button').find((b) => /Réessayer|Try again|Retry/.test(b.textContent ?? '')) as HTMLButtonElement).click();
      await scoreShown(el);
      expect($(el, '.results [role="alert"]')).to.equal(null);
      expect($(el, '.summary dd')!.textContent).to.match(/\/ 100/);
    }
  });
});
