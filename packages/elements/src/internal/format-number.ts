// Numbers as each locale writes them: "12 345" (fr-FR, narrow no-break space) and "12,345" (en-GB).
// Whole non-negative numbers — the counts of actors, rows, results the widgets show — are grouped
// here by hand, exactly as Intl.NumberFormat groups them: the first Intl.NumberFormat of a page loads
// the locale's ICU data, which took 60 ms (250 ms on a 4× slowed CPU) right when a map first shows
// its data. Anything else (decimals, negatives, huge values) goes to Intl, one formatter per locale.

const formatters: Partial<Record<'fr' | 'en', Intl.NumberFormat>> = {};

/** Formats `n` the way `locale` writes it (fr: 12 345, 3,5; en: 12,345, 3.5). */
export function formatNumberIn(locale: 'fr' | 'en', n: number): string {
  // A separator before each group of three digits that ends the number.
  if (Number.isSafeInteger(n) && n >= 0) return String(n).replace(/\B(?=(\d{3})+$)/g, locale === 'en' ? ',' : '\u202f');
  return (formatters[locale] ??= new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR')).format(n);
}
