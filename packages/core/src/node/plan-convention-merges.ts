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
import type { ActorSource, ConventionFields, ReadActorsOptions } from './read-actors.js';
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
  const { onHeader: _onHeader, onEncoding: _onEncoding, mergedConventions: _merged, ...options } = read;
  const firsts = new Map<string, { index: number; actor: Actor }>();
  const merged = new Map<number, RecordIssue[]>();
  const into = new Set<number>();
  // Record k of what is read is record indexOf(k) of the input.
  let source: ActorSource;
  let indexOf = (k: number): number => k;
  let readOptions: ReadActorsOptions = { ...options, mergeConventions: true, conventionIds: repeatedIds, onlyRecords: repeated.records };
  const placed = ranges !== undefined && ranges.headerEnd >= 0 ? await readPlacedRecords(file, ranges, repeated.records) : null;
  if (placed !== null) {
    const { onlyRecords: _only, ...rest } = readOptions;
    readOptions = { ...rest, format: 'csv', encoding: 'utf-8', delimiter: placed.delimiter };
    source = (async function* () {
      yield placed.bytes;
    })();
    indexOf = (k) => placed.indices[k] as number;
  } else source = createReadStream(file, { highWaterMark: 1 << 16 });
  for await (const batch of readActorBatches(source, readOptions)) {
    if (stopping()) break;
    for (const r of batch) {
      const index = indexOf(r.index);
      if (r.actor !== undefined && repeatedIds.has(r.actor.id) && !firsts.has(r.actor.id)) firsts.set(r.actor.id, { index, actor: r.actor });
      else if (r.merged !== undefined) {
        merged.set(index, r.warnings ?? []);
        into.add(indexOf(r.merged));
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
