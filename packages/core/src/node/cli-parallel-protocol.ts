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
} as const;

/**
 * A batch of records, compact: CSV rows go as their values only (structured cloning a million
 * row objects, keys and all, costs the main thread more than it saves). Record i is a CSV row when
 * `counts[i] >= 0`: its object is `keys[0..counts[i])` zipped with the next `counts[i]` values of
 * `values` (the same object, same key order, as the reader built); otherwise it is the next of
 * `others`, as read. `line[i]` is -1 when the record has none; `issues` lists [i, faults] of rows.
 */
export interface BatchRequest {
  seq: number;
  keys: string[];
  index: Int32Array;
  line: Int32Array;
  counts: Int32Array;
  values: string[];
  others: RawRecord[];
  issues: [number, NonNullable<RawRecord['issues']>][];
}

/** Integer-like keys come first in an object whatever the insertion order, and `__proto__` is no key: rows with such columns go whole. */
export function compactKeys(header: readonly string[]): string[] | null {
  const row: Record<string, string> = {};
  for (const h of header) row[h] = '';
  const keys = Object.keys(row);
  if (header.includes('__proto__') || keys.some((k) => /^(0|[1-9]\d*)$/.test(k))) return null;
  return keys;
}

export function packBatch(seq: number, records: RawRecord[], keys: string[] | null): BatchRequest {
  const n = records.length;
  const request: BatchRequest = { seq, keys: keys ?? [], index: new Int32Array(n), line: new Int32Array(n), counts: new Int32Array(n), values: [], others: [], issues: [] };
  const { index, line, counts, values, others, issues } = request;
  for (let i = 0; i < n; i += 1) {
    const r = records[i] as RawRecord;
    index[i] = r.index;
    line[i] = r.line ?? -1;
    if (keys !== null && r.kind === 'row') {
      const row = r.raw as Record<string, string>;
      let c = 0;
      for (const k in row) {
        values.push(row[k] as string);
        c += 1;
      }
      counts[i] = c;
      if (r.issues) issues.push([i, r.issues]);
    } else {
      counts[i] = -1;
      others.push(r);
    }
  }
  return request;
}

export function unpackBatch(request: BatchRequest): RawRecord[] {
  const { keys, index, line, counts, values, others } = request;
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
    const row: Record<string, string> = {};
    for (let j = 0; j < c; j += 1) row[keys[j] as string] = values[v + j] as string;
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
}
