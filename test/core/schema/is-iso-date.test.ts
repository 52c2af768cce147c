import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IsoDate, isIsoDate } from '@terreau/core';

describe('isIsoDate', () => {
  it('accepts real days, leap days included', () => {
    for (const d of ['2026-04-01', '2024-02-29', '2000-02-29', '1999-12-31']) expect(isIsoDate(d)).toBe(true);
  });
  it('rejects impossible days and other shapes', () => {
    for (const d of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-4-1', '01/04/2026', '2026-04-01T00:00', '']) {
      expect(isIsoDate(d)).toBe(false);
    }
  });
  it('agrees with the calendar of Date for every day of 1900–2100', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(isIsoDate(iso)).toBe(true);
      }),
    );
  });
  it('gives one invalid_date issue for a bad date, not two', () => {
    const result = IsoDate.safeParse('2026-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['invalid_date']);
  });
});
