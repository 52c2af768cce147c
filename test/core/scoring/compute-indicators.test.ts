import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINANCIAL_INDICATOR_IDS, IndicatorValue, computeIndicators } from '@terreau/core';
import type { Figures } from '@terreau/core';
import { figuresArb } from './support/arbitraries.js';
import { workedFigures } from './support/worked-figures.js';

describe('computeIndicators on a worked example', () => {
  const ind = computeIndicators(workedFigures);
  // revenue R = 40 000 + 70 000 + 10 000 = 120 000; cash expenses = 114 000 − 6 000 = 108 000
  it.each([
    ['working-capital', 24_000], // 36 000 + 10 000 − 22 000
    ['working-capital-days', (24_000 / 108_000) * 365], // ≈ 81.1
    ['working-capital-need', 10_000], // 0 (stocks) + 30 000 − 20 000
    ['net-cash', 14_000],
    ['net-cash-days', (14_000 / 108_000) * 365], // ≈ 47.3
    ['self-financing-capacity', 12_000], // (120 000 − 114 000) + 6 000
    ['self-financing-ratio', 0.1],
    ['subsidy-dependence', 70_000 / 120_000], // ≈ 58 %, above the 50 % watch line
    ['largest-funder-share', 45_000 / 120_000], // the commune, both lines
    ['funder-herfindahl', 0.375], // (45² + 15² + 10² + 5² + 5²) / 80²
    ['market-revenue-share', 1 / 3],
    ['equity-ratio', 0.3],
    ['revenue-concentration', 66 / 144], // (1/3)² + (7/12)² + (1/12)² + 0²
    ['admin-cost-ratio', 0.15],
    ['operating-margin', 0.05],
  ] as const)('%s = %d', (id, expected) => {
    expect(ind[id].value).toBeCloseTo(expected, 9);
    expect(ind[id].missing).toEqual([]);
  });

  it('says which optional inputs were taken as 0 and keeps the inputs used', () => {
    expect(ind['working-capital-need'].assumed).toEqual(['stocks']);
    expect(ind['working-capital'].inputs).toEqual({ equity: 36_000, longTermDebts: 10_000, netFixedAssets: 22_000 });
    expect(ind['working-capital-days'].unit).toBe('days');
  });
});

describe('computeIndicators with missing or degenerate figures', () => {
  it('returns null with the missing inputs named', () => {
    const ind = computeIndicators({ equity: 1000 });
    expect(ind['working-capital']).toMatchObject({ value: null, reason: 'missing-input', missing: ['netFixedAssets'] });
    expect(ind['subsidy-dependence']).toMatchObject({ value: null, missing: ['revenues'] });
    expect(ind['net-cash-days'].missing).toEqual(['netFixedAssets', 'receivables', 'shortTermDebts', 'expenses.total']);
    expect(ind['admin-cost-ratio'].missing).toEqual(['expenses.admin', 'expenses.total']);
  });

  it('returns null (zero denominator) for ratios of a zero revenue, never NaN', () => {
    const ind = computeIndicators({ revenues: {}, expenses: { total: 0 } });
    expect(ind['subsidy-dependence']).toMatchObject({ value: null, reason: 'zero-denominator' });
    expect(ind['funder-herfindahl']).toMatchObject({ value: null, reason: 'zero-denominator' });
    expect(ind['self-financing-capacity'].value).toBe(0);
  });

  it('counts no funder as a 0 largest-funder share (a fully market-funded enterprise)', () => {
    expect(computeIndicators({ revenues: { sales: 1000 } })['largest-funder-share'].value).toBe(0);
  });

  it('never gives NaN or Infinity, whatever the figures', () => {
    fc.assert(
      fc.property(figuresArb, (figures) => {
        const ind = computeIndicators(figures);
        expect(Object.keys(ind)).toEqual([...FINANCIAL_INDICATOR_IDS]);
        for (const id of FINANCIAL_INDICATOR_IDS) {
          const v = ind[id];
          expect(IndicatorValue.safeParse(v).success).toBe(true);
          if (v.value !== null) expect(Number.isFinite(v.value)).toBe(true);
          else expect(v.reason).toBeDefined();
          for (const x of Object.values(v.inputs)) expect(Number.isFinite(x)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('treats hand-built NaN / Infinity figures as missing instead of propagating them', () => {
    const bad = { revenues: { sales: Number.NaN, other: Number.POSITIVE_INFINITY }, equity: Number.NaN, netFixedAssets: 1 } as unknown as Figures;
    const ind = computeIndicators(bad);
    for (const id of FINANCIAL_INDICATOR_IDS) {
      const v = ind[id].value;
      expect(v === null || Number.isFinite(v)).toBe(true);
    }
    expect(ind['working-capital'].missing).toEqual(['equity']);
  });
});
