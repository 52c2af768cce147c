import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_IDS,
  APPROVAL_IDS,
  Actor,
  CRITERION_IDS,
  DECISION_MAKER_IDS,
  FUNDING_SOURCE_IDS,
  RecommendationResult,
  STAGE_IDS,
  caseStudies,
  decisionMakerFactsOf,
  REQUEST_IDS,
  eligibilityContextOfInput,
  eligibilityOf,
  isCompany,
  formatReason,
  messagesEn,
  messagesFr,
  recommendActions,
  supportActionOf,
} from '@terreau/core';
import type { Answer, Answers, DecisionMakerInput, RecommendActionsInput } from '@terreau/core';
import { actorArb } from '../arbitraries.js';

/** The ISO day `n` days after `day` (negative: before). */
const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const caseStudy = (id: string): Actor => Actor.parse(caseStudies.find((a) => a.id === id));
const bellOccas = caseStudy('cs-bell-occas');
const fablab = caseStudy('cs-8-fablab-drome');
const cafePluche = caseStudy('cs-cafe-pluche');

describe('recommendActions — worked example (Bell’Occas, Département des Ardennes)', () => {
  const result = recommendActions({
    actor: bellOccas,
    decisionMaker: { kind: 'departement' },
    date: '2026-04-01',
    stage: 'development',
    fundingSources: ['fse'],
    request: 'cash-flow',
    answers: { 'needs-fit': 3, 'financial-autonomy': 1, 'financial-management': 1, 'subsidy-access': 2, networks: 3 },
  });

  it('is a valid result for the given date', () => {
    expect(RecommendationResult.safeParse(result).success).toBe(true);
    expect(result.date).toBe('2026-04-01');
    expect(result.dateSource).toBe('given');
  });

  it('puts advancing the ESF money first when asked for cash, because of the weak cash management and the late ESF', () => {
    const advance = result.actions.find((a) => a.actionId === 'advance-funds');
    expect(advance?.priority).toBe('high');
    expect(advance?.rank).toBe(1);
    expect(advance?.first).toEqual({ order: 1, why: { code: 'first-answers-request', request: 'cash-flow' } });
    expect(result.request).toBe('cash-flow');
    expect(advance?.reasons).toEqual(expect.arrayContaining([
      { code: 'weak-criterion', criterionId: 'financial-management', score: 25 },
      { code: 'late-funder', fundingSource: 'fse' },
    ]));
  });

  it('opens insertion-reserved contracts to the ACI and cites the 60 000 € threshold in force on 2026-04-01', () => {
    const purchase = result.actions.find((a) => a.actionId === 'direct-purchase');
    expect(purchase?.instruments).toEqual(expect.arrayContaining(['small-purchase', 'reserved-siae']));
    expect(purchase?.instruments).not.toContain('reserved-disability');
    expect(purchase?.legalBasis.find((l) => l.parameterId === 'no-publicity-threshold-supplies')?.value).toBe(60_000);
    expect(purchase?.steps[0]).toBe('estimate-need');
    expect(purchase?.examples).toContain('cs-hercule-insertion');
  });

  it('never lets the Département grant business aid alone, and says why', () => {
    const sector = result.actions.find((a) => a.actionId === 'sector-policies');
    expect(sector?.instruments).not.toContain('business-aid');
    expect(sector?.excludedInstruments.find((e) => e.instrumentId === 'business-aid')?.reasons.map((r) => r.code)).toContain('excluded-departement-business-aid');
  });

  it('marks at most three actions to do first, each with its why, and groups the others by lever', () => {
    const first = result.actions.filter((a) => a.first !== null);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(3);
    expect(result.first).toEqual(first.map((a) => a.actionId));
    expect(result.actions.filter((a) => a.priority === 'high').map((a) => a.actionId)).toEqual(result.first);
    const grouped = result.groups.flatMap((g) => g.actionIds);
    expect(new Set([...grouped, ...result.first]).size).toBe(result.actions.length);
    for (const g of result.groups) for (const id of g.actionIds) expect(result.actions.find((a) => a.actionId === id)?.leverId).toBe(g.leverId);
  });

  it('gives every subsidy its checklist: convention above 23 000 €, republican contract, de minimis, conflicts of interest', () => {
    const subsidy = result.actions.find((a) => a.actionId === 'operating-subsidy');
    expect(subsidy?.checklist.map((c) => c.itemId)).toEqual(['convention-above-threshold', 'contrat-engagement-republicain', 'de-minimis-or-sieg', 'elected-member-conflict']);
    expect(subsidy?.checklist[0]).toMatchObject({ status: 'check', value: 23_000, parameterId: 'subsidy-convention-threshold' });
    expect(result.actions.find((a) => a.actionId === 'direct-purchase')?.checklist).toEqual([]);
    const big = recommendActions({ actor: bellOccas, decisionMaker: { kind: 'departement' }, date: '2026-04-01', amount: 40_000 });
    expect(big.actions.find((a) => a.actionId === 'operating-subsidy')?.checklist[0]).toMatchObject({ itemId: 'convention-above-threshold', status: 'required' });
    const small = recommendActions({ actor: bellOccas, decisionMaker: { kind: 'departement' }, date: '2026-04-01', amount: 5_000 });
    expect(small.actions.find((a) => a.actionId === 'operating-subsidy')?.checklist.map((c) => c.itemId)).not.toContain('convention-above-threshold');
  });

  it('renders its reasons in French and English', () => {
    const advance = result.actions.find((a) => a.actionId === 'advance-funds');
    const texts = (advance?.reasons ?? []).map((r) => formatReason(r, messagesFr));
    expect(texts).toContain('Une partie des ressources vient de « Fonds social européen (FSE) », qui paie souvent avec retard.');
    expect(formatReason({ code: 'late-funder', fundingSource: 'fse' }, messagesEn)).toBe('Part of its resources come from "European Social Fund (ESF)", which often pays late.');
  });
});

describe('recommendActions — honest score and payers', () => {
  it('does not treat the State as a late payer unless the actor says so (insertion aid is paid monthly)', () => {
    const run = (extra: Partial<RecommendActionsInput>) =>
      recommendActions({ actor: bellOccas, decisionMaker: { kind: 'commune' }, date: '2026-12-02', fundingSources: ['state'], ...extra }).actions.find((a) => a.actionId === 'advance-funds');
    expect(run({})?.reasons.map((r) => r.code)).not.toContain('late-funder');
    const declared = run({ latePayers: ['state'] });
    expect(declared?.reasons).toContainEqual({ code: 'late-funder', fundingSource: 'state' });
    expect(declared?.cautions.map((c) => c.code)).toContain('caution-state-payment-declared-late');
  });

  it('says how far the unknowns could move the score when four answers leave it open', () => {
    const r = recommendActions({ actor: cafePluche, decisionMaker: { kind: 'commune' }, date: '2026-12-02', answers: { 'needs-fit': 3, 'financial-autonomy': 2, networks: 3, 'public-authorities': 2 } });
    const notice = r.notices.find((n) => n.code === 'score-range-spans-bands');
    expect(notice).toEqual({ code: 'score-range-spans-bands', score: Math.round(r.score!.range.min!), value: Math.round(r.score!.range.max!) });
    expect(formatReason(notice!, messagesFr)).toMatch(/^Selon les réponses manquantes, le score irait de \d+ à \d+ sur 100/);
  });

  it('says when collapsed accounts cap the score whatever the partners', () => {
    const answers = Object.fromEntries(CRITERION_IDS.map((id) => [id, 4])) as Answers;
    for (const id of ['financial-autonomy', 'financial-management', 'subsidy-access', 'market-hybridisation', 'investment-capacity', 'spreading', 'activity-diversification'] as const) answers[id] = 0;
    const r = recommendActions({ actor: cafePluche, decisionMaker: { kind: 'commune' }, date: '2026-12-02', answers });
    expect(r.score?.trace.economicsGuard.applied).toBe(true);
    expect(r.notices).toContainEqual({ code: 'economics-guard-applied', value: 20 });
    expect(r.score?.band).toBe('fragile');
  });

  it('opens "secure what already works" only with current support, and says why first', () => {
    const without = recommendActions({ actor: cafePluche, decisionMaker: { kind: 'commune' }, date: '2026-12-02' });
    expect(without.excluded.find((e) => e.actionId === 'secure-existing')?.reasons.map((r) => r.code)).toContain('excluded-nothing-to-secure');
    const withSupport = recommendActions({ actor: cafePluche, decisionMaker: { kind: 'commune' }, date: '2026-12-02', currentSupport: ['operating-subsidy'], request: 'operating' });
    const secure = withSupport.actions.find((a) => a.actionId === 'secure-existing');
    expect(secure?.first?.why.code).toBe('first-secures-what-works');
    expect(secure?.reasons.map((r) => r.code)).toContain('already-supported');
  });
});

describe('recommendActions — dates and legal basis', () => {
  const at = (date: string) =>
    recommendActions({ actor: cafePluche, decisionMaker: { kind: 'commune' }, date }).actions.find((a) => a.actionId === 'direct-purchase')?.legalBasis.find((l) => l.parameterId === 'no-publicity-threshold-supplies');
  it('cites 40 000 € HT on 2026-03-31 and 60 000 € HT on 2026-04-01', () => {
    expect(at('2026-03-31')?.value).toBe(40_000);
    expect(at('2026-04-01')).toMatchObject({ value: 60_000, validFrom: '2026-04-01' });
  });
  it('reads the clock only when no valid date is given, and says so', () => {
    const none = recommendActions({ actor: cafePluche, decisionMaker: { kind: 'commune' } });
    expect(none.dateSource).toBe('today');
    expect(none.notices[0]?.code).toBe('date-defaulted-today');
    const bad = recommendActions({ actor: cafePluche, decisionMaker: { kind: 'commune' }, date: '2026-13-01' });
    expect(bad.notices[0]?.code).toBe('date-invalid-today-used');
  });
  it('notices legal parameters that have no version on the date instead of inventing one', () => {
    const r = recommendActions({ actor: bellOccas, decisionMaker: { kind: 'commune' }, date: '2028-06-01' });
    expect(r.notices).toContainEqual({ code: 'legal-parameter-not-in-force', parameterId: 'eu-threshold-works', date: '2028-06-01' });
  });
});

describe('recommendActions — without answers', () => {
  it('still recommends from context with a low confidence', () => {
    const r = recommendActions({ actor: fablab, decisionMaker: { kind: 'commune' }, date: '2026-05-01', stage: 'development' });
    expect(r.confidence).toBe('low');
    expect(r.score).toBeNull();
    expect(r.notices.map((n) => n.code)).toContain('context-only');
    expect(r.actions.length).toBeGreaterThan(5);
    const investment = r.actions.find((a) => a.actionId === 'investment');
    expect(investment?.instruments).toContain('scic-shares');
    expect(investment?.reasons.map((x) => x.code)).toContain('scic-open-to-public-capital');
  });
  it('recommends nothing for an actor outside the ESS and says why', () => {
    const r = recommendActions({ actor: Actor.parse({ id: 'p', name: 'PME', type: 'pme-locale', provenance: { source: 't', checkedAt: '2026-01-01' } }), decisionMaker: { kind: 'region' }, date: '2026-01-01' });
    expect(r.actions).toEqual([]);
    expect(r.excluded).toHaveLength(ACTION_IDS.length);
    expect(r.notices.map((n) => n.code)).toContain('not-ess-actor');
  });
});

// ——— properties ———
const answerArb: fc.Arbitrary<Answer> = fc.constantFrom<Answer>(0, 1, 2, 3, 4, 'unknown', 'not-applicable');
const answersArb: fc.Arbitrary<Answers> = fc.dictionary(fc.constantFrom(...CRITERION_IDS), answerArb, { maxKeys: CRITERION_IDS.length }) as fc.Arbitrary<Answers>;
const dmArb: fc.Arbitrary<DecisionMakerInput> = fc.record(
  {
    kind: fc.constantFrom(...DECISION_MAKER_IDS),
    partners: fc.subarray([...DECISION_MAKER_IDS], { maxLength: 2 }),
    budget: fc.constantFrom('small', 'medium', 'large' as const),
    ambition: fc.constantFrom('punctual', 'structuring' as const),
  },
  { requiredKeys: ['kind'] },
);
const dateArb = fc.constantFrom('2024-03-01', '2025-06-30', '2026-03-31', '2026-04-01', '2027-11-15');
const inputArb: fc.Arbitrary<RecommendActionsInput> = fc.record({
  actor: actorArb,
  answers: fc.option(answersArb, { nil: undefined }),
  decisionMaker: dmArb,
  date: dateArb,
  stage: fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined }),
  fundingSources: fc.subarray([...FUNDING_SOURCE_IDS], { maxLength: 3 }),
  targetApprovals: fc.subarray([...APPROVAL_IDS], { maxLength: 1 }),
  publicCapitalShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  proposedCapitalShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  request: fc.option(fc.constantFrom(...REQUEST_IDS), { nil: undefined }),
  currentSupport: fc.option(fc.subarray([...ACTION_IDS], { maxLength: 2 }), { nil: undefined }),
  reservedEssContractEnded: fc.option(fc.constantFrom('2020-06-30', '2023-12-31', '2025-09-01'), { nil: undefined }),
  publicInterestMission: fc.option(fc.boolean(), { nil: undefined }),
  latePayers: fc.option(fc.subarray(['state', 'region', 'fse'] as const), { nil: undefined }),
});

const COMPANY_AID: readonly string[] = ['operating-subsidy', 'investment-subsidy', 'direct-grant', 'call-for-projects', 'sectoral-aid', 'label-support', 'multi-year-agreement', 'renewal', 'advance-funds', 'equipment'];
/** Units open to a decision-maker for an actor: instruments, or the action itself when it has none. */
const unitsOf = (a: { actionId: string; instruments: readonly string[] }): string[] => (a.instruments.length > 0 ? [...a.instruments] : [a.actionId]);

describe('recommendActions — properties', () => {
  it('ranks on what the actor needs, not on an instrument merely open to it: opening the ESS-reserved contract changes the reasons, never the scores', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        // Same input, the buyer's last ESS-reserved contract ended long ago (open) or last month (closed, L2113-15).
        const open = recommendActions({ ...input, reservedEssContractEnded: '2015-01-31' });
        const closed = recommendActions({ ...input, reservedEssContractEnded: addDays(open.date, -30) });
        const scoreOf = (r: RecommendationResult, id: string) => r.actions.find((a) => a.actionId === id)?.score;
        for (const a of open.actions) {
          const other = scoreOf(closed, a.actionId);
          if (other !== undefined) expect(a.score, a.actionId).toBe(other);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never recommends an action or instrument that a hard rule excludes', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = recommendActions(input);
        const ctx = eligibilityContextOfInput(input, r.date);
        const dm = { ...input.decisionMaker, partners: [...(input.decisionMaker.partners ?? [])] as string[] };
        const company = isCompany(input.actor);
        for (const a of r.actions) {
          const units = unitsOf(a);
          // The rule table, restated independently (who may use which instrument for which actor):
          if (dm.kind === 'departement') {
            const farmingWithRegion = dm.partners.includes('region') && input.actor.activities.some((x) => ['short-circuit', 'food-workshop'].includes(x));
            if (!farmingWithRegion) expect(units).not.toContain('business-aid');
            if (company && !farmingWithRegion) {
              const scicSubsidy = input.actor.type === 'scic';
              for (const u of units) if (COMPANY_AID.includes(u) && !(scicSubsidy && !['advance-funds', 'equipment'].includes(u))) expect.fail(`Département ${u} to a company`);
              if (!dm.partners.includes('epci')) for (const u of units) expect(['public-premises', 'atelier-relais']).not.toContain(u);
            }
          }
          if ((dm.kind === 'commune' || dm.kind === 'epci') && !dm.partners.includes('region')) expect(units).not.toContain('business-aid');
          if ((dm.kind === 'commune' || dm.kind === 'epci') && company && !dm.partners.includes('region')) {
            expect(units).not.toContain('advance-funds');
            expect(units).not.toContain('equipment');
            if (input.actor.type !== 'scic') for (const u of units) expect(COMPANY_AID).not.toContain(u);
          }
          if (units.includes('staff')) expect(input.publicInterestMission).not.toBe(false);
          if (units.includes('reserved-ess')) {
            const ended = input.reservedEssContractEnded;
            if (ended !== undefined) expect(`${Number(ended.slice(0, 4)) + 3}${ended.slice(4)}` < r.date).toBe(true);
          }
          if (input.actor.type === 'regie-de-quartier' && !ctx.approvals.some((x) => ['aci', 'ai', 'ei', 'etti'].includes(x))) {
            for (const u of ['reserved-siae', 'reserved-inclusive', 'iae-top-up']) expect(units).not.toContain(u);
          }
          if (units.includes('multi-year-agreement') || units.includes('renewal')) {
            expect((input.currentSupport ?? []).length > 0 || (typeof input.answers?.['public-authorities'] === 'number' && input.answers['public-authorities'] >= 3)).toBe(true);
          }
          const judged = eligibilityOf(supportActionOf(a.actionId), ctx);
          expect(judged.eligible).toBe(true);
          expect(a.instruments).toEqual(judged.instruments);
          // The hard rules, restated independently of the catalogue:
          if (a.instruments.includes('scic-shares')) {
            expect(input.actor.type).toBe('scic');
            expect(input.publicCapitalShare ?? 0).toBeLessThan(0.5);
          }
          if (a.instruments.includes('reserved-siae')) expect(ctx.approvals.some((x) => ['aci', 'ai', 'ei', 'etti', 'regie-de-quartier'].includes(x))).toBe(true);
          if (a.instruments.includes('reserved-disability')) expect(ctx.approvals.some((x) => x === 'esat' || x === 'ea')).toBe(true);
          if (a.actionId === 'approval-top-up') expect(ctx.approvals.length + (input.targetApprovals?.length ?? 0)).toBeGreaterThan(0);
          if (a.instruments.length === 0 && input.decisionMaker.kind === 'departement' && ['operating-subsidy', 'advance-funds'].includes(a.actionId)) {
            const facts = decisionMakerFactsOf('departement');
            expect(ctx.needs.some((n) => facts.fundingDomain?.includes(n)) || ctx.approvals.some((x) => facts.domainApprovals.includes(x))).toBe(true);
          }
          if (units.includes('scic-shares') && input.publicCapitalShare !== undefined && input.proposedCapitalShare !== undefined && input.publicCapitalShare + input.proposedCapitalShare > 0.5 + 1e-9) {
            expect(a.cautions.map((c) => c.code)).toContain('caution-scic-cap-crossed');
          }
        }
        expect(r.actions.filter((a) => a.first !== null).length).toBeLessThanOrEqual(3);
        expect(r.actions.length + r.excluded.length).toBe(ACTION_IDS.length);
      }),
      { numRuns: 250 },
    );
  }, 60_000);

  it('ranks 1..n by non-increasing score, with valid priorities', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = recommendActions(input);
        expect(r.actions.map((a) => a.rank)).toEqual(r.actions.map((_, i) => i + 1));
        // The actions answering the request first, then each part by non-increasing score.
        const asked = r.actions.filter((a) => a.answersRequest);
        expect(r.actions.slice(0, asked.length)).toEqual(asked);
        for (let i = 1; i < r.actions.length; i += 1) {
          if (r.actions[i - 1]!.answersRequest === r.actions[i]!.answersRequest) expect(r.actions[i - 1]!.score).toBeGreaterThanOrEqual(r.actions[i]!.score);
        }
        for (const a of r.actions) {
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(100);
        }
        expect(RecommendationResult.safeParse(r).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('is deterministic for a given date', () => {
    fc.assert(fc.property(inputArb, (input) => {
      expect(recommendActions(input)).toEqual(recommendActions(structuredClone(input)));
    }), { numRuns: 100 });
  }, 60_000);

  it('never gains confidence when answers are removed', () => {
    const order = { low: 0, medium: 1, high: 2 } as const;
    fc.assert(
      fc.property(inputArb, answersArb, fc.array(fc.constantFrom(...CRITERION_IDS)), (input, answers, drop) => {
        const fewer = Object.fromEntries(Object.entries(answers).filter(([k]) => !drop.includes(k as never))) as Answers;
        const full = recommendActions({ ...input, answers });
        const less = recommendActions({ ...input, answers: fewer });
        expect(order[less.confidence]).toBeLessThanOrEqual(order[full.confidence]);
        expect(less.completeness).toBeLessThanOrEqual(full.completeness);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
