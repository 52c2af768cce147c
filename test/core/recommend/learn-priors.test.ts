import { describe, expect, it } from 'vitest';
import {
  ACTION_IDS,
  CRITERION_IDS,
  caseStudyActions,
  caseStudyPriorCases,
  caseStudyPriors,
  learnActionPriors,
  priorsFor,
  recommendActions,
  similarityOf,
  supportActionOf,
} from '@terreau/core';
import type { ActionId, Answers, DecisionMakerId, PriorCase } from '@terreau/core';

const cases = caseStudyPriorCases();
const byId = (id: string) => cases.find((c) => c.actor.id === id)!;

describe('case-study actions (the support the study documents)', () => {
  it('covers the sixteen case studies with known actions', () => {
    expect(cases).toHaveLength(16);
    for (const c of cases) {
      expect(c.used.length, c.actor.id).toBeGreaterThan(0);
      for (const a of c.used) expect(ACTION_IDS).toContain(a);
    }
    expect(Object.values(caseStudyActions).flat()).toHaveLength(58);
  });
});

describe('learnActionPriors / priorsFor', () => {
  it('never learns from the case it ranks: a case study’s own support does not count in its priors', () => {
    const all = caseStudyPriors();
    for (const held of cases) {
      const withoutIt = learnActionPriors(cases.filter((c) => c !== held));
      expect(priorsFor(all, held.actor)).toEqual(priorsFor(withoutIt, held.actor));
    }
  });

  it('gives the overall share of each action when all cases are equally similar', () => {
    const twins: PriorCase[] = [
      { actor: byId('cs-cafe-pluche').actor, used: ['premises'] },
      { actor: { ...byId('cs-cafe-pluche').actor, id: 'twin' }, used: ['premises', 'staff'] },
    ];
    const p = priorsFor(learnActionPriors(twins), { ...byId('cs-cafe-pluche').actor, id: 'other' });
    expect(p.premises).toBeCloseTo(1, 9);
    expect(p.staff).toBeCloseTo(0.5, 9);
    expect(p.investment).toBe(0);
  });

  it('chooses how much similarity counts by leave-one-out on its own cases: similar cases when they predict the support, the plain share when they do not', () => {
    // Associations always receive one set of five actions, commercial companies another: the
    // similar cases predict the support, the plain share (ten actions tied) cannot.
    const asso = byId('cs-cafe-pluche').actor;
    const company = byId('cs-ambiance-bois').actor;
    const forAsso: ActionId[] = ['operating-subsidy', 'project-funding', 'premises', 'staff', 'institutional-communication'];
    const forCompany: ActionId[] = ['investment', 'direct-purchase', 'procurement-access', 'crowdfunding', 'value-chains'];
    const grouped: PriorCase[] = [0, 1, 2, 3].flatMap((i) => [
      { actor: { ...asso, id: `a${i}` }, used: forAsso },
      { actor: { ...company, id: `c${i}` }, used: forCompany },
    ]);
    const learnt = learnActionPriors(grouped);
    expect(learnt.similarityBlend).toBeGreaterThan(0);
    const p = priorsFor(learnt, { ...asso, id: 'new' });
    expect(p['operating-subsidy']).toBeGreaterThan(p.investment);
    // On the sixteen case studies the similar cases do not beat how often each action is used.
    const studies = caseStudyPriors();
    expect(studies.similarityBlend).toBe(0);
    const chosen = studies.blendRecall.find((r) => r.blend === studies.similarityBlend)!;
    for (const r of studies.blendRecall) expect(chosen.recall).toBeGreaterThanOrEqual(r.recall);
  });

  it('finds cases of the same family, theme and territory more alike', () => {
    const pluche = byId('cs-cafe-pluche').actor;
    expect(similarityOf(pluche, byId('cs-amis-pierre-masgot').actor)).toBeGreaterThan(similarityOf(pluche, byId('cs-ambiance-bois').actor));
  });
});

/** Leave-one-out recall@5 of recommendActions against the documented support. */
function looRecall(kind: DecisionMakerId, answersOf?: (used: readonly ActionId[]) => Answers): number {
  let sum = 0;
  for (const held of cases) {
    const priors = learnActionPriors(cases.filter((c) => c !== held));
    const r = recommendActions({ actor: held.actor, decisionMaker: { kind }, date: '2026-12-02', priors, ...(answersOf ? { answers: answersOf(held.used) } : {}) });
    const top = r.actions.slice(0, 5).map((a) => a.actionId);
    sum += held.used.filter((a) => top.includes(a)).length / held.used.length;
  }
  return sum / cases.length;
}
/** Answers consistent with the study's account: the criteria the documented support strengthens at 3, the others at 2. */
const storyAnswers = (used: readonly ActionId[]): Answers => {
  const strong = new Set(used.flatMap((id) => supportActionOf(id).answers));
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, strong.has(id) ? 3 : 2])) as Answers;
};

describe('ranking quality (leave-one-out on the case studies, bench/recommend.js in full)', () => {
  it.each(['commune', 'epci', 'departement', 'region'] as const)('is not degraded by answers consistent with the case (%s)', (kind) => {
    expect(looRecall(kind, storyAnswers)).toBeGreaterThanOrEqual(looRecall(kind));
  }, 60_000);

  it('gives different lists to decision-makers whose competences differ (a SAPO: Département vs Région)', () => {
    const ambiance = byId('cs-ambiance-bois').actor;
    const top = (kind: DecisionMakerId) => recommendActions({ actor: ambiance, decisionMaker: { kind }, date: '2026-12-02', request: 'investment' }).actions.slice(0, 5).map((a) => a.actionId);
    expect(top('region')).toContain('investment');
    expect(top('departement')).not.toContain('investment');
    expect(top('region')).not.toEqual(top('departement'));
  });
});
