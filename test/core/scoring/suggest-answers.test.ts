import { describe, expect, it } from 'vitest';
import { defaultIndicatorBands, IndicatorBand, readIndicatorBand, scorePerennite, suggestAnswers, weightProfileFor } from '@terreau/core';
import { workedFigures } from './support/worked-figures.js';

describe('suggestAnswers', () => {
  it('turns the worked example into suggestions for the economics criteria, with their basis', () => {
    const { answers, suggestions } = suggestAnswers(workedFigures);
    // autonomy: dependence 58 % → 2, largest funder 37.5 % → 2, equity ratio 0.3 → 3; mean 2.33 → 2
    // access: Herfindahl 0.375 → 3; management: 81 days → 3, net cash 47 days → 3, margin 5 % → 4 → 3
    // market share 33 % → 3; investment: CAF ratio 10 % → 4, equity 0.3 → 3 → 3
    expect(answers).toEqual({
      'financial-autonomy': 2,
      'subsidy-access': 3,
      'financial-management': 3,
      'market-hybridisation': 3,
      'investment-capacity': 3,
    });
    const autonomy = suggestions.find((s) => s.criterionId === 'financial-autonomy')!;
    expect(autonomy.basis.map((b) => [b.indicatorId, b.answer, b.band])).toEqual([
      ['subsidy-dependence', 2, { from: 0.5, to: 0.65 }],
      ['largest-funder-share', 2, { from: 0.35, to: 0.5 }],
      ['equity-ratio', 3, { from: 0.25, to: 0.5 }],
    ]);
  });

  it('suggests nothing without figures, and never for team or ecosystem criteria', () => {
    expect(suggestAnswers({}).suggestions).toEqual([]);
    const ids = suggestAnswers(workedFigures).suggestions.map((s) => s.criterionId);
    expect(ids.every((id) => !['mission-fit', 'networks', 'needs-fit'].includes(id))).toBe(true);
  });

  it('reads band edges as documented', () => {
    const higher = defaultIndicatorBands.find((b) => b.indicatorId === 'working-capital-days')!; // 0, 30, 60, 90
    expect(readIndicatorBand(higher, -1).answer).toBe(0);
    expect(readIndicatorBand(higher, 0).answer).toBe(1);
    expect(readIndicatorBand(higher, 89.9).answer).toBe(3);
    expect(readIndicatorBand(higher, 90)).toEqual({ band: { from: 90, to: null }, answer: 4 });
    const lower = defaultIndicatorBands.find((b) => b.indicatorId === 'subsidy-dependence')!; // 0.3, 0.5, 0.65, 0.8
    expect(readIndicatorBand(lower, 0.5).answer).toBe(3);
    expect(readIndicatorBand(lower, 0.51).answer).toBe(2);
    expect(readIndicatorBand(lower, 0.95)).toEqual({ band: { from: 0.8, to: null }, answer: 0 });
  });

  it('lets the bands be overridden', () => {
    const strict: IndicatorBand[] = [
      { criterionId: 'market-hybridisation', indicatorId: 'market-revenue-share', direction: 'higher-is-better', thresholds: [0.4, 0.6, 0.8, 0.9] },
    ];
    expect(IndicatorBand.safeParse(strict[0]).success).toBe(true);
    expect(suggestAnswers(workedFigures, { bands: strict }).answers).toEqual({ 'market-hybridisation': 0 });
  });

  it('rejects bands whose thresholds do not increase', () => {
    expect(IndicatorBand.safeParse({ criterionId: 'spreading', indicatorId: 'net-cash', direction: 'higher-is-better', thresholds: [3, 2, 4, 5] }).success).toBe(false);
  });
});

describe('suggestions inside scorePerennite', () => {
  const profile = weightProfileFor();
  it('fill unknown economics criteria, marked as suggested', () => {
    const r = scorePerennite(profile, { 'needs-fit': 3 }, { figures: workedFigures });
    expect(r.criteria['financial-autonomy']).toMatchObject({ answer: 2, source: 'suggested', score: 50 });
    expect(r.counts).toMatchObject({ answered: 1, suggested: 5 });
    expect(r.trace.suggestions.find((s) => s.criterionId === 'subsidy-access')?.used).toBe(true);
    expect(r.trace.indicators?.['working-capital'].value).toBe(24_000);
  });

  it('never override the user: a level or not-applicable wins, unknown takes the suggestion', () => {
    const r = scorePerennite(
      profile,
      { 'financial-autonomy': 4, 'subsidy-access': 'not-applicable', 'financial-management': 'unknown' },
      { figures: workedFigures },
    );
    expect(r.criteria['financial-autonomy']).toMatchObject({ answer: 4, source: 'answer' });
    expect(r.criteria['subsidy-access']).toMatchObject({ answer: 'not-applicable', source: 'answer', score: null });
    expect(r.criteria['financial-management']).toMatchObject({ answer: 3, source: 'suggested' });
    expect(r.trace.suggestions.find((s) => s.criterionId === 'financial-autonomy')?.used).toBe(false);
  });
});
