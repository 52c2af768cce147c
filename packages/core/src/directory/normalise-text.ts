// Text folded for search and comparison: "Pôle", "POLE" and "pole" are the same word, and so are
// "l’Atelier" and "l'atelier", "Saint-Clair" and "Saint Clair".

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ĳ: 'ij', ﬁ: 'fi', ﬂ: 'fl', ø: 'o', ð: 'd', þ: 'th', ł: 'l', đ: 'd' };
const LIGATURE_RE = /[œæßĳﬁﬂøðþłđ]/g;
// The combining diacritical blocks (Latin, Greek, Cyrillic accents after NFD). Marks of other
// scripts (Indic vowel signs…) are part of their letters and are kept.
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;
/** Anything that is neither a letter nor a digit: apostrophes, dashes, spaces, punctuation. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Folds a text for matching: lower case, accents removed (NFD then combining accents dropped),
 * ligatures spelt out (œ → oe, æ → ae), and every run of apostrophes, dashes, spaces and other
 * punctuation turned into one space, trimmed.
 */
export function normaliseText(text: string): string {
  // Fast path: plain ASCII needs neither decomposition nor Unicode classes.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
  const folded = text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
  return folded.replace(NON_ASCII.test(folded) ? SEPARATORS : ASCII_SEPARATORS, ' ').trim();
}
