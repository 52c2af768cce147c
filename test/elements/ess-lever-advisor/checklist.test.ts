// Issue 14 (issue 11's checklist): where an action is a subsidy, the advisor shows what the local
// authority must check before granting it — each item required or to check, its legal basis with
// its dates and source — under the action (collapsed on screen, open in the full report, out of
// the one-page summary) and in the documents panel for a subsidy's convention. FR and EN, axe clean.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.js';
import type { EssLeverAdvisor } from '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.component.js';
import { $, $$, axeViolations, clearAdvisorStorage, recommendationShown, restored } from './helpers.js';

const DATE = '2026-12-02';

/** A rural associative ressourcerie (ACI, FSE-funded) asking its commune for operating money. */
const RESSOURCERIE = {
  v: 1,
  context: { type: 'aci', activities: ['ressourcerie'], communeCode: '26113', zones: ['frr'], stage: 'consolidation', fundingSources: ['fse', 'departement', 'commune'], decisionMaker: 'commune', request: 'operating', name: 'Ressourcerie du Diois', asker: 'Commune de Die' },
  answers: { 'needs-fit': 3, 'financial-autonomy': 1, 'subsidy-access': 2, 'financial-management': 1, 'market-hybridisation': 2, 'mission-fit': 4, 'operational-partners': 3, networks: 2, 'public-authorities': 3 },
};

async function make(id: string, lang = 'fr'): Promise<EssLeverAdvisor> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<ess-lever-advisor id="${id}" lang="${lang}" date="${DATE}" persist="off"></ess-lever-advisor>`;
  const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
  await el.updateComplete;
  await restored(el);
  expect(await el.load(RESSOURCERIE)).to.equal(true);
  ($(el, '.progress li:last-child button') as HTMLButtonElement).click();
  await el.updateComplete;
  await recommendationShown(el);
  return el;
}

/** The checklist items under the action `id` (first actions and the others alike). */
function itemsOf(el: EssLeverAdvisor, id: string): HTMLElement[] {
  return $$(el, `[data-action-id="${id}"] .checklist-items li`);
}

async function chooseDocument(el: EssLeverAdvisor, id: string): Promise<void> {
  const select = $(el, '#doc-action') as HTMLSelectElement;
  select.value = id;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<ess-lever-advisor> subsidy checklist', function () {
  this.timeout(180000);
  beforeEach(() => clearAdvisorStorage());
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    clearAdvisorStorage();
  });

  it('shows a subsidy’s checklist with each item’s status and legal basis, and none for a purchase', async () => {
    const el = await make('checklist-fr');
    const items = itemsOf(el, 'operating-subsidy');
    expect(items.map((li) => li.dataset['item'])).to.deep.equal(['convention-above-threshold', 'contrat-engagement-republicain', 'de-minimis-or-sieg', 'elected-member-conflict']);
    const text = items.map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(text[0]).to.match(/À vérifier Au-delà de 23\s000\s€ par an, une convention d’objectifs est obligatoire/);
    expect(text[0]).to.contain('(base légale : Convention obligatoire pour une subvention ; depuis le 7 juin 2001 ; source : Loi n° 2000-321');
    expect(text[0]).to.contain('depuis le 7 juin 2001');
    expect(text[0]).to.contain('Loi n° 2000-321 du 12 avril 2000, art. 10');
    expect(text[1]).to.match(/^\s*Obligatoire L’association ou la fondation doit souscrire le contrat d’engagement républicain/);
    expect(text[1]).to.contain('depuis le 2 janvier 2022');
    expect(text[2]).to.match(/plafond de minimis \(300\s000\s€ sur trois ans\)/);
    expect(text[2]).to.contain('Règlement (UE) 2023/2831');
    expect(text[3]).to.contain('depuis le 23 février 2022');
    expect(itemsOf(el, 'direct-purchase'), 'a purchase is no subsidy').to.have.length(0);
    // Collapsed under the action on screen; axe clean closed and open.
    const details = $(el, '[data-action-id="operating-subsidy"] details.checklist') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);
    details.open = true;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows the checklist in the documents panel for a subsidy’s convention, not for a purchase’s sourcing note', async () => {
    const el = await make('checklist-docs');
    await chooseDocument(el, 'operating-subsidy');
    const panel = $(el, '.documents .checklist-panel');
    expect(panel, 'the checklist is in the documents panel').to.not.equal(null);
    expect(panel!.querySelectorAll('li')).to.have.length(4);
    expect(panel!.textContent).to.contain('À vérifier avant d’accorder la subvention');
    expect(panel!.textContent).to.contain('Loi n° 2000-321 du 12 avril 2000, art. 10');
    expect(await axeViolations(el)).to.deep.equal([]);
    await chooseDocument(el, 'direct-purchase');
    expect($(el, '.documents .checklist-panel'), 'a sourcing note has no subsidy checklist').to.equal(null);
  });

  it('prints the checklist in the full report, open, and keeps it out of the one-page summary', async () => {
    const el = await make('checklist-print');
    el.printMode = 'summary';
    await emulateMedia({ media: 'print' });
    await waitUntil(() => el.printing === 'summary', 'print media shows the summary', { timeout: 5000 });
    await el.updateComplete;
    expect($$(el, '.checklist')).to.have.length(0);
    const summary = await executeServerCommand<{ pages: number }, { save: string }>('ess-print-pdf', { save: 'advisor-checklist-summary.pdf' });
    expect(summary.pages, 'the summary still prints on one page').to.equal(1);
    el.printMode = 'full';
    // back to the screen first, seen by the page (two media switches in a row can reach it as none)
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => el.printing === null, 'screen media shows the screen again', { timeout: 5000 });
    await emulateMedia({ media: 'print' });
    await waitUntil(() => el.printing === 'full', 'print media shows the full report', { timeout: 5000 });
    await el.updateComplete;
    const lists = $$(el, 'details.checklist') as HTMLDetailsElement[];
    expect(lists.length).to.be.greaterThan(0);
    expect(lists.every((d) => d.open), 'every checklist is open in the full report').to.equal(true);
    // The same list is printed once; later subsidies with the very same list refer to it.
    const keys = lists.map((d) => [...d.querySelectorAll('li')].map((li) => li.textContent).join('|'));
    expect(new Set(keys).size).to.equal(keys.length);
    const same = $$(el, '.checklist-same');
    expect(same.length).to.be.greaterThan(0);
    expect(same[0]!.textContent).to.match(/les mêmes que pour « .+ »/);
    const full = await executeServerCommand<{ pages: number }, { save: string }>('ess-print-pdf', { save: 'advisor-checklist-full.pdf' });
    expect(full.pages, 'the full report still takes a few pages').to.be.within(2, 8);
  });

  it('speaks English with lang="en"', async () => {
    const el = await make('checklist-en', 'en');
    // The English text loads lazily: wait for it.
    await waitUntil(() => itemsOf(el, 'operating-subsidy').length === 4 && /To check[\s\S]*legal basis:/.test(itemsOf(el, 'operating-subsidy')[0]!.textContent!), 'the English checklist is shown');
    const text = itemsOf(el, 'operating-subsidy').map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(text[0]).to.match(/To check Above 23,000\s€ a year, an objectives agreement is compulsory/);
    expect(text[0]).to.contain('(legal basis: Compulsory agreement for a grant; since 7 June 2001; source: Loi n° 2000-321');
    expect(text[1]).to.match(/Required The association or foundation must sign the republican commitment contract/);
    expect($(el, '[data-action-id="operating-subsidy"] details.checklist summary')!.textContent).to.contain('To check before granting the subsidy (4 items)');
  });
});
