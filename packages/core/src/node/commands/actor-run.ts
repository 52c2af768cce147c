// The run of a command on a file of actors (validate, convert, score, recommend, classify,
// diagnose): what they all share, in one place — the input counted for the progress bar, the
// output and rejects files (under temporary names, renamed once whole), the counts, Ctrl-C and a
// reader that goes away, the summary and the exit code. Each command's own steps are in its file.
// Exit codes: 0 all records valid · 1 some records rejected · 130 interrupted (a partial summary).
import { createReadStream } from 'node:fs';
import { actorFieldOf } from '../../formats/actor-row.js';
import { SET_ASIDE } from '../../ingest/column-map.js';
import { formatCsvLine } from '../../formats/parse-csv-text.js';
import type { RecordIssue } from '../../schema/record-issue.js';
import { Sink } from '../cli-output.js';
import type { RecordWriter } from '../cli-output.js';
import type { CsvHandlers, CsvRunOptions, PeekedInput } from '../cli-csv.js';
import type { ReadActorsOptions } from '../read-actors.js';
import { cliMessages, fillText } from '../messages.js';
import type { CliLang } from '../messages.js';
import { Progress, countedChunks } from '../cli-progress.js';
import type { ReadResult } from '../read-actors.js';
import type { ActorRunOptions } from './actor-run-options.js';
import type { RepeatedIds } from '../plan-convention-merges.js';
import { rejectLines } from './actor-rejects.js';
import { RecordRanges } from '../record-ranges.js';
import { OutputRanges } from '../output-ranges.js';
import { spliceFile } from '../splice-output.js';
import type { Splice } from '../splice-output.js';
import type { RejectedRecord } from './actor-rejects.js';

/** Where a run reads and writes: the process's streams for the `terreau` bin, others in tests. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { destroy?(): void };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Registers the Ctrl-C handler (the bin: process.on('SIGINT')); returns its removal. */
  onInterrupt?: (handler: () => void) => () => void;
}

export interface RunCounts {
  rowsIn: number;
  rowsOut: number;
  rejected: number;
  /** Records merged into an earlier actor (other conventions of one SIRET). */
  merged: number;
  /** Records set aside for their repeated id alone. */
  duplicates: number;
  unknown: number;
  /** Warnings on kept records, by code. */
  warnings: Record<string, number>;
}

function freshCounts(): RunCounts {
  return { rowsIn: 0, rowsOut: 0, rejected: 0, merged: 0, duplicates: 0, unknown: 0, warnings: {} };
}

export class ActorRun {
  readonly m: ReturnType<typeof cliMessages>;
  interrupted = false;
  counts: RunCounts = freshCounts();
  sink: Sink;
  readonly progress: Progress;
  /** The input as first read (counted for the progress bar). */
  readonly source: AsyncIterable<Uint8Array | string>;
  /** Field → the input's column for it (the rejects name the column as the file spells it). */
  readonly headerMap = new Map<string, string>();
  rawHeader: string[] | null = null;
  /** Ids that repeated an earlier actor's, and the records involved: stream-actors.ts. */
  readonly repeated: RepeatedIds = { ids: new Set<string>(), records: new Set<number>() };
  /** Where the first pass found the records of a CSV file (not stdin, not UTF-16), for the second look to read only those it needs. */
  ranges: RecordRanges | null;
  /** Where each record is in the output file, while it may still be spliced (a regular file): splice-output.ts. */
  readonly outputRanges: OutputRanges | null;
  #rejectsSink: Sink | null = null;
  /** Bytes written to the rejects file, and where each rejected record's lines end in it. */
  #rejectsAt = 0;
  #rejectEnds: number[] = [];
  /** The rejects file's lines of the records set aside for their repeated id alone, by index. */
  #duplicateLines = new Map<number, { start: number; end: number }>();
  #inputStream: { destroy?(): void } | null = null;
  #removeInterrupt: (() => void) | null = null;

  constructor(
    readonly options: ActorRunOptions,
    readonly io: CliIo,
    readonly lang: CliLang,
    readonly quiet: boolean,
  ) {
    this.m = cliMessages(lang);
    this.ranges = options.file === '-' ? null : new RecordRanges();
    this.progress = new Progress(options.size, io.stderr, lang, quiet);
    this.source = this.openInput();
    this.sink = this.#newSink();
    this.outputRanges = this.sink.rewritable && options.file !== '-' ? new OutputRanges() : null;
  }

  say(line: string): void {
    this.io.stderr.write(`${line}\n`);
  }

  /** True once the run must stop: Ctrl-C, or the output's reader went away. */
  stopping(): boolean {
    return this.interrupted || this.sink.closedByReader;
  }

  readonly countWarnings = (counts: Record<string, number>): void => {
    for (const [code, n] of Object.entries(counts)) this.counts.warnings[code] = (this.counts.warnings[code] ?? 0) + n;
  };

  /** Counts the warnings of a kept (or merged) record. */
  warnedOf(r: ReadResult): void {
    for (const w of r.warnings ?? []) this.countWarnings({ [w.code]: 1 });
  }

  readonly onHeader = (header: string[]): void => {
    this.rawHeader ??= header;
    for (const h of header) {
      const f = actorFieldOf(h);
      if (f !== null && !this.headerMap.has(f)) this.headerMap.set(f, h);
    }
  };

  /** The input, (again) from its start, counted for the progress bar. */
  openInput(): AsyncIterable<Uint8Array | string> {
    const file = this.options.file;
    const stream = file === '-' ? this.io.stdin : createReadStream(file, { highWaterMark: 1 << 16 });
    this.#inputStream = stream;
    return countedChunks(stream, this.progress, () => this.stopping());
  }

  #newSink(): Sink {
    // A reader that goes away (`| head`) stops the run: what is being read is no longer destroyed.
    return new Sink(this.options.o.out, this.io.stdout, { stopsWhenReaderCloses: true, onReaderClosed: () => this.#inputStream?.destroy?.() });
  }

  /** A record set aside: its lines in the rejects file (opened at the first). A valid actor whose id was taken may be another convention (stream-actors.ts). */
  readonly reject = async (result: RejectedRecord): Promise<void> => {
    const only = result.issues.length === 1 ? result.issues[0] : undefined;
    const duplicate = only?.code === 'duplicate_id';
    if (duplicate) {
      this.repeated.ids.add(String(only.value));
      this.repeated.records.add(result.index);
      this.repeated.records.add(Number(only.params?.['firstIndex']));
      this.counts.duplicates += 1;
    }
    this.counts.rejected += 1;
    if (!this.#rejectsSink) {
      this.#rejectsSink = new Sink(this.options.rejectsPath);
      await this.#rejectsSink.ready();
      const c = this.m.rejectColumns;
      const header = `${formatCsvLine([c.row, c.line, c.id, c.field, c.value, c.code, c.reason])}\n`;
      this.#rejectsAt = Buffer.byteLength(header);
      await this.#rejectsSink.write(header);
    }
    const lines = rejectLines(result, this.headerMap, this.lang);
    const start = this.#rejectsAt;
    this.#rejectsAt += Buffer.byteLength(lines);
    this.#rejectEnds.push(this.#rejectsAt);
    if (duplicate) this.#duplicateLines.set(result.index, { start, end: this.#rejectsAt });
    await this.#rejectsSink.write(lines, 1);
  };

  /**
   * Takes the other conventions of one SIRET into the written files (closed, still under their
   * temporary names): `output`, the actors they merge into written again; the records `merged`
   * (with their warnings) that were set aside for their repeated id alone leave the rejects and
   * are counted as merged. Each file is copied with those bytes replaced (splice-output.ts).
   */
  async writeMerges(output: readonly Splice[], merged: ReadonlyMap<number, readonly RecordIssue[]>): Promise<void> {
    const removed: Splice[] = [];
    for (const [index, warnings] of merged) {
      const lines = this.#duplicateLines.get(index);
      // set aside for more than its id (its form, its answers): stays so, as the actor it joined
      if (lines === undefined) continue;
      removed.push({ ...lines, text: '' });
      this.counts.merged += 1;
      this.counts.rejected -= 1;
      this.counts.duplicates -= 1;
      for (const w of warnings) this.countWarnings({ [w.code]: 1 });
    }
    const ranges = this.outputRanges;
    if (output.length > 0 && ranges !== null) {
      this.sink = await this.#spliced(this.sink, () => this.#newSink(), output, (offset) => ranges.recordsUpTo(offset));
      // Ctrl-C: both files are removed (execute)
      if (this.stopping()) return;
    }
    const rejects = this.#rejectsSink;
    if (rejects !== null && removed.length > 0) {
      await rejects.close();
      if (this.counts.rejected === 0) {
        // every record set aside was merged: no rejects file
        rejects.abort();
        this.#rejectsSink = null;
      } else {
        const ends = this.#rejectEnds;
        this.#rejectsSink = await this.#spliced(rejects, () => new Sink(this.options.rejectsPath), removed, (offset) => recordsEndingBy(ends, offset));
      }
    }
  }

  /** `sink`'s file (closed) copied into a new one with `splices` made; the old one removed, whatever happens. */
  async #spliced(sink: Sink, open: () => Sink, splices: readonly Splice[], recordsUpTo: (offset: number) => number): Promise<Sink> {
    const path = sink.temporaryPath;
    if (path === null) return sink;
    try {
      const next = open();
      // from now on, Ctrl-C or a failure removes the new file (execute), the old one below
      if (sink === this.sink) this.sink = next;
      else this.#rejectsSink = next;
      await next.ready();
      await spliceFile(path, next, splices, () => this.stopping(), recordsUpTo);
      return next;
    } finally {
      sink.abort();
    }
  }

  /** How the CSV chunk runner reads `input` for this run's options, the same way for every command. */
  csvRunOptions(input: PeekedInput, read: ReadActorsOptions, renderer: CsvRunOptions['renderer'], columns: readonly string[]): CsvRunOptions {
    const { jobs, delimiter, encoding, format } = this.options;
    return {
      jobs,
      input,
      ...(delimiter ? { delimiter } : {}),
      ...(encoding ? { encoding } : {}),
      read: { ...read, onHeader: this.onHeader },
      renderer,
      columns,
      joinable: format === 'csv' || format === 'ndjson' || format === 'table',
    };
  }

  /** What the CSV chunk runner reports, counted and written the same way for every command. */
  csvHandlers(writer: RecordWriter): CsvHandlers {
    return {
      records: (n) => {
        this.counts.rowsIn += n;
      },
      accept: (bytes, count, placed) => {
        this.counts.rowsOut += count;
        writer.addBytes(bytes, count, placed);
      },
      reject: this.reject,
      batchDone: async () => {
        this.progress.tick(this.counts.rowsIn);
        await writer.settle();
      },
      stopped: () => this.stopping(),
      warnings: this.countWarnings,
      ...(this.ranges !== null ? { ranges: this.ranges } : {}),
    };
  }

  /**
   * Runs a command's steps: the output opened first, the files renamed once whole (removed on a
   * failure or Ctrl-C), then the summary; resolves to the exit code.
   */
  async execute(steps: (run: ActorRun) => Promise<void>): Promise<number> {
    const m = this.m;
    let finished = false;
    this.#removeInterrupt =
      this.io.onInterrupt?.(() => {
        this.interrupted = true;
        this.#inputStream?.destroy?.();
      }) ?? null;
    try {
      await this.sink.ready();
      await steps(this);
      await this.#rejectsSink?.close();
      finished = true;
    } finally {
      this.progress.done();
      // A failure or Ctrl-C: the files written so far are removed (stdout keeps what it was given).
      if (!finished || this.interrupted) {
        this.sink.abort();
        this.#rejectsSink?.abort();
      }
    }
    if (!this.interrupted) {
      // Both whole: under their names together.
      this.sink.commit();
      this.#rejectsSink?.commit();
    }
    const counts = this.counts;
    const command = this.options.command;
    if (!this.quiet) {
      if (this.interrupted) this.say(m.interrupted);
      else if (this.sink.closedByReader) this.say(fillText(m.readerClosed, { in: counts.rowsIn }));
      const summary = command === 'classify' ? m.summaryClassified : counts.merged > 0 ? m.summaryMerged : m.summary;
      this.say(fillText(summary, { in: counts.rowsIn, out: counts.rowsOut, rejected: counts.rejected, merged: counts.merged, unknown: counts.unknown }));
      if (counts.rejected > 0 && !this.interrupted) this.say(fillText(m.rejectsWritten, { path: this.options.rejectsPath }));
      const warned = Object.entries(counts.warnings);
      if (warned.length > 0) this.say(fillText(m.warningsSummary, { list: warned.map(([code, n]) => `${code} ${n}`).join(', ') }));
      if (this.rawHeader !== null && command !== 'classify') this.#sayColumns(this.rawHeader);
    }
    if (this.interrupted) return 130;
    return counts.rejected > 0 ? 1 : 0;
  }

  /** Ends what the run holds of the process (the Ctrl-C handler). */
  release(): void {
    this.#removeInterrupt?.();
    this.#removeInterrupt = null;
    this.#inputStream = null;
  }

  /** Which columns were read as which field, which were ignored (the header as keyed, mapped columns named by their field). */
  #sayColumns(header: readonly string[]): void {
    const recognised: string[] = [];
    const ignored: string[] = [];
    for (const h of header) {
      if (h.startsWith(SET_ASIDE)) ignored.push(h.slice(SET_ASIDE.length));
      else {
        const f = actorFieldOf(h);
        if (f === null) {
          if (h.trim() !== '') ignored.push(h);
        } else recognised.push(f === h ? h : `${h}→${f}`);
      }
    }
    if (recognised.length > 0) this.say(fillText(this.m.columnsRecognised, { list: recognised.join(', ') }));
    if (ignored.length > 0) this.say(fillText(this.m.columnsIgnored, { list: ignored.join(', ') }));
  }
}

/** How many of `ends` (sorted) are at most `offset`. */
function recordsEndingBy(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A rejected ReadResult as the rejects file takes it. */
export function rejectedOf(r: ReadResult): RejectedRecord {
  return { index: r.index, ...(r.line !== undefined ? { line: r.line } : {}), issues: r.issues ?? [] };
}
