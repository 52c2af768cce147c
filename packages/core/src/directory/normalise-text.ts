// Text folded for search and comparison: "Pôle", "POLE" and "pole" are the same word, and so are
// "l’Atelier" and "l'atelier", "Saint-Clair" and "Saint Clair".

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ĳ: 'ij', ﬁ: 'fi', ﬂ: 'fl', ø: 'o', ð: 'd', þ: 'th', ł: 'l', đ: 'd' };
const LIGATURE_RE = /[œæßĳﬁﬂøðþłđ]/g;
const COMBINING_MARKS = /\p{M}+/gu;
/** Anything that is neither a letter nor a digit: apostrophes, dashes, spaces, punctuation. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Folds a text for matching: lower case, accents removed (NFD then combining marks dropped),
 * ligatures spelt out (œ → oe, æ → ae), and every run of apostrophes, dashes, spaces and other
 * punctuation turned into one space, trimmed.
 */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .replace(SEPARATORS, ' ')
    .trim();
}
