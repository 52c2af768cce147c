// How the readers tidy a code as real files write it — pandas decimals, leading zeros a spreadsheet
// dropped, the DGEFP's département halves, NAF codes without their dot or of an older nomenclature.
// One home for the full path (formats/actor-row.ts) and the fast path (ingest/fast-actor.ts): the fast
// path takes a row only when tidying it leaves no note, so both give the same code.
import type { RowNote } from './actor-row.js';
import { CODE_SHAPES } from '../schema/actor-limits.js';

/** "84200.0" → "84200": the numbers a spreadsheet or pandas wrote for a code column. */
export function dropZeroDecimals(s: string): string {
  return s.includes('.') && /^\d+\.0+$/.test(s) ? s.slice(0, s.indexOf('.')) : s;
}

/** Restores the leading zeros a spreadsheet dropped ("1500" → "01500"), pandas decimals removed. */
export function padCode(value: string, length: number): string {
  const s = dropZeroDecimals(value.trim());
  return /^\d+$/.test(s) && s.length < length && s.length >= length - 1 ? s.padStart(length, '0') : s;
}

/**
 * A département code as real lists write it: "001" (three digits, DGEFP/ASP) → "01", "2a" → "2A",
 * "59L"/"59V" (the DGEFP's two halves of the Nord) → "59" with a note. Overseas "971"… kept.
 */
export function tidyDepartement(value: string, notes: RowNote[] | undefined): string {
  const s = dropZeroDecimals(value.trim()).toUpperCase();
  if (/^0\d\d$/.test(s) || /^0(2[AB])$/.test(s)) return s.slice(1);
  const suffixed = /^(\d{2})[A-Z]$/.exec(s);
  if (suffixed) {
    notes?.push({ path: 'departementCode', code: 'departement_suffix_dropped', value: value.trim() });
    return suffixed[1] as string;
  }
  return /^\d$/.test(s) ? `0${s}` : s;
}

/**
 * A code of an older activity nomenclature, as Sirene still gives it for old units (its column
 * nomenclatureActivitePrincipale… says NAFRev1, NAF1993 or NAP): "45.2R", "74.8B" (NAF rév. 1 and
 * NAF 1993), "22.02", "57.10" (NAP, written with its dot: four bare digits may be anything). Such a
 * code is not a NAF rev. 2 code: it is left out, with a note.
 */
const OLDER_NAF = /^\d{2}\.?\d[A-Z]$|^\d{2}\.\d{2}$/;

/**
 * A NAF code as written ("8899b", "88.99B") → "88.99B"; a code of an older nomenclature is left out
 * (undefined) with a `naf_old_nomenclature` note; anything else is returned upper-cased, for the
 * schema to judge.
 */
export function tidyNaf(value: string, notes: RowNote[] | undefined): string | undefined {
  let naf = value.toUpperCase();
  if (/^\d{4}[A-Z]$/.test(naf)) naf = `${naf.slice(0, 2)}.${naf.slice(2)}`;
  if (!CODE_SHAPES.naf.test(naf) && OLDER_NAF.test(naf)) {
    notes?.push({ path: 'naf', code: 'naf_old_nomenclature', value });
    return undefined;
  }
  return naf;
}
