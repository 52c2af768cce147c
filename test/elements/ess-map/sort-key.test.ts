// The list's order (sort-key.ts): what a French directory's reader expects — case and accents ignored,
// numbers in numeric order — checked against the browser's own collator on generated names.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareKeys, sortActors, sortKeyOf } from '../../../packages/elements/src/ess-map/sort-key.js';

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

// Names as a directory has them: Latin letters with French accents and ligatures, spaces, numbers
// (with leading zeros at times) of up to 16 digits, and longer runs of digits (17 to 30, or numbers side by side).
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâîïôöùûüçÉÈÊÀÂÎÔÙÛÇœŒæÆ'.split(''));
const digits = fc.stringMatching(/^[0-9]{1,16}$/);
const longDigits = fc.stringMatching(/^[0-9]{17,30}$/);
const name = fc.array(fc.oneof(letter, letter, letter, fc.constant(' '), digits, longDigits), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

describe('sortKeyOf', () => {
  it('orders two names as the French collator does (base letters, numeric)', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sign(compareKeys(sortKeyOf(a), sortKeyOf(b))), `${a} / ${b}`).to.equal(sign(collator.compare(a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('puts "Acteur 9" before "Acteur 10", "Épicerie" among the E, and ignores case and leading zeros', () => {
    const names = ['Zèbre', 'acteur 10', 'Acteur 9', 'Épicerie', 'Etable', 'eveil', 'Acteur 009b', 'Œuvre', 'Oasis'];
    const sorted = sortActors(names.map((n) => ({ name: n })), true, (a) => a.name, false).map((a) => a.name);
    expect(sorted).to.deep.equal(['Acteur 9', 'Acteur 009b', 'acteur 10', 'Épicerie', 'Etable', 'eveil', 'Oasis', 'Œuvre', 'Zèbre']);
    expect(sortKeyOf('Acteur 007')).to.equal(sortKeyOf('ACTEUR 7'));
    // Past 16 digits: by length, then digits (a 17-digit number was put before a 16-digit one).
    const lots = ['Lot 10000000000000000', 'Lot 2000000000000000', 'Lot 0099999999999999999', 'Lot 9', 'Lot a'];
    expect(sortActors(lots.map((n) => ({ name: n })), true, (a) => a.name, false).map((a) => a.name)).to.deep.equal([
      'Lot 9', 'Lot 2000000000000000', 'Lot 10000000000000000', 'Lot 0099999999999999999', 'Lot a',
    ]);
  });

  it('sorts by another key, then by name, either way', () => {
    const rows = [
      { name: 'B', commune: 'Valence' },
      { name: 'a', commune: 'Die' },
      { name: 'C', commune: 'valence' },
    ];
    expect(sortActors(rows, false, (r) => r.commune, false).map((r) => r.name)).to.deep.equal(['a', 'B', 'C']);
    expect(sortActors(rows, false, (r) => r.commune, true).map((r) => r.name)).to.deep.equal(['B', 'C', 'a']);
  });
});
