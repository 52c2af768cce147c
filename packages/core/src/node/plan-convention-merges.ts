// The CLI's second look at an input where some ids repeated: which of those records are other
// conventions of one structure (same SIRET), merged into its first actor — decided by readActors
// with mergeConventions, that is core's one rule (schema/parse-actors.ts, mergeConvention), as the
// map and ingestRecords decide it. Only the actors of the repeated ids are kept in memory. A CSV
// file whose records the first pass placed (record-ranges.ts) is not read again: only the bytes of
// the records involved are, at their offsets (the header, then each of them, in input order).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import type { Actor } from '../schema/actor.js';
import type { RecordIssue } from '../schema/record-issue.js';
import type { CsvDelimiter } from '../formats/parse-csv-text.js';
import { readActorBatches } from './read-actors.js';
import type { ConventionFields, ReadActorsOptions, ReadResult } from './read-actors.js';
import { scanCsvRecords } from './csv-scan.js';
import { decodeWindows1252 } from './decode.js';
import type { TextEncodingName } from './decode.js';
import type { RecordRanges } from './record-ranges.js';

/** What the first pass saw: the ids set aside as repeats, and the records involved (the repeats and the records whose id they repeat). */
export interface RepeatedIds {
  ids: Set<string>;
  records: Set<number>;
}

export interface ConventionMerges {
  /** The approvals, activities and needs of each actor others were merged into, by its record index. */
  into: Map<number, ConventionFields>;
  /** The records merged, by index, with their warnings (conventions_merged first). */
  merged: Map<number, RecordIssue[]>;
}

/**
 * Reads `file` again (its records' output is not made) and says which records merge into which
 * actor. Stops between batches once `stopping()` (Ctrl-C): the plan is then partial, not to be used.
 */
export async function planConventionMerges(file: string, read: ReadActorsOptions, repeated: RepeatedIds, stopping: () => boolean = () => false, ranges?: RecordRanges): Promise<ConventionMerges> {
  const repeatedIds = repeated.ids;
  const firsts = new Map<string, { index: number; actor: Actor }>();
  const merged = new Map<number, RecordIssue[]>();
  const into = new Set<number>();
  for await (const batch of readRecordsAgain(file, { ...read, mergeConventions: true, conventionIds: repeatedIds }, repeated.records, ranges)) {
    if (stopping()) break;
    for (const r of batch) {
      const index = r.index;
      if (r.actor !== undefined && repeatedIds.has(r.actor.id) && !firsts.has(r.actor.id)) firsts.set(r.actor.id, { index, actor: r.actor });
      else if (r.merged !== undefined) {
        merged.set(index, r.warnings ?? []);
        into.add(r.merged);
      }
    }
  }
  const plan: ConventionMerges = { into: new Map(), merged };
  for (const { index, actor } of firsts.values()) {
    if (into.has(index)) plan.into.set(index, { approvals: actor.approvals, activities: actor.activities, needs: actor.needs });
  }
  return plan;
}

/**
 * The records `wanted` of `file` read again (validated with `read`; `mergedConventions` and the
 * results keyed by their index in the input): only their bytes when the first pass placed them
 * (`ranges`: a CSV file), else the whole file read past the others.
 */
export async function* readRecordsAgain(file: string, read: ReadActorsOptions, wanted: ReadonlySet<number>, ranges?: RecordRanges): AsyncGenerator<ReadResult[]> {
  const { onHeader: _onHeader, onEncoding: _onEncoding, onlyRecords: _only, ...options } = read;
  const placed = ranges !== undefined && ranges.headerEnd >= 0 ? await readPlacedRecords(file, ranges, wanted) : null;
  if (placed === null) {
    yield* readActorBatches(createReadStream(file, { highWaterMark: 1 << 16 }), { ...options, onlyRecords: wanted });
    return;
  }
  // record k of the bytes read is record indices[k] of the input
  const indices = placed.indices;
  const localOf = new Map(indices.map((index, k) => [index, k]));
  const readOptions: ReadActorsOptions = { ...options, format: 'csv', encoding: 'utf-8', delimiter: placed.delimiter };
  if (options.mergedConventions !== undefined) {
    const local = new Map<number, ConventionFields>();
    for (const [index, fields] of options.mergedConventions) {
      const k = localOf.get(index);
      if (k !== undefined) local.set(k, fields);
    }
    readOptions.mergedConventions = local;
  }
  const source = (async function* () {
    yield placed.bytes;
  })();
  for await (const batch of readActorBatches(source, readOptions)) {
    for (const r of batch) {
      r.index = indices[r.index] as number;
      if (r.merged !== undefined) r.merged = indices[r.merged] as number;
    }
    yield batch;
  }
}

/**
 * The header and the records `wanted` of a CSV file the first pass placed, read at their offsets
 * and put together as one UTF-8 CSV text (each record's bytes as they are, decoded as their chunk
 * was); null when one of them was not placed (then the file is read again whole).
 */
async function readPlacedRecords(file: string, ranges: RecordRanges, wanted: ReadonlySet<number>): Promise<{ bytes: Uint8Array; indices: number[]; delimiter: CsvDelimiter } | null> {
  const indices = [...wanted].sort((a, b) => a - b);
  const d = ranges.delimiter.charCodeAt(0);
  const handle = await open(file, 'r');
  try {
    const readAt = async (offset: number, length: number): Promise<Uint8Array> => {
      const buf = Buffer.alloc(length);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await handle.read(buf, got, length - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buf.subarray(0, got);
    };
    const parts: string[] = [];
    const addText = (text: string): void => {
      parts.push(text);
      // a record's bytes may be the input's last, without a line break
      if (!text.endsWith('\n') && !text.endsWith('\r')) parts.push('\n');
    };
    addText(decodeBytes(await readAt(0, ranges.headerEnd), ranges.headerEncoding));
    let chunk: { startIndex: number; bytes: Uint8Array; encoding: TextEncodingName } | null = null;
    for (const index of indices) {
      const at = ranges.chunkOf(index);
      if (at === null) return null;
      if (chunk === null || chunk.startIndex !== at.startIndex) chunk = { startIndex: at.startIndex, bytes: await readAt(at.offset, at.length), encoding: at.encoding };
      const bytes = chunk.bytes;
      const nth = index - chunk.startIndex;
      const start = nth === 0 ? 0 : scanCsvRecords(bytes, 0, bytes.length, d, true, nth).end;
      const end = scanCsvRecords(bytes, start, bytes.length, d, true, 1).end;
      addText(decodeBytes(bytes.subarray(start, end), chunk.encoding));
    }
    return { bytes: Buffer.from(parts.join(''), 'utf8'), indices, delimiter: ranges.delimiter as CsvDelimiter };
  } finally {
    await handle.close();
  }
}

function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder('utf-8').decode(bytes);
}
