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
  eligibilityContextOf,
  eligibilityOf,
  formatReason,
  messagesEn,
  messagesFr,
  recommendActions,
  supportActionOf,
} from '@terreau/core';
import type { Answer, Answers, DecisionMakerInput, RecommendActionsInput } from '@terreau/core';
import { actorArb } from '../arbitraries.js';

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
    answers: { 'needs-fit': 3, 'financial-autonomy': 1, 'financial-management': 1, 'subsidy-access': 2, networks: 3 },
  });

  it('is a valid result for the given date', () => {
    expect(RecommendationResult.safeParse(result).success).toBe(true);
    expect(result.date).toBe('2026-04-01');
    expect(result.dateSource).toBe('given');
  });

  it('puts advancing the ESF money among the first actions, because of the weak cash management and the late ESF', () => {
    const advance = result.actions.find((a) => a.actionId === 'advance-funds');
    expect(advance?.priority).toBe('high');
    expect(advance?.rank).toBeLessThanOrEqual(5);
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
    expect(sector?.excludedInstruments.find((e) => e.instrumentId === 'business-aid')?.reasons[0]?.code).toBe('excluded-notre-departement');
  });

  it('renders its reasons in French and English', () => {
    const advance = result.actions.find((a) => a.actionId === 'advance-funds');
    const texts = (advance?.reasons ?? []).map((r) => formatReason(r, messagesFr));
    expect(texts).toContain('Une partie des ressources vient de « Fonds social européen (FSE) », qui paie souvent avec retard.');
    expect(formatReason({ code: 'late-funder', fundingSource: 'fse' }, messagesEn)).toBe('Part of its resources come from "European Social Fund (ESF)", which often pays late.');
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
});

describe('recommendActions — properties', () => {
  it('never recommends an action or instrument that a hard rule excludes', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = recommendActions(input);
        const ctx = eligibilityContextOf({ ...input, decisionMaker: { partners: [], ...input.decisionMaker } as never });
        for (const a of r.actions) {
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
          if (a.instruments.includes('business-aid') && input.decisionMaker.kind === 'departement') expect(input.decisionMaker.partners).toContain('region');
          if (a.instruments.length === 0 && input.decisionMaker.kind === 'departement' && ['operating-subsidy', 'advance-funds'].includes(a.actionId) && !(input.decisionMaker.partners ?? []).includes('region')) {
            const facts = decisionMakerFactsOf('departement');
            expect(ctx.needs.some((n) => facts.fundingDomain?.includes(n)) || ctx.approvals.some((x) => facts.domainApprovals.includes(x))).toBe(true);
          }
        }
        expect(r.actions.length + r.excluded.length).toBe(ACTION_IDS.length);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks 1..n by non-increasing score, with valid priorities', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = recommendActions(input);
        expect(r.actions.map((a) => a.rank)).toEqual(r.actions.map((_, i) => i + 1));
        for (let i = 1; i < r.actions.length; i += 1) expect(r.actions[i - 1]!.score).toBeGreaterThanOrEqual(r.actions[i]!.score);
        for (const a of r.actions) {
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(100);
        }
        expect(RecommendationResult.safeParse(r).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic for a given date', () => {
    fc.assert(fc.property(inputArb, (input) => {
      expect(recommendActions(input)).toEqual(recommendActions(structuredClone(input)));
    }), { numRuns: 100 });
  });

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
  });
});
