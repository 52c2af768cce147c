import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { messagesEn } from '@terreau/core/messages/en';
import {
  LEVER_IDS,
  messagesFr,
  needsOfActivities,
  recommendActions,
  recommendTerritoryActions,
  themeOfNeed,
  scorePerennite,
  weightProfileFor,
  type Actor,
  type Answers,
} from '@terreau/core';
import '../../../packages/elements/src/ess-map/ess-map.js';
import '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.js';
import type { EssLeverAdvisor } from '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.component.js';
import { actorOf } from '../../../packages/elements/src/ess-lever-advisor/advice.js';
import { storageKey } from '../../../packages/elements/src/ess-lever-advisor/storage.js';
import { territoryModeLoader } from '../../../packages/elements/src/ess-lever-advisor/loaders.js';
import { $, $$, axeViolations, clearAdvisorStorage, focused, press, recommendationShown, restored, scoreShown, tabTo, type } from './helpers.js';

const DATE = '2026-11-22';

async function make(id = 'adv', attrs = ''): Promise<EssLeverAdvisor> {
  const host = await fixture<HTMLDivElement>(
    // The attributes are test-controlled; unsafeHTML-free: build with innerHTML on a detached div.
    html`<div></div>`,
  );
  host.innerHTML = `<button id="before">avant</button><ess-lever-advisor id="${id}" date="${DATE}" ${attrs}></ess-lever-advisor>`;
  const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
  await el.updateComplete;
  await restored(el);
  return el;
}

function stepHeading(el: EssLeverAdvisor): string {
  return $(el, '#step-heading')?.textContent ?? '';
}

function checkedRadio(el: EssLeverAdvisor, criterion: string): string | null {
  const r = $$(el, `input[name="crit-${criterion}"]`).find((i) => (i as HTMLInputElement).checked);
  return r ? r.id.replace(`crit-${criterion}-`, '') : null;
}

async function setFile(input: HTMLInputElement, name: string, content: string): Promise<void> {
  const dt = new DataTransfer();
  dt.items.add(new File([content], name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // The file is read asynchronously.
  for (let i = 0; i < 20; i += 1) await new Promise((r) => setTimeout(r, 10));
}

describe('<ess-lever-advisor>', function () {
  // Real key presses and axe runs are slow on a loaded machine; this is a ceiling, not a measure.
  this.timeout(120000);
  beforeEach(() => {
    clearAdvisorStorage();
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    clearAdvisorStorage();
  });

  it('can be completed with the keyboard only, and is axe-clean at every step', async () => {
    const el = await make();
    (document.getElementById('before') as HTMLButtonElement).focus();
    expect(await axeViolations(el)).to.deep.equal([]);

    // Context: pick a type with the arrow keys, type a commune code and commit it with Enter.
    await tabTo(el, '#ctx-type');
    await press('ArrowDown');
    expect(el.value.context.type).to.equal('association');
    await tabTo(el, '#ctx-commune');
    await type('26108');
    await press('Enter');
    expect(el.value.context.communeCode).to.equal('26108');
    await tabTo(el, '#ctx-dm');
    await press('ArrowDown');
    expect(el.value.context.decisionMaker).to.equal('commune');

    // Next step (figures): a negative amount is refused, tied to its field.
    await tabTo(el, '.nav button.primary');
    await press('Enter');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('step-heading');
    expect(await axeViolations(el)).to.deep.equal([]);
    await tabTo(el, '#fig-revenues-sales');
    await type('-100');
    await el.updateComplete;
    const sales = $(el, '#fig-revenues-sales')!;
    expect(sales.getAttribute('aria-invalid')).to.equal('true');
    const errorId = sales.getAttribute('aria-describedby')!;
    expect($(el, `#${errorId}`)?.textContent).to.contain('positif');
    expect(await axeViolations(el)).to.deep.equal([]);
    for (let i = 0; i < 4; i += 1) await press('Backspace');
    await type('50000');
    await el.updateComplete;
    expect(sales.getAttribute('aria-invalid')).to.equal('false');

    // Criteria steps: answer the first criterion of each with the arrow keys.
    for (const step of ['economics', 'team', 'ecosystem', 'needs-fit']) {
      await tabTo(el, '.nav button.primary');
      await press('Enter');
      await el.updateComplete;
      expect(stepHeading(el)).to.not.equal('');
      const first = $(el, '.criterion input[type=radio]') as HTMLInputElement;
      await tabTo(el, `input[name="${first.name}"]`);
      await press('ArrowDown');
      await press('ArrowDown');
      await el.updateComplete;
      expect(checkedRadio(el, first.name.replace('crit-', ''))).to.not.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
      void step;
    }
    // Results.
    await tabTo(el, '.nav button.primary');
    await press('Enter');
    await el.updateComplete;
    expect($(el, '.questionnaire')!.hidden).to.equal(true);
    expect($(el, '#results-heading')).to.not.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
    // And once the recommended actions are shown.
    await recommendationShown(el);
    expect(await axeViolations(el)).to.deep.equal([]);
    const answered = Object.keys(el.value.answers);
    expect(answered.length).to.equal(4);
  });

  it('shows the same score, band and ranked actions as core for the same answers', async () => {
    const el = await make('same', 'decision-maker="epci" type="scic" activity="fablab" zones="pvd" stage="development" funding="feder region"');
    const answers: Answers = {
      'needs-fit': 3,
      'financial-autonomy': 1,
      'subsidy-access': 2,
      'financial-management': 'unknown',
      'market-hybridisation': 0,
      'mission-fit': 4,
      'operational-partners': 3,
      'local-media': 'not-applicable',
      'public-authorities': 1,
    };
    expect(await el.load({ v: 1, answers })).to.equal(true);
    await el.updateComplete;
    const state = el.value;
    expect(state.context.zones).to.deep.equal(['pvd']);
    const profile = weightProfileFor({ zonings: ['pvd'], theme: themeOfNeed(needsOfActivities(['fablab'])[0]!) });
    const expected = scorePerennite(profile, answers, { figures: {}, date: DATE });
    await scoreShown(el);
    const shown = $(el, '.summary dd')!.textContent!.trim();
    expect(shown).to.equal(expected.overall === null ? '—' : `${Math.round(expected.overall)} / 100`);
    const rec = recommendActions({
      actor: actorOf(state, DATE),
      answers,
      figures: {},
      decisionMaker: { kind: 'epci', partners: [] },
      date: DATE,
      profile,
      stage: 'development',
      fundingSources: ['feder', 'region'],
    });
    expect(rec.actions.length).to.be.greaterThan(0);
    ($(el, '.progress li:last-child button') as HTMLButtonElement).click();
    await el.updateComplete;
    await recommendationShown(el);
    // The three to do first, then every other action once, collapsed by lever (levers in core's order, ranks kept inside).
    const first = $$(el, '.first-action').map((a) => a.dataset.actionId);
    expect(first).to.deep.equal(rec.first);
    const byId = new Map(rec.actions.map((a) => [a.actionId, a]));
    const byLever = rec.groups.flatMap((g) => g.actionIds.map((id) => byId.get(id)!));
    expect(first.length + byLever.length).to.equal(rec.actions.length);
    void LEVER_IDS;
    expect($$(el, '.others .action').map((a) => a.dataset.actionId)).to.deep.equal(byLever.map((a) => a.actionId));
    expect($$(el, '.others .action .priority').map((p) => p.dataset.priority)).to.deep.equal(byLever.map((a) => a.priority));
  });

  it('restores the answers after a reload (the element re-created)', async () => {
    const el = await make('reload');
    expect(await el.load({ v: 1, answers: { 'needs-fit': 2, networks: 4 }, context: { decisionMaker: 'region' } })).to.equal(true);
    el.remove();
    const again = await make('reload');
    expect(again.value.answers).to.deep.equal({ 'needs-fit': 2, networks: 4 });
    expect(again.value.context.decisionMaker).to.equal('region');
    expect($(again, '.status')!.textContent).to.match(/restaurées/);
  });

  for (const [name, content] of [
    ['garbage', '{{{ not json'],
    ['a wrong version', JSON.stringify({ v: 99, answers: {} })],
    ['a foreign object', JSON.stringify(['hello'])],
    ['an invalid answer', JSON.stringify({ v: 1, answers: { 'needs-fit': 'yes' } })],
  ] as const) {
    it(`survives ${name} in storage and says so politely`, async () => {
      localStorage.setItem(storageKey(location.pathname, 'corrupt'), content);
      const el = await make('corrupt');
      expect(el.value.answers).to.deep.equal({});
      const status = $(el, '.status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.match(/ignorée/);
      // Still works: answering saves a valid entry over the bad one.
      ($(el, '.progress li:nth-child(3) button') as HTMLButtonElement).click();
      await el.updateComplete;
      ($(el, '.criterion input[type=radio]') as HTMLInputElement).click();
      const saved = JSON.parse(localStorage.getItem(storageKey(location.pathname, 'corrupt'))!);
      expect(saved.v).to.equal(1);
    });
  }

  it('works when storage throws on every call', async () => {
    const proto = Storage.prototype;
    const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
    const boom = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Object.assign(proto, { getItem: boom, setItem: boom, removeItem: boom });
    try {
      const el = await make('throws');
      expect($(el, '.status')!.textContent).to.match(/stockage local/i);
      ($(el, '.progress li:nth-child(3) button') as HTMLButtonElement).click();
      await el.updateComplete;
      ($(el, '.criterion input[type=radio]') as HTMLInputElement).click();
      await el.updateComplete;
      expect(Object.keys(el.value.answers)).to.have.length(1);
      await scoreShown(el);
      expect($(el, '.summary dd')!.textContent).to.not.equal('');
    } finally {
      Object.assign(proto, saved);
    }
  });

  it('presets the context from attributes (commune → zones, editable)', async () => {
    const el = await make('preset', 'decision-maker="commune" commune="97411" type="scic" approvals="esus evs" funding="fse commune"');
    const c = el.value.context;
    expect(c.decisionMaker).to.equal('commune');
    expect(c.type).to.equal('scic');
    expect(c.communeCode).to.equal('97411');
    expect(c.zones).to.include('drom');
    expect(c.approvals).to.deep.equal(['esus', 'evs']);
    expect(c.fundingSources).to.deep.equal(['fse', 'commune']);
    const drom = $$(el, 'input[name="zones"]').find((i) => (i as HTMLInputElement).value === 'drom') as HTMLInputElement;
    expect(drom.checked).to.equal(true);
    drom.click();
    await el.updateComplete;
    expect(el.value.context.zones).to.not.include('drom');
  });

  it('ticks the approval a chosen type implies (an ACI holds its convention), still editable', async () => {
    const el = await make('implied');
    const select = $(el, '#ctx-type') as HTMLSelectElement;
    select.value = 'aci';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.context.type).to.equal('aci');
    expect(el.value.context.approvals).to.include('aci');
    const box = $$(el, 'input[name="approvals"]').find((i) => (i as HTMLInputElement).value === 'aci') as HTMLInputElement;
    expect(box.checked).to.equal(true);
    box.click();
    await el.updateComplete;
    expect(el.value.context.approvals).to.not.include('aci');
  });

  it('finds a known commune by name and fills its zones from core’s table', async () => {
    const el = await make('commune-name');
    const input = $(el, '#ctx-commune') as HTMLInputElement;
    input.focus();
    await type('toulouse');
    await press('Enter');
    await el.updateComplete;
    expect(el.value.context.communeCode).to.equal('31555');
    expect(el.value.context.zones).to.deep.equal(['qpv']);
    expect(input.value).to.equal('31555');
    expect($(el, '#ctx-commune-help')!.textContent).to.contain('Toulouse');
  });

  it('ties an unknown commune error to its field', async () => {
    const el = await make('commune');
    const input = $(el, '#ctx-commune') as HTMLInputElement;
    input.focus();
    await type('Atlantide');
    await press('Enter');
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('ctx-commune-error');
    expect($(el, '#ctx-commune-error')!.textContent).to.contain('Atlantide');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps hostile text inert (attributes and imported file)', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await make('hostile', `commune='${hostile.replace(/'/g, '')}' type='${hostile.replace(/'/g, '')}'`);
    const file = JSON.stringify({
      v: 1,
      answers: { 'needs-fit': 2 },
      figures: { revenues: { sales: 10, subsidies: [{ funder: hostile, amount: 5 }], donations: [], other: 0 } },
    });
    await setFile($(el, '#import-file') as HTMLInputElement, 'a.json', file);
    await el.updateComplete;
    expect(el.value.figures.revenues?.subsidies?.[0]?.funder).to.equal(hostile);
    ($(el, '.progress li:nth-child(2) button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(($(el, '#fig-revenues-subsidies-0-funder') as HTMLInputElement).value).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('rejects a bad imported file with an error naming the field, and keeps the answers', async () => {
    const el = await make('import');
    await el.load({ v: 1, answers: { networks: 3 } });
    await el.updateComplete;
    await setFile($(el, '#import-file') as HTMLInputElement, 'bad.json', JSON.stringify({ v: 1, answers: { networks: 12 } }));
    await el.updateComplete;
    const error = $(el, '#import-error')!;
    expect(error.textContent).to.contain('answers.networks');
    expect(el.value.answers).to.deep.equal({ networks: 3 });
    await setFile($(el, '#import-file') as HTMLInputElement, 'bad.json', 'nope');
    await el.updateComplete;
    expect($(el, '#import-error')!.textContent).to.match(/JSON/);
  });

  it('shares the answers through a link in the URL hash', async () => {
    const el = await make('share');
    await el.load({ v: 1, answers: { 'needs-fit': 4, 'local-media': 'unknown' }, context: { type: 'scop', decisionMaker: 'caf' } });
    await el.updateComplete;
    ($$(el, '.tools button').find((b) => /partage/.test(b.textContent ?? '')) as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const link = ($(el, '#share-url') as HTMLInputElement).value;
    expect(link).to.contain('#ess-advisor=');
    el.remove();
    clearAdvisorStorage();
    history.replaceState(null, '', new URL(link).hash);
    const other = await make('share');
    expect(other.value.answers).to.deep.equal({ 'needs-fit': 4, 'local-media': 'unknown' });
    expect(other.value.context.type).to.equal('scop');
    expect($(other, '.status')!.textContent).to.match(/lien de partage/);
  });

  it('renders a clean print view: controls hidden, results visible', async () => {
    const el = await make('print');
    await el.load({ v: 1, answers: { 'needs-fit': 3, networks: 1, 'mission-fit': 4 }, context: { decisionMaker: 'commune' } });
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    // The element hears the print media change and renders the full report.
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const visible = (e: Element | null) => !!e && getComputedStyle(e).display !== 'none' && (e as HTMLElement).getBoundingClientRect().height > 0;
    expect(visible($(el, '.questionnaire'))).to.equal(false);
    expect(visible($(el, '.progress'))).to.equal(false);
    expect($$(el, 'button').some((b) => visible(b))).to.equal(false);
    expect(visible($(el, '.results'))).to.equal(true);
    expect(visible($(el, '.results .summary'))).to.equal(true);
    expect(visible($(el, 'svg.chart')), 'the full report opens the score details').to.equal(true);
    expect(visible($(el, '#score-table')), 'the table prints only when opened (the chart says the same)').to.equal(false);
  });

  it('fires ess-answers-change and ess-results-change', async () => {
    const el = await make('events');
    const answers: unknown[] = [];
    const results: unknown[] = [];
    el.addEventListener('ess-answers-change', (e) => answers.push(e.detail));
    el.addEventListener('ess-results-change', (e) => results.push(e.detail));
    ($(el, '.progress li:nth-child(6) button') as HTMLButtonElement).click();
    await el.updateComplete;
    const radio = $(el, 'input[name="crit-needs-fit"][id$="-4"]') as HTMLInputElement;
    const seen = oneEvent(el, 'ess-results-change');
    radio.click();
    const detail = (await seen).detail;
    expect(answers).to.have.length(1);
    expect(answers[0]).to.deep.include({ cause: 'needs-fit' });
    expect((answers[0] as { answers: Answers }).answers).to.deep.equal({ 'needs-fit': 4 });
    expect(detail.mode).to.equal('enterprise');
    expect(detail.score?.criteria['needs-fit'].score).to.equal(100);
    expect(results.length).to.be.greaterThan(0);
  });

  it('resets only after confirmation', async () => {
    const el = await make('reset');
    await el.load({ v: 1, answers: { networks: 2 } });
    await el.updateComplete;
    ($(el, '.tools button.danger') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.value.answers).to.deep.equal({ networks: 2 });
    // The clicked button hides: focus moves to the safe choice instead of being lost.
    expect(focused(el)?.id).to.equal('reset-no');
    const confirm = $(el, '.confirm button.danger') as HTMLButtonElement;
    expect(confirm).to.not.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
    confirm.click();
    await el.updateComplete;
    expect(el.value.answers).to.deep.equal({});
    expect(localStorage.getItem(storageKey(location.pathname, 'reset'))).to.equal(null);
  });

  it('shows a figures suggestion with its indicator, and lets the user apply or override it', async () => {
    const el = await make('figures');
    await el.load({
      v: 1,
      figures: { revenues: { sales: 10000, subsidies: [{ funder: 'État', amount: 90000 }], donations: [], other: 0 } },
    });
    await el.updateComplete;
    ($(el, '.progress li:nth-child(3) button') as HTMLButtonElement).click();
    await scoreShown(el);
    const suggestion = $(el, '.suggestion');
    expect(suggestion).to.not.equal(null);
    const apply = suggestion!.querySelector('button') as HTMLButtonElement;
    apply.click();
    await el.updateComplete;
    expect(Object.keys(el.value.answers).length).to.equal(1);
  });
});

describe('<ess-lever-advisor mode="territory">', function () {
  this.timeout(120000);

  it('recommends animation actions from an actors file given by src (invalid records counted, not shown)', async () => {
    const el = await make('terr-src', `mode="territory" src="${new URL('./fixtures/actors.json', import.meta.url).href}"`);
    const results = oneEvent(el, 'ess-results-change');
    const detail = (await results).detail;
    await el.updateComplete;
    expect(detail.mode).to.equal('territory');
    expect(detail.territory?.actions.length).to.be.greaterThan(0);
    expect($$(el, '.action').map((a) => a.dataset.actionId)).to.deep.equal(detail.territory!.actions.map((a: { actionId: string }) => a.actionId));
    expect(el.shadowRoot!.textContent).to.contain('3 acteurs');
    expect(el.shadowRoot!.textContent).to.contain('1 enregistrement écarté');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('follows an <ess-map for="…"> of the same page (its visible actors)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<ess-lever-advisor id="terr-map" mode="territory" for="the-map" date="${DATE}"></ess-lever-advisor>`;
    const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
    // Territory mode's chunk loads first ("Chargement…"), then the advisor waits for data.
    await waitUntil(() => /En attente de données/.test(el.shadowRoot!.textContent ?? ''), 'the advisor waits for data', { timeout: 10000 });
    const map = document.createElement('ess-map');
    map.id = 'the-map';
    const seen = oneEvent(el, 'ess-results-change');
    host.append(map);
    const detail = (await seen).detail;
    await el.updateComplete;
    const visible = (map as unknown as { visibleActors: readonly Actor[] }).visibleActors;
    expect(visible.length).to.be.greaterThan(0);
    const expected = recommendTerritoryActions({ actors: visible, date: DATE });
    expect(detail.territory?.actions.map((a: { actionId: string }) => a.actionId)).to.deep.equal(expected.actions.map((a) => a.actionId));
    expect($$(el, '.action')).to.have.length(expected.actions.length);
  });

  it('reads a map that had already loaded when the advisor was added to the page', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const map = document.createElement('ess-map');
    map.id = 'early-map';
    const loaded = oneEvent(map, 'ess-data-load');
    host.append(map);
    await loaded;
    await (map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    host.insertAdjacentHTML('beforeend', `<ess-lever-advisor id="terr-late" mode="territory" for="early-map" date="${DATE}"></ess-lever-advisor>`);
    const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
    await el.updateComplete;
    await waitUntil(() => $$(el, '.action').length > 0, 'the actions are listed', { timeout: 10000 });
    const visible = (map as unknown as { visibleActors: readonly Actor[] }).visibleActors;
    const expected = recommendTerritoryActions({ actors: visible, date: DATE }).actions.length;
    expect(expected).to.be.greaterThan(0);
    expect($$(el, '.action')).to.have.length(expected);
  });
  it('says when territory mode’s code cannot be fetched, and loads it on retry', async () => {
    const realLoad = territoryModeLoader.load;
    territoryModeLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await make('terr-offline', `mode="territory" src="${new URL('./fixtures/actors.json', import.meta.url).href}"`);
      await waitUntil(() => $(el, '[role="alert"]') !== null, 'the failure is said', { timeout: 10000 });
      expect($(el, '[role="alert"]')!.textContent).to.contain('Le mode territoire n’a pas pu être chargé');
      expect(await axeViolations(el)).to.deep.equal([]);
      territoryModeLoader.load = realLoad;
      const retry = $$(el, 'button').find((b) => b.textContent?.trim() === 'Réessayer') as HTMLButtonElement;
      retry.click();
      await waitUntil(() => $$(el, '.action').length > 0, 'the diagnosis is shown after the retry', { timeout: 10000 });
      expect(el.shadowRoot!.textContent).to.contain('3 acteurs');
    } finally {
      territoryModeLoader.load = realLoad;
    }
  });

  it('says the load error of a map that had failed before the advisor was added to the page', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const map = document.createElement('ess-map');
    map.id = 'failed-map';
    map.setAttribute('src', '/__ess__/status/404');
    const failed = oneEvent(map, 'ess-data-error');
    host.append(map);
    await failed;
    host.insertAdjacentHTML('beforeend', `<ess-lever-advisor id="terr-after-error" mode="territory" for="failed-map" date="${DATE}"></ess-lever-advisor>`);
    const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
    await waitUntil(() => $(el, '[role="alert"]') !== null, 'the map’s error is said', { timeout: 10000 });
    expect($(el, '[role="alert"]')!.textContent).to.match(/La carte suivie n’a pas pu charger ses données : .*404/);
  });

  it('diagnoses the followed map’s whole dataset as the map read it (a columns mapping; a visitor’s filter changes nothing)', async () => {
    // Without the map's `columns`, these rows have no name: reading the file again would reject them all.
    const csv = 'RAISON;type;code_commune\nAtelier du plateau;association;23096\nRessourcerie du Bugey;scic;01004\nCafé des voisins;association;23096\n';
    const src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<ess-lever-advisor id="terr-cols" mode="territory" for="cols-map" date="${DATE}"></ess-lever-advisor>`;
    const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
    await el.updateComplete;
    const map = document.createElement('ess-map');
    map.id = 'cols-map';
    map.setAttribute('src', src);
    map.setAttribute('columns', 'name=RAISON');
    const seen = oneEvent(el, 'ess-results-change');
    host.append(map);
    const detail = (await seen).detail;
    await el.updateComplete;
    const loaded = (map as unknown as { loadedActors: readonly Actor[] }).loadedActors;
    expect(loaded.map((a) => a.name)).to.have.members(['Atelier du plateau', 'Ressourcerie du Bugey', 'Café des voisins']);
    const expected = recommendTerritoryActions({ actors: loaded, date: DATE });
    expect(detail.territory?.actions.map((a: { actionId: string }) => a.actionId)).to.deep.equal(expected.actions.map((a) => a.actionId));
    expect(el.shadowRoot!.textContent).to.contain('3 acteurs');
    expect(el.shadowRoot!.textContent).to.not.contain('écarté');
    // A visitor filters the map: the territory is still the whole dataset.
    let recomputed = 0;
    el.addEventListener('ess-results-change', () => (recomputed += 1));
    map.setAttribute('types', 'scic');
    await (map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect((map as unknown as { visibleActors: readonly Actor[] }).visibleActors).to.have.length(1);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(recomputed).to.equal(0);
    expect(el.shadowRoot!.textContent).to.contain('3 acteurs');
    URL.revokeObjectURL(src);
  });
});

describe('<ess-lever-advisor> in its host page', function () {
  this.timeout(120000);
  afterEach(() => clearAdvisorStorage());

  it('speaks English with lang="en" (its own chrome and core’s texts, loaded lazily)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    host.innerHTML = `<ess-lever-advisor id="en" date="${DATE}"></ess-lever-advisor>`;
    const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
    for (let i = 0; i < 50 && !/Step 1 of/.test($(el, '#step-heading')?.textContent ?? ''); i += 1) {
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
    }
    expect($(el, '#step-heading')!.textContent).to.contain('Step 1 of 7');
    ($(el, '.progress li:nth-child(6) button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '.criterion legend')!.textContent).to.equal(messagesEn.scoring.criteria['needs-fit'].label);
    expect(el.shadowRoot!.textContent).to.contain(messagesEn.scoring.answers.unknown);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps its look and works under hostile page CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `* { box-sizing: content-box !important; font: 30px serif !important; letter-spacing: 4px; text-transform: uppercase; }
      button { all: unset; } svg { display: none; } input, select { display: none; }`;
    document.head.append(style);
    try {
      const el = await make('hostile-css');
      await el.load({ v: 1, answers: { 'needs-fit': 3, networks: 2 } });
      await el.updateComplete;
      const heading = $(el, '#step-heading')!;
      expect(getComputedStyle(heading).fontFamily).to.match(/^system-ui/);
      expect(getComputedStyle(heading).textTransform).to.equal('none');
      const next = $(el, '.nav button.primary') as HTMLButtonElement;
      expect(getComputedStyle(next).display).to.not.equal('none');
      expect(next.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(parseFloat(getComputedStyle(next).fontSize)).to.be.below(20);
      ($(el, '.progress li:last-child button') as HTMLButtonElement).click();
      await scoreShown(el);
      const chart = $(el, 'svg.chart')!;
      expect(getComputedStyle(chart).display).to.not.equal('none');
      expect(chart.getBoundingClientRect().height).to.be.greaterThan(50);
      ($(el, '.progress li:first-child button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(($(el, '#ctx-type') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(20);
    } finally {
      style.remove();
    }
  });

  it('follows a dark colour scheme and stays axe-clean (contrast) in it', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await make('dark');
      await el.load({ v: 1, answers: { 'needs-fit': 0, networks: 0, 'mission-fit': 1 } });
      ($(el, '.progress li:last-child button') as HTMLButtonElement).click();
      await el.updateComplete;
      const bg = getComputedStyle($(el, '.root')!).backgroundColor;
      const [r, g, b] = bg.match(/\d+/g)!.map(Number);
      expect(r! + g! + b!).to.be.below(150);
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('downloads a convention draft (Markdown, from core) and an export that imports back', async () => {
    const el = await make('downloads', 'decision-maker="commune" type="association"');
    await el.load({ v: 1, answers: { 'needs-fit': 3, 'financial-autonomy': 0, 'subsidy-access': 1 } });
    ($(el, '.progress li:last-child button') as HTMLButtonElement).click();
    await el.updateComplete;
    await recommendationShown(el);
    const files: { name: string; text: string }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    const pending: Promise<void>[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      pending.push(fetch(this.href).then(async (res) => void files.push({ name, text: await res.text() })));
    };
    try {
      // One documents panel for every action: Markdown chosen, the first action's document.
      ($(el, '#doc-format-md') as HTMLInputElement).click();
      await el.updateComplete;
      ($(el, '#doc-download') as HTMLButtonElement).click();
      ($$(el, '.tools button').find((b) => /Exporter/.test(b.textContent ?? '')) as HTMLButtonElement).click();
      // The draft's code loads on first use: wait for both downloads to start.
      for (let i = 0; i < 200 && pending.length < 2; i += 1) await new Promise((r) => setTimeout(r, 10));
      await Promise.all(pending);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    const draft = files.find((f) => f.name.endsWith('.md'))!;
    const actionId = ($(el, '#doc-action') as HTMLSelectElement).value as keyof typeof messagesFr.recommend.actions;
    expect(draft.name).to.match(new RegExp(`^(convention|sourcing-note)-${actionId}-${DATE}\\.md$`));
    expect(draft.text.startsWith('# ')).to.equal(true);
    expect(draft.text).to.contain(messagesFr.recommend.actions[actionId].label);
    const exported = files.find((f) => f.name.endsWith('.json'))!;
    el.reset();
    await el.updateComplete;
    expect(el.value.answers).to.deep.equal({});
    await setFile($(el, '#import-file') as HTMLInputElement, exported.name, exported.text);
    expect(el.value.answers).to.deep.equal({ 'needs-fit': 3, 'financial-autonomy': 0, 'subsidy-access': 1 });
  });

  it('stays usable at 320 px wide (no horizontal overflow)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    host.innerHTML = `<ess-lever-advisor id="narrow" date="${DATE}"></ess-lever-advisor>`;
    const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
    await el.updateComplete;
    for (const step of [1, 2, 3, 7]) {
      ($(el, `.progress li:nth-child(${step}) button`) as HTMLButtonElement).click();
      await el.updateComplete;
      const root = $(el, '.root')!;
      expect(root.scrollWidth, `step ${step}`).to.be.at.most(root.clientWidth + 1);
    }
  });
});
