// One rule for a `date` option or attribute (the map's and the advisor's `date`, core's sourcing note):
// a real calendar day is kept, anything else — 2026-02-30 included — is today.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOrToday, todayIso } from '@terreau/core';

describe('dayOrToday', () => {
  it('keeps any real calendar day (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        expect(dayOrToday(day)).toBe(day);
      }),
    );
  });

  it('says today for impossible days and anything else', () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31', '26-01-01', '2026-1-1', '', 'demain', undefined, null]) {
      expect(dayOrToday(bad), String(bad)).toBe(todayIso());
    }
    expect(dayOrToday('2024-02-29')).toBe('2024-02-29');
  });
});
