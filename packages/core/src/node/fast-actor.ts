// The fast path of a CSV row to an actor, for register-sized files (Node only: the widgets keep the
// small general path). For a well-formed row it gives in one pass, with few allocations, exactly
// the actor `parseActors([actorFromRow(row, options)])` gives (same fields, same values, same key
// order); for any row it is not sure of (a value to tidy, a fault, a column it does not handle) it
// gives null and the caller runs the full path, so rejected rows get the very same issues.
// Checked against the full path on generated good and broken rows (test/core/node/fast-actor.test.ts).
import { actorFieldOf, actorFromRow, parseDecimal } from '../formats/actor-row.js';
import type { LegalUnitClassifier } from '../formats/actor-row.js';
import { ACTIVITY_IDS, ACTOR_TYPE_IDS, APPROVAL_IDS, ASSET_IDS, BUDGET_BAND_IDS, EMPLOYEE_BAND_IDS, NEED_IDS } from '../data/ids.js';
import type { ActivityId } from '../data/ids.js';
import { needsOfActivities } from '../data/needs.js';
import type { Actor } from '../schema/actor.js';
import { isIsoDate, isWebUrl } from '../schema/actor.js';
import { isValidRna, isValidSiren, isValidSiret, normaliseIdentifier } from '../schema/identifiers.js';
import { defaultClassifier } from './classify.js';

type Field = NonNullable<ReturnType<typeof actorFieldOf>>;

export interface FastActorOptions {
  /** As readActors' `source`: provenance source for rows without one (empty = "import"). */
  source?: string;
  /** As readActors' `checkedAt`: provenance date for rows without one (empty = today). */
  checkedAt?: string;
  /** As readActors' `classify` (default: the legal-category classifier). */
  classify?: LegalUnitClassifier;
  /** As parseActors' `deriveNeeds` (default true). */
  deriveNeeds?: boolean;
}

const ACTOR_TYPES: ReadonlySet<string> = new Set(ACTOR_TYPE_IDS);
const ACTIVITIES: ReadonlySet<string> = new Set(ACTIVITY_IDS);
const NEEDS: ReadonlySet<string> = new Set(NEED_IDS);
const APPROVALS: ReadonlySet<string> = new Set(APPROVAL_IDS);
const ASSETS: ReadonlySet<string> = new Set(ASSET_IDS);
const EMPLOYEE_BANDS: ReadonlySet<string> = new Set(EMPLOYEE_BAND_IDS);
const BUDGET_BANDS: ReadonlySet<string> = new Set(BUDGET_BAND_IDS);

/** Fields the fast path reads; a row with a value in any other actor field goes the full path. */
const HANDLED: ReadonlySet<Field> = new Set<Field>([
  'id', 'name', 'sireneName2', 'type', 'legalCategory', 'ess', 'siren', 'siret', 'rna', 'address', 'postcode', 'city',
  'communeCode', 'epciCode', 'departementCode', 'regionCode', 'lat', 'lon', 'precision', 'activities', 'needs', 'naf',
  'employees', 'sireneEmployees', 'budget', 'creationYear', 'sireneCreation', 'approvals', 'assets', 'website',
  'description', 'source', 'checkedAt', 'sireneChecked', 'sourceUrl',
]);

const NO_COLUMN: readonly number[] = [];

/** True when every character of `s` from `from` to `to` (excluded) is an ASCII digit. */
function digits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function allDigits(s: string, length: number): boolean {
  return s.length === length && digits(s, 0, length);
}

/** Memo of a pure function of a string key, bounded (forgets all past `limit` keys). */
class Memo<T> {
  #map = new Map<string, T>();
  constructor(private limit: number) {}
  get(key: string, compute: () => T): T {
    let v = this.#map.get(key);
    if (v === undefined && !this.#map.has(key)) {
      v = compute();
      if (this.#map.size >= this.limit) this.#map.clear();
      this.#map.set(key, v);
    }
    return v as T;
  }
}

let today = '';
let todayCheckedAt = 0;
function todayIso(): string {
  const now = Date.now();
  if (now - todayCheckedAt > 60_000) {
    today = new Date(now).toISOString().slice(0, 10);
    todayCheckedAt = now;
  }
  return today;
}

/**
 * Builds actors from the fields of CSV rows read under one header. `actorOf(fields, index)` gives
 * the actor the full path (actorFromRow then parseActors, ids aside) would accept, or null: then
 * run the full path. The duplicate-id rule is left to the caller, as the full path's reader applies it.
 */
export class CsvActorFastPath {
  /** Column indices holding each actor field, in the order a row object keyed by the header lists them. */
  #cols: Partial<Record<Field, readonly number[]>> = {};
  /** Columns of fields the fast path does not handle (a value there sends the row the full path). */
  #unhandled: number[] = [];
  #width: number;
  #source: string;
  #checkedAt: string | undefined;
  #classify: LegalUnitClassifier;
  #deriveNeeds: boolean;
  /** type by legal category, ESS flag and NAF as written ('' when absent), for the default classifier. */
  #types = new Map<string, Map<string, Map<string, string | undefined>>>();
  #typeCount = 0;
  /** String(lat), String(lon) of the last actor built, when the cells told them without conversion (see numberText). */
  latText: string | undefined = undefined;
  lonText: string | undefined = undefined;
  #employees = new Memo<unknown>(1_000);

  constructor(header: readonly string[], options: FastActorOptions = {}) {
    this.#width = header.length;
    // The row object of CsvRowBuilder: header[i] → fields[i], a repeated name keeping its first
    // place and its last value; for…in then lists integer-like names first. The same object
    // built with column numbers gives, in its iteration order, the column each key reads.
    const probe: Record<string, number> = {};
    for (let i = 0; i < header.length; i += 1) probe[header[i] as string] = i;
    const cols: Partial<Record<Field, number[]>> = {};
    for (const key in probe) {
      const field = actorFieldOf(key);
      if (field === null) continue;
      const col = probe[key] as number;
      if (!HANDLED.has(field)) this.#unhandled.push(col);
      else (cols[field] ??= []).push(col);
    }
    this.#cols = cols;
    this.#source = options.source ? options.source : 'import';
    this.#checkedAt = options.checkedAt ? options.checkedAt : undefined;
    this.#classify = options.classify ?? defaultClassifier;
    this.#deriveNeeds = options.deriveNeeds !== false;
  }

  /** The first non-blank value of a field (trimmed), as actorFromRow reads it; undefined when none. */
  #get(fields: readonly string[], field: Field): string | undefined {
    const cols = this.#cols[field] ?? NO_COLUMN;
    for (let k = 0; k < cols.length; k += 1) {
      const raw = fields[cols[k] as number] as string;
      if (raw === '') continue;
      const t = raw.trim();
      if (t !== '') return t;
    }
    return undefined;
  }

  /** The actor of a well-formed row, or null when the row must go the full path. */
  actorOf(fields: readonly string[], index: number): Actor | null {
    if (fields.length !== this.#width) return null;
    for (const c of this.#unhandled) if ((fields[c] as string).trim() !== '') return null;

    // identifiers (normalised as actorFromRow does; a SIRET gives its SIREN)
    let siren = this.#get(fields, 'siren');
    let siret = this.#get(fields, 'siret');
    let rna = this.#get(fields, 'rna');
    if (siren !== undefined && !allDigits(siren, 9)) siren = normaliseIdentifier(siren);
    if (siret !== undefined && !allDigits(siret, 14)) siret = normaliseIdentifier(siret);
    if (rna !== undefined) rna = normaliseIdentifier(rna);
    if (siren === undefined && siret !== undefined && allDigits(siret, 14)) siren = siret.slice(0, 9);
    if (siren !== undefined && !isValidSiren(siren)) return null;
    if (siret !== undefined && !isValidSiret(siret)) return null;
    if (rna !== undefined && !isValidRna(rna)) return null;
    if (siren !== undefined && siret !== undefined && !siret.startsWith(siren)) return null;

    const id = this.#get(fields, 'id') ?? siret ?? siren ?? rna ?? `row-${index + 1}`;
    if (id.length > 200) return null;
    const name = this.#get(fields, 'name') ?? this.#get(fields, 'sireneName2');
    if (name === undefined || name.length > 300) return null;

    const legalCategory = this.#get(fields, 'legalCategory');
    if (legalCategory !== undefined && !allDigits(legalCategory, 4)) return null;
    const nafRaw = this.#get(fields, 'naf');
    let naf: string | undefined;
    if (nafRaw !== undefined) {
      naf = nafRaw.toUpperCase();
      if (naf.length === 5 && digits(naf, 0, 4) && isUpperLetter(naf.charCodeAt(4))) naf = `${naf.slice(0, 2)}.${naf.slice(2)}`;
      else if (!(naf.length === 6 && digits(naf, 0, 2) && naf.charCodeAt(2) === 46 && digits(naf, 3, 5) && isUpperLetter(naf.charCodeAt(5)))) return null;
    }
    let type = this.#get(fields, 'type');
    if (type === undefined && legalCategory !== undefined) {
      const ess = this.#get(fields, 'ess');
      type = this.#typeOf(legalCategory, ess, nafRaw);
    }
    if (type === undefined || !ACTOR_TYPES.has(type)) return null;

    // address and territory codes
    const line = this.#get(fields, 'address');
    let postcode = this.#get(fields, 'postcode');
    const city = this.#get(fields, 'city');
    if (line !== undefined && line.length > 500) return null;
    if (city !== undefined && city.length > 200) return null;
    if (postcode !== undefined && (postcode = code(postcode, 5)) === undefined) return null;
    let communeCode = this.#get(fields, 'communeCode');
    if (communeCode !== undefined) {
      if (communeCode.length === 4 && digits(communeCode, 0, 4)) communeCode = `0${communeCode}`;
      else if (!(communeCode.length === 5 && (digits(communeCode, 0, 5) || (communeCode.charCodeAt(0) === 50 && (communeCode.charCodeAt(1) === 65 || communeCode.charCodeAt(1) === 66) && digits(communeCode, 2, 5))))) return null;
    }
    let epciCode = this.#get(fields, 'epciCode');
    if (epciCode !== undefined && (epciCode = code(epciCode, 9)) === undefined) return null;
    let departementCode = this.#get(fields, 'departementCode');
    if (departementCode !== undefined) {
      const d = departementCode;
      if (d.length === 1 && digits(d, 0, 1)) departementCode = `0${d}`;
      else if (!((d.length === 2 && (digits(d, 0, 2) || d === '2A' || d === '2B')) || (d.length === 3 && d.charCodeAt(0) === 57 && d.charCodeAt(1) === 55 && digits(d, 2, 3)))) return null;
    }
    let regionCode = this.#get(fields, 'regionCode');
    if (regionCode !== undefined && (regionCode = code(regionCode, 2)) === undefined) return null;

    // location
    const latRaw = this.#get(fields, 'lat');
    const lonRaw = this.#get(fields, 'lon');
    let location: Actor['location'];
    if (latRaw !== undefined || lonRaw !== undefined) {
      if (latRaw === undefined || lonRaw === undefined) return null;
      const lat = decimal(latRaw);
      const lon = decimal(lonRaw);
      if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) return null;
      const precision = this.#get(fields, 'precision') ?? 'exact';
      if (precision !== 'exact' && precision !== 'commune') return null;
      location = { lat, lon, precision };
      this.latText = numberText(latRaw);
      this.lonText = numberText(lonRaw);
    }

    // lists
    const activities = list(this.#get(fields, 'activities'), ACTIVITIES) as Actor['activities'] | null;
    const needsGiven = list(this.#get(fields, 'needs'), NEEDS) as Actor['needs'] | null;
    const approvals = list(this.#get(fields, 'approvals'), APPROVALS) as Actor['approvals'] | null;
    const assets = list(this.#get(fields, 'assets'), ASSETS) as Actor['assets'] | null;
    if (activities === null || needsGiven === null || approvals === null || assets === null) return null;
    const needs = this.#deriveNeeds && needsGiven.length === 0 && activities.length > 0 ? needsOfActivities(activities as ActivityId[]) : needsGiven;

    // size
    let employees: unknown = this.#get(fields, 'employees');
    if (employees === undefined) {
      const sirene = this.#get(fields, 'sireneEmployees');
      if (sirene !== undefined && sirene !== 'NN') employees = this.#employees.get(sirene, () => employeesOfSireneCode(sirene));
    }
    const budget = this.#get(fields, 'budget');
    if (employees !== undefined && !EMPLOYEE_BANDS.has(employees as string)) return null;
    if (budget !== undefined && !BUDGET_BANDS.has(budget)) return null;

    // creation year
    let creationYear: number | undefined;
    const creation = this.#get(fields, 'creationYear');
    if (creation !== undefined) {
      if (!/^[+-]?\d+$/.test(creation)) return null;
      creationYear = Number(creation);
    } else {
      const d = this.#get(fields, 'sireneCreation');
      if (d !== undefined && d.length >= 4 && digits(d, 0, 4)) creationYear = Number(d.slice(0, 4));
    }
    if (creationYear !== undefined && !(creationYear >= 1800 && creationYear <= 2100)) return null;

    const website = this.#get(fields, 'website');
    if (website !== undefined && !isWebUrl(website)) return null;
    const description = this.#get(fields, 'description');
    if (description !== undefined && description.length > 5000) return null;

    // provenance
    const source = this.#get(fields, 'source') ?? this.#source;
    if (source.length > 300) return null;
    let checkedAt = this.#get(fields, 'checkedAt');
    if (checkedAt === undefined) {
      const d = this.#get(fields, 'sireneChecked');
      checkedAt = d !== undefined && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : (this.#checkedAt ?? todayIso());
    }
    if (!isIsoDate(checkedAt)) return null;
    const url = this.#get(fields, 'sourceUrl');
    if (url !== undefined && !isWebUrl(url)) return null;

    // The object as zod gives it: the schema's key order, optional keys only when present.
    const actor = { id, name, type } as Actor;
    if (legalCategory !== undefined) actor.legalCategory = legalCategory;
    const identifiers: Actor['identifiers'] = {};
    if (siren !== undefined) identifiers.siren = siren;
    if (siret !== undefined) identifiers.siret = siret;
    if (rna !== undefined) identifiers.rna = rna;
    actor.identifiers = identifiers;
    if (line !== undefined || postcode !== undefined || city !== undefined) {
      const address: NonNullable<Actor['address']> = {};
      if (line !== undefined) address.line = line;
      if (postcode !== undefined) address.postcode = postcode;
      if (city !== undefined) address.city = city;
      actor.address = address;
    }
    if (communeCode !== undefined) actor.communeCode = communeCode;
    if (epciCode !== undefined) actor.epciCode = epciCode;
    if (departementCode !== undefined) actor.departementCode = departementCode;
    if (regionCode !== undefined) actor.regionCode = regionCode;
    if (location !== undefined) actor.location = location;
    actor.activities = activities;
    actor.needs = needs;
    if (naf !== undefined) actor.naf = naf;
    if (employees !== undefined || budget !== undefined) {
      const size: NonNullable<Actor['size']> = {};
      if (employees !== undefined) size.employees = employees as NonNullable<Actor['size']>['employees'] & string;
      if (budget !== undefined) size.budget = budget as NonNullable<Actor['size']>['budget'] & string;
      actor.size = size;
    }
    if (creationYear !== undefined) actor.creationYear = creationYear;
    actor.approvals = approvals;
    actor.zones = [];
    actor.assets = assets;
    if (website !== undefined) actor.website = website;
    if (description !== undefined) actor.description = description;
    actor.provenance = url !== undefined ? { source, checkedAt, url } : { source, checkedAt };
    return actor;
  }

  /** The type actorFromRow's classifier gives these cells (memoised for the default, pure classifier). */
  #typeOf(legalCategory: string, ess: string | undefined, naf: string | undefined): string | undefined {
    const compute = () => {
      const row: Record<string, string> = { categorieJuridiqueUniteLegale: legalCategory };
      if (ess !== undefined) row['economieSocialeSolidaireUniteLegale'] = ess;
      if (naf !== undefined) row['activitePrincipaleUniteLegale'] = naf;
      const t = actorFromRow(row, { classify: this.#classify, checkedAt: '2000-01-01' })['type'];
      return typeof t === 'string' ? t : undefined;
    };
    if (this.#classify !== defaultClassifier) return compute();
    let byEss = this.#types.get(legalCategory);
    if (byEss === undefined) this.#types.set(legalCategory, (byEss = new Map()));
    let byNaf = byEss.get(ess ?? '');
    if (byNaf === undefined) byEss.set(ess ?? '', (byNaf = new Map()));
    const key = naf ?? '';
    let type = byNaf.get(key);
    if (type === undefined && !byNaf.has(key)) {
      type = compute();
      if (this.#typeCount >= 50_000) {
        this.#types.clear();
        this.#typeCount = 0;
      }
      byNaf.set(key, type);
      this.#typeCount += 1;
    }
    return type;
  }
}

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A code of `length` digits, padded when one short (as actorFromRow pads); undefined when it is not one. */
function code(value: string, length: number): string | undefined {
  if (value.length === length && digits(value, 0, length)) return value;
  if (value.length === length - 1 && digits(value, 0, length - 1)) return `0${value}`;
  return undefined;
}

/**
 * String(parseDecimal(cell)) when the cell is a plain decimal that tells it without converting
 * ("45.76000" → "45.76": no sign but "-", no leading zero, ≤ 15 significant digits, not below
 * 1e-6); undefined otherwise. Number → text conversion is a large share of writing coordinates.
 */
export function numberText(s: string): string | undefined {
  const n = s.length;
  if (n === 0 || n > 18) return undefined;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const intStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i += 1;
  const intLength = i - intStart;
  if (intLength === 0 || (intLength > 1 && s.charCodeAt(intStart) === 48)) return undefined;
  const intZero = intLength === 1 && s.charCodeAt(intStart) === 48;
  let end = i;
  let significant = intZero ? 0 : intLength;
  if (i < n) {
    if (s.charCodeAt(i) !== 46 || i + 1 === n) return undefined;
    const fracStart = i + 1;
    for (let k = fracStart; k < n; k += 1) if (!isDigit(s.charCodeAt(k))) return undefined;
    end = n;
    while (end > fracStart && s.charCodeAt(end - 1) === 48) end -= 1;
    if (end === fracStart) end = i;
    else if (intZero) {
      let k = fracStart;
      while (s.charCodeAt(k) === 48) k += 1;
      if (k - fracStart >= 6) return undefined;
      significant = end - k;
    } else significant += end - fracStart;
  }
  if (significant > 15) return undefined;
  const text = end === n ? s : s.slice(0, end);
  return text === '-0' ? '0' : text;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** parseDecimal for a trimmed cell, as a number (NaN when it is not one). */
function decimal(value: string): number {
  const x = parseDecimal(value);
  return typeof x === 'number' ? x : Number.NaN;
}

/** The ids of a `|` list when all are in `allowed`; null when one is not. */
function list(value: string | undefined, allowed: ReadonlySet<string>): string[] | null {
  const out: string[] = [];
  if (value === undefined) return out;
  for (const part of value.split('|')) {
    const t = part.trim();
    if (t === '') continue;
    if (!allowed.has(t)) return null;
    out.push(t);
  }
  return out;
}

/** The employee band actorFromRow gives an INSEE "tranche d'effectifs" code. */
function employeesOfSireneCode(code: string): unknown {
  const size = actorFromRow({ trancheEffectifsUniteLegale: code }, { checkedAt: '2000-01-01' })['size'];
  return typeof size === 'object' && size !== null ? (size as Record<string, unknown>)['employees'] : undefined;
}
