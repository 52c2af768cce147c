// The recommendation (core's recommendActions, its catalogues and text) loads on first need: the
// results say so while it comes, a failed load is said and can be retried, and `ess-results-change`
// listeners get it without opening the results. The chunk fetch itself is checked on the built
// bundle in test/elements/embedding/network.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { messagesEn } from '@terreau/core/messages/en';
import '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.js';
import type { EssLeverAdvisor } from '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.component.js';
import type { EssResultsChangeDetail } from '../../../packages/elements/src/events/ess-results-change.js';
import { recommendationLoader, type RecommendationModule } from '../../../packages/elements/src/ess-lever-advisor/recommendation-loader.js';
import { $, $$, axeViolations, clearAdvisorStorage, recommendationShown, scoreShown } from './helpers.js';

const DATE = '2026-11-22';
const realLoad = recommendationLoader.load;

async function make(id: string, lang = 'fr'): Promise<EssLeverAdvisor> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<ess-lever-advisor id="${id}" lang="${lang}" persist="off" decision-maker="commune" date="${DATE}"></ess-lever-advisor>`;
  const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
  await el.updateComplete;
  await el.load({ v: 1, answers: { 'needs-fit': 3, 'financial-autonomy': 1 } });
  await el.updateComplete;
  return el;
}

async function openResults(el: EssLeverAdvisor): Promise<void> {
  ($(el, '.progress li:last-child button') as HTMLButtonElement).click();
  await el.updateComplete;
}

describe('<ess-lever-advisor> recommendation loaded on first need', () => {
  beforeEach(() => clearAdvisorStorage());
  afterEach(() => {
    recommendationLoader.load = realLoad;
  });

  it('says the recommendation is loading (busy, polite) and shows no action list meanwhile', async () => {
    let release: (m: RecommendationModule) => void = () => {};
    let calls = 0;
    recommendationLoader.load = () => {
      calls += 1;
      return new Promise<RecommendationModule>((resolve) => (release = resolve));
    };
    const el = await make('rec-busy');
    expect(calls, 'nothing loaded for the questionnaire').to.equal(0);
    // The live score summary does not wait for it.
    await scoreShown(el);
    expect($(el, '.summary dd')!.textContent).to.match(/\/ 100/);
    await openResults(el);
    expect(calls).to.equal(1);
    const busy = $(el, '.results [aria-busy="true"]');
    expect(busy).to.not.equal(null);
    expect(busy!.querySelector('[role="status"]')!.textContent).to.equal('Chargement des recommandations…');
    expect($$(el, '.first-action, .action')).to.have.length(0);
    expect($(el, '.results .muted[role="status"]')!.textContent).to.not.match(/aucune action/i);
    expect(await axeViolations(el)).to.deep.equal([]);
    release(await realLoad());
    await recommendationShown(el);
    expect($(el, '.results [aria-busy="true"]')).to.equal(null);
    expect($$(el, '.first-action').length).to.be.greaterThan(0);
    expect(calls).to.equal(1);
  });

  it('says a failed load (FR and EN) and loads on retry', async () => {
    for (const [lang, error, retry] of [
      ['fr', /n’ont pas pu être chargées/, 'Réessayer de charger les recommandations'],
      ['en', /could not be loaded/, 'Try loading the recommendations again'],
    ] as const) {
      recommendationLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const el = await make(`rec-fail-${lang}`, lang);
      if (lang === 'en') await waitUntil(() => /Results/.test($(el, '.progress')!.textContent ?? ''), 'the advisor speaks English');
      await openResults(el);
      await waitUntil(() => $(el, '.results [role="alert"]') !== null, `the failure is said (${lang})`);
      expect($(el, '.results [role="alert"]')!.textContent).to.match(error);
      expect($$(el, '.first-action, .action')).to.have.length(0);
      // The score stays shown.
      expect($(el, '.summary')).to.not.equal(null);
      const button = $$(el, '.results button').find((b) => b.textContent!.trim() === retry) as HTMLButtonElement;
      expect(button, `a retry button (${lang})`).to.not.equal(undefined);
      expect(await axeViolations(el)).to.deep.equal([]);
      recommendationLoader.load = realLoad;
      button.click();
      await recommendationShown(el);
      expect($(el, '.results [role="alert"]')).to.equal(null);
      expect($$(el, '.first-action').length).to.be.greaterThan(0);
      if (lang === 'en') {
        const first = $(el, '.first-action') as HTMLElement;
        const id = first.dataset.actionId as keyof typeof messagesEn.recommend.actions;
        expect(first.querySelector('.action-title')!.textContent).to.contain(messagesEn.recommend.actions[id].label);
      }
    }
  });

  it('gives ess-results-change listeners the recommendation without opening the results (null first, then again with it)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<ess-lever-advisor id="rec-listen" persist="off" decision-maker="commune" date="${DATE}"></ess-lever-advisor>`;
    const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
    const seen: EssResultsChangeDetail[] = [];
    el.addEventListener('ess-results-change', (e) => seen.push(e.detail));
    await el.updateComplete;
    await waitUntil(() => seen.some((d) => d.recommendation !== null), 'the recommendation arrives for the listener');
    const first = seen[0]!;
    expect(first.score).to.not.equal(null);
    const withRec = seen.find((d) => d.recommendation !== null)!;
    expect(withRec.mode).to.equal('enterprise');
    expect(withRec.recommendation!.actions.length).to.be.greaterThan(0);
    // Still on the first step: the questionnaire, no action list.
    expect($(el, '.questionnaire')!.hidden).to.equal(false);
    expect($$(el, '.first-action, .action')).to.have.length(0);
    // Once here, each answer brings the recommendation in the same event.
    const before = seen.length;
    await el.load({ v: 1, answers: { 'needs-fit': 1 } });
    await el.updateComplete;
    expect(seen.length).to.be.greaterThan(before);
    expect(seen.at(-1)!.recommendation).to.not.equal(null);
  });
});
