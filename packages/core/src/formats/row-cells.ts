// How a row's cells become an actor's values, for the rules that pick, fall back or convert: the
// identifiers (tidied, then the SIREN a SIRET gives), the id and the name (their fallbacks), the
// coordinates and their precision, the headcount, the creation year, the provenance defaults.
// One home for the full row path (formats/actor-row.ts, then the schema judges) and the fast path
// (ingest/fast-actor.ts, which takes a row only when the schema would accept what these give), so
// the two cannot disagree. Pure and zod-free: the widgets' first, zod-free try carries it.
//
// Each function takes the cells as the row reader holds them: text trimmed and never blank, or a
// value of another type (from JSON) passed through for the schema to judge; undefined when absent.
import { normaliseIdentifier } from '../schema/identifiers.js';
import { LOCATION_PRECISIONS } from '../schema/actor-limits.js';
import { dropZeroDecimals } from './tidy-codes.js';
import type { RowNote } from './actor-row.js';

/** Provenance source of a row without one, when the reader is given none. */
export const DEFAULT_SOURCE = 'import';

/** True when every character of `s` is an ASCII digit and there are `length` of them (any length when not given). */
export function isDigits(s: string, length?: number): boolean {
  if (length !== undefined ? s.length !== length : s.length === 0) return false;
  for (let i = 0; i < s.length; i += 1) {
    if (!isDigitCode(s.charCodeAt(i))) return false;
  }
  return true;
}

// ——— identifiers, id, name ———

/**
 * A SIREN, SIRET or RNA cell as the actor holds it: pandas decimals dropped (not for an RNA, where
 * "W…" holds no number), spaces, dots and dashes removed, upper case. A number (JSON) as its text.
 */
export function identifierOfCell(value: unknown, rna: boolean): unknown {
  if (typeof value === 'string') {
    // digits alone are kept as they are (what the rule below gives them, without its work)
    if (isDigits(value)) return value;
    return normaliseIdentifier(rna ? value : dropZeroDecimals(value.trim()));
  }
  return typeof value === 'number' ? String(value) : value;
}

/** Identifiers being read: given (a JSON object's) or from cells. */
export interface IdentifierValues {
  siren?: unknown;
  siret?: unknown;
  rna?: unknown;
}

/**
 * The identifiers of a row's cells, written into `into` (which may hold a JSON object's): each cell
 * tidied (identifierOfCell), then, when no SIREN is held, the one a 14-digit SIRET begins with.
 */
export function identifiersOfCells(into: IdentifierValues, siren: unknown, siret: unknown, rna: unknown): void {
  if (siren !== undefined) into.siren = identifierOfCell(siren, false);
  if (siret !== undefined) into.siret = identifierOfCell(siret, false);
  if (rna !== undefined) into.rna = identifierOfCell(rna, true);
  const s = into.siret;
  if (into.siren === undefined && typeof s === 'string' && isDigits(s, 14)) into.siren = s.slice(0, 9);
}

/**
 * The id of a row: its id cell (a number as text), else its SIRET, its SIREN, its RNA number, else
 * `row-N` (N = index + 1) when the index is known.
 */
export function idOfCells(id: unknown, identifiers: IdentifierValues, index: number | undefined): unknown {
  if (id !== undefined) return typeof id === 'number' ? String(id) : id;
  return identifiers.siret ?? identifiers.siren ?? identifiers.rna ?? (index !== undefined ? `row-${index + 1}` : undefined);
}

function given(x: unknown): boolean {
  return x !== undefined && x !== null && !(typeof x === 'string' && x.trim() === '');
}

function text(x: unknown): string | undefined {
  if (typeof x !== 'string') return undefined;
  const t = x.trim();
  return t === '' ? undefined : t;
}

/**
 * The name of a row: the name cell, else the usual name (enseigne, dénomination usuelle), else — a
 * person's legal unit (entrepreneur individuel) has no denomination in Sirene — the first name and
 * last name ("THIERRY JANOYER"). Undefined when the row gives none.
 */
export function nameOfCells(name: unknown, usualName: unknown, firstName: unknown, lastName: unknown): unknown {
  if (given(name)) return name;
  if (given(usualName)) return usualName;
  const first = text(firstName);
  const last = text(lastName);
  return first === undefined ? last : last === undefined ? first : `${first} ${last}`;
}

// ——— location ———

/**
 * "45,76", "45.76", " 4.84 " → 45.76, 4.84; anything that is not a number is returned as is (the
 * schema reports it).
 */
export function parseDecimal(value: string): number | string {
  // a plain decimal ("45.76", "-0.58"): its number at once, which the rule below gives it too
  if (isPlainDecimal(value)) return Number(value);
  const s = value.trim().replace(/\s/g, '').replace(',', '.');
  if (s === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return value;
  return Number(s);
}

/** "-0.58", "45.76", "4": an optional minus, digits, then a dot and digits or nothing (no blank, comma, exponent). */
function isPlainDecimal(s: string): boolean {
  const n = s.length;
  let i = n > 0 && s.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < n && isDigitCode(s.charCodeAt(i))) i += 1;
  if (i === start) return false;
  if (i === n) return true;
  if (s.charCodeAt(i) !== 46 || i + 1 === n) return false;
  for (i += 1; i < n; i += 1) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A coordinate cell: a decimal text as its number (parseDecimal), any other value as is. */
export function coordinateOfCell(x: unknown): unknown {
  return typeof x === 'string' ? parseDecimal(x) : x;
}

/** Precision of coordinates a row gives without saying it: the actor's own place. */
export const DEFAULT_PRECISION: (typeof LOCATION_PRECISIONS)[number] = 'exact';

/** A location being read. */
export interface LocationValues {
  lat: unknown;
  lon: unknown;
  precision: unknown;
}

/**
 * The location of a row's lat, lon and precision cells (written into `into` when given, else into a
 * new object); undefined when it gives neither lat nor lon.
 */
export function locationOfCells(lat: unknown, lon: unknown, precision: unknown, into?: LocationValues): LocationValues | undefined {
  if (lat === undefined && lon === undefined) return undefined;
  const out = into ?? { lat: undefined, lon: undefined, precision: undefined };
  out.lat = coordinateOfCell(lat);
  out.lon = coordinateOfCell(lon);
  out.precision = precision ?? DEFAULT_PRECISION;
  return out;
}

// ——— size, creation year ———

/** INSEE "tranche d'effectifs salariés" codes → employee bands. */
const SIRENE_EMPLOYEES: ReadonlyMap<string, string> = new Map([
  ['00', '0'],
  ['01', '1-9'],
  ['02', '1-9'],
  ['03', '1-9'],
  ['11', '10-49'],
  ['12', '10-49'],
  ['21', '50-249'],
  ['22', '50-249'],
  ['31', '50-249'],
  ['32', '250+'],
  ['41', '250+'],
  ['42', '250+'],
  ['51', '250+'],
  ['52', '250+'],
  ['53', '250+'],
]);
/** INSEE's code for a unit whose headcount it does not publish. */
const SIRENE_UNKNOWN_EMPLOYEES = 'NN';

/**
 * The employee band of a row: its employees cell (a band, or an INSEE code in a plain column, as
 * "tranche_effectifs" holds, mapped), else SIRENE's code column mapped. Undefined when none, or
 * when the code is NN (not published).
 */
export function employeesOfCells(employees: unknown, sireneCode: unknown): unknown {
  const e = typeof employees === 'string' ? dropZeroDecimals(employees) : employees;
  if (typeof e === 'string' && ((e.length === 2 && isDigits(e)) || e === SIRENE_UNKNOWN_EMPLOYEES)) {
    return e === SIRENE_UNKNOWN_EMPLOYEES ? undefined : (SIRENE_EMPLOYEES.get(e) ?? e);
  }
  if (e !== undefined) return e;
  if (typeof sireneCode !== 'string' || sireneCode === SIRENE_UNKNOWN_EMPLOYEES) return undefined;
  return SIRENE_EMPLOYEES.get(sireneCode) ?? sireneCode;
}

/**
 * The date Sirene gives old units whose creation date it does not know — our reading: INSEE's
 * documentation found here does not say so, but 12 of the 40 associations of a real Sirene export
 * (test/fixtures/real/sirene-ul-pandas-export-2026.csv) share exactly this day, all created long
 * before 1973, when the register began. Read as "year unknown", with a note, never as 1900.
 */
export const SIRENE_UNKNOWN_CREATION = '1900-01-01';

/**
 * The creation year of a row: its year cell (an integer text as its number, pandas' ".0" dropped;
 * other text as is, for the schema to report), else the year a SIRENE creation date begins with —
 * none for SIRENE_UNKNOWN_CREATION, said in `notes` (the fast path leaves a row with a note to the
 * full path, which says it).
 */
export function creationYearOfCells(year: unknown, sireneCreation: unknown, notes?: RowNote[]): unknown {
  if (year !== undefined) {
    if (typeof year !== 'string') return year;
    const s = dropZeroDecimals(year).trim();
    return /^[+-]?\d+$/.test(s) ? Number(s) : year;
  }
  if (typeof sireneCreation !== 'string' || sireneCreation.length < 4) return undefined;
  if (sireneCreation.startsWith(SIRENE_UNKNOWN_CREATION)) {
    notes?.push({ path: 'creationYear', code: 'creation_date_unknown', value: sireneCreation });
    return undefined;
  }
  // the year its first four characters write, when they are digits
  let fromDate = 0;
  for (let i = 0; i < 4; i += 1) {
    const c = sireneCreation.charCodeAt(i);
    if (!isDigitCode(c)) return undefined;
    fromDate = fromDate * 10 + (c - 48);
  }
  return fromDate;
}

// ——— provenance ———

/** The provenance source: the row's, else the reader's (when not blank), else "import". */
export function sourceOfCells(source: unknown, readerSource: string | undefined): unknown {
  return source !== undefined ? source : readerSource ? readerSource : DEFAULT_SOURCE;
}

/**
 * The date the row was checked: the row's, else the day of SIRENE's last processing
 * ("2024-03-01T12:00:00" → "2024-03-01"), else the reader's (when not blank). Never today by
 * default: a date nobody checked is unknown (undefined), not invented.
 */
export function checkedAtOfCells(checkedAt: unknown, sireneChecked: unknown, readerCheckedAt: string | undefined): unknown {
  if (checkedAt !== undefined) return checkedAt;
  if (typeof sireneChecked === 'string' && /^\d{4}-\d{2}-\d{2}/.test(sireneChecked)) return sireneChecked.slice(0, 10);
  return readerCheckedAt ? readerCheckedAt : undefined;
}
