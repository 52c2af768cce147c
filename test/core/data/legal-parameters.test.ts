import { describe, expect, it } from 'vitest';
import { LEGAL_PARAMETER_IDS, LegalParameter, OUR_READING, RULES_CREATED_AFTER_2019, legalParameterOn, legalParameters } from '@terreau/core';

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
    expect(legalParameterOn('no-publicity-threshold-supplies', '2018-12-31')).toMatchObject({
      ok: false,
      code: 'before-first-version',
      firstValidFrom: '2019-01-01',
    });
    expect(legalParameterOn('social-condition-above-eu', '2026-08-21')).toMatchObject({ ok: false, code: 'before-first-version', firstValidFrom: '2026-08-22' });
    expect(legalParameterOn('eu-threshold-works', '2028-01-01')).toMatchObject({ ok: false, code: 'after-last-version', lastValidTo: '2027-12-31' });
    expect(legalParameterOn('allotment', '2026-02-30')).toMatchObject({ ok: false, code: 'invalid-date' });
    expect(legalParameterOn('no-such-rule', '2026-01-01')).toMatchObject({ ok: false, code: 'unknown-parameter' });
  });
});

describe('legal parameters brought to 2026', () => {
  const months: string[] = [];
  for (let y = 2019; y <= 2027; y += 1) for (let m = 1; m <= 12; m += 1) months.push(`${y}-${String(m).padStart(2, '0')}-15`);

  it('answers for any day since 2019 (a version, or "before-first-version" for the rules created later)', () => {
    for (const p of legalParameters) {
      for (const day of months) {
        const r = legalParameterOn(p.id, day);
        if (r.ok) continue;
        expect(r.code, `${p.id} ${day}`).toBe('before-first-version');
        expect(RULES_CREATED_AFTER_2019.includes(p.id), `${p.id} ${day}`).toBe(true);
      }
    }
  });

  it('keeps the works threshold history since 2020 (40 000, 70 000, then 100 000 € HT)', () => {
    const works = (d: string) => legalParameterOn('no-publicity-threshold-works', d);
    expect(works('2019-06-01')).toMatchObject({ value: 25_000 });
    expect(works('2020-03-01')).toMatchObject({ value: 40_000 });
    expect(works('2020-09-01')).toMatchObject({ value: 70_000 });
    expect(works('2021-06-01')).toMatchObject({ value: 100_000, source: expect.stringContaining('2020-1525') });
    expect(works('2024-06-01')).toMatchObject({ value: 100_000, source: expect.stringContaining('2022-1683') });
    expect(works('2025-06-01')).toMatchObject({ value: 100_000, source: expect.stringContaining('2024-1217') });
    expect(works('2026-12-02')).toMatchObject({ value: 100_000, source: expect.stringContaining('2025-1386') });
  });

  it('makes environmental conditions compulsory from 2026-08-22 (loi Climat et résilience, art. 35), a social one above the EU thresholds', () => {
    expect(legalParameterOn('environmental-condition', '2026-08-21')).toMatchObject({ ok: true, extra: { mandatory: 0 } });
    expect(legalParameterOn('environmental-condition', '2026-08-22')).toMatchObject({ ok: true, extra: { mandatory: 1 }, source: expect.stringContaining('2021-1104') });
    expect(legalParameterOn('social-condition-above-eu', '2026-12-02')).toMatchObject({ ok: true, source: expect.stringContaining('L2112-2-1') });
  });

  it('holds the social and specific services route, SPASER and the subsidy figures with their dates', () => {
    expect(legalParameterOn('social-specific-services', '2026-12-02')).toMatchObject({ value: 750_000, source: expect.stringContaining('R2123-1 3°') });
    expect(legalParameterOn('spaser', '2022-06-01')).toMatchObject({ value: 100_000_000 });
    expect(legalParameterOn('spaser', '2023-01-01')).toMatchObject({ value: 50_000_000, source: expect.stringContaining('2022-767') });
    expect(legalParameterOn('subsidy-convention-threshold', '2026-12-02')).toMatchObject({ value: 23_000 });
    expect(legalParameterOn('de-minimis-ceiling', '2023-12-31')).toMatchObject({ value: 200_000 });
    expect(legalParameterOn('de-minimis-ceiling', '2024-01-01')).toMatchObject({ value: 300_000 });
    expect(legalParameterOn('contrat-engagement-republicain', '2022-01-01')).toMatchObject({ ok: false });
    expect(legalParameterOn('ptce-call-funding', '2025-06-01')).toMatchObject({ value: 62_500, extra: { laureates: 8, totalEur: 500_000 } });
    expect(legalParameterOn('evs-funding', '2026-12-02')).toMatchObject({ approximate: true, extra: { referenceYear: 2021 } });
  });

  it('marks the sources we could not check as the team’s reading', () => {
    const ours = legalParameters.flatMap((p) => p.versions.filter((v) => v.source.includes(OUR_READING)).map(() => p.id));
    expect(ours).toEqual(expect.arrayContaining(['ptce-call-funding', 'late-payment-state']));
  });
});

