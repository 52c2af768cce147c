// Output sinks of the CLI: buffered writes that respect back-pressure and only ever write whole
// lines, so an interrupted run leaves files that end with a complete record.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { formatCsvField, formatCsvLine } from '../formats/parse-csv-text.js';

export type OutputFormat = 'csv' | 'json' | 'ndjson' | 'geojson' | 'table';

export class Sink {
  #buf = '';
  /** Bytes added (worker threads' output), in order with the text before them; `#size` counts them. */
  #parts: (string | Uint8Array)[] = [];
  #size = 0;
  #stream: Writable;
  #owned: boolean;
  constructor(target: string | undefined, stdout: NodeJS.WritableStream = process.stdout) {
    this.#owned = target !== undefined && target !== '-';
    this.#stream = this.#owned ? createWriteStream(target as string) : (stdout as Writable);
  }
  /** Resolves once the target is open (rejects when it cannot be written). */
  ready(): Promise<void> {
    if (!this.#owned) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#stream.once('open', () => resolve());
      this.#stream.once('error', reject);
    });
  }
  async write(text: string): Promise<void> {
    this.add(text);
    await this.settle();
  }
  /** Appends without waiting (whole lines only); call `settle` once in a while to let the data go out. */
  add(text: string): void {
    this.#buf += text;
  }
  /** Appends UTF-8 bytes (whole lines only), like `add`. */
  addBytes(bytes: Uint8Array): void {
    if (this.#buf !== '') {
      this.#parts.push(this.#buf);
      this.#size += this.#buf.length;
      this.#buf = '';
    }
    this.#parts.push(bytes);
    this.#size += bytes.length;
  }
  /** Writes out what has been added once there is ~64 kB of it, waiting when the target is slow. */
  async settle(): Promise<void> {
    if (this.#buf.length + this.#size >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    let ok = true;
    if (this.#parts.length > 0) {
      if (this.#buf !== '') this.#parts.push(this.#buf);
      this.#buf = '';
      const parts = this.#parts;
      this.#parts = [];
      this.#size = 0;
      this.#stream.cork();
      for (const p of parts) ok = this.#stream.write(p);
      this.#stream.uncork();
    } else {
      if (this.#buf === '') return;
      ok = this.#stream.write(this.#buf);
      this.#buf = '';
    }
    if (!ok) await new Promise<void>((resolve) => this.#stream.once('drain', resolve));
  }
  async end(): Promise<void> {
    await this.flush();
    if (this.#owned) await new Promise<void>((resolve) => this.#stream.end(resolve));
  }
}

/** Writes records as CSV, a JSON array, NDJSON, a GeoJSON FeatureCollection or an aligned table. */
export class RecordWriter {
  #count = 0;
  constructor(
    private sink: Sink,
    private format: OutputFormat,
    private columns: readonly string[],
  ) {}

  async start(): Promise<void> {
    if (this.format === 'csv') await this.sink.write(`${formatCsvLine(this.columns)}\n`);
    else if (this.format === 'json') await this.sink.write('[');
    else if (this.format === 'geojson') await this.sink.write('{"type":"FeatureCollection","features":[');
    else if (this.format === 'table') await this.sink.write(`${this.columns.map((c, i) => pad(c, widthOf(i, this.columns))).join(' │ ')}\n`);
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
  addText(text: string, count = 1): void {
    const first = this.#count === 0;
    this.#count += count;
    if (this.format === 'json' || this.format === 'geojson') this.sink.add(`${first ? '\n' : ',\n'}${text}`);
    else this.sink.add(text);
  }

  /**
   * Appends records as UTF-8 bytes (what `render` gives, encoded): `count` records of a line format
   * (csv, ndjson, table), or one record of any format.
   */
  addBytes(bytes: Uint8Array, count = 1): void {
    const first = this.#count === 0;
    this.#count += count;
    if (this.format === 'json' || this.format === 'geojson') this.sink.add(first ? '\n' : ',\n');
    this.sink.addBytes(bytes);
  }

  /** Lets buffered output go out (see Sink.settle). */
  settle(): Promise<void> {
    return this.sink.settle();
  }

  async end(): Promise<void> {
    if (this.format === 'json') await this.sink.write(this.#count ? '\n]\n' : ']\n');
    else if (this.format === 'geojson') await this.sink.write(this.#count ? '\n]}\n' : ']}\n');
    await this.sink.end();
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
