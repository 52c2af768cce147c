import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatNumberIn } from '../../../packages/elements/src/internal/format-number.js';

// The counts a map shows (actors on the map, rows, filter counts) are grouped without Intl, to spare
// the first paint the loading of ICU's locale data: they must read exactly as Intl writes them.
describe('formatNumberIn', () => {
  const intl = (locale: 'fr' | 'en', n: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR').format(n);

  it('writes whole counts as Intl.NumberFormat does, in French and English', () => {
    fc.assert(
      fc.property(fc.constantFrom<'fr' | 'en'>('fr', 'en'), fc.oneof(fc.nat(20000), fc.maxSafeNat()), (locale, n) => {
        expect(formatNumberIn(locale, n)).to.equal(intl(locale, n));
      }),
      { numRuns: 2000 },
    );
    expect(formatNumberIn('fr', 12345)).to.equal('12\u202f345');
    expect(formatNumberIn('en', 1234567)).to.equal('1,234,567');
  });

  it('leaves decimals and negatives to Intl (3,5 Mo; -1 234)', () => {
    for (const n of [3.5, 200.5, -1234, 0.25, 1e21]) {
      expect(formatNumberIn('fr', n)).to.equal(intl('fr', n));
      expect(formatNumberIn('en', n)).to.equal(intl('en', n));
    }
  });
});
