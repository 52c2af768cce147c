// Where the records of a CSV file lie in it, chunk by chunk, as the CLI's first pass cut it
// (cli-csv.ts): the header's end, then for each chunk its first record's index, its count, its
// byte offset and length, and its encoding. A second look at a few records (the other conventions
// of one SIRET, plan-convention-merges.ts) then reads only their bytes, at their offsets, instead
// of the whole file again. A few numbers per chunk of ~64 KiB: small beside the file.
import type { TextEncodingName } from './decode.js';

export class RecordRanges {
  /** Byte offset where the header record ends (BOM and header included before it). */
  headerEnd = 0;
  headerEncoding: TextEncodingName = 'utf-8';
  delimiter = ',';
  #starts: number[] = [];
  #counts: number[] = [];
  #offsets: number[] = [];
  #lengths: number[] = [];
  #encodings: TextEncodingName[] = [];

  /** Notes a chunk of `records` whole records from `startIndex`, `length` bytes at `offset`. */
  addChunk(startIndex: number, records: number, offset: number, length: number, encoding: TextEncodingName): void {
    this.#starts.push(startIndex);
    this.#counts.push(records);
    this.#offsets.push(offset);
    this.#lengths.push(length);
    this.#encodings.push(encoding);
  }

  /** The chunk holding record `index` (null when none does: a record over the size limit, whose bytes were not kept). */
  chunkOf(index: number): { startIndex: number; offset: number; length: number; encoding: TextEncodingName } | null {
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = starts[mid] as number;
      if (index < s) hi = mid - 1;
      else if (index >= s + (this.#counts[mid] as number)) lo = mid + 1;
      else return { startIndex: s, offset: this.#offsets[mid] as number, length: this.#lengths[mid] as number, encoding: this.#encodings[mid] as TextEncodingName };
    }
    return null;
  }
}
