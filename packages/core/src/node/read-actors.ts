// Streams actors out of a file or a stream: CSV (any size; `,` `;` or tab; UTF-8 or Windows-1252),
// JSON (an array, a GeoJSON FeatureCollection or a dataset {actors: […]}), NDJSON. Each record
// comes out once, in order, as `{ index, actor }` or `{ index, issues }`: nothing is dropped, so
// records in = actors + rejected, whatever the input holds.
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { CsvRowBuilder, CsvTokenizer, csvFaultParams, sniffCsvDelimiter } from '../formats/parse-csv-text.js';
import type { CsvDelimiter } from '../formats/parse-csv-text.js';
import { actorFromRow } from '../formats/actor-row.js';
import type { ActorCandidate, ActorFromRowOptions, LegalUnitClassifier } from '../formats/actor-row.js';
import { actorFromFeature } from '../formats/geojson.js';
import { DEFAULT_MAX_JSON_DEPTH, jsonDepthOver, parseNdjsonLine } from '../formats/ndjson.js';
import { DEFAULT_MAX_RECORD_BYTES } from '../formats/parse-csv-text.js';
import { contentMismatch, sniffContent } from '../formats/sniff-content.js';
import type { ContentKind } from '../formats/sniff-content.js';
import { issueWithMessage, parseActors } from '../schema/parse-actors.js';
import { Actor } from '../schema/actor.js';
import { compiledSchema } from './compiled-schema.js';
import type { RecordIssue } from '../schema/record-issue.js';
import { decodeStream } from './decode.js';
import type { TextEncodingName } from './decode.js';
import { JsonArrayScanner } from './json-stream.js';
import { IdIndex } from './id-index.js';
import { contentErrorText, formatIssueText } from './messages.js';
import { defaultClassifier } from './classify.js';
import { CsvActorFastPath } from '../ingest/fast-actor.js';
import { duplicateIssue, keepForConventions } from '../schema/parse-actors.js';
import { mapHeader, withConstants } from '../ingest/column-map.js';
import type { ColumnMap } from '../ingest/column-map.js';
import type { RowNote } from '../formats/actor-row.js';
import { closedUnitFault, warningsOfNotes } from '../ingest/row-notes.js';
import { projectToWgs84 } from './project-to-wgs84.js';
import { deriveGeography } from './derive-geography.js';
import { withListedZones } from '../ingest/zone-list.js';
import type { CommuneZoneTable } from '../schema/zoning.js';

export type InputFormat = 'csv' | 'json' | 'ndjson' | 'geojson';

/** Faults of the input's form (not of an actor's fields). */
export type FormatIssueCode =
  | 'ragged_row'
  | 'unclosed_quote'
  | 'invalid_json'
  | 'not_an_object'
  | 'not_a_feature'
  | 'unsupported_geometry'
  | 'no_records'
  | 'invalid_figures'
  | 'record_too_large'
  | 'too_deep'
  | 'trailing_content';

export interface FormatIssue {
  index: number;
  path: string;
  code: FormatIssueCode;
  value: unknown;
  params?: Record<string, string | number>;
  message: { fr: string; en: string };
}

export type ReadIssue = RecordIssue | FormatIssue;

/** A record as read, before validation. */
export interface RawRecord {
  /** 0-based position of the record in the input (CSV: data rows, header excluded). */
  index: number;
  /** Line where the record starts (CSV and NDJSON). */
  line?: number;
  /** The record as given: a CSV row (column → text), a JSON object, a GeoJSON feature. */
  raw: unknown;
  kind: 'row' | 'object' | 'feature';
  /** Faults of form found while reading (ragged row, bad JSON…). */
  issues?: FormatIssue[];
}

/** One record out of readActors: a valid actor, or the reasons it was set aside. */
export interface ReadResult {
  index: number;
  line?: number;
  /** The record as given (a CSV row is an object column → text). */
  raw: unknown;
  actor?: Actor;
  issues?: ReadIssue[];
  /** What was tidied or decided on the kept record (département suffix, unclassified type, conventions merged). */
  warnings?: RecordIssue[];
  /**
   * With `mergeConventions`: this record, another convention of an earlier structure (same SIRET),
   * was merged into the actor of record `merged` (updated in place); it carries no actor nor issues.
   */
  merged?: number;
}

/** What merging other conventions changes on an actor (see core's mergeConvention). */
export type ConventionFields = Pick<Actor, 'approvals' | 'activities' | 'needs'>;

export interface ReadOptions {
  /** Input format; default: from the file extension, else sniffed from the first characters. */
  format?: InputFormat;
  /** CSV delimiter; default: sniffed from the header line. */
  delimiter?: CsvDelimiter;
  /** Text encoding; default: UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
  encoding?: TextEncodingName;
  /** Told the encoding chosen (and again if it changes mid-file). */
  onEncoding?: (encoding: TextEncodingName) => void;
  /** Told the CSV header once read. */
  onHeader?: (header: string[], delimiter: CsvDelimiter) => void;
  /** Stop reading when aborted (the records read so far have been yielded). */
  signal?: AbortSignal;
  /** Column mapping and constants (ingest/column-map.ts: parseColumnMap('name=DENOMINATION_SOCIALE,…')). */
  columns?: ColumnMap;
  /**
   * Largest CSV record (default 1 MiB, `DEFAULT_MAX_RECORD_BYTES`; characters of the text here,
   * bytes of the input in the CLI): a larger one is one record set aside (`record_too_large`, its
   * line), its text skipped without being held, and the reading goes on.
   */
  maxRecordBytes?: number;
  /** Deepest nesting of arrays and objects in a JSON record (default 64): deeper is `too_deep`, set aside. */
  maxJsonDepth?: number;
}

/** Whether well-formed CSV rows may take the fast path: not when constants or derived geography must be added to every record. */
export function fastPathAllowed(options: ReadActorsOptions): boolean {
  return options.geography !== true && options.zoneTable === undefined && !(options.columns !== undefined && Object.keys(options.columns.constants).length > 0);
}

export interface ReadActorsOptions extends ReadOptions {
  /** Provenance source for records without one (default "import", or the file name). */
  source?: string;
  /** Provenance date for records without one (default today). */
  checkedAt?: string;
  /** Classifier from legal category (+ ESS flag, NAF) to actor type for rows without a type. */
  classify?: LegalUnitClassifier;
  /**
   * Keep SIRENE units and establishments marked closed (etatAdministratif… C or F; default false: such
   * a row is set aside, counted as rejected, with a closed_unit issue naming the column and value).
   */
  includeClosed?: boolean;
  /** Set aside records whose id repeats an earlier actor's (default true; keeps one entry per id in memory). */
  uniqueIds?: boolean;
  /** Fill needs from activities (default true). */
  deriveNeeds?: boolean;
  /**
   * Derive the commune from postcode + city, and the département, région and EPCI from the
   * commune, from the COG (node/derive-geography.ts; default false: it costs a lookup per record).
   */
  geography?: boolean;
  /** Zone memberships by commune from official lists (ingest/zone-list.ts), added to each actor of a listed commune. */
  zoneTable?: CommuneZoneTable;
  /**
   * Merge a record that is another convention of an earlier actor (same id and SIRET — one
   * structure listed once per convention, as the DGEFP lists do; the rule is core's
   * mergeConvention, as in ingestRecords and the map) into that actor instead of setting it aside
   * as duplicate_id (default false). The earlier actor, already yielded, is updated in place: read
   * it once the input is read. Keeps each actor with a SIRET in memory, unless `conventionIds` says
   * which ids may repeat.
   */
  mergeConventions?: boolean;
  /** With mergeConventions: the only ids whose actors are kept for a merge (the CLI's second pass gives the ids it saw repeated). */
  conventionIds?: ReadonlySet<string>;
  /**
   * Only these records (by index) are validated and yielded; the others are read past (the CLI's
   * second look at the records of repeated ids: records of other ids cannot change their merges).
   */
  onlyRecords?: ReadonlySet<number>;
  /**
   * The approvals, activities and needs of the actors other conventions were merged into, by record
   * index, given to them as they are read (the CLI, once it knows the merges, renders those actors again for its output).
   */
  mergedConventions?: ReadonlyMap<number, ConventionFields>;
}

export type ActorSource = string | AsyncIterable<Uint8Array | string>;

export function formatFromPath(path: string): InputFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.geojson') return 'geojson';
  if (ext === '.json') return 'json';
  return undefined;
}

function openSource(source: ActorSource): AsyncIterable<Uint8Array | string> {
  if (typeof source !== 'string') return source;
  if (source === '-') return process.stdin;
  return createReadStream(source, { highWaterMark: 1 << 16 });
}

export function makeFormatIssue(index: number, code: FormatIssueCode, value: unknown, params?: Record<string, string | number>): FormatIssue {
  const issue: FormatIssue = { index, path: '', code, value, message: { fr: '', en: '' } };
  if (params) issue.params = params;
  // A malformed CSV row says the same sentence in the CLI as in the map: core's (csvIssueOf's) text.
  if (code === 'ragged_row' || code === 'unclosed_quote') {
    issue.message = issueWithMessage({ index, collection: 'actors', path: '', code, value: params?.['found'] ?? value, ...(params ? { params } : {}) }).message;
    return issue;
  }
  issue.message = { fr: formatIssueText(issue, 'fr'), en: formatIssueText(issue, 'en') };
  return issue;
}

/**
 * The records of an input, unvalidated, in order. Throws only when the input cannot be opened
 * or read at all (missing file, permission): faults inside records are reported on the records.
 */
export async function* readRecords(source: ActorSource, options: ReadOptions = {}): AsyncGenerator<RawRecord> {
  for await (const batch of readRecordBatches(source, options)) yield* batch;
}

/**
 * The records of an input in batches (those complete in each chunk read, ~64 KiB), in order: one
 * await per batch instead of one per record, for register-sized files.
 */
export async function* readRecordBatches(source: ActorSource, options: ReadOptions = {}): AsyncGenerator<RawRecord[]> {
  let format = options.format ?? (typeof source === 'string' && source !== '-' ? formatFromPath(source) : undefined);
  const decodeOptions: { encoding?: TextEncodingName; onEncoding?: (e: TextEncodingName) => void } = {};
  if (options.encoding) decodeOptions.encoding = options.encoding;
  if (options.onEncoding) decodeOptions.onEncoding = options.onEncoding;
  const text = decodeStream(checkedContent(openSource(source), format), decodeOptions);
  const signal = options.signal;
  const maxRecordBytes = options.maxRecordBytes !== undefined && options.maxRecordBytes > 0 ? options.maxRecordBytes : DEFAULT_MAX_RECORD_BYTES;
  const maxDepth = options.maxJsonDepth !== undefined && options.maxJsonDepth > 0 ? options.maxJsonDepth : DEFAULT_MAX_JSON_DEPTH;

  // Sniff the format from the first characters when neither option nor extension tells. The
  // iterator is advanced by hand: leaving a for-await early would close the underlying stream.
  let first: string | undefined;
  if (format === undefined) {
    let head = '';
    while (!(head.trim().length > 0 && (head.includes('\n') || head.length > 4096))) {
      const next = await text.next();
      if (next.done) break;
      head += next.value;
    }
    first = head;
    format = sniffFormat(head);
  }
  const chunks = prepend(first, text);

  let index = 0;
  if (format === 'csv') {
    let tokenizer: CsvTokenizer | null = null;
    const builder = new CsvRowBuilder(maxRecordBytes);
    let delimiter = options.delimiter;
    const fieldsOnly = (options as { csvFields?: boolean }).csvFields === true;
    let count = 0;
    const emit = (records: ReturnType<CsvTokenizer['push']>): RawRecord[] => {
      const out: RawRecord[] = [];
      for (const record of records) {
        if (record.tooLarge) {
          // one record set aside, header or row (a header too large leaves no column known)
          if (builder.header === null) {
            builder.header = mapHeader([], options.columns);
            options.onHeader?.(builder.header, delimiter as CsvDelimiter);
          }
          const i = fieldsOnly ? count : builder.skip();
          if (fieldsOnly) count += 1;
          out.push({ index: i, line: record.line, raw: null, kind: 'object', issues: [makeFormatIssue(i, 'record_too_large', '', { limit: maxRecordBytes })] });
          continue;
        }
        if (fieldsOnly) {
          // The fields as read, not keyed by the header (the CLI's worker threads key them, exactly as CsvRowBuilder does).
          if (builder.header === null) {
            builder.header = mapHeader(record.fields.map((h) => h.trim()), options.columns);
            options.onHeader?.(builder.header, delimiter as CsvDelimiter);
            continue;
          }
          const i = count;
          count += 1;
          const r: RawRecord = { index: i, line: record.line, raw: record.fields, kind: 'row' };
          const expected = builder.header.length;
          if (record.unclosedQuote || record.fields.length !== expected) {
            r.issues = [makeFormatIssue(i, record.unclosedQuote ? 'unclosed_quote' : 'ragged_row', record.fields.length, csvFaultParams(record, expected))];
          }
          out.push(r);
          continue;
        }
        const mapping = builder.header === null && options.columns !== undefined;
        const built = builder.add(record);
        if (built === null && mapping) builder.header = mapHeader(builder.header ?? [], options.columns);
        if (built === null) {
          options.onHeader?.(builder.header ?? [], delimiter as CsvDelimiter);
          continue;
        }
        const r: RawRecord = { index: built.index, line: built.line, raw: built.row, kind: 'row' };
        if (built.issue) {
          r.issues = [makeFormatIssue(built.index, built.issue.code, record.fields.length, csvFaultParams(record, built.issue.expected))];
        }
        out.push(r);
      }
      return out;
    };
    for await (const chunk of chunks) {
      if (signal?.aborted) return;
      if (tokenizer === null) {
        delimiter ??= sniffCsvDelimiter(chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk);
        tokenizer = new CsvTokenizer(delimiter, { maxRecordBytes });
      }
      const batch = emit(tokenizer.push(chunk));
      if (batch.length > 0) yield batch;
    }
    if (tokenizer && !signal?.aborted) {
      const batch = emit(tokenizer.end());
      if (batch.length > 0) yield batch;
    }
    return;
  }

  if (format === 'ndjson') {
    let rest = '';
    let line = 0;
    const handle = (text: string, out: RawRecord[]): void => {
      line += 1;
      const parsed = parseNdjsonLine(text, maxDepth);
      if (parsed === undefined) return;
      const i = index;
      index += 1;
      if ('tooDeep' in parsed) {
        out.push({ index: i, line, raw: null, kind: 'object', issues: [makeFormatIssue(i, 'too_deep', '', { limit: maxDepth })] });
      } else if ('error' in parsed) {
        out.push({ index: i, line, raw: text, kind: 'object', issues: [makeFormatIssue(i, 'invalid_json', text.slice(0, 200))] });
      } else out.push(objectRecord(i, parsed.value, line));
    };
    for await (const chunk of chunks) {
      if (signal?.aborted) return;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      const batch: RawRecord[] = [];
      for (const p of parts) handle(p.charCodeAt(0) === 0xfeff ? p.slice(1) : p, batch);
      if (batch.length > 0) yield batch;
    }
    if (rest !== '' && !signal?.aborted) {
      const batch: RawRecord[] = [];
      handle(rest, batch);
      if (batch.length > 0) yield batch;
    }
    return;
  }

  // JSON / GeoJSON: elements of the top-level array, or of "features" / "actors".
  const scanner = new JsonArrayScanner(maxDepth);
  let objectText = '';
  const emitElements = (elements: ReturnType<JsonArrayScanner['push']>): RawRecord[] => {
    const out: RawRecord[] = [];
    for (const el of elements) {
      const i = index;
      index += 1;
      if (el.code === 'too_deep') out.push({ index: i, raw: null, kind: 'object', issues: [makeFormatIssue(i, 'too_deep', '', { limit: maxDepth })] });
      else if (el.code === 'trailing_content' && !scanner.foundArray) index -= 1; // a lone object: JSON.parse below says where it goes wrong
      else if (el.code === 'trailing_content') out.push({ index: i, ...(el.line !== undefined ? { line: el.line } : {}), raw: null, kind: 'object', issues: [makeFormatIssue(i, 'trailing_content', '', { line: el.line ?? 0, offset: el.offset ?? 0 })] });
      else if (el.error !== undefined) out.push({ index: i, raw: null, kind: 'object', issues: [makeFormatIssue(i, 'invalid_json', el.error)] });
      else if (el.key === 'features') out.push(featureRecord(i, el.value));
      else out.push(objectRecord(i, el.value));
    }
    return out;
  };
  for await (const chunk of chunks) {
    if (signal?.aborted) return;
    const batch = emitElements(scanner.push(chunk));
    if (batch.length > 0) yield batch;
    // Keep the start of a root object that holds no array, to report it (bounded).
    if (!scanner.foundArray && objectText.length < 1 << 20) objectText += chunk;
  }
  if (signal?.aborted) return;
  const last = emitElements(scanner.end());
  if (last.length > 0) yield last;
  if (!scanner.foundArray) {
    // A single object (one actor, or one feature) counts as a list of one; anything else is reported.
    let value: unknown;
    if (jsonDepthOver(objectText, maxDepth + 1)) {
      yield [{ index: 0, raw: null, kind: 'object', issues: [makeFormatIssue(0, 'too_deep', '', { limit: maxDepth })] }];
      return;
    }
    try {
      value = JSON.parse(objectText);
    } catch (e) {
      if (objectText.trim() !== '') yield [{ index: 0, raw: null, kind: 'object', issues: [makeFormatIssue(0, 'invalid_json', (e as Error).message)] }];
      return;
    }
    if (isObject(value) && value['type'] === 'Feature') yield [featureRecord(0, value)];
    else yield [objectRecord(0, value)];
  }
}

function objectRecord(index: number, value: unknown, line?: number): RawRecord {
  const r: RawRecord = { index, raw: value, kind: 'object' };
  if (line !== undefined) r.line = line;
  if (!isObject(value)) r.issues = [makeFormatIssue(index, 'not_an_object', value)];
  else if (value['type'] === 'Feature') r.kind = 'feature';
  return r;
}

function featureRecord(index: number, value: unknown): RawRecord {
  return { index, raw: value, kind: 'feature' };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function sniffFormat(head: string): InputFormat {
  const t = head.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) {
    const firstLine = t.split('\n', 1)[0] ?? '';
    // a FeatureCollection or a dataset, even on one line, is one JSON document; other objects one per line
    if (/"(features|actors)"\s*:\s*\[/.test(firstLine) || /"FeatureCollection"/.test(firstLine)) return 'json';
    return isCompleteJson(firstLine) ? 'ndjson' : 'json';
  }
  return 'csv';
}

function isCompleteJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The input refused: what it holds is not what was expected (a JSON file named .csv, a zip…). */
export class ContentError extends Error {
  found: ContentKind;
  expected: InputFormat;
  text: { fr: string; en: string };
  constructor(found: ContentKind, expected: InputFormat) {
    const text = { fr: contentErrorText(found, expected, 'fr'), en: contentErrorText(found, expected, 'en') };
    super(text.en);
    this.found = found;
    this.expected = expected;
    this.text = text;
  }
}

/**
 * The input's bytes, once its first kilobyte said it holds what `expected` can read (any readable
 * text when the format is to be sniffed): else a ContentError. Text chunks are not checked.
 */
async function* checkedContent(chunks: AsyncIterable<Uint8Array | string>, expected: InputFormat | undefined): AsyncGenerator<Uint8Array | string> {
  const it = chunks[Symbol.asyncIterator]();
  const held: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    if (length >= 1024) break;
    const next = await it.next();
    if (next.done) break;
    if (typeof next.value === 'string') {
      yield* held;
      yield next.value;
      held.length = 0;
      length = Infinity;
      break;
    }
    held.push(next.value);
    length += next.value.length;
  }
  if (held.length > 0) {
    const head = held.length === 1 ? (held[0] as Uint8Array) : Buffer.concat(held);
    const kind = sniffContent(head);
    const found = contentMismatch(kind, expected ?? (kind === 'json' ? 'json' : 'csv'));
    if (found !== null) throw new ContentError(found, expected ?? 'csv');
    yield head;
  }
  for (;;) {
    const next = await it.next();
    if (next.done) return;
    yield next.value;
  }
}

async function* prepend(first: string | undefined, rest: AsyncIterator<string>): AsyncGenerator<string> {
  if (first) yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** The actor candidate a raw record stands for (before validation), or null when it has none. */
export function candidateOf(record: RawRecord, options: ReadActorsOptions & { classify: LegalUnitClassifier }): { candidate: ActorCandidate } | { issues: FormatIssue[] } {
  if (record.issues && record.kind !== 'row') return { issues: record.issues };
  const rowOptions = rowOptionsOf(options);
  rowOptions.index = record.index;
  return candidateWith(record, rowOptions);
}

type RowOptions = ActorFromRowOptions & { index: number };

function rowOptionsOf(options: ReadActorsOptions & { classify: LegalUnitClassifier }): RowOptions {
  const rowOptions: RowOptions = { index: 0, classify: options.classify, keepUnclassified: true, project: projectToWgs84 };
  if (options.source) rowOptions.source = options.source;
  if (options.checkedAt) rowOptions.checkedAt = options.checkedAt;
  return rowOptions;
}

function candidateWith(record: RawRecord, rowOptions: RowOptions, columns?: ColumnMap): { candidate: ActorCandidate } | { issues: FormatIssue[] } {
  if (record.kind === 'feature') {
    const raw = record.raw as Record<string, unknown>;
    const props = raw['properties'];
    const f = actorFromFeature(columns && typeof props === 'object' && props !== null ? { ...raw, properties: withConstants(props as Record<string, unknown>, columns) } : record.raw, rowOptions);
    if ('issue' in f) return { issues: [makeFormatIssue(record.index, f.issue.code === 'not_a_feature_collection' ? 'not_a_feature' : f.issue.code, f.issue.value)] };
    return { candidate: f.candidate };
  }
  return { candidate: actorFromRow(withConstants(record.raw as Record<string, unknown>, columns), rowOptions) };
}

const NUMERIC_ID = /^\d{1,14}$/;

/**
 * Validates raw records one after the other, in order, keeping the ids seen across calls (the
 * state of a readActors run). Each record gives exactly one result.
 */
export class RecordValidator {
  #seenIds: Map<string, number> | undefined;
  #parseOptions: { seenIds: Map<string, number>; startIndex: number; deriveNeeds?: boolean; schema: typeof Actor; mergeConventions: boolean; actorsById?: Map<string, Actor> };
  /** The actors other conventions may be merged into, by id (mergeConventions). */
  #byId: Map<string, Actor> | undefined;
  #mergedInto: ReadonlyMap<number, ConventionFields> | undefined;
  /** Reads seen ids without adding any: for records set aside anyway (ragged rows). */
  #lookOnly: Map<string, number>;
  #rowOptions: RowOptions;

  /**
   * `idTable`: the table of ids taken to use instead of a fresh one (the CLI's worker threads pass a
   * probe that notes the id looked up and holds none: the main thread applies the duplicate rule
   * in input order).
   */
  constructor(options: ReadActorsOptions = {}, idTable?: Map<string, number>) {
    this.#options = options;
    // IdIndex offers the Map methods parseActors uses, in far less memory for SIREN/SIRET ids.
    const seenIds = options.uniqueIds === false ? undefined : (idTable ?? (new IdIndex() as unknown as Map<string, number>));
    this.#seenIds = seenIds;
    // zod's compiled copy of the Actor schema: same checks, same issues, faster (see compiled-schema.ts).
    this.#byId = options.mergeConventions === true && seenIds !== undefined ? actorsKeptFor(options.conventionIds) : undefined;
    this.#mergedInto = options.mergedConventions !== undefined && options.mergedConventions.size > 0 ? options.mergedConventions : undefined;
    this.#parseOptions = { seenIds: seenIds ?? new Map<string, number>(), startIndex: 0, schema: compiledSchema(Actor), mergeConventions: this.#byId !== undefined };
    if (this.#byId !== undefined) this.#parseOptions.actorsById = this.#byId;
    if (options.deriveNeeds === false) this.#parseOptions.deriveNeeds = false;
    const ids = this.#parseOptions.seenIds;
    this.#lookOnly = { get: (id: string) => ids.get(id), set() { return this; } } as unknown as Map<string, number>;
    this.#rowOptions = rowOptionsOf({ ...options, classify: options.classify ?? defaultClassifier });
  }

  #options: ReadActorsOptions;
  #fast: CsvActorFastPath | null = null;

  /** CSV rows under `header` may then be validated from their fields (validate's `fields`): well-formed rows skip the general path. */
  useCsvHeader(header: readonly string[]): void {
    const o = this.#options;
    // Constants of a column mapping are not columns, derived geography not in the row: such rows go the general path.
    if (!fastPathAllowed(o)) return;
    this.#fast = new CsvActorFastPath(header, {
      ...(o.source ? { source: o.source } : {}),
      ...(o.checkedAt ? { checkedAt: o.checkedAt } : {}),
      classify: o.classify ?? defaultClassifier,
      ...(o.deriveNeeds === false ? { deriveNeeds: false } : {}),
      ...(o.includeClosed === true ? { includeClosed: true } : {}),
    });
  }

  /** The result of one record; `fields`: a CSV row's fields as read (see useCsvHeader), for the fast path. */
  validate(record: RawRecord, fields?: readonly string[]): ReadResult {
    const out: ReadResult = { index: record.index, raw: record.raw };
    if (record.line !== undefined) out.line = record.line;
    if (record.issues && (record.kind !== 'row' || record.raw === null)) {
      out.issues = record.issues;
      return out;
    }
    const fast = this.#fast;
    if (fields !== undefined && fast !== null && !record.issues && fast.check(fields, record.index)) {
      // the actor parseActors gives (fast-actor.ts), then its duplicate-id rule
      const actor = fast.actor();
      const seenIds = this.#seenIds;
      const first = seenIds?.get(actor.id);
      if (first === undefined) {
        seenIds?.set(NUMERIC_ID.test(actor.id) ? actor.id : ownCopy(actor.id), record.index);
        if (this.#byId !== undefined) keepForConventions(this.#byId, actor);
        this.#withMergedConventions(actor, record.index);
        out.actor = actor;
        return out;
      }
      if (this.#byId === undefined) {
        out.issues = [duplicateIssue(record.index, actor.id, first, 'actors')];
        return out;
      }
      // A repeated id where conventions merge: parseActors decides, on the general path below.
    }
    // a closed SIRENE unit (C) or establishment (F): set aside, unless asked for (as ingestRecords does)
    if (record.kind !== 'feature' && !record.issues && typeof record.raw === 'object' && record.raw !== null) {
      const closed = closedUnitFault(record.raw as Record<string, unknown>, record.index, this.#options);
      if (closed !== null) {
        out.issues = [closed];
        return out;
      }
    }
    this.#rowOptions.index = record.index;
    const notes: RowNote[] = [];
    this.#rowOptions.notes = notes;
    const c = candidateWith(record, this.#rowOptions, this.#options.columns);
    if ('issues' in c) {
      out.issues = c.issues;
      return out;
    }
    const seenIds = this.#seenIds;
    const parseOptions = this.#parseOptions;
    if (!seenIds) parseOptions.seenIds.clear();
    parseOptions.startIndex = record.index;
    // A ragged row is set aside even when its fields happen to validate: it must not take its id.
    const parsed = parseActors([c.candidate], record.issues ? { ...parseOptions, seenIds: this.#lookOnly, mergeConventions: false } : parseOptions);
    const actor = parsed.actors[0];
    const merged = parsed.merged.length > 0 ? parsed.warnings.find((w) => w.code === 'conventions_merged') : undefined;
    if (merged !== undefined) {
      // another convention of an earlier actor, merged into it (parseActors: core's mergeConvention)
      out.merged = merged.params?.['firstIndex'] as number;
      out.warnings = [merged, ...(notes.length > 0 ? warningsOfNotes(notes, record.index, merged.id) : [])];
      return out;
    }
    if (actor && !record.issues) {
      this.#withMergedConventions(actor, record.index);
      if (seenIds && !NUMERIC_ID.test(actor.id)) {
        // The id may be a slice of a whole 64 KiB input chunk; keep a copy of its own as the key so
        // the set of seen ids does not hold every chunk of the file in memory.
        seenIds.delete(actor.id);
        seenIds.set(ownCopy(actor.id), record.index);
        if (this.#byId?.get(actor.id) === actor) {
          this.#byId.delete(actor.id);
          this.#byId.set(ownCopy(actor.id), actor);
        }
      }
      out.actor = actor;
      const warnings = notes.length > 0 ? warningsOfNotes(notes, record.index, actor.id) : [];
      if (this.#options.geography) {
        const w = deriveGeography(actor, record.index);
        if (w) warnings.push(w);
      }
      if (this.#options.zoneTable) withListedZones(actor, this.#options.zoneTable);
      if (warnings.length > 0) out.warnings = warnings;
    } else {
      out.issues = record.issues ? [...record.issues, ...parsed.issues] : parsed.issues;
    }
    return out;
  }

  /** The record's actor given the approvals, activities and needs of the conventions merged into it (mergedConventions). */
  #withMergedConventions(actor: Actor, index: number): void {
    const fields = this.#mergedInto?.get(index);
    if (fields === undefined) return;
    actor.approvals = [...fields.approvals];
    actor.activities = [...fields.activities];
    actor.needs = [...fields.needs];
  }
}

/** A table of actors by id that keeps only those of `ids` (all when not given). */
function actorsKeptFor(ids: ReadonlySet<string> | undefined): Map<string, Actor> {
  const byId = new Map<string, Actor>();
  if (ids === undefined) return byId;
  const set = byId.set.bind(byId);
  byId.set = (id: string, actor: Actor) => (ids.has(id) ? set(id, actor) : byId);
  return byId;
}

/**
 * Streams validated actors from a file path (`-` for stdin) or a byte/text stream. Yields every
 * record in input order: `actor` when valid, `issues` (form and field faults, FR/EN messages) when not.
 */
export async function* readActors(source: ActorSource, options: ReadActorsOptions = {}): AsyncGenerator<ReadResult> {
  for await (const batch of readActorBatches(source, options)) yield* batch;
}

/** readActors in batches (the records of each chunk read), in order: one await per batch. */
export async function* readActorBatches(source: ActorSource, options: ReadActorsOptions = {}): AsyncGenerator<ReadResult[]> {
  // The file's name is the default source of its records' provenance.
  if (options.source === undefined && typeof source === 'string' && source !== '-') options = { ...options, source: basename(source) };
  const validator = new RecordValidator(options);
  // CSV rows come as their fields: well-formed ones go the fast path (fast-actor.ts, same actors),
  // each is keyed by the header here exactly as CsvRowBuilder keys it, for `raw` and the others.
  let header: string[] = [];
  const read = {
    ...options,
    csvFields: true,
    onHeader: (h: string[], delimiter: CsvDelimiter) => {
      header = h;
      validator.useCsvHeader(h);
      options.onHeader?.(h, delimiter);
    },
  };
  const only = options.onlyRecords;
  for await (const records of readRecordBatches(source, read)) {
    const out: ReadResult[] = new Array(records.length);
    let n = 0;
    for (let i = 0; i < records.length; i += 1) {
      const record = records[i] as RawRecord;
      if (only !== undefined && !only.has(record.index)) continue;
      if (record.kind === 'row' && Array.isArray(record.raw)) {
        const fields = record.raw as string[];
        const row: Record<string, string> = {};
        const m = Math.min(header.length, fields.length);
        for (let f = 0; f < m; f += 1) row[header[f] as string] = fields[f] as string;
        record.raw = row;
        out[n++] = validator.validate(record, fields);
      } else out[n++] = validator.validate(record);
    }
    out.length = n;
    if (n > 0 || only === undefined) yield out;
  }
}

/** A copy of a string that does not share the memory of the text it was cut from. */
function ownCopy(s: string): string {
  return ` ${s}`.slice(1);
}
