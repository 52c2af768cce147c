import { describe, expect, it } from 'vitest';
import { LEGAL_PARAMETER_IDS, LegalParameter, legalParameterOn, legalParameters } from '@terreau/core';

function valueOn(id: Parameters<typeof legalParameterOn>[0], date: string): number | null | undefined {
  const found = legalParameterOn(id, date);
  return found.ok ? found.value : undefined;
}

describe('legalParameters', () => {
  it('holds every parameter id once, each valid and without overlapping versions', () => {
    expect(legalParameters.map((p) => p.id)).toEqual([...LEGAL_PARAMETER_IDS]);
    for (const p of legalParameters) expect(LegalParameter.safeParse(p).success, p.id).toBe(true);
  });

  it('rejects overlapping versions', () => {
    const bad = {
      id: 'allotment',
      versions: [
        { validFrom: '2020-01-01', validTo: '2021-06-30', value: null, unit: 'none', source: 'x' },
        { validFrom: '2021-01-01', value: null, unit: 'none', source: 'y' },
      ],
    };
    expect(LegalParameter.safeParse(bad).success).toBe(false);
  });
});

describe('legalParameterOn', () => {
  it('switches the no-publicity threshold for supplies and services from 40 000 to 60 000 € HT on 2026-04-01', () => {
    expect(valueOn('no-publicity-threshold-supplies', '2026-03-31')).toBe(40_000);
    expect(valueOn('no-publicity-threshold-supplies', '2026-04-01')).toBe(60_000);
    const v = legalParameterOn('no-publicity-threshold-supplies', '2026-04-01');
    expect(v.ok && v.source).toContain('2025-1386');
    expect(v.ok && v.unit).toBe('eur-ht');
  });

  it('gives 100 000 € HT for works from 2026-01-01', () => {
    expect(valueOn('no-publicity-threshold-works', '2026-01-01')).toBe(100_000);
  });

  it('gives the 2026–2027 EU thresholds', () => {
    expect(valueOn('eu-threshold-supplies-local', '2026-06-15')).toBe(216_000);
    expect(valueOn('eu-threshold-works', '2027-12-31')).toBe(5_404_000);
    expect(valueOn('eu-threshold-works', '2025-12-31')).toBe(5_538_000);
  });

  it('caps public capital in a SCIC at 50 % and reserved ESS contracts at 3 years', () => {
    expect(valueOn('scic-public-capital-cap', '2026-01-01')).toBe(0.5);
    expect(valueOn('reserved-contract-ess', '2026-01-01')).toBe(3);
    expect(valueOn('reserved-contract-siae', '2026-01-01')).toBe(0.5);
  });

  it('says clearly when no version applies, without throwing', () => {
    expect(legalParameterOn('no-publicity-threshold-supplies', '2019-12-31')).toMatchObject({
      ok: false,
      code: 'before-first-version',
      firstValidFrom: '2020-01-01',
    });
    expect(legalParameterOn('eu-threshold-works', '2028-01-01')).toMatchObject({ ok: false, code: 'after-last-version', lastValidTo: '2027-12-31' });
    expect(legalParameterOn('allotment', '2026-02-30')).toMatchObject({ ok: false, code: 'invalid-date' });
    expect(legalParameterOn('no-such-rule', '2026-01-01')).toMatchObject({ ok: false, code: 'unknown-parameter' });
  });
});
