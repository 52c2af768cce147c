// The fast path of a row to an actor: the first step of every reader (ingest/ingest-records.ts for
// the widgets and the Node API's batch readers, node/read-actors.ts and the CLI). Pure and zod-free:
// importing it evaluates no schema, so the widgets' validation chunk loads zod only when some
// record needs the full path. For a well-formed row it gives in one pass, with few allocations, exactly
// the actor `parseActors([actorFromRow(row, options)])` gives (same fields, same values, same key
// order); for any row it is not sure of (a value to tidy, a fault, a column it does not handle) it
// gives null and the caller runs the full path, so rejected rows get the very same issues.
// Checked against the full path on generated good and broken rows (test/core/node/fast-actor.test.ts,
// test/core/ingest/fast-then-full.test.ts).
//
// What it reads from a home of its own: the columns and aliases (field table), every limit
// (ACTOR_LIMITS), code shape (CODE_SHAPES, CODE_LENGTHS) and catalogue (data/ids.ts, LOCATION_PRECISIONS);
// the plain fields (address, city, description, legal category, postcode, EPCI, région, budget, web
// addresses) are checked by a checker built from a descriptor (FIELD_RULES), the lists from their
// catalogues (LIST_CATALOGUES). The NAF code, the commune and the département are tidied by the full
// path's own rules (formats/tidy-codes.ts), a row taken only when they leave no note. The identifiers
// (tidied, SIREN from SIRET), the id and name fallbacks, the coordinates and their precision, the
// headcount, the creation year and the provenance defaults are the full path's own functions
// (formats/row-cells.ts), the fast path then checking what they give against the schema's limits.
// The type from the legal category goes through actorFromRow itself. Only the SIRENE state stays
// its own: only 'A' (or blank) taken, any other goes the full path — unless closed units are kept
// (includeClosed), when the state changes nothing of the actor.
import { actorFieldOf, actorFromRow } from '../formats/actor-row.js';
import type { LegalUnitClassifier, RowNote } from '../formats/actor-row.js';
import { padCode, tidyDepartement, tidyNaf } from '../formats/tidy-codes.js';
import {
  checkedAtOfCells,
  creationYearOfCells,
  employeesOfCells,
  idOfCells,
  identifiersOfCells,
  locationOfCells,
  nameOfCells,
  sourceOfCells,
} from '../formats/row-cells.js';
import type { IdentifierValues, LocationValues } from '../formats/row-cells.js';
import { ACTIVITY_IDS, ACTOR_TYPE_IDS, APPROVAL_IDS, ASSET_IDS, BUDGET_BAND_IDS, EMPLOYEE_BAND_IDS, NEED_IDS } from '../data/ids.js';
import type { ActivityId } from '../data/ids.js';
import { needsOfActivities } from '../data/activity-needs.js';
import type { Actor } from '../schema/actor.js';
import { ACTOR_LIMITS, CODE_SHAPES, LOCATION_PRECISIONS, isWebUrl } from '../schema/actor-limits.js';
import { isIsoDate } from '../schema/is-iso-date.js';
import { CODE_LENGTHS, LIST_SEPARATOR, SIRENE_STATES } from './field-table.js';
import { isValidCommuneCode, isValidRna, isValidSiren, isValidSiret } from '../schema/identifiers.js';
import { formatCsvField } from '../formats/parse-csv-text.js';
import { defaultClassifier } from './classifier.js';

type Field = NonNullable<ReturnType<typeof actorFieldOf>>;

export interface FastActorOptions {
  /** As readActors' `source`: provenance source for rows without one (empty = "import"). */
  source?: string;
  /** As readActors' `checkedAt`: provenance date for rows without one (empty = unknown). */
  checkedAt?: string;
  /** As readActors' `classify` (default: the legal-category classifier). */
  classify?: LegalUnitClassifier;
  /** As parseActors' `deriveNeeds` (default true). */
  deriveNeeds?: boolean;
  /**
   * As readActors' `includeClosed`: closed SIRENE units kept. The state then changes nothing of the
   * actor (the full path reads it only to set a row aside), so rows of any state take the fast path.
   */
  includeClosed?: boolean;
}

const ACTOR_TYPES: ReadonlySet<string> = new Set(ACTOR_TYPE_IDS);
const EMPLOYEE_BANDS: ReadonlySet<string> = new Set(EMPLOYEE_BAND_IDS);
const PRECISIONS: ReadonlySet<unknown> = new Set(LOCATION_PRECISIONS);

/** Fields the fast path reads (their numbers index a row's values); a row with a value in any other actor field goes the full path. */
const HANDLED = [
  'id', 'name', 'sireneName2', 'sireneFirstName', 'sireneLastName', 'type', 'legalCategory', 'ess', 'siren', 'siret', 'rna', 'address', 'postcode', 'city',
  'communeCode', 'epciCode', 'departementCode', 'regionCode', 'lat', 'lon', 'precision', 'activities', 'needs', 'naf',
  'employees', 'sireneEmployees', 'budget', 'creationYear', 'sireneCreation', 'approvals', 'assets', 'website',
  'description', 'source', 'checkedAt', 'sireneChecked', 'sourceUrl',
] as const satisfies readonly Field[];
const FIELD_NUMBER = new Map<Field, number>(HANDLED.map((f, i) => [f, i]));
const [
  ID, NAME, SIRENE_NAME2, SIRENE_FIRST_NAME, SIRENE_LAST_NAME, TYPE, LEGAL_CATEGORY, ESS, SIREN, SIRET, RNA, ADDRESS, POSTCODE, CITY,
  COMMUNE_CODE, EPCI_CODE, DEPARTEMENT_CODE, REGION_CODE, LAT, LON, PRECISION, ACTIVITIES, NEEDS, NAF,
  EMPLOYEES, SIRENE_EMPLOYEES, BUDGET, CREATION_YEAR, SIRENE_CREATION, APPROVALS, ASSETS, WEBSITE,
  DESCRIPTION, SOURCE, CHECKED_AT, SIRENE_CHECKED, SOURCE_URL,
] = HANDLED.map((_, i) => i) as number[] as [
  number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number,
  number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number,
];

const NO_LIST: readonly string[] = Object.freeze([]);

/**
 * What the schema says of a field whose cell the actor keeps as written (trimmed), or with the
 * leading zero a spreadsheet dropped: the fast path builds its checker from this, so a limit, a code
 * shape or a catalogue is read from its one home (ACTOR_LIMITS, CODE_SHAPES, data/ids.ts), never
 * restated here. A checker gives the value as the actor holds it, or null: the full path decides.
 */
type FieldRule =
  | { text: number } // at most this many characters (ACTOR_LIMITS)
  | { code: RegExp; pad?: number } // a code of this shape (CODE_SHAPES); `pad`: its length (CODE_LENGTHS), the leading zero a spreadsheet dropped given back (padCode, as actorFromRow)
  | { oneOf: readonly string[] } // an id of this catalogue (data/ids.ts)
  | { url: true }; // an http(s) address (isWebUrl)

const FIELD_RULES: Partial<Record<Field, FieldRule>> = {
  legalCategory: { code: CODE_SHAPES.legalCategory },
  postcode: { code: CODE_SHAPES.postcode, pad: CODE_LENGTHS.postcode },
  epciCode: { code: CODE_SHAPES.epciCode, pad: CODE_LENGTHS.epciCode },
  regionCode: { code: CODE_SHAPES.regionCode, pad: CODE_LENGTHS.regionCode },
  address: { text: ACTOR_LIMITS.addressLineLength },
  city: { text: ACTOR_LIMITS.cityLength },
  description: { text: ACTOR_LIMITS.descriptionLength },
  budget: { oneOf: BUDGET_BAND_IDS },
  website: { url: true },
  sourceUrl: { url: true },
};

/** The checker of a rule. */
function checkerOf(rule: FieldRule): (value: string) => string | null {
  if ('text' in rule) return (value) => (value.length <= rule.text ? value : null);
  if ('code' in rule) {
    const { code: shape, pad } = rule;
    return (value) => {
      if (shape.test(value)) return value;
      if (pad === undefined) return null;
      const padded = padCode(value, pad);
      return shape.test(padded) ? padded : null;
    };
  }
  if ('oneOf' in rule) {
    const allowed: ReadonlySet<string> = new Set(rule.oneOf);
    return (value) => (allowed.has(value) ? value : null);
  }
  return (value) => (isWebUrl(value) ? value : null);
}

/** Each ruled field's number and checker (built once). */
const RULED = (Object.entries(FIELD_RULES) as [Field, FieldRule][]).map(([field, rule]) => [FIELD_NUMBER.get(field) as number, checkerOf(rule)] as const);

/** The list fields and the catalogue each item must be in (data/ids.ts). */
const LIST_CATALOGUES = { activities: ACTIVITY_IDS, needs: NEED_IDS, approvals: APPROVAL_IDS, assets: ASSET_IDS } as const;
const LIST_ALLOWED = Object.fromEntries(Object.entries(LIST_CATALOGUES).map(([f, ids]) => [f, new Set<string>(ids)])) as unknown as Record<keyof typeof LIST_CATALOGUES, ReadonlySet<string>>;

/** What score needs of an actor (see RecordRenderer.render). */
export type ScoreSubject = Pick<Actor, 'id' | 'name' | 'type' | 'zones' | 'activities' | 'needs'>;

/**
 * Builds actors from the fields of CSV rows read under one header. `check(fields, index)` tells
 * whether the full path (actorFromRow then parseActors, ids aside) would accept the row, keeping
 * its tidied values: `actor()` then gives that very actor, `csvLine()` its validate/convert CSV
 * line, `subject()` what score needs, without building the others. When it says false (a fault,
 * a value to tidy it does not handle, a column it does not read), run the full path.
 */
export class CsvActorFastPath {
  /** For each field with columns (by number): its columns, in the order a row object keyed by the header lists them. */
  #plan: { field: number; cols: number[] }[] = [];
  /** Columns of fields the fast path does not handle (a value there sends the row the full path). */
  #unhandled: number[] = [];
  /** Columns of SIRENE's administrative state (unit, establishment): each blank or active, or the row goes the full path. */
  #stateCols: number[] = [];
  #width: number;
  #readerSource: string | undefined;
  #readerCheckedAt: string | undefined;
  #classify: LegalUnitClassifier;
  #deriveNeeds: boolean;
  /** type by legal category, ESS flag and NAF as written ('' when absent), for the default classifier. */
  #types = new Map<string, Map<string, Map<string, string | undefined>>>();
  #typeCount = 0;
  /** The identifiers of the row being checked (identifiersOfCells writes them here). */
  #ids: IdentifierValues = { siren: undefined, siret: undefined, rna: undefined };
  /** The last dates found valid (most rows share one). */
  #validDate = '';

  // the values of the row last checked, as the actor holds them
  #v: (string | undefined)[] = new Array<string | undefined>(HANDLED.length).fill(undefined);
  #id = '';
  #name = '';
  #type = '';
  #siren: string | undefined;
  #siret: string | undefined;
  #rna: string | undefined;
  #legalCategory: string | undefined;
  #naf: string | undefined;
  #postcode: string | undefined;
  #communeCode: string | undefined;
  #epciCode: string | undefined;
  #departementCode: string | undefined;
  #regionCode: string | undefined;
  #lat = 0;
  #lon = 0;
  /** The location of the row being checked (locationOfCells writes it here). */
  #location: LocationValues = { lat: undefined, lon: undefined, precision: undefined };
  #precision: 'exact' | 'commune' | undefined;
  #activities: readonly string[] = NO_LIST;
  #needs: readonly string[] = NO_LIST;
  #approvals: readonly string[] = NO_LIST;
  #assets: readonly string[] = NO_LIST;
  #employeeBand: string | undefined;
  #creationYear: number | undefined;
  #source = '';
  #checkedAt: string | undefined = undefined;
  #subject = { id: '', name: '', type: '', zones: [] as never[], activities: NO_LIST, needs: NO_LIST } as unknown as ScoreSubject;

  constructor(header: readonly string[], options: FastActorOptions = {}) {
    this.#width = header.length;
    // The row object of CsvRowBuilder: header[i] → fields[i], a repeated name keeping its first
    // place and its last value; for…in then lists integer-like names first. The same object
    // built with column numbers gives, in its iteration order, the column each key reads.
    const probe: Record<string, number> = {};
    for (let i = 0; i < header.length; i += 1) probe[header[i] as string] = i;
    const cols = new Map<number, number[]>();
    for (const key in probe) {
      const field = actorFieldOf(key);
      if (field === null) continue;
      const col = probe[key] as number;
      // every state column is read (a unit active, its establishment closed): see check(); none
      // when closed units are kept
      if (field === 'sireneState') {
        if (options.includeClosed !== true) this.#stateCols.push(col);
        continue;
      }
      const n = FIELD_NUMBER.get(field);
      if (n === undefined) this.#unhandled.push(col);
      else {
        let list = cols.get(n);
        if (list === undefined) cols.set(n, (list = []));
        list.push(col);
      }
    }
    for (const [field, c] of cols) this.#plan.push({ field, cols: c });
    this.#readerSource = options.source;
    this.#readerCheckedAt = options.checkedAt;
    this.#classify = options.classify ?? defaultClassifier;
    this.#deriveNeeds = options.deriveNeeds !== false;
  }

  /** The actor of a well-formed row, or null when the row must go the full path. */
  actorOf(fields: readonly string[], index: number): Actor | null {
    return this.check(fields, index) ? this.actor() : null;
  }

  /** True when the full path accepts the row (ids aside); its values are then kept for actor(), csvLine(), subject(). */
  check(fields: readonly string[], index: number): boolean {
    if (fields.length !== this.#width) return false;
    for (const c of this.#unhandled) if ((fields[c] as string).trim() !== '') return false;
    // The first non-blank value of each field (trimmed), as actorFromRow reads it.
    const v = this.#v;
    for (const { field, cols } of this.#plan) {
      let value: string | undefined;
      for (let k = 0; k < cols.length; k += 1) {
        const raw = fields[cols[k] as number] as string;
        if (raw === '') continue;
        const t = raw.trim();
        if (t !== '') {
          value = t;
          break;
        }
      }
      v[field] = value;
    }
    // the fields ruled by a descriptor (FIELD_RULES): the value as the actor holds it, or the full path
    for (let k = 0; k < RULED.length; k += 1) {
      const [n, check] = RULED[k] as (typeof RULED)[number];
      const value = v[n];
      if (value === undefined) continue;
      const held = check(value);
      if (held === null) return false;
      v[n] = held;
    }

    // SIRENE's administrative state: only active units and establishments here (a closed one is set
    // aside, or kept on request, by the full path)
    for (const c of this.#stateCols) {
      const state = fields[c] as string;
      if (state !== '' && state !== SIRENE_STATES.active && state.trim() !== '') return false;
    }

    // identifiers, id and name: the full path's rules (row-cells.ts), then the schema's checks
    const ids = this.#ids;
    ids.siren = ids.siret = ids.rna = undefined;
    identifiersOfCells(ids, v[SIREN], v[SIRET], v[RNA]);
    const siren = ids.siren as string | undefined;
    const siret = ids.siret as string | undefined;
    const rna = ids.rna as string | undefined;
    if (siren !== undefined && !isValidSiren(siren)) return false;
    if (siret !== undefined && !isValidSiret(siret)) return false;
    if (rna !== undefined && !isValidRna(rna)) return false;
    if (siren !== undefined && siret !== undefined && !siret.startsWith(siren)) return false;
    this.#siren = siren;
    this.#siret = siret;
    this.#rna = rna;

    const id = idOfCells(v[ID], ids, index) as string;
    if (id.length > ACTOR_LIMITS.idLength) return false;
    this.#id = id;
    const name = nameOfCells(v[NAME], v[SIRENE_NAME2], v[SIRENE_FIRST_NAME], v[SIRENE_LAST_NAME]) as string | undefined;
    if (name === undefined || name.length > ACTOR_LIMITS.nameLength) return false;
    this.#name = name;

    const legalCategory = v[LEGAL_CATEGORY];
    this.#legalCategory = legalCategory;
    const nafRaw = v[NAF];
    let naf: string | undefined;
    if (nafRaw !== undefined) {
      // tidied by the full path's own rule; a code it would leave out with a note goes the full path
      naf = tidyNaf(nafRaw, undefined);
      if (naf === undefined || !CODE_SHAPES.naf.test(naf)) return false;
    }
    this.#naf = naf;
    let type = v[TYPE];
    if (type === undefined && legalCategory !== undefined) type = this.#typeOf(legalCategory, v[ESS], nafRaw);
    if (type === undefined || !ACTOR_TYPES.has(type)) return false;
    this.#type = type;

    // territory codes (address, postcode, EPCI and région: ruled above)
    this.#postcode = v[POSTCODE];
    let communeCode = v[COMMUNE_CODE];
    if (communeCode !== undefined) {
      // the full path's rule (leading zero a spreadsheet dropped, pandas decimals), then the schema's check
      communeCode = padCode(communeCode, CODE_LENGTHS.communeCode);
      if (!isValidCommuneCode(communeCode)) return false;
    }
    this.#communeCode = communeCode;
    this.#epciCode = v[EPCI_CODE];
    let departementCode = v[DEPARTEMENT_CODE];
    if (departementCode !== undefined) {
      // the full path's rule; a code it would tidy with a note (the DGEFP's 59L) goes the full path
      const notes: RowNote[] = [];
      departementCode = tidyDepartement(departementCode, notes);
      if (notes.length > 0 || !CODE_SHAPES.departementCode.test(departementCode)) return false;
    }
    this.#departementCode = departementCode;
    this.#regionCode = v[REGION_CODE];

    // location: the full path's rule (row-cells.ts), then the schema's range and precisions
    this.#precision = undefined;
    const location = locationOfCells(v[LAT], v[LON], v[PRECISION], this.#location);
    if (location !== undefined) {
      const { lat, lon, precision } = location;
      if (typeof lat !== 'number' || typeof lon !== 'number' || !PRECISIONS.has(precision)) return false;
      if (!(lat >= -ACTOR_LIMITS.maxLatitude && lat <= ACTOR_LIMITS.maxLatitude && lon >= -ACTOR_LIMITS.maxLongitude && lon <= ACTOR_LIMITS.maxLongitude)) return false;
      this.#lat = lat;
      this.#lon = lon;
      this.#precision = precision as 'exact' | 'commune';
    }

    // lists
    const activities = list(v[ACTIVITIES], LIST_ALLOWED.activities);
    const needs = list(v[NEEDS], LIST_ALLOWED.needs);
    const approvals = list(v[APPROVALS], LIST_ALLOWED.approvals);
    const assets = list(v[ASSETS], LIST_ALLOWED.assets);
    if (activities === null || needs === null || approvals === null || assets === null) return false;
    this.#activities = activities;
    this.#needs = this.#deriveNeeds && needs.length === 0 && activities.length > 0 ? needsOfActivities(activities as ActivityId[]) : needs;
    this.#approvals = approvals;
    this.#assets = assets;

    // size and creation year: the full path's rules (row-cells.ts), then the schema's catalogue and years
    const employees = employeesOfCells(v[EMPLOYEES], v[SIRENE_EMPLOYEES]);
    if (employees !== undefined && !EMPLOYEE_BANDS.has(employees as string)) return false;
    this.#employeeBand = employees as string | undefined;
    // a SIRENE date it reads with a note (the unknown-date placeholder) goes the full path, which says it
    const yearNotes: RowNote[] = [];
    const creationYear = creationYearOfCells(v[CREATION_YEAR], v[SIRENE_CREATION], yearNotes);
    if (yearNotes.length > 0) return false;
    if (creationYear !== undefined && !(Number.isInteger(creationYear) && (creationYear as number) >= ACTOR_LIMITS.firstYear && (creationYear as number) <= ACTOR_LIMITS.lastYear)) return false;
    this.#creationYear = creationYear as number | undefined;

    // provenance: the full path's defaults (row-cells.ts), then the schema's checks
    const source = sourceOfCells(v[SOURCE], this.#readerSource) as string;
    if (source.length > ACTOR_LIMITS.sourceLength) return false;
    this.#source = source;
    const checkedAt = checkedAtOfCells(v[CHECKED_AT], v[SIRENE_CHECKED], this.#readerCheckedAt) as string | undefined;
    if (checkedAt !== undefined && checkedAt !== this.#validDate) {
      if (!isIsoDate(checkedAt)) return false;
      this.#validDate = checkedAt;
    }
    this.#checkedAt = checkedAt;
    return true;
  }

  /** The actor of the row last checked (true), as parseActors gives it: the schema's key order, optional keys only when present. */
  actor(): Actor {
    const v = this.#v;
    const actor = { id: this.#id, name: this.#name, type: this.#type } as Actor;
    if (this.#legalCategory !== undefined) actor.legalCategory = this.#legalCategory;
    const identifiers: Actor['identifiers'] = {};
    if (this.#siren !== undefined) identifiers.siren = this.#siren;
    if (this.#siret !== undefined) identifiers.siret = this.#siret;
    if (this.#rna !== undefined) identifiers.rna = this.#rna;
    actor.identifiers = identifiers;
    const line = v[ADDRESS];
    const city = v[CITY];
    if (line !== undefined || this.#postcode !== undefined || city !== undefined) {
      const address: NonNullable<Actor['address']> = {};
      if (line !== undefined) address.line = line;
      if (this.#postcode !== undefined) address.postcode = this.#postcode;
      if (city !== undefined) address.city = city;
      actor.address = address;
    }
    if (this.#communeCode !== undefined) actor.communeCode = this.#communeCode;
    if (this.#epciCode !== undefined) actor.epciCode = this.#epciCode;
    if (this.#departementCode !== undefined) actor.departementCode = this.#departementCode;
    if (this.#regionCode !== undefined) actor.regionCode = this.#regionCode;
    if (this.#precision !== undefined) actor.location = { lat: this.#lat, lon: this.#lon, precision: this.#precision };
    actor.activities = [...this.#activities] as Actor['activities'];
    actor.needs = [...this.#needs] as Actor['needs'];
    if (this.#naf !== undefined) actor.naf = this.#naf;
    const budget = v[BUDGET];
    if (this.#employeeBand !== undefined || budget !== undefined) {
      const size: NonNullable<Actor['size']> = {};
      if (this.#employeeBand !== undefined) size.employees = this.#employeeBand as NonNullable<Actor['size']>['employees'] & string;
      if (budget !== undefined) size.budget = budget as NonNullable<Actor['size']>['budget'] & string;
      actor.size = size;
    }
    if (this.#creationYear !== undefined) actor.creationYear = this.#creationYear;
    actor.approvals = [...this.#approvals] as Actor['approvals'];
    actor.zones = [];
    actor.assets = [...this.#assets] as Actor['assets'];
    const website = v[WEBSITE];
    const description = v[DESCRIPTION];
    const url = v[SOURCE_URL];
    if (website !== undefined) actor.website = website;
    if (description !== undefined) actor.description = description;
    const provenance: Actor['provenance'] = { source: this.#source };
    if (this.#checkedAt !== undefined) provenance.checkedAt = this.#checkedAt;
    if (url !== undefined) provenance.url = url;
    actor.provenance = provenance;
    return actor;
  }

  /** Id of the row last checked. */
  get id(): string {
    return this.#id;
  }

  /**
   * What score reads of the actor of the row last checked: one object reused from row to row
   * (read it before the next check). Rows of the fast path are in no zone.
   */
  subject(): ScoreSubject {
    const s = this.#subject as { id: string; name: string; type: string; activities: readonly string[]; needs: readonly string[] };
    s.id = this.#id;
    s.name = this.#name;
    s.type = this.#type;
    s.activities = this.#activities;
    s.needs = this.#needs;
    return this.#subject;
  }

  /** actorCsvLine(actor()) for the row last checked, without building the actor. */
  csvLine(): string {
    const v = this.#v;
    const f = formatCsvField;
    const opt = (x: string | undefined): string => (x === undefined ? '' : f(x));
    const plain = (x: string | undefined): string => (x === undefined ? '' : x);
    // a plain decimal tells its text (String of its number) without converting
    const where =
      this.#precision === undefined ? ',,' : `${numberText(v[LAT] as string) ?? String(this.#lat)},${numberText(v[LON] as string) ?? String(this.#lon)},${this.#precision}`;
    return (
      `${f(this.#id)},${f(this.#name)},${this.#type},${plain(this.#legalCategory)},${plain(this.#siren)},${plain(this.#siret)},${plain(this.#rna)},` +
      `${opt(v[ADDRESS])},${plain(this.#postcode)},${opt(v[CITY])},${plain(this.#communeCode)},${plain(this.#epciCode)},${plain(this.#departementCode)},${plain(this.#regionCode)},` +
      `${where},${joinList(this.#activities)},${joinList(this.#needs)},${plain(this.#naf)},` +
      `${plain(this.#employeeBand)},${plain(v[BUDGET])},${this.#creationYear === undefined ? '' : String(this.#creationYear)},${joinList(this.#approvals)},,${joinList(this.#assets)},` +
      `${opt(v[WEBSITE])},${opt(v[DESCRIPTION])},${f(this.#source)},${this.#checkedAt ?? ''},${opt(v[SOURCE_URL])}\n`
    );
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

/** A list as actorToRow writes it. */
function joinList(x: readonly string[]): string {
  return x.length === 0 ? '' : x.length === 1 ? (x[0] as string) : x.join(LIST_SEPARATOR);
}

/** The ids of a `|` list when all are in `allowed`; null when one is not. */
function list(value: string | undefined, allowed: ReadonlySet<string>): readonly string[] | null {
  if (value === undefined) return NO_LIST;
  const out: string[] = [];
  for (const part of value.split(LIST_SEPARATOR)) {
    const t = part.trim();
    if (t === '') continue;
    if (!allowed.has(t)) return null;
    out.push(t);
  }
  return out;
}
