// One actor ↔ one flat row (CSV line, spreadsheet row, GeoJSON properties). Pure.
//
// The columns and their aliases are in ingest/field-table.ts (the one table the schema, the fast
// path, the column report and the writers read). Other columns are ignored. Empty cells count as
// absent. Values are tidied the way real exports write them (pandas' "9220.0", three-digit
// départements "001", DGEFP's "59L"/"59V", INSEE headcount codes, upper-case ids "ACI") but NOT
// validated here: the row becomes an ActorInput-shaped object that parseActors validates,
// reporting the field and value. What was tidied with a loss (a département suffix dropped, a type
// left unclassified) is said in `notes` (see RowNote). Lambert-93 coordinates are converted by the
// Node reader (node/lambert.ts), not here.
import type { ActorInput } from '../schema/actor.js';
import { dropZeroDecimals, padCode, tidyDepartement, tidyNaf } from './tidy-codes.js';
import { checkedAtOfCells, coordinateOfCell, creationYearOfCells, employeesOfCells, idOfCells, identifiersOfCells, locationOfCells, nameOfCells, parseDecimal, sourceOfCells } from './row-cells.js';
import { ACTOR_COLUMNS, CODE_LENGTHS, LIST_SEPARATOR, actorFieldOf, normaliseHeader } from '../ingest/field-table.js';
import type { ActorColumn, Field } from '../ingest/field-table.js';

export { ACTOR_COLUMNS, actorFieldOf, normaliseHeader, parseDecimal };
export type { ActorColumn };

/** The type given to a record whose type cannot be read nor inferred (kept, with a note). */
export const UNCLASSIFIED_TYPE = 'non-classe';

/** Something the reader changed or decided on a row that the user should be told (a warning, not a fault). */
export interface RowNote {
  /** Dotted path of the actor field concerned ("departementCode", "type", "id"). */
  path: string;
  code: 'departement_suffix_dropped' | 'type_unclassified' | 'naf_old_nomenclature' | 'creation_date_unknown';
  value: unknown;
}

/** What a legal-unit classifier (data/legal-categories.ts) gets and gives. */
export interface LegalUnitFacts {
  categorieJuridique: string;
  ess?: boolean;
  naf?: string;
}
export type LegalUnitClassifier = (unit: LegalUnitFacts) => { type: string } | null | undefined;

export interface ActorFromRowOptions {
  /** Row index, used for the default id `row-N` (N = index + 1). */
  index?: number;
  /** Provenance source when the row has no `source` column (default "import"). */
  source?: string;
  /** Provenance date when the row has none (default: none — the verification date is then unknown). */
  checkedAt?: string;
  /** Gives the type from the legal category when the row has no `type` (SIRENE extracts). */
  classify?: LegalUnitClassifier;
  /**
   * Keep a record whose type is neither given nor inferred, as `non-classe` with a note (default
   * false: the type is then missing and validation says so).
   */
  keepUnclassified?: boolean;
  /** Filled with what was tidied with a loss or decided on the row (see RowNote). */
  notes?: RowNote[];
  /**
   * Converts projected coordinates (x, y in the EPSG system given, default Lambert-93) to WGS84;
   * without it such columns are not read (the Node reader gives node/project-to-wgs84.ts).
   */
  project?: (x: number, y: number, epsg?: string) => { lat: number; lon: number } | null;
}

/** An actor as read from a row: the shape of ActorInput, values not yet validated. */
export type ActorCandidate = { [K in keyof ActorInput]?: unknown };

function parseBoolean(value: string): boolean | undefined {
  const s = value.trim().toLowerCase();
  if (s === 'o' || s === 'oui' || s === 'y' || s === 'yes' || s === 'true' || s === '1') return true;
  if (s === 'n' || s === 'non' || s === 'no' || s === 'false' || s === '0') return false;
  return undefined;
}

function idsOf(list: unknown): unknown {
  return Array.isArray(list) ? list.map(idCase) : list;
}

/** The items of a `|` list cell, unescaped (`keepEscapes`: left escaped, for zones whose parts are split next). */
function splitList(value: unknown, keepEscapes = false): unknown {
  if (typeof value !== 'string') return value;
  const out: string[] = [];
  for (const part of splitUnescaped(value, LIST_SEPARATOR)) {
    const t = part.trim();
    if (t !== '') out.push(keepEscapes ? t : unescapeListPart(t));
  }
  return out;
}

// ——— the encoding of list cells: one home for the writer (actorToRow) and the reader (actorFromRow) ———
// A list cell joins its items with `|`; a zone item joins its parts (zoning, code, from, to, source)
// with `:`. A part that holds `\`, `|` or `:` (a zone code "QP:75|2") has them escaped with a
// backslash, so any value reads back as written. Cells without a backslash read as before.

/** One part of a list cell as written: `\`, `|` and `:` escaped with a backslash. */
export function escapeListPart(text: string): string {
  return text.replace(/[\\|:]/g, (c) => `\\${c}`);
}

/** The part as it was before escapeListPart. A lone trailing backslash is kept. */
export function unescapeListPart(text: string): string {
  return text.includes('\\') ? text.replace(/\\([\s\S])/g, '$1') : text;
}

/** Splits `text` on `separator` where it is not escaped; the parts keep their escapes. */
export function splitUnescaped(text: string, separator: string): string[] {
  if (!text.includes('\\')) return text.split(separator);
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A list cell: the items escaped and joined with `|`. */
export function formatList(items: readonly string[]): string {
  let out = '';
  for (let i = 0; i < items.length; i += 1) out += (i > 0 ? LIST_SEPARATOR : '') + escapeListPart(items[i] as string);
  return out;
}

/**
 * "qpv:QN06901M:2024-01-01" → { zoning: 'qpv', code: 'QN06901M', from: '2024-01-01' }. Parts are
 * trimmed; escaped separators are read back ("qpv:QP\\:75" → code "QP:75"); a fifth part is the
 * membership's source (declared, official-list).
 */
export function parseZone(text: string): Record<string, string> {
  const [zoning = '', code = '', from = '', to = '', source = ''] = splitUnescaped(text, ':').map((s) => unescapeListPart(s.trim()));
  const zone: Record<string, string> = { zoning: zoning.toLowerCase() };
  if (code) zone['code'] = code;
  if (from) zone['from'] = from;
  if (to) zone['to'] = to;
  if (source) zone['source'] = source;
  return zone;
}

/** One zone item of a list cell, parts escaped: the inverse of parseZone. */
export function formatZone(zone: { zoning: string; code?: string | undefined; from?: string | undefined; to?: string | undefined; source?: string | undefined }): string {
  const parts = [zone.zoning, zone.code ?? '', zone.from ?? '', zone.to ?? '', zone.source ?? ''];
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map(escapeListPart).join(':');
}

/**
 * The name of a row, field by field (see row-cells.ts' nameOfCells): the name column, else the
 * usual name, else a person's first and last names. Undefined when the row gives none.
 */
export function nameOfFields(v: Readonly<Partial<Record<Field, unknown>>>): unknown {
  return nameOfCells(v['name'], v['sireneName2'], v['sireneFirstName'], v['sireneLastName']);
}

/** Ids of our catalogues are lower case: "ACI" → "aci", " Régie-de-quartier" kept as typed but trimmed. */
function idCase(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toLowerCase() : value;
}

/**
 * Reads one flat row (CSV or spreadsheet line, GeoJSON properties) into an actor candidate for
 * parseActors. String cells are parsed (lists split on `|`, decimal commas, SIRENE codes mapped);
 * non-string values (from JSON) pass through unchanged. Never throws.
 */
export function actorFromRow(row: Readonly<Record<string, unknown>>, options: ActorFromRowOptions = {}): ActorCandidate {
  const v: Partial<Record<Field, unknown>> = {};
  const passthrough: Record<string, unknown> = {};
  for (const key in row) {
    const raw = row[key];
    if (raw === undefined || raw === null) continue;
    const field = actorFieldOf(key);
    if (field === null) {
      // nested JSON shapes (identifiers, provenance, location, size, address object…) pass through
      if (typeof raw === 'object' && NESTED_KEYS.has(key)) passthrough[key] = raw;
      continue;
    }
    if (typeof raw === 'string') {
      const t = raw.trim();
      if (t === '') continue;
      if (v[field] === undefined) v[field] = t;
    } else if (v[field] === undefined) {
      v[field] = raw;
    }
  }
  const actor: Record<string, unknown> = {};

  const str = (f: Field): string | undefined => (typeof v[f] === 'string' ? (v[f] as string) : undefined);

  // identifiers
  const identifiers: Record<string, unknown> = { ...(isObject(passthrough['identifiers']) ? passthrough['identifiers'] : {}) };
  identifiersOfCells(identifiers, v['siren'], v['siret'], v['rna']);

  actor['id'] = idOfCells(v['id'], identifiers, options.index);
  const name = nameOfFields(v);
  if (name !== undefined) actor['name'] = name;

  // legal category, type (or classification from the legal category and ESS flag)
  const legalCategory = v['legalCategory'];
  if (legalCategory !== undefined) actor['legalCategory'] = typeof legalCategory === 'number' ? String(legalCategory) : typeof legalCategory === 'string' ? dropZeroDecimals(legalCategory) : legalCategory;
  let naf = v['naf'];
  if (typeof naf === 'string') naf = tidyNaf(naf, options.notes);
  if (naf !== undefined) actor['naf'] = naf;
  if (v['type'] !== undefined) actor['type'] = idCase(v['type']);
  else if (typeof actor['legalCategory'] === 'string' && options.classify) {
    const essRaw = v['ess'];
    const ess = typeof essRaw === 'boolean' ? essRaw : typeof essRaw === 'string' ? parseBoolean(essRaw) : undefined;
    const facts: LegalUnitFacts = { categorieJuridique: actor['legalCategory'] };
    if (ess !== undefined) facts.ess = ess;
    if (typeof naf === 'string') facts.naf = naf;
    const classified = options.classify(facts);
    if (classified) actor['type'] = classified.type;
  }
  if (actor['type'] === undefined && options.keepUnclassified) {
    actor['type'] = UNCLASSIFIED_TYPE;
    options.notes?.push({ path: 'type', code: 'type_unclassified', value: actor['legalCategory'] ?? null });
  }
  if (Object.keys(identifiers).length > 0) actor['identifiers'] = identifiers;

  // address and territory
  const address: Record<string, unknown> = { ...(isObject(passthrough['address']) ? passthrough['address'] : {}) };
  if (v['address'] !== undefined) {
    if (isObject(v['address'])) Object.assign(address, v['address']);
    else address['line'] = typeof v['streetNumber'] === 'string' && typeof v['address'] === 'string' ? `${v['streetNumber']} ${v['address']}` : v['address'];
  }
  const postcode = str('postcode');
  if (postcode !== undefined) address['postcode'] = padCode(postcode, CODE_LENGTHS.postcode);
  else if (v['postcode'] !== undefined) address['postcode'] = typeof v['postcode'] === 'number' ? padCode(String(v['postcode']), CODE_LENGTHS.postcode) : v['postcode'];
  if (v['city'] !== undefined) address['city'] = v['city'];
  if (Object.keys(address).length > 0) actor['address'] = address;
  for (const f of ['communeCode', 'epciCode', 'departementCode', 'regionCode'] as const) {
    const x = v[f];
    if (x === undefined) continue;
    const s = typeof x === 'number' ? String(x) : x;
    actor[f] = typeof s !== 'string' ? s : f === 'departementCode' ? tidyDepartement(s, options.notes) : padCode(s, CODE_LENGTHS[f]);
  }

  // location
  if (isObject(passthrough['location'])) actor['location'] = passthrough['location'];
  const location = locationOfCells(v['lat'], v['lon'], v['precision']);
  if (location !== undefined) actor['location'] = location;
  else if (actor['location'] === undefined && options.project && v['projectedX'] !== undefined && v['projectedY'] !== undefined) {
    const x = coordinateOfCell(v['projectedX']);
    const y = coordinateOfCell(v['projectedY']);
    const epsg = typeof v['epsg'] === 'string' || typeof v['epsg'] === 'number' ? dropZeroDecimals(String(v['epsg']).trim()) : undefined;
    // Metres only: x/y columns holding degrees (some exports write lon/lat so) are not projected.
    const metres = typeof x === 'number' && typeof y === 'number' && Math.abs(x) > 1000 && Math.abs(y) > 1000;
    const point = metres ? options.project(x as number, y as number, epsg) : null;
    if (point) actor['location'] = { lat: point.lat, lon: point.lon, precision: 'exact' };
  }

  // lists
  if (v['activities'] !== undefined) actor['activities'] = idsOf(splitList(v['activities']));
  if (v['needs'] !== undefined) actor['needs'] = idsOf(splitList(v['needs']));
  if (v['approvals'] !== undefined) actor['approvals'] = idsOf(splitList(v['approvals']));
  if (v['assets'] !== undefined) actor['assets'] = idsOf(splitList(v['assets']));
  if (v['zones'] !== undefined) {
    const zones = splitList(v['zones'], true);
    actor['zones'] = Array.isArray(zones) ? zones.map((z) => (typeof z === 'string' ? parseZone(z) : z)) : zones;
  }
  if (typeof v['qpvCode'] === 'string' && /^Q[A-Z0-9]{5,12}$/i.test(v['qpvCode'])) {
    const qpv = { zoning: 'qpv', code: v['qpvCode'].toUpperCase(), source: 'official-list' };
    actor['zones'] = Array.isArray(actor['zones']) ? [...(actor['zones'] as unknown[]), qpv] : [qpv];
  }

  // size
  const size: Record<string, unknown> = { ...(isObject(passthrough['size']) ? passthrough['size'] : {}) };
  const employees = employeesOfCells(v['employees'], v['sireneEmployees']);
  if (employees !== undefined) size['employees'] = employees;
  if (v['budget'] !== undefined) size['budget'] = v['budget'];
  if (Object.keys(size).length > 0) actor['size'] = size;

  const creationYear = creationYearOfCells(v['creationYear'], v['sireneCreation'], options.notes);
  if (creationYear !== undefined) actor['creationYear'] = creationYear;
  if (v['website'] !== undefined) actor['website'] = v['website'];
  if (v['description'] !== undefined) actor['description'] = v['description'];

  // provenance
  const provenance: Record<string, unknown> = { ...(isObject(passthrough['provenance']) ? passthrough['provenance'] : {}) };
  provenance['source'] = sourceOfCells(v['source'] !== undefined ? v['source'] : provenance['source'], options.source);
  // never today by default: a date nobody checked is unknown, not invented
  const checkedAt = checkedAtOfCells(v['checkedAt'] !== undefined ? v['checkedAt'] : provenance['checkedAt'], v['sireneChecked'], options.checkedAt);
  if (checkedAt !== undefined) provenance['checkedAt'] = checkedAt;
  if (v['sourceUrl'] !== undefined) provenance['url'] = v['sourceUrl'];
  actor['provenance'] = provenance;
  return actor as ActorCandidate;
}

/**
 * The legal-unit facts of a row (category, ESS flag, NAF) for data/legal-categories.ts'
 * classifyLegalUnit; fields absent from the row are left out.
 */
export function legalUnitOfRow(row: Readonly<Record<string, unknown>>): { categorieJuridique?: string; ess?: boolean; naf?: string } {
  const out: { categorieJuridique?: string; ess?: boolean; naf?: string } = {};
  for (const key in row) {
    const raw = row[key];
    const field = actorFieldOf(key);
    if (raw === undefined || raw === null || raw === '') continue;
    if (field === 'legalCategory' && out.categorieJuridique === undefined) out.categorieJuridique = String(raw).trim();
    else if (field === 'ess' && out.ess === undefined) {
      const b = typeof raw === 'boolean' ? raw : parseBoolean(String(raw));
      if (b !== undefined) out.ess = b;
    } else if (field === 'naf' && out.naf === undefined) out.naf = String(raw).trim().toUpperCase();
  }
  return out;
}

const NESTED_KEYS = new Set(['identifiers', 'address', 'location', 'size', 'provenance']);

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The flat row of an actor, with every column of ACTOR_COLUMNS (empty string when absent). */
export function actorToRow(actor: ActorInput): Record<ActorColumn, string> {
  const s = (x: unknown): string => (x === undefined || x === null ? '' : String(x));
  const list = (x: readonly string[] | undefined): string => (x ? formatList(x) : '');
  return {
    id: actor.id,
    name: actor.name,
    type: actor.type,
    legalCategory: s(actor.legalCategory),
    siren: s(actor.identifiers?.siren),
    siret: s(actor.identifiers?.siret),
    rna: s(actor.identifiers?.rna),
    address: s(actor.address?.line),
    postcode: s(actor.address?.postcode),
    city: s(actor.address?.city),
    communeCode: s(actor.communeCode),
    epciCode: s(actor.epciCode),
    departementCode: s(actor.departementCode),
    regionCode: s(actor.regionCode),
    lat: s(actor.location?.lat),
    lon: s(actor.location?.lon),
    precision: s(actor.location?.precision),
    activities: list(actor.activities),
    needs: list(actor.needs),
    naf: s(actor.naf),
    employees: s(actor.size?.employees),
    budget: s(actor.size?.budget),
    creationYear: s(actor.creationYear),
    approvals: list(actor.approvals),
    zones: actor.zones ? actor.zones.map(formatZone).join(LIST_SEPARATOR) : '',
    assets: list(actor.assets),
    website: s(actor.website),
    description: s(actor.description),
    source: actor.provenance.source,
    checkedAt: s(actor.provenance.checkedAt),
    sourceUrl: s(actor.provenance.url),
  };
}
