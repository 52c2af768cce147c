import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERION_GROUP_IDS, CRITERION_IDS, PerenniteScore, criterionById, scorePerennite, weightProfileFor } from '@terreau/core';
import type { Answers, CriterionId, WeightProfile } from '@terreau/core';
import { answersArb, figuresArb, profileArb } from './support/arbitraries.js';

const defaultProfile = weightProfileFor();
const allAt = (level: 0 | 1 | 2 | 3 | 4): Answers => Object.fromEntries(CRITERION_IDS.map((id) => [id, level])) as Answers;

function scoresOf(r: PerenniteScore): number[] {
  const xs: (number | null)[] = [r.overall, ...CRITERION_GROUP_IDS.map((g) => r.groups[g].score), ...CRITERION_IDS.map((id) => r.criteria[id].score)];
  for (const u of r.unanswered) xs.push(u.overallIfLowest, u.overallIfHighest);
  return xs.filter((x): x is number => x !== null);
}

describe('scorePerennite: properties', () => {
  it('keeps every score within [0, 100], completeness within [0, 1], and matches its schema', () => {
    fc.assert(
      fc.property(profileArb, answersArb, fc.option(figuresArb, { nil: undefined }), (profile, answers, figures) => {
        const r = scorePerennite(profile, answers, figures === undefined ? {} : { figures });
        for (const s of scoresOf(r)) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        }
        expect(r.completeness).toBeGreaterThanOrEqual(0);
        expect(r.completeness).toBeLessThanOrEqual(1);
        expect(PerenniteScore.safeParse(r).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the overall score nor its group score when one answer is raised', () => {
    const raise = fc.record({
      criterion: fc.constantFrom(...CRITERION_IDS),
      from: fc.integer({ min: 0, max: 3 }),
      by: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(profileArb, answersArb, raise, fc.option(figuresArb, { nil: undefined }), (profile, answers, { criterion, from, by }, figures) => {
        const options = figures === undefined ? {} : { figures };
        const before = { ...answers, [criterion]: from } as Answers;
        const after = { ...answers, [criterion]: Math.min(4, from + by) } as Answers;
        const a = scorePerennite(profile, before, options);
        const b = scorePerennite(profile, after, options);
        expect(b.overall!).toBeGreaterThanOrEqual(a.overall ?? -1);
        if (a.overall === null) expect(b.overall).toBeNull();
        const g = criterionById(criterion).group;
        if (g !== null) expect(b.groups[g].score!).toBeGreaterThanOrEqual(a.groups[g].score!);
        expect(b.criteria[criterion].score!).toBeGreaterThan(a.criteria[criterion].score!);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same result for unknown and omitted answers', () => {
    fc.assert(
      fc.property(profileArb, answersArb, (profile, answers) => {
        const filled = Object.fromEntries(CRITERION_IDS.map((id) => [id, answers[id] ?? 'unknown'])) as Answers;
        const omitted = Object.fromEntries(Object.entries(answers).filter(([, a]) => a !== 'unknown')) as Answers;
        const r = scorePerennite(profile, omitted);
        expect(scorePerennite(profile, filled)).toEqual(r);
        expect(scorePerennite(profile, answers)).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the answer keys or of the weight keys', () => {
    fc.assert(
      fc.property(profileArb, answersArb, fc.integer(), (profile, answers, seed) => {
        const shuffle = <T>(xs: T[]) => {
          const ys = [...xs];
          let s = seed;
          for (let i = ys.length - 1; i > 0; i -= 1) {
            s = (s * 1103515245 + 12345) | 0;
            const j = Math.abs(s) % (i + 1);
            [ys[i], ys[j]] = [ys[j]!, ys[i]!];
          }
          return ys;
        };
        const reordered = Object.fromEntries(shuffle(Object.entries(answers))) as Answers;
        const reProfile = { ...profile, weights: Object.fromEntries(shuffle(Object.entries(profile.weights))) };
        expect(JSON.stringify(scorePerennite(reProfile, reordered))).toBe(JSON.stringify(scorePerennite(profile, answers)));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and leaves its inputs untouched', () => {
    fc.assert(
      fc.property(profileArb, answersArb, figuresArb, (profile, answers, figures) => {
        const copy = JSON.stringify([profile, answers, figures]);
        const a = scorePerennite(profile, answers, { figures, date: '2026-11-22' });
        const b = scorePerennite(profile, answers, { figures, date: '2026-11-22' });
        expect(b).toEqual(a);
        expect(JSON.stringify([profile, answers, figures])).toBe(copy);
      }),
      { numRuns: 200 },
    );
  });

  it('changes nothing when all weights are multiplied by the same positive number', () => {
    const c = fc.oneof(fc.constantFrom(2, 10, 0.5, 1000), fc.double({ min: 1e-3, max: 1e3, noNaN: true }));
    fc.assert(
      fc.property(profileArb, answersArb, c, (profile, answers, k) => {
        const scaled: WeightProfile = { ...profile, weights: Object.fromEntries(Object.entries(profile.weights).map(([id, w]) => [id, w * k])) };
        const a = scorePerennite(profile, answers);
        const b = scorePerennite(scaled, answers);
        const close = (x: number | null, y: number | null) => (x === null ? expect(y).toBeNull() : expect(y!).toBeCloseTo(x, 6));
        close(a.overall, b.overall);
        expect(b.band).toBe(a.band);
        for (const g of CRITERION_GROUP_IDS) close(a.groups[g].score, b.groups[g].score);
        for (const id of CRITERION_IDS) {
          close(a.criteria[id].score, b.criteria[id].score);
          close(a.criteria[id].normalisedWeight, b.criteria[id].normalisedWeight);
          close(a.criteria[id].contribution, b.criteria[id].contribution);
        }
        close(a.completeness, b.completeness);
        expect(b.strengths).toEqual(a.strengths);
        expect(b.weaknesses).toEqual(a.weaknesses);
        expect(b.unanswered.map((u) => [u.criterionId, u.couldChangeBand])).toEqual(a.unanswered.map((u) => [u.criterionId, u.couldChangeBand]));
      }),
      { numRuns: 300 },
    );
  });

  it('orders the unanswered criteria the same when weights equal to 9 decimals are scaled (found by the property above)', () => {
    // Two weights 1e-13 apart: scaled by 1000 they swapped places through floating-point noise.
    const weights = { 'financial-autonomy': 1, 'entrepreneurial-personality': 999.9999999999983, 'stakeholder-mobilisation': 232.91660022488426, networks: 999.9999999999984 };
    const profile: WeightProfile = { id: 'custom', weights };
    const scaled: WeightProfile = { id: 'custom', weights: Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, w * 1000])) };
    const order = (p: WeightProfile) => scorePerennite(p, {}).unanswered.map((u) => u.criterionId);
    expect(order(scaled)).toEqual(order(profile));
    // A tie goes to the catalogue order.
    expect(order(profile).slice(0, 2)).toEqual(['entrepreneurial-personality', 'networks']);
  });

  it('lets every number be recomputed from the trace', () => {
    fc.assert(
      fc.property(profileArb, answersArb, (profile, answers) => {
        const r = scorePerennite(profile, answers);
        const t = r.trace;
        let sum = 0;
        let wsum = 0;
        for (const id of CRITERION_IDS) {
          const s = r.criteria[id].score;
          if (s === null || t.weights[id] <= 0) continue;
          sum += t.weights[id] * s;
          wsum += t.weights[id];
        }
        expect(t.weightedSum).toBeCloseTo(sum, 6);
        expect(t.answeredWeight).toBeCloseTo(wsum, 6);
        if (wsum === 0) expect(r.overall).toBeNull();
        else {
          expect(t.weightedMean!).toBeCloseTo(sum / wsum, 6);
          // The economics guard: the group's own score + 20 once two economics criteria are answered.
          const econ = r.groups.economics;
          const guard = econ.answered >= 2 && econ.score !== null ? Math.min(100, econ.score + 20) : 100;
          expect(t.economicsGuard.cap).toBeCloseTo(guard, 6);
          expect(r.overall!).toBeCloseTo(Math.min(sum / wsum, t.needsFitCap.cap, guard), 6);
          const contributions = CRITERION_IDS.reduce((s, id) => s + (r.criteria[id].contribution ?? 0), 0);
          expect(contributions).toBeCloseTo(t.weightedMean!, 6);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('scorePerennite: range and economics guard', () => {
  it('keeps the overall within the range the unknowns allow, the range exact when nothing is unknown', () => {
    fc.assert(
      fc.property(profileArb, answersArb, (profile, answers) => {
        const r = scorePerennite(profile, answers);
        if (r.overall !== null) {
          // Scores are rounded to 9 decimals at each step (the economics group, then the overall): two
          // paths to one value may differ by a few of those steps (seen: 2e-9), never by a point shown.
          expect(r.range.min!).toBeLessThanOrEqual(r.overall + 1e-6);
          // The economics guard needs two economics answers: with fewer today, every completion may be capped
          // below today's overall (found by fast-check: one economics answer at 0, the score 75, the range
          // 19–70 once the guard applies). The range says where the final score will be; today's is provisional.
          if (r.trace.economicsGuard.groupScore !== null) expect(r.range.max!).toBeGreaterThanOrEqual(r.overall - 1e-6);
        }
        if (r.counts.unknown === 0) expect([r.range.min, r.range.max]).toEqual([r.overall, r.overall]);
        // The ends are the scores of the answers with every unknown at 0 and at 4.
        const unknown = CRITERION_IDS.filter((id) => r.criteria[id].answer === 'unknown');
        const at = (level: 0 | 4) => scorePerennite(profile, { ...answers, ...Object.fromEntries(unknown.map((id) => [id, level])) }).overall;
        expect(r.range.min).toBe(at(0));
        expect(r.range.max).toBe(at(4));
        expect(r.range.spansBands).toBe(r.range.bandMin !== r.range.bandMax);
      }),
      { numRuns: 200 },
    );
  });

  it('does not let strong partners average away collapsed accounts', () => {
    const collapsed = {
      'financial-autonomy': 0,
      'financial-management': 1,
      'subsidy-access': 1,
      'market-hybridisation': 0,
      'investment-capacity': 0,
      spreading: 1,
      'activity-diversification': 1,
    } as const;
    const strongElsewhere = Object.fromEntries(CRITERION_IDS.filter((id) => !(id in collapsed)).map((id) => [id, 4]));
    const r = scorePerennite(defaultProfile, { ...strongElsewhere, ...collapsed });
    expect(r.trace.weightedMean!).toBeGreaterThan(60);
    expect(r.groups.economics.score!).toBeLessThan(25);
    expect(r.trace.economicsGuard.applied).toBe(true);
    expect(r.overall).toBeCloseTo(r.groups.economics.score! + 20, 6);
    expect(r.band).toBe('fragile');
  });

  it('shows the span the unknowns allow with four answers (19 to 82 in the issue, here exactly computed)', () => {
    const r = scorePerennite(defaultProfile, { 'needs-fit': 3, 'financial-autonomy': 2, networks: 3, 'public-authorities': 2 });
    expect(r.range.min!).toBeLessThan(40);
    expect(r.range.max!).toBeGreaterThanOrEqual(70);
    expect(r.range.spansBands).toBe(true);
  });
});

describe('scorePerennite: examples', () => {
  it('maps a uniform answer to its score: all 0 → 0, all 2 → 50, all 4 → 100', () => {
    expect(scorePerennite(defaultProfile, allAt(0))).toMatchObject({ overall: 0, band: 'fragile', completeness: 1 });
    expect(scorePerennite(defaultProfile, allAt(2))).toMatchObject({ overall: 50, band: 'to-consolidate' });
    const top = scorePerennite(defaultProfile, allAt(4));
    expect(top).toMatchObject({ overall: 100, band: 'solid', weaknesses: [], unanswered: [] });
    expect(top.strengths[0]).toBe('needs-fit'); // the heaviest weight first
  });

  it('caps the overall score when the activity does not meet the needs (needs-fit 0 → 35, 1 → 60)', () => {
    const r0 = scorePerennite(defaultProfile, { ...allAt(4), 'needs-fit': 0 });
    expect(r0.overall).toBe(35);
    expect(r0.band).toBe('fragile');
    expect(r0.trace.needsFitCap).toEqual({ answer: 0, cap: 35, applied: true });
    expect(r0.groups.economics.score).toBe(100); // the groups are not capped
    const r1 = scorePerennite(defaultProfile, { ...allAt(4), 'needs-fit': 1 });
    expect(r1.overall).toBe(60);
    expect(r1.band).toBe('to-consolidate');
    expect(scorePerennite(defaultProfile, { ...allAt(4), 'needs-fit': 2 }).trace.needsFitCap.applied).toBe(false);
  });

  it('gives no score, no band and zero completeness when nothing is answered', () => {
    const r = scorePerennite(defaultProfile, {});
    expect(r).toMatchObject({ overall: null, band: null, completeness: 0 });
    expect(r.unanswered).toHaveLength(18);
    expect(r.unanswered.every((u) => u.couldChangeBand)).toBe(true);
    expect(r.unanswered[0]!.criterionId).toBe('needs-fit');
    for (const g of CRITERION_GROUP_IDS) expect(r.groups[g].score).toBeNull();
  });

  it('drops not-applicable answers from the mean but counts them as complete', () => {
    const r = scorePerennite(defaultProfile, { ...allAt(3), 'local-media': 'not-applicable', networks: 'not-applicable' });
    expect(r.overall).toBe(75);
    expect(r.completeness).toBe(1);
    expect(r.counts).toMatchObject({ answered: 16, notApplicable: 2, unknown: 0 });
    expect(r.criteria['local-media']).toMatchObject({ score: null, contribution: null });
  });

  it('says which unanswered criteria could move the band (by trying 0 and 4)', () => {
    // 16 criteria at 3 (mean 75, solid); needs-fit and public-authorities unknown.
    const answers = { ...allAt(3) } as Record<CriterionId, unknown>;
    delete answers['needs-fit'];
    delete answers['public-authorities'];
    const r = scorePerennite(defaultProfile, answers as Answers);
    expect(r.band).toBe('solid');
    const nf = r.unanswered.find((u) => u.criterionId === 'needs-fit')!;
    expect(nf).toMatchObject({ couldChangeBand: true, bandIfLowest: 'fragile', overallIfLowest: 35, bandIfHighest: 'solid' });
    const pa = r.unanswered.find((u) => u.criterionId === 'public-authorities')!;
    // weights: 37 answered (46 − 6 − 3); at 0: 75·37/40 = 69.375 → to-consolidate
    expect(pa.overallIfLowest).toBeCloseTo(69.375, 9);
    expect(pa).toMatchObject({ couldChangeBand: true, bandIfLowest: 'to-consolidate', bandIfHighest: 'solid' });
    expect(r.unanswered.map((u) => u.criterionId)).toEqual(['needs-fit', 'public-authorities']);
  });

  it('ranks weaknesses by lost points (weight × (100 − score))', () => {
    const r = scorePerennite(defaultProfile, { ...allAt(3), spreading: 0, 'financial-autonomy': 1, 'local-media': 1 });
    // financial-autonomy 4 × 75 = 300 > spreading 1 × 100 = 100 > local-media 1 × 75 = 75
    expect(r.weaknesses).toEqual(['financial-autonomy', 'spreading', 'local-media']);
  });

  it('ignores invalid weights and answers without throwing, and lists them in the trace', () => {
    const profile = { weights: { 'needs-fit': 2, networks: -1, spreading: Number.NaN, bogus: 3 } } as unknown as WeightProfile;
    const answers = { 'needs-fit': 4, networks: 7, bogus: 2 } as unknown as Answers;
    const r = scorePerennite(profile, answers);
    expect(r.overall).toBe(100);
    // unknown keys first (sorted), then invalid weights in catalogue order
    expect(r.trace.ignoredWeights).toEqual([
      { key: 'bogus', reason: 'unknown-criterion' },
      { key: 'spreading', reason: 'invalid-weight' },
      { key: 'networks', reason: 'invalid-weight' },
    ]);
    expect(r.trace.ignoredAnswers).toEqual([
      { key: 'bogus', reason: 'unknown-criterion' },
      { key: 'networks', reason: 'invalid-answer' },
    ]);
  });

  it('records the model version, the profile and the date given', () => {
    const r = scorePerennite(weightProfileFor({ zonings: ['qpv'] }), {}, { date: '2026-11-22' });
    expect(r.modelVersion).toMatch(/^terreau-perennite\/\d+\.\d+\.\d+$/);
    expect(r.profileId).toBe('default+urban-qpv');
    expect(r.date).toBe('2026-11-22');
  });
});
