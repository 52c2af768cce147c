// Output sinks of the CLI: buffered writes that respect back-pressure, only ever write whole lines
// (stdout cut by Ctrl-C ends with a complete record) and report write errors; files are written
// under a temporary name and renamed once complete (output-file.ts).
import type { Writable } from 'node:stream';
import { errnoCode, openOutputFile, WriteFailure } from './output-file.js';
import type { OutputFile } from './output-file.js';
import type { OutputRanges } from './output-ranges.js';
import { formatCsvField, formatCsvLine } from '../formats/parse-csv-text.js';

export type OutputFormat = 'csv' | 'json' | 'ndjson' | 'geojson' | 'table';

export interface SinkOptions {
  /**
   * The run's main output: when its reader goes away (EPIPE: `terreau … | head`), what follows is
   * dropped and `closedByReader` turns true (the run stops, as on Ctrl-C) instead of failing.
   */
  stopsWhenReaderCloses?: boolean;
  /** Called when that happens (the engine stops reading its input). */
  onReaderClosed?: () => void;
}

/**
 * Where the CLI writes (a file through a temporary one, or stdout). Write errors are kept as they
 * happen and thrown (a WriteFailure: path, errno code, records written) at the next write, settle,
 * close or commit, so a full disk ends the run with a message instead of a cut file or a wait for
 * a `drain` that never comes. A file is complete under its name only after `commit()`.
 */
export class Sink {
  #buf = '';
  /** Bytes added (worker threads' output), in order with the text before them; `#size` counts them. */
  #parts: (string | Uint8Array)[] = [];
  /** The records in each of `#parts`. */
  #partRecords: number[] = [];
  #size = 0;
  #stream: Writable;
  #file: OutputFile | null;
  #path: string;
  #stopsWhenReaderCloses: boolean;
  #onReaderClosed: (() => void) | undefined;
  /** The errno code of the first write error. */
  #error: string | null = null;
  #cause: unknown = null;
  #closedByReader = false;
  /** Records in `#buf`. */
  #queued = 0;
  /**
   * What was handed to the stream, part by part (the end of each in bytes, its records), until
   * known written: by the write's callback, or by the stream's `bytesWritten` (a file's count
   * includes the first parts of a batched write that failed further on). `#base`: records before.
   */
  #ledger: { end: number; records: number; done: boolean }[] = [];
  #handed = 0;
  #base = 0;
  #wakers = new Set<() => void>();
  #done = false;
  readonly #onError = (e: Error): void => {
    if (this.#error === null) {
      this.#error = errnoCode(e);
      this.#cause = e;
      if (this.#error === 'EPIPE' && this.#stopsWhenReaderCloses) {
        this.#closedByReader = true;
        this.#onReaderClosed?.();
      }
    }
    for (const wake of this.#wakers) wake();
    this.#wakers.clear();
  };

  /** `target`: a path, or undefined / '-' for `stdout`. Throws a WriteFailure when the path cannot be written. */
  constructor(target: string | undefined, stdout: NodeJS.WritableStream = process.stdout, options: SinkOptions = {}) {
    this.#stopsWhenReaderCloses = options.stopsWhenReaderCloses === true;
    this.#onReaderClosed = options.onReaderClosed;
    this.#path = target ?? '-';
    this.#file = target !== undefined && target !== '-' ? openOutputFile(target) : null;
    this.#stream = this.#file ? this.#file.stream : (stdout as Writable);
    this.#stream.on('error', this.#onError);
  }

  /** The path as given ('-': standard output). */
  get path(): string {
    return this.#path;
  }

  /** True when writing to a file (not stdout): an interrupted run discards it. */
  get isFile(): boolean {
    return this.#file !== null;
  }

  /** True when writing a regular file under a temporary name: the run may still write it again from the start (a new Sink) before commit. */
  get rewritable(): boolean {
    return this.#file?.temporary === true;
  }

  /** The temporary file written (see `rewritable`), to read back before commit; null otherwise. */
  get temporaryPath(): string | null {
    return this.#file?.temporary === true ? this.#file.written : null;
  }

  /** True once the main output's reader went away (EPIPE): the run should stop. */
  get closedByReader(): boolean {
    return this.#closedByReader;
  }

  /** Records the target has taken so far (whole parts of what was written). */
  get recordsWritten(): number {
    const taken = (this.#stream as { bytesWritten?: unknown }).bytesWritten;
    let n = this.#base;
    for (const e of this.#ledger) {
      if (!(e.done || (typeof taken === 'number' && e.end <= taken))) break;
      n += e.records;
    }
    return n;
  }

  #failure(): WriteFailure | null {
    if (this.#error === null || this.#closedByReader) return null;
    return new WriteFailure(this.#path, this.#error, this.recordsWritten, this.#cause);
  }

  #check(): void {
    const failure = this.#failure();
    if (failure) throw failure;
  }

  /** Resolves at `event`, or at once on a write error. */
  #until(event: string, already = false): Promise<void> {
    return new Promise((resolve) => {
      if (already || this.#error !== null) return resolve();
      const done = (): void => {
        this.#stream.off(event, done);
        this.#wakers.delete(done);
        resolve();
      };
      this.#stream.on(event, done);
      this.#wakers.add(done);
    });
  }

  /** Resolves once the target is open (rejects with a WriteFailure when it cannot be written). */
  async ready(): Promise<void> {
    if (this.#file) await this.#until('open', (this.#stream as Writable & { pending?: boolean }).pending === false);
    this.#check();
  }

  /** Adds `text` (whole lines, `records` of them records) and lets it go out when enough is buffered. */
  async write(text: string, records = 0): Promise<void> {
    this.add(text, records);
    await this.settle();
  }

  /** Appends without waiting (whole lines only); call `settle` once in a while to let the data go out. */
  add(text: string, records = 0): void {
    this.#buf += text;
    this.#queued += records;
  }

  /** Appends UTF-8 bytes (whole lines only), like `add`. */
  addBytes(bytes: Uint8Array, records = 0): void {
    if (this.#buf !== '') {
      this.#parts.push(this.#buf);
      this.#partRecords.push(this.#queued);
      this.#size += this.#buf.length;
      this.#buf = '';
      this.#queued = 0;
    }
    this.#parts.push(bytes);
    this.#partRecords.push(records);
    this.#size += bytes.length;
  }

  /** Writes out what has been added once there is ~64 kB of it, waiting when the target is slow. */
  async settle(): Promise<void> {
    if (this.#buf.length + this.#size >= 1 << 16) await this.flush();
    else this.#check();
  }

  /** Hands `part` (holding `records` records) to the stream; false when it asks to wait. */
  #hand(part: string | Uint8Array, records: number): boolean {
    this.#handed += typeof part === 'string' ? Buffer.byteLength(part) : part.length;
    if (records === 0) return this.#stream.write(part);
    const entry = { end: this.#handed, records, done: false };
    this.#ledger.push(entry);
    return this.#stream.write(part, (e?: Error | null) => {
      if (!e) entry.done = true;
    });
  }

  /** Forgets the parts known written (keeps the ledger to what is in flight). */
  #prune(): void {
    const taken = (this.#stream as { bytesWritten?: unknown }).bytesWritten;
    let i = 0;
    for (; i < this.#ledger.length; i += 1) {
      const e = this.#ledger[i] as { end: number; records: number; done: boolean };
      if (!(e.done || (typeof taken === 'number' && e.end <= taken))) break;
      this.#base += e.records;
    }
    if (i > 0) this.#ledger.splice(0, i);
  }

  async flush(): Promise<void> {
    this.#check();
    const records = this.#queued;
    this.#queued = 0;
    if (this.#closedByReader) {
      this.#buf = '';
      this.#parts = [];
      this.#partRecords = [];
      this.#size = 0;
      return;
    }
    let ok = true;
    if (this.#parts.length > 0) {
      if (this.#buf !== '') {
        this.#parts.push(this.#buf);
        this.#partRecords.push(records);
      }
      this.#buf = '';
      const parts = this.#parts;
      const counts = this.#partRecords;
      this.#parts = [];
      this.#partRecords = [];
      this.#size = 0;
      this.#prune();
      this.#stream.cork();
      for (let i = 0; i < parts.length; i += 1) ok = this.#hand(parts[i] as string | Uint8Array, counts[i] as number);
      this.#stream.uncork();
    } else {
      if (this.#buf === '') return;
      this.#prune();
      ok = this.#hand(this.#buf, records);
      this.#buf = '';
    }
    if (!ok) await this.#until('drain');
    this.#check();
  }

  /** Writes out everything and closes a file (still under its temporary name: see `commit`). */
  async close(): Promise<void> {
    await this.flush();
    if (this.#file) {
      const stream = this.#stream as Writable & { closed?: boolean };
      const closed = this.#until('close', stream.closed === true);
      if (this.#error === null) stream.end();
      await closed;
    }
    this.#check();
  }

  /** Closes, then puts the file under its final name (stdout: just lets go of it). */
  async end(): Promise<void> {
    await this.close();
    this.commit();
  }

  /** Puts the closed file under its final name; throws a WriteFailure when the rename fails. */
  commit(): void {
    if (this.#done) return;
    this.#check();
    this.#done = true;
    this.#stream.off('error', this.#onError);
    try {
      this.#file?.commit();
    } catch (e) {
      throw new WriteFailure(this.#path, errnoCode(e), this.recordsWritten, e);
    }
  }

  /** Drops what is not written and removes the temporary file (stdout: what is written stays). */
  abort(): void {
    if (this.#done) return;
    this.#done = true;
    this.#buf = '';
    this.#parts = [];
    this.#partRecords = [];
    if (this.#file) {
      // keeps listening: a write under way may still fail once destroyed. Removed now, and again
      // once closed (a file still opening is created after this).
      const file = this.#file;
      this.#stream.once('close', () => file.discard());
      this.#stream.destroy();
      file.discard();
    } else this.#stream.off('error', this.#onError);
  }
}

/** Where records given with their index (`addText`, `addBytes`) were written: see output-ranges.ts. */
export interface PlacedRecords {
  /** The input index of the first record. */
  index: number;
  /** The end of each record from `index` on, in the bytes given (those with no output end where the one before does). */
  ends: ArrayLike<number>;
  /** Where the bytes given begin on the scale of `ends`. */
  from: number;
}

/** Writes records as CSV, a JSON array, NDJSON, a GeoJSON FeatureCollection or an aligned table. */
export class RecordWriter {
  #count = 0;
  /** Bytes written so far, when noting where records lie (`ranges`). */
  #position = 0;
  /** Where the first record begins (after what opens the format). */
  #firstStart = 0;
  /** `ranges`: where each record given with its index is written, noted there (a file the run may splice, splice-output.ts). */
  constructor(
    private sink: Sink,
    private format: OutputFormat,
    private columns: readonly string[],
    private ranges: OutputRanges | null = null,
  ) {}

  async start(): Promise<void> {
    let text = '';
    if (this.format === 'csv') text = `${formatCsvLine(this.columns)}\n`;
    else if (this.format === 'json') text = '[';
    else if (this.format === 'geojson') text = '{"type":"FeatureCollection","features":[';
    else if (this.format === 'table') text = `${this.columns.map((c, i) => pad(c, widthOf(i, this.columns))).join(' │ ')}\n`;
    if (text === '') return;
    if (this.ranges) this.#position += Buffer.byteLength(text);
    this.#firstStart = this.#position;
    await this.sink.write(text);
  }

  /** True when records are written flat (csv, table): callers build only the shape needed. */
  get flat(): boolean {
    return this.format === 'csv' || this.format === 'table';
  }

  /** `flat` for csv/table, `object` for json/ndjson, `feature` for geojson. */
  async write(rec: { flat: Record<string, string>; object: unknown; feature?: unknown }): Promise<void> {
    this.add(rec);
    await this.sink.settle();
  }

  /** Like `write` without waiting: the caller awaits `settle()` after a batch of records. */
  add(rec: { flat: Record<string, string>; object: unknown; feature?: unknown }): void {
    this.addText(this.render(rec));
  }

  /**
   * One record as text, without the separator a JSON array puts between records (`addText`
   * adds it): what a worker thread sends back for the main thread to write in order.
   */
  render(rec: { flat: Record<string, string>; object: unknown; feature?: unknown }): string {
    switch (this.format) {
      case 'csv': {
        const columns = this.columns;
        let line = '';
        for (let i = 0; i < columns.length; i += 1) {
          if (i > 0) line += ',';
          line += formatCsvField(rec.flat[columns[i] as string] ?? '');
        }
        return `${line}\n`;
      }
      case 'ndjson':
        return `${JSON.stringify(rec.object)}\n`;
      case 'json':
        return JSON.stringify(rec.object);
      case 'geojson':
        return JSON.stringify(rec.feature ?? rec.object);
      case 'table':
        return `${this.columns.map((c, i) => pad(rec.flat[c] ?? '', widthOf(i, this.columns))).join(' │ ')}\n`;
    }
  }

  /**
   * Appends records rendered by `render` (several lines of one record at once: one `render` each,
   * concatenated, for flat formats). `count` > 1: the texts of that many records, concatenated
   * (line formats only: csv, ndjson, table).
   */
  addText(text: string, count = 1, index?: number): void {
    const line = `${this.#separator()}${text}`;
    this.#count += count;
    this.sink.add(line, count);
    if (this.ranges) {
      const start = this.#position;
      const length = Buffer.byteLength(line);
      this.#position += length;
      if (index !== undefined) this.ranges.add(index, start, [length]);
    }
  }

  /**
   * Appends records as UTF-8 bytes (what `render` gives, encoded): `count` records of a line format
   * (csv, ndjson, table), or one record of any format. `placed`: which records they are, noted in `ranges`.
   */
  addBytes(bytes: Uint8Array, count = 1, placed?: PlacedRecords): void {
    const separator = this.#separator();
    this.#count += count;
    if (separator !== '') this.sink.add(separator);
    this.sink.addBytes(bytes, count);
    if (this.ranges) {
      const start = this.#position;
      this.#position += separator.length + bytes.length;
      // a record's range holds the separator before it
      if (placed) this.ranges.add(placed.index, start, placed.ends, placed.from - separator.length);
    }
  }

  /** What goes before the next record: a JSON array's comma (not before its first). */
  #separator(): string {
    if (this.format !== 'json' && this.format !== 'geojson') return '';
    return this.#count === 0 ? '\n' : ',\n';
  }

  /** The text of record `text` (`render`'s) written again where the record noted at `start` was (its separator kept). */
  textAt(text: string, start: number): string {
    if (this.format !== 'json' && this.format !== 'geojson') return text;
    return `${start === this.#firstStart ? '\n' : ',\n'}${text}`;
  }

  /** Lets buffered output go out (see Sink.settle). */
  settle(): Promise<void> {
    return this.sink.settle();
  }

  /** Writes what closes the format and closes the sink (`sink.commit()` puts a file under its name). */
  async end(): Promise<void> {
    if (this.format === 'json') await this.sink.write(this.#count ? '\n]\n' : ']\n');
    else if (this.format === 'geojson') await this.sink.write(this.#count ? '\n]}\n' : ']}\n');
    await this.sink.close();
  }
}

function widthOf(i: number, columns: readonly string[]): number {
  return i === columns.length - 1 ? 0 : Math.max(8, Math.min(28, (columns[i] ?? '').length));
}

/** Pads or cuts to `width` characters (0: as is); control characters become spaces. */
function pad(text: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const t = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (width === 0) return t;
  const chars = Array.from(t);
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : t + ' '.repeat(width - chars.length);
}
