// Messages between the `terreau` command's main thread and its worker threads (cli-worker.ts).
import type { RawRecord, ReadIssue } from './read-actors.js';

/** What became of a record in a worker, before the duplicate-id rule (applied in order by the main thread). */
export const RecordKind = {
  /** Set aside, no id to check (unreadable, schema faults): `issues`. */
  Rejected: 0,
  /** Set aside for other faults, but its id is checked too (a duplicate adds its issue last): `issues`, `ids`. */
  RejectedIdChecked: 1,
  /** A valid actor, unless its id is taken: `ids`, `texts` (its output). */
  ValidActor: 2,
  /** A valid actor (takes its id) whose answers or figures are faulty: `ids`, `issues`. */
  ValidActorBadAssessment: 3,
  /** Written as it is, no id rule (classify): its output. */
  Written: 4,
} as const;

/**
 * A batch of records, compact: CSV rows go as their fields only (structured cloning a million row
 * objects, keys and all, costs the main thread more than it saves). Record i is a CSV row when
 * `counts[i] >= 0`: its next `counts[i]` fields of `values`, keyed by `header` in the worker
 * exactly as CsvRowBuilder keys them; otherwise it is the next of `others`, as read. `line[i]` is
 * -1 when the record has none; `issues` lists [i, faults] of rows.
 */
export interface BatchRequest {
  seq: number;
  header: string[];
  index: Int32Array;
  line: Int32Array;
  counts: Int32Array;
  values: string[];
  others: RawRecord[];
  issues: [number, NonNullable<RawRecord['issues']>][];
}

/** `records` from readRecordBatches with `csvFields` (CSV rows' `raw` is their list of fields). */
export function packBatch(seq: number, records: RawRecord[], header: string[] | null): BatchRequest {
  const n = records.length;
  const request: BatchRequest = { seq, header: header ?? [], index: new Int32Array(n), line: new Int32Array(n), counts: new Int32Array(n), values: [], others: [], issues: [] };
  const { index, line, counts, values, others, issues } = request;
  const width = header?.length ?? 0;
  for (let i = 0; i < n; i += 1) {
    const r = records[i] as RawRecord;
    index[i] = r.index;
    line[i] = r.line ?? -1;
    if (r.kind === 'row' && Array.isArray(r.raw)) {
      const fields = r.raw as string[];
      const m = Math.min(width, fields.length);
      for (let f = 0; f < m; f += 1) values.push(fields[f] as string);
      counts[i] = m;
      if (r.issues) issues.push([i, r.issues]);
    } else {
      counts[i] = -1;
      others.push(r);
    }
  }
  return request;
}

export function unpackBatch(request: BatchRequest): RawRecord[] {
  const { header, index, line, counts, values, others } = request;
  const n = index.length;
  const out: RawRecord[] = new Array<RawRecord>(n);
  let v = 0;
  let o = 0;
  for (let i = 0; i < n; i += 1) {
    const c = counts[i] as number;
    if (c < 0) {
      out[i] = others[o] as RawRecord;
      o += 1;
      continue;
    }
    // as CsvRowBuilder.add: header[f] -> fields[f] for f < min(header, fields)
    const row: Record<string, string> = {};
    for (let f = 0; f < c; f += 1) row[header[f] as string] = values[v + f] as string;
    v += c;
    const r: RawRecord = { index: index[i] as number, raw: row, kind: 'row' };
    const l = line[i] as number;
    if (l >= 0) r.line = l;
    out[i] = r;
  }
  for (const [i, faults] of request.issues) (out[i] as RawRecord).issues = faults;
  return out;
}

export interface BatchReply {
  seq: number;
  kinds: Uint8Array;
  ids: (string | null)[];
  issues: (ReadIssue[] | null)[];
  texts: string[];
  /** Warnings on kept records, counted by code. */
  warnings: Record<string, number>;
}
