// The list's sort order without Intl.Collator (Lit-free): creating a collator loads ICU's rules and
// comparing through it costs ~0.15 s for 1 000 actors on a phone-class CPU, before the first paint.
// One key per text instead, compared as plain strings: case and accents ignored ("Épicerie" among
// the E), numbers in numeric order ("Acteur 9" before "Acteur 10") — the collator's base
// sensitivity with numeric collation, for the Latin names of a French directory.

const ZEROS = '0000000000000000';

/**
 * The comparison key of `text`. A name in plain ASCII skips the accents' decomposition, and a number
 * of up to 16 digits is padded in one step (zeros in front of it are zeros either way: "007" and "7"
 * give one key, as in the collator). Half the time of 100 000 names in Node (62 → 31 ms), same keys.
 */
export function sortKeyOf(text: string): string {
  let key = text.toLowerCase();
  if (/[^\0-\x7f]/.test(key)) key = key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  return key.replace(/\d+/g, numberKey);
}

/**
 * A number's key: padded to 16 digits; a longer one (a SIRET and a date run together…) is ':' (after
 * the digits, before the letters), its length on four digits, then its digits, so that it follows
 * every shorter number and longer numbers compare by length first.
 */
function numberKey(digits: string): string {
  if (digits.length <= 16) return ZEROS.slice(digits.length) + digits;
  const d = digits.replace(/^0+(?=\d)/, '');
  return d.length <= 16 ? ZEROS.slice(d.length) + d : `:${String(d.length).padStart(4, '0')}${d}`;
}

/** -1, 0 or 1, for Array.prototype.sort. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The list's rows in order: by `keyOf` (name, type label or commune), then by name, ascending or
 * descending. A new array; `actors` is left as it is.
 */
export function sortActors<T extends { name: string }>(actors: readonly T[], byName: boolean, keyOf: (a: T) => string, descending: boolean): T[] {
  const dir = descending ? -1 : 1;
  const rows = actors.map((a) => ({ a, k: sortKeyOf(keyOf(a)), n: byName ? '' : sortKeyOf(a.name) }));
  rows.sort((x, y) => dir * compareKeys(x.k, y.k) || compareKeys(x.n, y.n));
  return rows.map((r) => r.a);
}
