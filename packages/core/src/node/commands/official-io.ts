// What the commands on official data share (fetch, sirene, aggregate): their text, the territory
// options, and writing actors and rejects the way the other commands do.
import { formatCsvLine } from '../../formats/parse-csv-text.js';
import { basename, dirname, extname, join } from 'node:path';
import { ACTOR_COLUMNS, actorToRow } from '../../formats/actor-row.js';
import { actorToFeature } from '../../formats/geojson.js';
import type { Actor } from '../../schema/actor.js';
import type { RecordIssue } from '../../schema/record-issue.js';
import { isTerritoryCode, TERRITORY_LEVELS } from '../../sources/company-search-query.js';
import type { TerritoryRef } from '../../sources/company-search-query.js';
import { RecordWriter, Sink } from '../cli-output.js';
import type { OutputFormat } from '../cli-output.js';
import { cliMessages, fillText } from '../messages.js';
import type { CliLang } from '../messages.js';
import { officialEn } from '../messages/official.en.js';
import { officialFr } from '../messages/official.fr.js';
import type { OfficialMessages } from '../messages/official.fr.js';

/** Where a command writes what is not data (summary, progress, errors). */
export interface CliIo {
  /** One line of text for the user (stderr). */
  say(line: string): void;
  /** Progress text that replaces itself (a terminal); absent: no progress shown. */
  progress?: (text: string) => void;
  /** Where data goes without --out (default process.stdout) and comes from with "-" (default process.stdin). */
  stdout?: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
}

/** The commands' io over the engine's streams (cli-run.ts): text lines to stderr, progress on a terminal. */
export function officialIoOf(streams: { stdin?: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream & { isTTY?: boolean } }): CliIo {
  return {
    say: (line) => void streams.stderr.write(`${line}\n`),
    ...(streams.stderr.isTTY ? { progress: (text: string) => void streams.stderr.write(`\r${text}\u001b[K`) } : {}),
    stdout: streams.stdout,
    ...(streams.stdin ? { stdin: streams.stdin } : {}),
  };
}

export const processIo: CliIo = {
  say: (line) => void process.stderr.write(`${line}\n`),
  ...(process.stderr.isTTY ? { progress: (text: string) => void process.stderr.write(`\r${text}\u001b[K`) } : {}),
};

import { UsageError } from '../cli-options.js';

export { UsageError };

export function officialMessages(lang: CliLang): OfficialMessages {
  return lang === 'en' ? officialEn : officialFr;
}

export const OFFICIAL_OUTPUTS: readonly OutputFormat[] = ['csv', 'json', 'ndjson', 'geojson'];

export function formatOption(value: string | undefined, lang: CliLang, fallback: OutputFormat = 'csv'): OutputFormat {
  if (value === undefined) return fallback;
  if (!(OFFICIAL_OUTPUTS as readonly string[]).includes(value)) {
    throw new UsageError(fillText(cliMessages(lang).errors.badValue, { option: 'format', value, expected: OFFICIAL_OUTPUTS.join(', ') }));
  }
  return value as OutputFormat;
}

/** The one territory given by --commune, --epci, --departement or --region; null when none is given. */
export function territoryOption(values: Partial<Record<string, unknown>>, lang: CliLang): TerritoryRef | null {
  const m = officialMessages(lang);
  const given = TERRITORY_LEVELS.filter((level) => typeof values[level] === 'string');
  if (given.length === 0) return null;
  if (given.length > 1) throw new UsageError(m.oneTerritory);
  const level = given[0]!;
  const code = String(values[level]).trim().toUpperCase();
  if (!isTerritoryCode(level, code)) throw new UsageError(fillText(m.badTerritory, { level, value: values[level] }));
  return { level, code };
}

export function rejectsPathFor(out: string | undefined, fallbackName: string): string {
  if (out === undefined || out === '-') return `${fallbackName}.rejects.csv`;
  return join(dirname(out), `${basename(out, extname(out))}.rejects.csv`);
}

/** The output options every official-data command takes (parseArgs config), written once. */
export const OUTPUT_OPTIONS = {
  date: { type: 'string' },
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  to: { type: 'string' },
  rejects: { type: 'string' },
  lang: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** A rejects-file line: core's one CSV writer. */
export function csvLine(values: string[]): string {
  return formatCsvLine(values);
}

const show = (v: unknown): string => (v === undefined ? '' : typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

/**
 * Writes valid actors (csv, json, ndjson, geojson) and, on first need, a rejects CSV, each under a
 * temporary name until `end()`; `abort()` on failure. Write errors are thrown as WriteFailure.
 */
export class ActorOutput {
  readonly #writer: RecordWriter;
  readonly #sink: Sink;
  #rejects: Sink | null = null;
  written = 0;
  rejected = 0;

  constructor(
    out: string | undefined,
    readonly format: OutputFormat,
    readonly rejectsPath: string,
    readonly lang: CliLang,
    stdout?: NodeJS.WritableStream,
  ) {
    // the output's reader going away (`| head`) drops the rest instead of failing
    this.#sink = new Sink(out, stdout, { stopsWhenReaderCloses: true });
    this.#writer = new RecordWriter(this.#sink, format, ACTOR_COLUMNS);
  }

  async start(): Promise<void> {
    await this.#sink.ready();
    await this.#writer.start();
  }

  add(actor: Actor): void {
    this.written += 1;
    this.#writer.add(this.#writer.flat ? { flat: actorToRow(actor), object: null } : { flat: {}, object: actor, feature: actorToFeature(actor) });
  }

  settle(): Promise<void> {
    return this.#writer.settle();
  }

  /** One rejected record (its 0-based index among the records read) with all its issues. */
  async reject(index: number, issues: readonly RecordIssue[]): Promise<void> {
    this.rejected += 1;
    if (!this.#rejects) {
      this.#rejects = new Sink(this.rejectsPath);
      await this.#rejects.ready();
      const c = cliMessages(this.lang).rejectColumns;
      this.#rejects.add(`${csvLine([c.row, c.line, c.id, c.field, c.value, c.code, c.reason])}\n`);
    }
    let lines = '';
    for (const issue of issues) {
      lines += `${csvLine([String(index + 1), '', issue.id ?? '', issue.path, show(issue.value), issue.code, issue.message[this.lang]])}\n`;
    }
    await this.#rejects.write(lines, 1);
  }

  /** Writes out and closes both files, then puts them under their names together. */
  async end(): Promise<void> {
    await this.#writer.end();
    if (this.#rejects) await this.#rejects.close();
    this.#sink.commit();
    this.#rejects?.commit();
  }

  /** After a failure: removes both files (their temporary names; nothing was under the final ones). */
  abort(): void {
    this.#sink.abort();
    this.#rejects?.abort();
  }
}
