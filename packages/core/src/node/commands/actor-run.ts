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
  /** Ids that repeated an earlier actor's (first pass), and the records merged with their warnings (second pass): stream-actors.ts. */
  readonly repeated: RepeatedIds = { ids: new Set<string>(), records: new Set<number>() };
  merges: ReadonlyMap<number, RecordIssue[]> | null = null;
  /** Where the first pass found the records of a CSV file (not stdin, not UTF-16), for the second look to read only those it needs. */
  ranges: RecordRanges | null;
  #rejectsSink: Sink | null = null;
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

  /** Writes the output and the rejects again from nothing (what was written is discarded): the counts start again. */
  async restart(): Promise<void> {
    this.sink.abort();
    this.#rejectsSink?.abort();
    this.#rejectsSink = null;
    this.sink = this.#newSink();
    await this.sink.ready();
    this.counts = freshCounts();
  }

  /** A record set aside: its lines in the rejects file (opened at the first). A valid actor whose id was taken may be another convention (stream-actors.ts). */
  readonly reject = async (result: RejectedRecord): Promise<void> => {
    const only = result.issues.length === 1 ? result.issues[0] : undefined;
    if (only?.code === 'duplicate_id') {
      const merged = this.merges?.get(result.index);
      if (merged !== undefined) {
        this.counts.merged += 1;
        for (const w of merged) this.countWarnings({ [w.code]: 1 });
        return;
      }
      if (this.merges === null) {
        this.repeated.ids.add(String(only.value));
        this.repeated.records.add(result.index);
        this.repeated.records.add(Number(only.params?.['firstIndex']));
      }
      this.counts.duplicates += 1;
    }
    this.counts.rejected += 1;
    if (!this.#rejectsSink) {
      this.#rejectsSink = new Sink(this.options.rejectsPath);
      await this.#rejectsSink.ready();
      const c = this.m.rejectColumns;
      await this.#rejectsSink.write(`${formatCsvLine([c.row, c.line, c.id, c.field, c.value, c.code, c.reason])}\n`);
    }
    await this.#rejectsSink.write(rejectLines(result, this.headerMap, this.lang), 1);
  };

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
      accept: (bytes, count) => {
        this.counts.rowsOut += count;
        writer.addBytes(bytes, count);
      },
      reject: this.reject,
      batchDone: async () => {
        this.progress.tick(this.counts.rowsIn);
        await writer.settle();
      },
      stopped: () => this.stopping(),
      warnings: this.countWarnings,
      ...(this.ranges !== null && this.merges === null ? { ranges: this.ranges } : {}),
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

/** A rejected ReadResult as the rejects file takes it. */
export function rejectedOf(r: ReadResult): RejectedRecord {
  return { index: r.index, ...(r.line !== undefined ? { line: r.line } : {}), issues: r.issues ?? [] };
}
