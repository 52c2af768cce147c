// The first step of THE ingestion (ingest/ingest-records.ts): records held in memory (row objects
// keyed by column name: CSV rows, flat JSON rows) through the fast path (ingest/fast-actor.ts). A
// record it is sure of becomes its actor here; any other (a value to tidy, a fault, a repeated id,
// a non-text value, a closed unit not kept) is left to the full path (actorFromRow + parseActors), so rejected
// records keep exactly their issues. Pure and zod-free: the widgets run `ingestCsvTextFast` first
// and load the full path (zod) only when it answers null.
import { parseCsvText } from '../formats/parse-csv-text.js';
import type { CsvDelimiter, CsvTable } from '../formats/parse-csv-text.js';
import type { Actor } from '../schema/actor.js';
import { keepForConventions } from '../schema/conventions.js';
import { mapHeader, reportColumns, withConstants } from './column-map.js';
import type { ColumnMap } from './column-map.js';
import { CsvActorFastPath } from './fast-actor.js';
import type { IngestOptions, IngestResult } from './ingest-records.js';

/** What the fast path of a reading needs to know: a subset of IngestOptions (a type only: no zod is evaluated). */
export type FastRecordOptions = Pick<IngestOptions, 'source' | 'checkedAt' | 'columns' | 'classify' | 'deriveNeeds' | 'mergeConventions' | 'kind' | 'includeClosed'>;

/**
 * The fast path over the records of one reading, sharing its table of ids (and of actors kept for
 * conventions) with the full path that follows it.
 */
export class FastRecords {
  #options: FastRecordOptions;
  #seenIds: Map<string, number>;
  #actorsById: Map<string, Actor> | null;
  #keys: string[] = [];
  #fields: string[] = [];
  #fast: CsvActorFastPath | null = null;

  constructor(options: FastRecordOptions, seenIds: Map<string, number>, actorsById: Map<string, Actor> | null) {
    this.#options = options;
    this.#seenIds = seenIds;
    this.#actorsById = actorsById;
  }

  /**
   * The actor of `record` when the fast path is sure of it and its id is new (the id is then taken,
   * and the actor kept for later conventions); null when the full path must decide.
   */
  actorOf(record: unknown, index: number): Actor | null {
    if (this.#options.kind === 'features' || typeof record !== 'object' || record === null || Array.isArray(record)) return null;
    const row = withConstants(record as Record<string, unknown>, this.#options.columns);
    // The row's own keys, all with text values (a JSON number, list or object goes the full path).
    const keys = this.#keys;
    const fields = this.#fields;
    let same = this.#fast !== null;
    let n = 0;
    for (const key in row) {
      if (!Object.prototype.hasOwnProperty.call(row, key)) return null;
      const value = row[key];
      if (typeof value !== 'string') return null;
      if (same && keys[n] !== key) same = false;
      fields[n] = value;
      n += 1;
    }
    fields.length = n;
    if (!same || n !== keys.length) {
      this.#keys = Object.keys(row);
      const o = this.#options;
      this.#fast = new CsvActorFastPath(this.#keys, {
        ...(o.source ? { source: o.source } : {}),
        ...(o.checkedAt ? { checkedAt: o.checkedAt } : {}),
        ...(o.classify ? { classify: o.classify } : {}),
        ...(o.deriveNeeds === false ? { deriveNeeds: false } : {}),
        ...(o.includeClosed === true ? { includeClosed: true } : {}),
      });
    }
    const fast = this.#fast as CsvActorFastPath;
    if (!fast.check(fields, index) || this.#seenIds.has(fast.id)) return null;
    const actor = fast.actor();
    this.#seenIds.set(actor.id, index);
    if (this.#actorsById !== null) keepForConventions(this.#actorsById, actor);
    return actor;
  }
}

/** A CSV text as rows keyed by the mapped header (the `columns` mapping applied), with its table. */
export function csvRowsOf(text: string, options: { columns?: ColumnMap; delimiter?: CsvDelimiter; maxRecordBytes?: number } = {}): { table: CsvTable; rows: Record<string, string>[] } {
  const table = parseCsvText(text, { ...(options.delimiter ? { delimiter: options.delimiter } : {}), ...(options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}) });
  const header = table.header;
  const mapped = mapHeader(header, options.columns);
  const rows = mapped.every((h, i) => h === header[i]) ? table.rows : table.rows.map((row) => rekey(row, header, mapped));
  return { table, rows };
}

function rekey(row: Record<string, string>, header: readonly string[], mapped: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  header.forEach((h, i) => {
    const v = row[h];
    if (v !== undefined) out[mapped[i] as string] = v;
  });
  return out;
}

/** What the fast ingestion gives when every record took the fast path: an IngestResult (a type only) without an issue or a warning. */
export type FastIngestResult = IngestResult;

/**
 * ingestRecords when every record takes the fast path: the same result (same actors, in the same
 * order, no issue, no warning); null as soon as one record needs the full path (then run
 * ingestRecords, which gives what it always gave).
 */
export function ingestRecordsFast(records: readonly unknown[], options: FastRecordOptions = {}): FastIngestResult | null {
  const fast = new FastRecords(options, new Map<string, number>(), options.mergeConventions === false ? null : new Map<string, Actor>());
  const actors: Actor[] = new Array(records.length);
  for (let index = 0; index < records.length; index += 1) {
    const actor = fast.actorOf(records[index], index);
    if (actor === null) return null;
    actors[index] = actor;
  }
  return { actors, issues: [], warnings: [], rejected: [], merged: [], records: records.length };
}

/** ingestCsvText when every row takes the fast path (and none is malformed): its very result; null otherwise. */
export function ingestCsvTextFast(text: string, options: FastRecordOptions & { delimiter?: CsvDelimiter; maxRecordBytes?: number } = {}): FastIngestResult | null {
  const { table, rows } = csvRowsOf(text, options);
  if (table.issues.length > 0) return null;
  const result = ingestRecordsFast(rows, options);
  if (result === null) return null;
  result.columns = reportColumns(table.header, options.columns);
  return result;
}
