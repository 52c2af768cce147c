// The questionnaire text (each criterion's question and the meaning of each level) is a chunk loaded
// when the user starts on the advisor or reaches a criteria step: the first screen does not carry it,
// the criteria stay answerable on the generic 0–4 scale meanwhile, and a failed load is said with a
// working retry.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { scoringQuestionsEn, scoringQuestionsFr, type ScoringQuestions } from '@terreau/core';
import '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.js';
import type { EssLeverAdvisor } from '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.component.js';
import { questionsLoader } from '../../../packages/elements/src/ess-lever-advisor/questions.js';
import { $, $$, axeViolations, clearAdvisorStorage, press } from './helpers.js';

const realLoad = questionsLoader.load;

async function make(id: string, lang = 'fr'): Promise<EssLeverAdvisor> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<ess-lever-advisor id="${id}" lang="${lang}" persist="off" date="2026-11-22"></ess-lever-advisor>`;
  const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
  await el.updateComplete;
  return el;
}

/** Opens the step whose progress button says `name` (the first criteria step is "Coûts et revenus"). */
async function openStep(el: EssLeverAdvisor, name: RegExp): Promise<void> {
  const button = $$(el, '.progress button').find((b) => name.test(b.textContent ?? ''));
  expect(button, `a progress button ${name}`).to.not.equal(undefined);
  button!.click();
  await el.updateComplete;
}

const levelText = (el: EssLeverAdvisor, criterion: string, level: number) =>
  $(el, `#crit-${criterion}-${level}`)!.closest('label')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<ess-lever-advisor> questionnaire text loaded on first need', () => {
  beforeEach(() => clearAdvisorStorage());
  afterEach(() => {
    questionsLoader.load = realLoad;
  });

  it('is not fetched for the first screen, and is fetched once the user starts (focus on the context step)', async () => {
    const asked: string[] = [];
    questionsLoader.load = (locale) => {
      asked.push(locale);
      return realLoad(locale);
    };
    const el = await make('q-lazy');
    expect(asked, 'nothing fetched at first render').to.deep.equal([]);
    ($(el, '.questionnaire select') as HTMLSelectElement).focus();
    expect(asked).to.deep.equal(['fr']);
    await openStep(el, /Coûts et revenus/);
    await waitUntil(() => $(el, '.questions-state') === null, 'the questions arrive');
    expect(asked, 'fetched once').to.deep.equal(['fr']);
    expect(levelText(el, 'financial-autonomy', 0)).to.equal(`0 ${scoringQuestionsFr.criteria['financial-autonomy'].anchors[0]}`);
  });

  it('keeps the criteria answerable on the generic scale while loading, then shows what each level means', async () => {
    let release: (q: ScoringQuestions) => void = () => {};
    questionsLoader.load = () => new Promise<ScoringQuestions>((resolve) => (release = resolve));
    const el = await make('q-busy');
    await openStep(el, /Coûts et revenus/);
    const status = $(el, '.questions-state[role="status"]');
    expect(status, 'a polite status says the questions are loading').to.not.equal(null);
    expect(status!.textContent).to.match(/Chargement des questions/);
    // The generic levels of core's scoring labels stand in for the anchors.
    expect(levelText(el, 'financial-autonomy', 0)).to.equal('0 absent');
    expect(levelText(el, 'financial-autonomy', 4)).to.equal('4 exemplaire');
    expect(await axeViolations(el)).to.deep.equal([]);
    // Answering works already, with the keyboard, and counts in the score.
    $(el, '#crit-financial-autonomy-0')!.focus();
    await press('ArrowRight');
    await el.updateComplete;
    expect(($(el, '#crit-financial-autonomy-1') as HTMLInputElement).checked).to.equal(true);
    expect(el.value.answers['financial-autonomy']).to.equal(1);
    release(scoringQuestionsFr);
    await waitUntil(() => $(el, '.questions-state') === null, 'the status goes once the questions are here');
    expect(levelText(el, 'financial-autonomy', 1)).to.equal(`1 ${scoringQuestionsFr.criteria['financial-autonomy'].anchors[1]}`);
    expect(($(el, '#crit-financial-autonomy-1') as HTMLInputElement).checked, 'the answer is kept').to.equal(true);
    expect($(el, 'fieldset.criterion .help')!.textContent).to.equal(scoringQuestionsFr.criteria['financial-autonomy'].question);
  });

  it('says a failed load (FR and EN), keeps the scale usable, and loads on retry', async () => {
    for (const [lang, step, error, retry, questions] of [
      ['fr', /Coûts et revenus/, /n’ont pas pu être chargées/, 'Réessayer de charger les questions', scoringQuestionsFr],
      ['en', /Costs and revenue/i, /could not be loaded/, 'Try loading the questions again', scoringQuestionsEn],
    ] as const) {
      questionsLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const el = await make(`q-fail-${lang}`, lang);
      if (lang === 'en') await waitUntil(() => /Results/.test($(el, '.progress')!.textContent ?? ''), 'the advisor speaks English');
      await openStep(el, step);
      await waitUntil(() => $(el, '.questions-state [role="alert"]') !== null, `the failure is said (${lang})`);
      expect($(el, '.questions-state [role="alert"]')!.textContent).to.match(error);
      expect($$(el, 'fieldset.criterion input[type="radio"]').length, 'the criteria are still there').to.be.greaterThan(0);
      const button = $$(el, '.questions-state button').find((b) => b.textContent!.trim() === retry) as HTMLButtonElement;
      expect(button, `a retry button (${lang})`).to.not.equal(undefined);
      expect(await axeViolations(el)).to.deep.equal([]);
      questionsLoader.load = realLoad;
      button.click();
      await waitUntil(() => $(el, '.questions-state') === null, `the questions arrive on retry (${lang})`);
      expect(levelText(el, 'financial-autonomy', 2)).to.equal(`2 ${questions.criteria['financial-autonomy'].anchors[2]}`);
    }
  });
});
