// Validation of untrusted actor and partnership records. Every record either becomes a valid,
// normalised object or is listed in `rejected` with ALL its faults in `issues`: nothing throws,
// nothing is dropped without a word, and `actors.length + rejected.length` equals the number of
// input records.
import * as z from 'zod/mini';
import { needsOfActivities } from '../data/needs.js';
import { errorsEn } from '../i18n/en/errors.js';
import { formatIssue } from '../i18n/format-issue.js';
import { errorsFr } from '../i18n/fr/errors.js';
import { Actor, Address, Identifiers, Location, Partnership, Provenance, Size, ZoneMembership } from './actor.js';
import { keepForConventions, mergeConvention } from './conventions.js';
import { normaliseIdentifier } from './identifiers.js';

export { keepForConventions, mergeConvention } from './conventions.js';
import { CUSTOM_ISSUE_CODES } from './record-issue.js';
import type { IssueCode, IssueToFormat, RecordCollection, RecordIssue } from './record-issue.js';

export interface ParseOptions {
  /** Index of the first record, when records come in chunks (a stream); default 0. */
  startIndex?: number;
  /**
   * Ids already taken (id → index of the record holding it). Pass the same map to successive
   * calls to catch duplicates across chunks; it is filled as records are accepted.
   */
  seenIds?: Map<string, number>;
}

export interface ParseActorsOptions extends ParseOptions {
  /** Fill `needs` from `activities` when a record gives no needs (default true). */
  deriveNeeds?: boolean;
  /**
   * The Actor schema to validate with: only ever `Actor` itself or zod's compiled copy of it (the
   * Node reader passes node/compiled-schema.ts' copy, faster on large files). Default `Actor`.
   */
  schema?: typeof Actor;
  /**
   * Merge a record whose id and SIRET repeat an earlier actor's (one structure holding several
   * conventions — ACI and AI — listed once per convention, as the DGEFP lists do) into that actor:
   * approvals, activities and needs joined, a `conventions_merged` warning (default true). Other
   * repeated ids are set aside as duplicate_id.
   */
  mergeConventions?: boolean;
  /** The actors accepted so far by id, shared across calls like seenIds (for mergeConventions). */
  actorsById?: Map<string, Actor>;
}

export interface ParseActorsResult {
  actors: Actor[];
  /** Every fault of every record set aside. */
  issues: RecordIssue[];
  /** Indices of the records set aside, in input order. */
  rejected: number[];
  /**
   * Fields the schema does not know (a top-level "siret" instead of identifiers.siret, a typo):
   * they are left out of the actor, so they are named here (code unrecognized_keys), for every
   * record, kept or not. A record is never set aside for them alone.
   */
  warnings: RecordIssue[];
  /** Indices of the records merged into an earlier actor (see mergeConventions): records in = actors + rejected + merged. */
  merged: number[];
}

export interface ParsePartnershipsOptions extends ParseOptions {
  /** Ids of the known actors: a partnership naming another id is set aside (unknown_actor). */
  actorIds?: ReadonlySet<string> | readonly string[];
}

export interface ParsePartnershipsResult {
  partnerships: Partnership[];
  issues: RecordIssue[];
  rejected: number[];
  /** Fields the schema does not know, left out (see ParseActorsResult.warnings). */
  warnings: RecordIssue[];
}

export interface ParseDatasetResult {
  actors: Actor[];
  partnerships: Partnership[];
  issues: RecordIssue[];
  rejected: { actors: number[]; partnerships: number[] };
  warnings: RecordIssue[];
}

const customCodes = new Set<string>(CUSTOM_ISSUE_CODES);
const frMessages = { errors: errorsFr };
const enMessages = { errors: errorsEn };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An issue with its French and English messages (for readers that report their own codes). */
export function issueWithMessage(fields: Omit<IssueToFormat, 'message'>): RecordIssue {
  return makeIssue(fields);
}

function withMessage(issue: IssueToFormat): RecordIssue {
  const { message: _ignored, ...rest } = issue;
  return { ...rest, message: { fr: formatIssue(issue, frMessages), en: formatIssue(issue, enMessages) } };
}

function makeIssue(fields: Omit<IssueToFormat, 'message'>): RecordIssue {
  const issue: IssueToFormat = { ...fields };
  if (issue.id === undefined) delete issue.id;
  if (issue.params === undefined) delete issue.params;
  if (issue.collection === undefined) delete issue.collection;
  return withMessage(issue);
}

type Params = NonNullable<RecordIssue['params']>;

/** The parts of a zod issue a message needs, as plain strings and numbers. */
function paramsOf(raw: Record<string, unknown>): Params | undefined {
  const params: Params = {};
  for (const key of ['origin', 'expected', 'format', 'minimum', 'maximum', 'divisor'] as const) {
    const v = raw[key];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') params[key] = v;
    else if (typeof v === 'bigint') params[key] = v.toString();
  }
  if (Array.isArray(raw['values'])) params['allowed'] = raw['values'].map((v) => String(v));
  if (Array.isArray(raw['keys'])) params['keys'] = raw['keys'].map((v) => String(v));
  return Object.keys(params).length > 0 ? params : undefined;
}

/** The value at `path` in the record as given (before normalisation), or `fallback` when absent. */
function valueAt(record: unknown, path: readonly PropertyKey[], fallback: unknown): unknown {
  let v: unknown = record;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, key)) return fallback;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** zod's issues for one record → our issues, one per field and fault (zod may repeat a code on a path). */
function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  record: unknown,
  index: number,
  id: string | undefined,
  collection: RecordCollection,
): RecordIssue[] {
  const out: RecordIssue[] = [];
  const seen = new Set<string>();
  for (const zi of zodIssues) {
    const raw = zi as unknown as Record<string, unknown>;
    const path = zi.path.map(String).join('.');
    let code: IssueCode;
    if (customCodes.has(zi.message)) code = zi.message as IssueCode;
    else if (zi.code === 'invalid_type' && raw['input'] === undefined) code = 'required';
    else code = zi.code;
    const key = `${path}\u0000${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Show the value as the user wrote it, not as normalised ("123 456 789", not "123456789").
    const value = valueAt(record, zi.path, raw['input']);
    out.push(makeIssue({ index, id, collection, path, code, value, params: paramsOf(raw) }));
  }
  return out;
}

/** The records of an input: a list, or one object taken as a list of one. */
function recordsOf(input: unknown, collection: RecordCollection): { records: readonly unknown[] } | { issue: RecordIssue } {
  if (Array.isArray(input)) return { records: input };
  if (isObject(input)) return { records: [input] };
  return {
    issue: makeIssue({ index: -1, collection, path: '', code: 'invalid_type', value: input, params: { expected: 'array' } }),
  };
}

function stringId(record: unknown): string | undefined {
  return isObject(record) && typeof record['id'] === 'string' ? record['id'] : undefined;
}

const NAF_WITHOUT_DOT = /^(\d{2})(\d{2}[A-Z])$/;
const IDENTIFIER_KEYS = ['siren', 'siret', 'rna'] as const;
/** Codes tidied by trimming and upper-casing (then, for some, by `tidyCode`). */
const CODE_KEYS = ['communeCode', 'departementCode', 'regionCode', 'legalCategory', 'epciCode', 'naf'] as const;

function tidyCode(key: (typeof CODE_KEYS)[number], value: string): string {
  const s = value.trim().toUpperCase();
  if (key === 'epciCode') return normaliseIdentifier(s);
  if (key === 'naf') return s.replace(NAF_WITHOUT_DOT, '$1.$2');
  return s;
}

/**
 * Tidies what people type before validation, without changing meaning: spaces, dots and dashes in
 * SIREN/SIRET/RNA/EPCI codes, case of commune/département codes, the dot of a NAF code. The input
 * is not modified. (Runs once per record on register-sized files: no closures, no needless copies.)
 */
function normaliseActorRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  const identifiers = record['identifiers'];
  if (isObject(identifiers)) {
    const ids: Record<string, unknown> = { ...identifiers };
    for (const key of IDENTIFIER_KEYS) {
      const v = ids[key];
      if (typeof v === 'string') ids[key] = normaliseIdentifier(v);
    }
    out['identifiers'] = ids;
  }
  for (const key of CODE_KEYS) {
    const v = out[key];
    if (typeof v === 'string') out[key] = tidyCode(key, v);
  }
  if (typeof out['website'] === 'string') out['website'] = out['website'].trim();
  const address = record['address'];
  if (isObject(address) && typeof address['postcode'] === 'string') {
    out['address'] = { ...address, postcode: address['postcode'].replace(/\s/g, '') };
  }
  return out;
}

/** Checks across one record's fields that the schema cannot express. */
function crossFieldIssues(actor: Actor, index: number): RecordIssue[] {
  const { siren, siret } = actor.identifiers;
  if (siren !== undefined && siret !== undefined && !siret.startsWith(siren)) {
    return [
      makeIssue({
        index,
        id: actor.id,
        collection: 'actors',
        path: 'identifiers.siret',
        code: 'siret_siren_mismatch',
        value: siret,
        params: { siren },
      }),
    ];
  }
  return [];
}

/** Known field names: at the top of a record, and inside its nested objects (by path, list positions left out). */
interface KnownKeys {
  own: ReadonlySet<string>;
  nested: Readonly<Record<string, { keys: ReadonlySet<string>; list: boolean }>>;
}
const keysOf = (shape: object): ReadonlySet<string> => new Set(Object.keys(shape));
const actorKeys: KnownKeys = {
  own: keysOf(Actor.shape),
  nested: {
    identifiers: { keys: keysOf(Identifiers.shape), list: false },
    address: { keys: keysOf(Address.shape), list: false },
    location: { keys: keysOf(Location.shape), list: false },
    size: { keys: keysOf(Size.shape), list: false },
    provenance: { keys: keysOf(Provenance.shape), list: false },
    zones: { keys: keysOf(ZoneMembership.shape), list: true },
  },
};
const partnershipKeys: KnownKeys = { own: keysOf(Partnership.shape), nested: {} };

/** The fields of `value` that are not in `keys` (none allocated when all are known: the usual case). */
function unknownKeysOf(value: Record<string, unknown>, keys: ReadonlySet<string>): string[] | undefined {
  let unknown: string[] | undefined;
  for (const k of Object.keys(value)) {
    if (!keys.has(k)) (unknown ??= []).push(k);
  }
  return unknown;
}

/** One warning per object of the record holding fields the schema does not know. */
function unknownKeyIssues(
  record: Record<string, unknown>,
  known: KnownKeys,
  index: number,
  id: string | undefined,
  collection: RecordCollection,
): RecordIssue[] | undefined {
  let out: RecordIssue[] | undefined;
  const check = (value: unknown, keys: ReadonlySet<string>, path: string) => {
    if (!isObject(value)) return;
    const unknown = unknownKeysOf(value, keys);
    if (unknown !== undefined) {
      (out ??= []).push(makeIssue({ index, id, collection, path, code: 'unrecognized_keys', value: undefined, params: { keys: unknown } }));
    }
  };
  check(record, known.own, '');
  for (const key in known.nested) {
    const value = record[key];
    if (value === undefined) continue;
    const { keys, list } = known.nested[key] as { keys: ReadonlySet<string>; list: boolean };
    if (list && Array.isArray(value)) value.forEach((item, i) => check(item, keys, `${key}.${i}`));
    else if (!list) check(value, keys, key);
  }
  return out;
}

/** Runs `f`, or gives undefined if it throws (a record whose getters throw, a revoked proxy…). */
function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** The issue for a record that could not even be read. */
function unreadableIssue(index: number, collection: RecordCollection): RecordIssue {
  return makeIssue({ index, collection, path: '', code: 'unreadable_record', value: undefined });
}

/** The issue of a record whose id repeats the record at `firstIndex` (exported for readers that check ids apart, e.g. the CLI's worker threads). */
export function duplicateIssue(index: number, id: string, firstIndex: number, collection: RecordCollection): RecordIssue {
  return makeIssue({ index, id, collection, path: 'id', code: 'duplicate_id', value: id, params: { firstIndex } });
}

/**
 * Validates actor records. `input` is a list of records (one object counts as a list of one).
 * Returns the valid actors (normalised, defaults filled, needs derived from activities when none
 * are given), every fault of every invalid record, and the indices of the records set aside. A
 * record whose id repeats an earlier accepted record's id is set aside too (duplicate_id).
 */
export function parseActors(input: unknown, options: ParseActorsOptions = {}): ParseActorsResult {
  const result: ParseActorsResult = { actors: [], issues: [], rejected: [], warnings: [], merged: [] };
  const found = recordsOf(input, 'actors');
  if ('issue' in found) {
    result.issues.push(found.issue);
    return result;
  }
  const start = options.startIndex ?? 0;
  const deriveNeeds = options.deriveNeeds ?? true;
  const seenIds = options.seenIds ?? new Map<string, number>();
  const schema = options.schema ?? Actor;
  const merge = options.mergeConventions ?? true;
  const byId = options.actorsById ?? new Map<string, Actor>();
  const records = found.records;
  for (let i = 0; i < records.length; i += 1) {
    const index = start + i;
    const record = records[i];
    // try/catch rather than closures: this loop runs once per record of register-sized files.
    let recordIsObject = false;
    let parsed: ReturnType<typeof Actor.safeParse> | undefined;
    try {
      recordIsObject = isObject(record);
      parsed = z.safeParse(schema, recordIsObject ? normaliseActorRecord(record as Record<string, unknown>) : record, { reportInput: true });
    } catch {
      parsed = undefined;
    }
    if (recordIsObject) {
      try {
        const warnings = unknownKeyIssues(record as Record<string, unknown>, actorKeys, index, stringId(record), 'actors');
        if (warnings !== undefined) result.warnings.push(...warnings);
      } catch {
        // a record whose getters throw: reported below as unreadable when it could not be parsed
      }
    }
    if (parsed === undefined) {
      result.issues.push(unreadableIssue(index, 'actors'));
      result.rejected.push(index);
      continue;
    }
    if (!parsed.success) {
      result.issues.push(...fromZodIssues(parsed.error.issues, record, index, stringId(record), 'actors'));
      result.rejected.push(index);
      continue;
    }
    const actor = parsed.data;
    const faults = crossFieldIssues(actor, index);
    const firstIndex = seenIds.get(actor.id);
    if (firstIndex !== undefined && merge && faults.length === 0 && mergeConvention(byId.get(actor.id), actor)) {
      result.merged.push(index);
      result.warnings.push(conventionsMergedIssue(index, actor, firstIndex));
      continue;
    }
    if (firstIndex !== undefined) faults.push(duplicateIssue(index, actor.id, firstIndex, 'actors'));
    if (faults.length > 0) {
      result.issues.push(...faults);
      result.rejected.push(index);
      continue;
    }
    seenIds.set(actor.id, index);
    if (deriveNeeds && actor.needs.length === 0 && actor.activities.length > 0) {
      actor.needs = needsOfActivities(actor.activities);
    }
    if (merge) keepForConventions(byId, actor);
    result.actors.push(actor);
  }
  return result;
}

/** The warning on a record merged into the actor of record `firstIndex` (see mergeConvention). */
export function conventionsMergedIssue(index: number, actor: Actor, firstIndex: number): RecordIssue {
  return makeIssue({ index, id: actor.id, collection: 'actors', path: 'identifiers.siret', code: 'conventions_merged', value: actor.identifiers.siret, params: { firstIndex } });
}

/**
 * Validates partnership records. With `actorIds`, a partnership naming an actor or partner that is
 * not among them is set aside (unknown_actor); an actor partnering itself always is.
 */
export function parsePartnerships(input: unknown, options: ParsePartnershipsOptions = {}): ParsePartnershipsResult {
  const result: ParsePartnershipsResult = { partnerships: [], issues: [], rejected: [], warnings: [] };
  const found = recordsOf(input, 'partnerships');
  if ('issue' in found) {
    result.issues.push(found.issue);
    return result;
  }
  const start = options.startIndex ?? 0;
  const known = options.actorIds === undefined ? undefined : new Set(options.actorIds);
  found.records.forEach((record, i) => {
    const index = start + i;
    const parsed = safely(() => Partnership.safeParse(record, { reportInput: true }));
    if (isObject(record)) safely(() => result.warnings.push(...(unknownKeyIssues(record, partnershipKeys, index, undefined, 'partnerships') ?? [])));
    if (parsed === undefined) {
      result.issues.push(unreadableIssue(index, 'partnerships'));
      result.rejected.push(index);
      return;
    }
    if (!parsed.success) {
      result.issues.push(...fromZodIssues(parsed.error.issues, record, index, undefined, 'partnerships'));
      result.rejected.push(index);
      return;
    }
    const p = parsed.data;
    const faults: RecordIssue[] = [];
    if (p.actorId === p.partnerId) {
      faults.push(makeIssue({ index, collection: 'partnerships', path: 'partnerId', code: 'self_partnership', value: p.partnerId }));
    }
    if (known !== undefined) {
      for (const key of ['actorId', 'partnerId'] as const) {
        if (!known.has(p[key])) faults.push(makeIssue({ index, collection: 'partnerships', path: key, code: 'unknown_actor', value: p[key] }));
      }
    }
    if (faults.length > 0) {
      result.issues.push(...faults);
      result.rejected.push(index);
      return;
    }
    result.partnerships.push(p);
  });
  return result;
}

/**
 * Validates a whole dataset `{ actors, partnerships? }`: the actors first, then the partnerships
 * against the ids of the actors that were accepted (a partnership with a rejected actor is set
 * aside too, with unknown_actor). Issues carry `collection` to tell the two lists apart.
 */
export function parseDataset(input: unknown): ParseDatasetResult {
  const result: ParseDatasetResult = { actors: [], partnerships: [], issues: [], rejected: { actors: [], partnerships: [] }, warnings: [] };
  if (!isObject(input)) {
    result.issues.push(makeIssue({ index: -1, path: '', code: 'invalid_type', value: input, params: { expected: 'object' } }));
    return result;
  }
  const actors = parseActors(input['actors']);
  const partnerships =
    input['partnerships'] === undefined
      ? { partnerships: [], issues: [], rejected: [], warnings: [] }
      : parsePartnerships(input['partnerships'], { actorIds: actors.actors.map((a) => a.id) });
  result.actors = actors.actors;
  result.partnerships = partnerships.partnerships;
  result.issues = [...actors.issues, ...partnerships.issues];
  result.rejected = { actors: actors.rejected, partnerships: partnerships.rejected };
  result.warnings = [...actors.warnings, ...partnerships.warnings];
  return result;
}
