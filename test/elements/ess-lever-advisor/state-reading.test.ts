// Reading a state back in (saved answers, a share link, an import, load()) goes through the schema
// of advisor-state.ts, a chunk fetched only when there is something to read: a first visit does not
// carry it; a return visit waits for it with the questionnaire inert and says so; a failed fetch
// never costs the user their saved answers.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.js';
import type { EssLeverAdvisor } from '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.component.js';
import { stateInputLoader, type StateInputModule } from '../../../packages/elements/src/ess-lever-advisor/state-input-loader.js';
import { storageKey } from '../../../packages/elements/src/ess-lever-advisor/storage.js';
import { $, $$, axeViolations, clearAdvisorStorage, restored } from './helpers.js';

const realLoad = stateInputLoader.load;
const SAVED = { v: 1, savedAt: '2026-11-20T10:00:00.000Z', context: { decisionMaker: 'region' }, answers: { 'needs-fit': 2, networks: 4 } };

async function make(id: string): Promise<EssLeverAdvisor> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<ess-lever-advisor id="${id}" date="2026-11-22"></ess-lever-advisor>`;
  const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
  await el.updateComplete;
  return el;
}

const area = (el: EssLeverAdvisor) => $(el, '.questionnaire-area')!;
const saved = (id: string) => JSON.parse(localStorage.getItem(storageKey(location.pathname, id)) ?? 'null') as { answers: Record<string, unknown> } | null;

describe('<ess-lever-advisor> reading saved answers back', () => {
  beforeEach(() => clearAdvisorStorage());
  afterEach(() => {
    stateInputLoader.load = realLoad;
  });

  it('a first visit reads nothing back: usable at once, the reading code not fetched', async () => {
    let calls = 0;
    stateInputLoader.load = () => {
      calls += 1;
      return realLoad();
    };
    const el = await make('first-visit');
    expect(area(el).hasAttribute('inert')).to.equal(false);
    expect(area(el).getAttribute('aria-busy')).to.equal('false');
    expect($(el, '.status')!.textContent).to.equal('');
    expect(calls).to.equal(0);
  });

  it('a return visit: the questionnaire waits (inert, said politely), then shows the saved answers', async () => {
    localStorage.setItem(storageKey(location.pathname, 'return'), JSON.stringify(SAVED));
    let release: (m: StateInputModule) => void = () => {};
    stateInputLoader.load = () => new Promise<StateInputModule>((resolve) => (release = resolve));
    const el = await make('return');
    expect(area(el).hasAttribute('inert'), 'no input can be lost meanwhile').to.equal(true);
    expect(area(el).getAttribute('aria-busy')).to.equal('true');
    expect($(el, '.status')!.textContent).to.equal('Lecture de vos réponses enregistrées…');
    expect(await axeViolations(el)).to.deep.equal([]);
    release(await realLoad());
    await restored(el);
    expect(area(el).hasAttribute('inert')).to.equal(false);
    expect(el.value.answers).to.deep.equal(SAVED.answers);
    expect(el.value.context.decisionMaker).to.equal('region');
    expect($(el, '.status')!.textContent).to.match(/restaurées/);
  });

  it('a failed read keeps the saved answers: said, saving paused, and a retry reads them back', async () => {
    localStorage.setItem(storageKey(location.pathname, 'fail'), JSON.stringify(SAVED));
    stateInputLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await make('fail');
    await restored(el);
    expect($(el, '.status')!.textContent).to.match(/n’ont pas pu être relues.*ne seront pas écrasées/);
    const retry = $$(el, 'button').find((b) => b.textContent!.trim() === 'Réessayer de relire les réponses enregistrées') as HTMLButtonElement;
    expect(retry, 'a retry button').to.not.equal(undefined);
    expect(await axeViolations(el)).to.deep.equal([]);
    // The user answers meanwhile: the saved entry is not overwritten by this new, partial state.
    ($(el, '.progress li:nth-child(6) button') as HTMLButtonElement).click();
    await el.updateComplete;
    ($(el, 'input[name="crit-needs-fit"][id$="-0"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(el.value.answers['needs-fit']).to.equal(0);
    expect(saved('fail')?.answers).to.deep.equal(SAVED.answers);
    stateInputLoader.load = realLoad;
    retry.click();
    await waitUntil(() => el.value.answers['needs-fit'] === 2, 'the saved answers are read back on retry');
    expect(el.value.answers).to.deep.equal(SAVED.answers);
    expect($$(el, 'button').some((b) => /relire/.test(b.textContent ?? '')), 'the retry button goes').to.equal(false);
  });

  it('load() resolves to false and changes nothing when the reading code cannot be fetched', async () => {
    const el = await make('load-fail');
    stateInputLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    expect(await el.load({ v: 1, answers: { networks: 3 } })).to.equal(false);
    expect(el.value.answers).to.deep.equal({});
    stateInputLoader.load = realLoad;
    expect(await el.load({ v: 1, answers: { networks: 3 } })).to.equal(true);
    expect(el.value.answers).to.deep.equal({ networks: 3 });
  });
});
