// THE ingestion of records held in memory — what the widgets read (CSV text, JSON lists, GeoJSON
// properties) and what the Node API's batch readers read: the column mapping, the fast path
// (ingest/fast-records.ts, zod-free) for every record it is sure of, then for the others one row
// reader (formats/actor-row.ts, keyed by the header), the classifier from the legal category, one
// validator (parseActors), the conventions of one SIRET merged, and the warnings. The streaming
// Node reader (node/read-actors.ts) runs the very same steps record by record, so the same input
// gives the same actors and the same issues everywhere (checked by property test).
// Records in = actors + rejected + merged, always.
import { actorFromRow } from '../formats/actor-row.js';
import { actorFromFeature } from '../formats/geojson.js';
import type { ActorCandidate, LegalUnitClassifier, RowNote } from '../formats/actor-row.js';
import type { CsvDelimiter, CsvIssue } from '../formats/parse-csv-text.js';
import type { Actor } from '../schema/actor.js';
import { issueWithMessage, parseActors } from '../schema/parse-actors.js';
import type { RecordIssue } from '../schema/record-issue.js';
import { defaultClassifier } from './classifier.js';
import { reportColumns, withConstants } from './column-map.js';
import type { ColumnMap, ColumnReport } from './column-map.js';
import { closedUnitFault, warningsOfNotes } from './row-notes.js';
import { FastRecords, csvRowsOf } from './fast-records.js';

export interface IngestOptions {
  /** Provenance source of records without one (default "import"; readers pass the file's name). */
  source?: string;
  /** Provenance date of records without one (default none: unknown). */
  checkedAt?: string;
  /** Column mapping and constants (see ingest/column-map.ts). */
  columns?: ColumnMap;
  /** Type from the legal category (default: data/legal-categories.ts). */
  classify?: LegalUnitClassifier;
  /** Fill needs from activities (default true). */
  deriveNeeds?: boolean;
  /** Merge the conventions of one SIRET (default true; see parseActors). */
  mergeConventions?: boolean;
  /** What the records are: flat rows or JSON actors (default), or GeoJSON features. */
  kind?: 'rows' | 'features';
  /**
   * Keep SIRENE units and establishments marked closed (etatAdministratif… C or F; default false:
   * such a row is set aside, counted as rejected, with a closed_unit issue naming the column and value).
   */
  includeClosed?: boolean;
  /**
   * Take the fast path (ingest/fast-records.ts) for the records it is sure of (default true). false:
   * every record goes the full path (zod) — the same result, slower; for comparing the two.
   */
  fastPath?: boolean;
  /** Converts projected coordinates (geolocated SIRENE: Lambert-93, UTM overseas) to WGS84; without it they are not read. */
  project?: (x: number, y: number, epsg?: string) => { lat: number; lon: number } | null;
}

export interface IngestResult {
  actors: Actor[];
  /** Faults of the records set aside (located: index, line for CSV, field, value; FR/EN). */
  issues: RecordIssue[];
  /** What was tidied or decided on kept records (département suffix, unclassified type, merged conventions…). */
  warnings: RecordIssue[];
  rejected: number[];
  merged: number[];
  /** Number of records read: actors + rejected + merged. */
  records: number;
  /** CSV: which columns were recognised, which ignored. */
  columns?: ColumnReport;
}

/**
 * The form fault of a CSV row (ragged, unclosed quote) as a record issue, with the line it starts
 * on. `lastLine`: the file's last line, which an unclosed quote reads into its row (default: the
 * row's own line).
 */
export function csvIssueOf(issue: CsvIssue, lastLine = issue.line): RecordIssue {
  return issueWithMessage({
    index: issue.row,
    collection: 'actors',
    path: '',
    code: issue.code,
    // record_too_large: the line where the record set aside starts
    value: issue.code === 'record_too_large' ? issue.line : issue.found,
    params: { expected: issue.expected, found: issue.found, line: issue.line, ...(issue.code === 'unclosed_quote' ? { lastLine: Math.max(lastLine, issue.line) } : {}) },
  });
}

/** Number of the last line holding text (1-based; a final line break opens no line). */
export function lastLineOf(text: string): number {
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i += 1;
    if ((c === 10 || c === 13) && i + 1 < text.length) line += 1;
  }
  return line;
}

/**
 * Validates records (row objects keyed by column name, or JSON actor objects) one after the
 * other. `formIssues[i]`: faults of form of record i (a ragged CSV row): such a record is set aside
 * with them (and any field fault), and does not take its id.
 */
export function ingestRecords(records: readonly unknown[], options: IngestOptions = {}, formIssues?: ReadonlyMap<number, RecordIssue[]>): IngestResult {
  const result: IngestResult = { actors: [], issues: [], warnings: [], rejected: [], merged: [], records: records.length };
  const seenIds = new Map<string, number>();
  const lookOnly = { get: (id: string) => seenIds.get(id), set() { return this; }, has: (id: string) => seenIds.has(id) } as unknown as Map<string, number>;
  const actorsById = new Map<string, Actor>();
  const classify = options.classify ?? defaultClassifier;
  const fast = new FastRecords({ ...options, classify }, seenIds, options.mergeConventions === false ? null : actorsById);
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index];
    const form = formIssues?.get(index);
    // The fast path first: the actor parseActors would give, no warning; else the full path decides.
    const quick = form === undefined && options.fastPath !== false ? fast.actorOf(record, index) : null;
    if (quick !== null) {
      result.actors.push(quick);
      continue;
    }
    const notes: RowNote[] = [];
    const rowOptions = {
      index,
      classify,
      keepUnclassified: true,
      notes,
      ...(options.source ? { source: options.source } : {}),
      ...(options.checkedAt ? { checkedAt: options.checkedAt } : {}),
      ...(options.project ? { project: options.project } : {}),
    };
    let candidate: unknown = record;
    if (options.kind === 'features') {
      const read = actorFromFeature(isRow(record) && isRow(record['properties']) ? { ...record, properties: withConstants(record['properties'], options.columns) } : record, rowOptions);
      if ('issue' in read) {
        const code = read.issue.code === 'not_a_feature_collection' ? 'not_a_feature' : read.issue.code;
        result.issues.push(issueWithMessage({ index, collection: 'actors', path: '', code, value: read.issue.value }));
        result.rejected.push(index);
        continue;
      }
      candidate = read.candidate;
    } else if (isRow(record)) {
      // a closed SIRENE unit (C) or establishment (F): set aside, unless asked for (a malformed row keeps its form issues)
      const closed = form === undefined ? closedUnitFault(record, index, options) : null;
      if (closed !== null) {
        result.issues.push(closed);
        result.rejected.push(index);
        continue;
      }
      candidate = actorFromRow(withConstants(record, options.columns), rowOptions);
    }
    const parsed = parseActors([candidate], {
      startIndex: index,
      seenIds: form ? lookOnly : seenIds,
      actorsById: form ? new Map<string, Actor>() : actorsById,
      ...(options.deriveNeeds === false ? { deriveNeeds: false } : {}),
      ...(options.mergeConventions === false ? { mergeConventions: false } : {}),
    });
    result.warnings.push(...parsed.warnings);
    const actor = parsed.actors[0];
    if (form) {
      result.issues.push(...form, ...parsed.issues);
      result.rejected.push(index);
    } else if (actor) {
      result.actors.push(actor);
      result.warnings.push(...warningsOfNotes(notes, index, actor.id));
    } else if (parsed.merged.length > 0) {
      result.merged.push(index);
      result.warnings.push(...warningsOfNotes(notes, index, idOf(candidate)));
    } else {
      result.issues.push(...parsed.issues);
      result.rejected.push(index);
    }
  }
  return result;
}

/** A CSV text read and validated: tokenizer faults (ragged rows, unclosed quotes) kept on their rows. */
export function ingestCsvText(text: string, options: IngestOptions & { delimiter?: CsvDelimiter; maxRecordBytes?: number } = {}): IngestResult {
  const { table, rows } = csvRowsOf(text, options);
  const header = table.header;
  const form = new Map<number, RecordIssue[]>();
  const lastLine = table.issues.some((i) => i.code === 'unclosed_quote') ? lastLineOf(text) : 0;
  for (const issue of table.issues) form.set(issue.row, [...(form.get(issue.row) ?? []), csvIssueOf(issue, lastLine)]);
  const result = ingestRecords(rows, options, form);
  // Every fault of a row says the line of the file it starts on, as the CLI's rejects file does.
  for (const issue of result.issues) {
    const line = table.lines[issue.index];
    if (line !== undefined && issue.params?.['line'] === undefined) issue.params = { ...issue.params, line };
  }
  result.columns = reportColumns(header, options.columns);
  return result;
}

function isRow(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function idOf(candidate: unknown): string | undefined {
  const id = isRow(candidate) ? (candidate as ActorCandidate)['id'] : undefined;
  return typeof id === 'string' ? id : undefined;
}
