// Issue 14: the three actions to do first each say why *they* come first. Core's one-line why is
// often shared ("it is what is asked for"); the advisor adds what sets each apart, from the
// recommendation's own reasons and data. Checked on the README's worked examples (one per kind of
// decision-maker, same inputs as examples/node/recommend-by-decision-maker.mjs) and in the widget.
import { expect, fixture, html } from '@open-wc/testing';
import { Actor, caseStudies, formatReason, messagesEn, messagesFr, recommendActions, type RecommendActionsInput } from '@terreau/core';
import '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.js';
import type { EssLeverAdvisor } from '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.component.js';
import * as rec from '../../../packages/elements/src/ess-lever-advisor/recommendation.js';
import { advisorFr } from '../../../packages/elements/src/ess-lever-advisor/locales/fr.js';
import { advisorEn } from '../../../packages/elements/src/ess-lever-advisor/locales/en.js';
import { resultWords } from '../../../packages/elements/src/ess-lever-advisor/results-text.js';
import { $, $$, clearAdvisorStorage, recommendationShown, restored } from './helpers.js';

const DATE = '2026-12-02';
const caseStudy = (id: string) => Actor.parse(caseStudies.find((a) => a.id === id));
/** The README's "One worked example per decision-maker kind". */
const EXAMPLES: (Partial<Omit<RecommendActionsInput, 'actor' | 'decisionMaker'>> & { kind: string; actor: string })[] = [
  { kind: 'commune', actor: 'cs-cap-sport', request: 'operating', currentSupport: ['operating-subsidy', 'premises'] },
  { kind: 'epci', actor: 'cs-8-fablab-drome', request: 'investment', publicCapitalShare: 0.35, proposedCapitalShare: 0.2 },
  { kind: 'departement', actor: 'cs-ambiance-bois', request: 'investment' },
  { kind: 'region', actor: 'cs-ambiance-bois', request: 'investment' },
  { kind: 'service-etat', actor: 'cs-espace-culturel-chaillol', request: 'label' },
  { kind: 'caf', actor: 'cs-cafe-pluche', request: 'project' },
  { kind: 'bailleur-social', actor: 'cs-desbals-services', request: 'premises' },
  { kind: 'collectivite-unique', actor: 'cs-reseau-pouce-pouce', request: 'cash-flow', fundingSources: ['fse'] },
];

describe('<ess-lever-advisor> the why of each action to do first', function () {
  this.timeout(120000);

  for (const [lang, messages, ui] of [['fr', messagesFr, advisorFr], ['en', messagesEn, advisorEn]] as const) {
    it(`gives the first actions of every worked example whys that differ (${lang})`, () => {
      let shared = 0;
      for (const { kind, actor, ...rest } of EXAMPLES) {
        const result = recommendActions({ actor: caseStudy(actor), decisionMaker: { kind: kind as 'commune' }, date: DATE, ...rest });
        const first = rec.firstActions(result);
        expect(first.length, `${kind}: actions to do first`).to.be.greaterThan(0);
        const core = first.map(({ why }) => formatReason(why!, messages));
        if (new Set(core).size < core.length) shared += 1;
        const whys = rec.firstWhyLines(first, rec, messages, resultWords({ ui }).restitution);
        expect(new Set(whys).size, `${kind}: ${JSON.stringify(whys)}`).to.equal(whys.length);
        // Each line still starts with core's why: the distinction is added, nothing replaced.
        whys.forEach((w, i) => expect(w!.startsWith(core[i]!), `${kind}: ${w}`).to.equal(true));
      }
      expect(shared, 'core alone gives shared whys in several examples (the problem this solves)').to.be.greaterThan(2);
    });
  }

  it('says in the restitution what sets each of the three apart', async () => {
    clearAdvisorStorage();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<ess-lever-advisor id="first-whys" date="${DATE}" persist="off"></ess-lever-advisor>`;
    const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
    await el.updateComplete;
    await restored(el);
    // The commune example of the README, as a user enters it.
    const ok = await el.load({
      v: 1,
      context: { type: 'association', activities: ['sport-for-all'], zones: ['qpv'], decisionMaker: 'commune', request: 'operating', fundingSources: ['commune'], name: 'Cap Sport' },
      answers: { 'public-authorities': 3 },
    });
    expect(ok).to.equal(true);
    ($(el, '.progress li:last-child button') as HTMLButtonElement).click();
    await el.updateComplete;
    await recommendationShown(el);
    const whys = $$(el, '.first-action .why-first').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(whys).to.have.length(3);
    expect(new Set(whys).size, JSON.stringify(whys)).to.equal(3);
  });
});
