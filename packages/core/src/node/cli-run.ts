// The engine of the `terreau` command (node/cli.ts is its bin): validate, classify, score, recommend,
// diagnose and convert files of actors, streaming record by record; `run(argv, io)` is importable
// and testable in-process. Text lives in node/messages/{fr,en}.ts.
// Exit codes: 0 all records valid · 1 some records rejected · 2 bad usage, unreadable input or a
// failed write · 130 interrupted by Ctrl-C (a partial summary is written). Files (--out, rejects) are
// written under a temporary name and renamed once whole (output-file.ts); a failed or interrupted
// run removes them. When the output's reader goes away (EPIPE, `| head`), the run stops as on
// Ctrl-C but ends like a complete one over the records read: the rejects file holds all of theirs,
// exit 0 or 1 by them.
import { todayIso } from '../formats/today-iso.js';
import { closeSync, createReadStream, openSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { ACTOR_COLUMNS, actorFieldOf } from '../formats/actor-row.js';
import { SET_ASIDE, parseColumnMap } from '../ingest/column-map.js';
import type { ColumnMap } from '../ingest/column-map.js';
import type { CommuneZoneTable } from '../schema/zoning.js';
import { guessZoneListMapping, zoneTableOfList } from '../ingest/zone-list.js';
import { formatCsvLine, parseCsvText } from '../formats/parse-csv-text.js';
import { decodeBytes } from './decode.js';
import type { CsvDelimiter } from '../formats/parse-csv-text.js';
import { CRITERION_IDS, DECISION_MAKER_IDS } from '../data/ids.js';
import type { DecisionMakerId } from '../data/ids.js';
import type { Actor } from '../schema/actor.js';
import type { WeightProfile } from '../schema/weight-profile.js';
import { parseWeightProfile } from '../scoring/parse-weight-profile.js';
import { facetActors } from '../directory/facet-actors.js';
import { needsCoverage } from '../directory/needs-coverage.js';
import { findDuplicates } from '../directory/find-duplicates.js';
import { assetCoverage } from '../directory/asset-coverage.js';
import { RecordWriter, Sink } from './cli-output.js';
import type { OutputFormat } from './cli-output.js';
import { cliMessages, fillText, writeFailureText } from './messages.js';
import { UsageError, byteSizeOf, dateOption, jobsOption, langOfArgv, parseCliArgs, refuseOverwritingInputs } from './cli-options.js';
import { WriteFailure } from './output-file.js';
import type { CliLang } from './messages.js';
import { ContentError, formatFromPath, makeFormatIssue, readActorBatches, readRecordBatches } from './read-actors.js';
import type { InputFormat, ReadActorsOptions, ReadIssue, ReadResult } from './read-actors.js';
import type { RecordIssue } from '../schema/record-issue.js';
import { planConventionMerges } from './plan-convention-merges.js';
import type { TextEncodingName } from './decode.js';
import { lookupCommune, lookupEpci } from './lookup-commune.js';
import { CLASSIFY_COLUMNS, RecordRenderer, assessmentOf, classifiedRecord, columnsOf } from './cli-records.js';
import type { RendererOptions } from './cli-records.js';
import { runInWorkers } from './cli-parallel.js';
import { peekInput, replayInput, runCsvRecords, sniffInputFormat, type CsvHandlers } from './cli-csv.js';

import { officialEn } from './messages/official.en.js';
import { officialFr } from './messages/official.fr.js';
const COMMANDS = ['validate', 'classify', 'score', 'recommend', 'diagnose', 'convert'] as const;
type Command = (typeof COMMANDS)[number];
const OUTPUTS: readonly OutputFormat[] = ['csv', 'json', 'ndjson', 'geojson', 'table'];
const INPUTS: readonly InputFormat[] = ['csv', 'json', 'ndjson', 'geojson'];

interface Run {
  lang: CliLang;
  quiet: boolean;
  interrupted: boolean;
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

let state: Run = freshState();

function freshState(): Run {
  return { lang: 'fr', quiet: false, interrupted: false, rowsIn: 0, rowsOut: 0, rejected: 0, merged: 0, duplicates: 0, unknown: 0, warnings: {} };
}

function countWarnings(counts: Record<string, number>): void {
  for (const [code, n] of Object.entries(counts)) state.warnings[code] = (state.warnings[code] ?? 0) + n;
}

/** Where a run reads and writes: the process's streams for the `terreau` bin, others in tests. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { destroy?(): void };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Registers the Ctrl-C handler (the bin: process.on('SIGINT')); returns its removal. */
  onInterrupt?: (handler: () => void) => () => void;
}

// Set by run(); process.stdin is not touched on import (importing the Node entry must not open it).
let io: CliIo = { stdin: undefined as unknown as CliIo['stdin'], stdout: process.stdout, stderr: process.stderr };

/**
 * The `terreau` command as a function: `argv` without the node and script paths; resolves to the
 * exit code (0 all valid, 1 some rejected, 2 bad usage, unreadable input or failed write, 130 interrupted).
 * Never rejects: errors are said on `io.stderr`. One run at a time per process.
 */
export async function run(argv: string[], given: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  io = given;
  state = freshState();
  try {
    // fetch, sirene, aggregate: engines of their own (node/commands/), loaded only when named.
    if (argv[0] === 'fetch' || argv[0] === 'sirene' || argv[0] === 'aggregate') {
      const { runOfficialCommand } = await import('./commands/official.js');
      const { officialIoOf } = await import('./commands/official-io.js');
      const official = await runOfficialCommand(argv, officialIoOf(given));
      if (official !== null) return official;
    }
    return await main(argv);
  } catch (e) {
    if (e instanceof UsageError) say(e.message);
    else if (e instanceof WriteFailure) say(writeFailureText(e, state.lang));
    else if (e instanceof ContentError) say(`${argv[1] ?? '-'} : ${e.text[state.lang]}`);
    else say(fillText(cliMessages(state.lang).errors.unreadable, { path: argv[1] ?? '-', reason: (e as Error).message }));
    return 2;
  } finally {
    removeInterrupt?.();
    removeInterrupt = null;
    inputStream = null;
  }
}

let removeInterrupt: (() => void) | null = null;
/** True once the run must stop: Ctrl-C, or the output's reader went away. */
let stopping: () => boolean = () => state.interrupted;

function say(line: string): void {
  io.stderr.write(`${line}\n`);
}

async function main(argv: string[]): Promise<number> {
  state.lang = langOfArgv(argv);
  const m = cliMessages(state.lang);
  let parsed;
  try {
    parsed = parseCliArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        rejects: { type: 'string' },
        format: { type: 'string', short: 'f' },
        to: { type: 'string' },
        from: { type: 'string' },
        delimiter: { type: 'string' },
        encoding: { type: 'string' },
        source: { type: 'string' },
        'checked-at': { type: 'string' },
        map: { type: 'string' },
        geo: { type: 'boolean' },
        zones: { type: 'string', multiple: true },
        region: { type: 'string' },
        'decision-maker': { type: 'string' },
        date: { type: 'string' },
        weights: { type: 'string' },
        commune: { type: 'string' },
        epci: { type: 'string' },
        departement: { type: 'string' },
        lang: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        jobs: { type: 'string', short: 'j' },
        'max-record-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    say(fillText(m.errors.badOption, { value: (e as Error).message }));
    return 2;
  }
  const { values: o, positionals } = parsed;
  if (o.help) {
    io.stdout.write(`${m.help}\n\n${(state.lang === 'en' ? officialEn : officialFr).help}\n`);
    return 0;
  }
  state.quiet = o.quiet === true;
  if (o.lang !== undefined && o.lang !== 'fr' && o.lang !== 'en') throw new UsageError(fillText(m.errors.badValue, { option: 'lang', value: o.lang, expected: 'fr, en' }));
  const [commandName, file] = positionals;
  if (commandName === undefined) throw new UsageError(m.errors.missingCommand);
  if (!(COMMANDS as readonly string[]).includes(commandName)) throw new UsageError(fillText(m.errors.unknownCommand, { value: commandName }));
  const command = commandName as Command;
  if (file === undefined) throw new UsageError(m.errors.missingFile);

  const oneOf = <T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) throw new UsageError(fillText(m.errors.badValue, { option, value, expected: allowed.join(', ') }));
    return value as T;
  };
  const from = oneOf('from', o.from, INPUTS);
  const outFormat = oneOf('format', o.to ?? o.format, OUTPUTS);
  const delimiterName = oneOf('delimiter', o.delimiter, [',', ';', 'tab', '\t'] as const);
  const delimiter: CsvDelimiter | undefined = delimiterName === 'tab' ? '\t' : delimiterName;
  const encoding = oneOf<TextEncodingName>('encoding', o.encoding, ['utf-8', 'windows-1252']);
  const decisionMaker = oneOf<DecisionMakerId>('decision-maker', o['decision-maker'], DECISION_MAKER_IDS);
  const date = dateOption('date', o.date, state.lang) ?? todayIso();
  const checkedAt = dateOption('checked-at', o['checked-at'], state.lang);
  // Worker threads: the main thread reads, the others validate/score and render (cli-parallel.ts).
  const { jobs, capped } = jobsOption(o.jobs, state.lang);
  if (capped && !state.quiet) say(fillText(m.errors.jobsCapped, { asked: o.jobs, jobs }));

  // Input: check it can be opened before writing anything.
  let size = 0;
  if (file !== '-') {
    try {
      size = statSync(file).size;
      closeSync(openSync(file, 'r'));
    } catch (e) {
      throw new UsageError(fillText(m.errors.unreadable, { path: file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
    }
  }
  let profile: WeightProfile | undefined;
  if (o.weights !== undefined) {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(o.weights, 'utf8'));
    } catch (e) {
      throw new UsageError(fillText(m.errors.weights, { path: o.weights, reason: (e as Error).message }));
    }
    const p = parseWeightProfile(input);
    if (!p.profile || p.issues.length > 0) {
      throw new UsageError(fillText(m.errors.weights, { path: o.weights, reason: p.issues.map((i) => i.message[state.lang]).join(' ; ') }));
    }
    profile = p.profile;
  }

  let columnMap: ColumnMap | undefined;
  if (o.map !== undefined) {
    let text = o.map;
    if (text.startsWith('@')) {
      try {
        text = readFileSync(text.slice(1), 'utf8');
      } catch (e) {
        throw new UsageError(fillText(m.errors.unreadable, { path: text.slice(1), reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
      }
    }
    const parsedMap = parseColumnMap(text);
    if (parsedMap.faults.length > 0) throw new UsageError(fillText(m.errors.badMapping, { value: parsedMap.faults.map((f) => f.part).join(', ') }));
    columnMap = parsedMap.map;
  }

  // Official zoning lists (ANCT): commune → memberships, added to the actors of listed communes.
  let zoneTable: CommuneZoneTable | undefined;
  const zonePaths: string[] = [];
  for (const spec of o.zones ?? []) {
    const hinted = /^([a-z-]+):(.+)$/.exec(spec);
    const path = hinted && !/^[a-z]:[\\/]/i.test(spec) ? (hinted[2] as string) : spec;
    zonePaths.push(path);
    let table;
    try {
      table = parseCsvText(decodeBytes(readFileSync(path)).text);
    } catch (e) {
      throw new UsageError(fillText(m.errors.unreadable, { path, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
    }
    const guess = guessZoneListMapping(table.header, hinted ? (hinted[1] as string) : basename(path));
    if (!guess.ok) throw new UsageError(fillText(m.errors.zoneList, { path, columns: table.header.join(', ') }));
    const read = zoneTableOfList(table.rows, guess.mapping, zoneTable ?? {});
    zoneTable = read.table;
    if (!state.quiet) say(fillText(m.zonesRead, { path, zonings: guess.mapping.zonings.join(', '), rows: table.rows.length - read.skipped, skipped: read.skipped }));
  }

  // Output and rejects: never one of the files read (nor one another), checked before anything is opened.
  const rejectsPath = o.rejects ?? defaultRejectsPath(o.out, file);
  refuseOverwritingInputs(
    [
      ['out', o.out],
      ['rejects', rejectsPath],
    ],
    // `-` from the process's own stdin: /dev/stdin is what was redirected to it (`< in.csv`)
    [file === '-' && io.stdin === process.stdin ? '/dev/stdin' : file, o.weights, o.map?.startsWith('@') ? o.map.slice(1) : undefined, ...zonePaths],
    state.lang,
  );

  const progress = new Progress(size);
  const source = countingSource(file, progress);
  const inputFormat = from ?? (file !== '-' ? formatFromPath(file) : undefined);
  const readOptions = {
    ...(inputFormat ? { format: inputFormat } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(encoding ? { encoding } : {}),
    // The file's name is the default source; no verification date unless given (never today).
    source: o.source ?? (file !== '-' ? basename(file) : 'stdin'),
    ...(checkedAt ? { checkedAt } : {}),
    ...(columnMap ? { columns: columnMap } : {}),
    // diagnose counts actors by commune, EPCI, département and région: derive them where missing
    ...(o.geo || command === 'diagnose' || zoneTable !== undefined ? { geography: true } : {}),
    ...(zoneTable ? { zoneTable } : {}),
    ...(o['max-record-size'] !== undefined ? { maxRecordBytes: byteSizeOf(o['max-record-size'], m) } : {}),
  };

  // Output and rejects.
  const defaultFormat: OutputFormat = command === 'diagnose' ? 'table' : command === 'convert' ? 'json' : 'csv';
  const format = outFormat ?? defaultFormat;
  // A reader that goes away (`| head`) stops the run: what is being read is no longer destroyed.
  const newSink = () => new Sink(o.out, io.stdout, { stopsWhenReaderCloses: true, onReaderClosed: () => inputStream?.destroy?.() });
  let sink = newSink();
  stopping = () => state.interrupted || sink.closedByReader;
  // Ids that repeated an earlier actor's (the first pass), and the records merged (the second pass).
  const repeatedIds = new Set<string>();
  let merges: ReadonlyMap<number, RecordIssue[]> | null = null;
  const headerMap = new Map<string, string>();
  let rawHeader: string[] | null = null;
  const onHeader = (header: string[]) => {
    rawHeader ??= header;
    for (const h of header) {
      const f = actorFieldOf(h);
      if (f !== null && !headerMap.has(f)) headerMap.set(f, h);
    }
  };
  let rejectsSink: Sink | null = null;
  const rejects = async (result: { index: number; line?: number; issues: readonly ReadIssue[]; id?: string }) => {
    const only = result.issues.length === 1 ? result.issues[0] : undefined;
    if (only?.code === 'duplicate_id') {
      // a valid actor whose id was taken: maybe another convention of the same structure
      const merged = merges?.get(result.index);
      if (merged !== undefined) {
        state.merged += 1;
        for (const w of merged) countWarnings({ [w.code]: 1 });
        return;
      }
      if (merges === null) repeatedIds.add(String(only.value));
      state.duplicates += 1;
    }
    state.rejected += 1;
    if (!rejectsSink) {
      rejectsSink = new Sink(rejectsPath);
      await rejectsSink.ready();
      const c = m.rejectColumns;
      await rejectsSink.write(`${csvLine([c.row, c.line, c.id, c.field, c.value, c.code, c.reason])}\n`);
    }
    let lines = '';
    for (const issue of result.issues) {
      const id = 'id' in issue && typeof issue.id === 'string' ? issue.id : (result.id ?? '');
      lines += `${csvLine([String(result.index + 1), result.line !== undefined ? String(result.line) : '', id, columnOfPath(issue.path, headerMap), showValue(issue.value), issue.code, issue.message[state.lang]])}\n`;
    }
    await rejectsSink.write(lines, 1);
  };

  let finished = false;
  removeInterrupt =
    io.onInterrupt?.(() => {
      state.interrupted = true;
      inputStream?.destroy?.();
    }) ?? null;

  try {
    await sink.ready();
    /** What the CSV chunk runner reports, counted and written the same way for every command. */
    const csvHandlers = (writer: RecordWriter): CsvHandlers => ({
      records: (n) => {
        state.rowsIn += n;
      },
      accept: (bytes, count) => {
        state.rowsOut += count;
        writer.addBytes(bytes, count);
      },
      reject: rejects,
      batchDone: async () => {
        progress.tick(state.rowsIn);
        await writer.settle();
      },
      stopped: () => stopping(),
      warnings: countWarnings,
    });
    if (command === 'validate' || command === 'convert' || command === 'score' || command === 'recommend') {
      if (command === 'recommend' && decisionMaker === undefined) {
        throw new UsageError(fillText(m.errors.badValue, { option: 'decision-maker', value: '', expected: DECISION_MAKER_IDS.join(', ') }));
      }
      const columns = columnsOf(command, ACTOR_COLUMNS);
      const rendererOptions: RendererOptions = { command, format, date, ...(profile ? { profile } : {}), ...(decisionMaker ? { decisionMaker } : {}) };
      /** One pass over the input, writing the output and the rejects; `readOptions` may carry merged conventions (the second pass). */
      const streamActors = async (source: AsyncIterable<Uint8Array | string>, readOptions: ReadActorsOptions): Promise<InputFormat> => {
      const writer = new RecordWriter(sink, format, columns);
      await writer.start();
      // CSV (the register extracts): cut into chunks of whole records, each decoded, validated and
      // rendered on a worker thread (cli-csv.ts). Other formats: records read here (cli-parallel.ts).
      const input = await peekInput(source);
      if (input.utf16 && !state.quiet && merges === null) say(fillText(m.encodingUtf16, { encoding: input.utf16.toUpperCase() }));
      const recordFormat = inputFormat ?? sniffInputFormat(input, encoding);
      if (recordFormat === 'csv') {
        await runCsvRecords(
          {
            jobs,
            input,
            ...(delimiter ? { delimiter } : {}),
            ...(encoding ? { encoding } : {}),
            read: { ...readOptions, onHeader },
            renderer: rendererOptions,
            columns,
            joinable: format === 'csv' || format === 'ndjson' || format === 'table',
          },
          csvHandlers(writer),
        );
      } else if (jobs > 1) {
        await runInWorkers(
          { jobs, source: replayInput(input), read: { ...readOptions, format: recordFormat, onHeader }, renderer: rendererOptions, columns },
          {
            record: () => {
              state.rowsIn += 1;
            },
            accept: (text) => {
              state.rowsOut += 1;
              writer.addText(text);
            },
            reject: rejects,
            batchDone: async () => {
              progress.tick(state.rowsIn);
              await writer.settle();
            },
            stopped: () => stopping(),
            warnings: countWarnings,
          },
        );
      } else {
        const renderer = new RecordRenderer(rendererOptions, columns);
        const assess = renderer.needsAssessment();
        // Batches (the records of each ~64 KiB read): one await per batch, output added line by line.
        batches: for await (const batch of readActorBatches(replayInput(input), { ...readOptions, format: recordFormat, onHeader })) {
          for (const r of batch) {
            state.rowsIn += 1;
            if (r.warnings && r.actor) for (const w of r.warnings) countWarnings({ [w.code]: 1 });
            if (!r.actor) await rejects(resultOf(r));
            else if (!assess) {
              state.rowsOut += 1;
              writer.addText(renderer.render(r.actor, null));
            } else {
              const extra = assessmentOf(r);
              if ('issues' in extra) await rejects({ index: r.index, ...(r.line !== undefined ? { line: r.line } : {}), id: r.actor.id, issues: extra.issues });
              else {
                state.rowsOut += 1;
                writer.addText(renderer.render(r.actor, extra));
              }
            }
            if (stopping()) break batches;
          }
          progress.tick(state.rowsIn);
          await writer.settle();
        }
      }
      await writer.end();
      return recordFormat;
      };
      const recordFormat = await streamActors(source, readOptions);
      // Other conventions of one SIRET (rows whose id repeats an earlier actor's) were set aside as
      // duplicates on the way: find which are conventions (readActors' merge, core's rule), and when
      // some are, write the output and the rejects again from the start with them merged.
      if (repeatedIds.size > 0 && !stopping()) {
        if (!sink.rewritable || file === '-') {
          if (!state.quiet) say(fillText(m.conventionsNotMerged, { count: state.duplicates }));
        } else {
          const plan = await planConventionMerges(file, { ...readOptions, format: recordFormat }, repeatedIds);
          if (plan.merged.size > 0) {
            sink.abort();
            (rejectsSink as Sink | null)?.abort();
            rejectsSink = null;
            sink = newSink();
            await sink.ready();
            merges = plan.merged;
            const kept = { lang: state.lang, quiet: state.quiet };
            state = { ...freshState(), ...kept };
            await streamActors(countingSource(file, progress), { ...readOptions, mergedConventions: plan.into });
          }
        }
      }
    } else if (command === 'classify') {
      const columns = CLASSIFY_COLUMNS;
      const writer = new RecordWriter(sink, format, columns);
      await writer.start();
      const input = await peekInput(source);
      if (input.utf16 && !state.quiet) say(fillText(m.encodingUtf16, { encoding: input.utf16.toUpperCase() }));
      const recordFormat = inputFormat ?? sniffInputFormat(input, encoding);
      if (recordFormat === 'csv') {
        // On the worker threads too (cli-csv.ts): each chunk's rows classified and written there.
        await runCsvRecords(
          {
            jobs,
            input,
            ...(delimiter ? { delimiter } : {}),
            ...(encoding ? { encoding } : {}),
            read: { ...readOptions, onHeader },
            renderer: { command: 'classify', format, date },
            columns,
            joinable: format === 'csv' || format === 'ndjson' || format === 'table',
          },
          {
            ...csvHandlers(writer),
            unknown: (n) => {
              state.unknown += n;
            },
          },
        );
      } else {
        batches: for await (const batch of readRecordBatches(replayInput(input), { ...readOptions, format: recordFormat, onHeader })) {
          progress.tick(state.rowsIn);
          await writer.settle();
          for (const r of batch) {
            state.rowsIn += 1;
            if (r.issues) await rejects({ index: r.index, ...(r.line !== undefined ? { line: r.line } : {}), issues: r.issues });
            else if (typeof r.raw !== 'object' || r.raw === null) await rejects({ index: r.index, issues: [makeFormatIssue(r.index, 'not_an_object', r.raw)] });
            else {
              const raw = (r.kind === 'feature' ? ((r.raw as Record<string, unknown>)['properties'] ?? {}) : r.raw) as Record<string, unknown>;
              const c = classifiedRecord(raw, r.index);
              if (c.unknown) state.unknown += 1;
              state.rowsOut += 1;
              writer.add({ flat: c.flat, object: c.flat });
            }
            if (stopping()) break batches;
          }
        }
      }
      await writer.end();
    } else if (command === 'diagnose') {
      const territory = territoryOf(o, m);
      const actors: Actor[] = [];
      // The actors are all held: other conventions of one SIRET are merged into the first as read.
      batches: for await (const batch of readActorBatches(source, { ...readOptions, onHeader, mergeConventions: true })) {
        for (const r of batch) {
          state.rowsIn += 1;
          if (r.actor) {
            for (const w of r.warnings ?? []) countWarnings({ [w.code]: 1 });
            state.rowsOut += 1;
            if (territory.contains(r.actor)) actors.push(r.actor);
          } else if (r.merged !== undefined) {
            for (const w of r.warnings ?? []) countWarnings({ [w.code]: 1 });
            state.merged += 1;
          } else await rejects(resultOf(r));
          if (stopping()) break batches;
        }
        progress.tick(state.rowsIn);
      }
      await writeDiagnosis(sink, format, territory.label, actors, date);
    }
    await (rejectsSink as Sink | null)?.close();
    finished = true;
  } finally {
    progress.done();
    // A failure or Ctrl-C: the files written so far are removed (stdout keeps what it was given).
    if (!finished || state.interrupted) {
      sink.abort();
      (rejectsSink as Sink | null)?.abort();
    }
  }
  if (!state.interrupted) {
    // Both whole: under their names together.
    sink.commit();
    (rejectsSink as Sink | null)?.commit();
  }
  if (!state.quiet) {
    if (state.interrupted) say(m.interrupted);
    else if (sink.closedByReader) say(fillText(m.readerClosed, { in: state.rowsIn }));
    const summary = command === 'classify' ? m.summaryClassified : state.merged > 0 ? m.summaryMerged : m.summary;
    say(fillText(summary, { in: state.rowsIn, out: state.rowsOut, rejected: state.rejected, merged: state.merged, unknown: state.unknown }));
    if (state.rejected > 0 && !state.interrupted) say(fillText(m.rejectsWritten, { path: rejectsPath }));
    const warned = Object.entries(state.warnings);
    if (warned.length > 0) say(fillText(m.warningsSummary, { list: warned.map(([code, n]) => `${code} ${n}`).join(', ') }));
    if (rawHeader !== null && command !== 'classify') sayColumns(rawHeader, m);
  }
  if (state.interrupted) return 130;
  return state.rejected > 0 ? 1 : 0;
}

/** Which columns were read as which field, which were ignored (the header as keyed, mapped columns named by their field). */
function sayColumns(header: readonly string[], m: ReturnType<typeof cliMessages>): void {
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
  if (recognised.length > 0) say(fillText(m.columnsRecognised, { list: recognised.join(', ') }));
  if (ignored.length > 0) say(fillText(m.columnsIgnored, { list: ignored.join(', ') }));
}

function resultOf(r: ReadResult): { index: number; line?: number; issues: readonly ReadIssue[] } {
  return { index: r.index, ...(r.line !== undefined ? { line: r.line } : {}), issues: r.issues ?? [] };
}

/** The column of the input a validation path points at (the header as the file spells it). */
const PATH_FIELDS: Record<string, string[]> = {
  'identifiers.siren': ['siren'],
  'identifiers.siret': ['siret'],
  'identifiers.rna': ['rna'],
  'location.lat': ['lat'],
  'location.lon': ['lon'],
  'location.precision': ['precision'],
  'address.line': ['address'],
  'address.postcode': ['postcode'],
  'address.city': ['city'],
  'size.employees': ['employees', 'sireneEmployees'],
  'size.budget': ['budget'],
  'provenance.source': ['source'],
  'provenance.checkedAt': ['checkedAt', 'sireneChecked'],
  'provenance.url': ['sourceUrl'],
  creationYear: ['creationYear', 'sireneCreation'],
  name: ['name', 'sireneName2'],
  type: ['type', 'legalCategory'],
};
function columnOfPath(path: string, headerMap: Map<string, string>): string {
  if (headerMap.size === 0) return path;
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  const key = parts.join('.');
  for (const f of PATH_FIELDS[key] ?? [parts[0] ?? key]) {
    const h = headerMap.get(f);
    if (h !== undefined) return h;
  }
  return path;
}

function showValue(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? String(v);
}

/** A rejects-file line: core's one CSV writer. */
const csvLine = (values: string[]): string => formatCsvLine(values);

function defaultRejectsPath(out: string | undefined, file: string): string {
  const base = out !== undefined && out !== '-' ? out : file !== '-' ? file : 'terreau';
  const dir = out !== undefined && out !== '-' ? dirname(out) : file !== '-' ? dirname(file) : '.';
  return join(dir, `${basename(base, extname(base))}.rejects.csv`);
}

function territoryOf(o: { commune?: string | undefined; epci?: string | undefined; departement?: string | undefined; region?: string | undefined }, m: ReturnType<typeof cliMessages>): { label: string; contains: (a: Actor) => boolean } {
  const communeOf = (a: Actor) => (a.communeCode ? lookupCommune(a.communeCode) : null);
  if (o.commune) {
    const c = lookupCommune(o.commune);
    if (!c) throw new UsageError(fillText(m.errors.unknownTerritory, { value: o.commune }));
    return { label: `${c.name} (${c.code})`, contains: (a) => a.communeCode === c.code || communeOf(a)?.communeCode === c.communeCode };
  }
  if (o.epci) {
    const e = lookupEpci(o.epci);
    if (!e) throw new UsageError(fillText(m.errors.unknownTerritory, { value: o.epci }));
    const members = new Set(e.communes);
    return { label: `${e.name} (${e.code})`, contains: (a) => a.epciCode === e.code || (a.communeCode !== undefined && (members.has(a.communeCode) || members.has(communeOf(a)?.communeCode ?? ''))) };
  }
  if (o.departement) {
    const d = o.departement.toUpperCase();
    if (!/^(\d{2}|2[AB]|97\d)$/.test(d)) throw new UsageError(fillText(m.errors.unknownTerritory, { value: o.departement }));
    return { label: d, contains: (a) => a.departementCode === d || communeOf(a)?.departement?.code === d };
  }
  if (o.region) {
    const r = o.region.trim();
    if (!/^\d{2}$/.test(r)) throw new UsageError(fillText(m.errors.unknownTerritory, { value: o.region }));
    return { label: r, contains: (a) => a.regionCode === r || communeOf(a)?.region?.code === r };
  }
  throw new UsageError(m.errors.missingTerritory);
}

async function writeDiagnosis(sink: Sink, format: OutputFormat, label: string, actors: Actor[], date: string): Promise<void> {
  const m = cliMessages(state.lang).diagnose;
  const facets = facetActors(actors, {}, { date });
  const needs = needsCoverage(actors);
  const duplicates = findDuplicates(actors);
  const assets = assetCoverage(actors);
  const diagnosis = { territory: label, date, actors: actors.length, facets, needs, duplicates, assets };
  if (format === 'json' || format === 'ndjson') {
    await sink.write(`${JSON.stringify(diagnosis, null, format === 'json' ? 2 : undefined)}\n`);
  } else {
    const lines: string[] = [fillText(m.title, { territory: label }), fillText(m.actors, { count: actors.length }), ''];
    lines.push(`${m.facets}:`);
    for (const [facet, counts] of Object.entries(facets.counts as unknown as Record<string, Record<string, number>>)) {
      const entries = Object.entries(counts).filter(([, n]) => n > 0);
      if (entries.length > 0) lines.push(`  ${facet}: ${entries.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    }
    lines.push('', `${m.needs}: ${needs.covered.map((n) => `${n} (${needs.actors[n].length})`).join(', ') || m.none}`);
    lines.push(`${m.uncovered}: ${needs.missing.join(', ') || m.none}`);
    if (needs.unknown.length > 0) lines.push(fillText(m.unknownNeeds, { share: Math.round(needs.silentShare * 100), list: needs.unknown.join(', ') }));
    const inferred = Object.entries(needs.inferred).filter(([, ids]) => ids.length > 0);
    if (inferred.length > 0) lines.push(`${m.inferredNeeds}: ${inferred.map(([n, ids]) => `${n} (${ids.length})`).join(', ')}`);
    lines.push(`${m.assets}: ${assets.covered.join(', ') || m.none}`, `${m.missingAssets}: ${assets.missing.join(', ') || m.none}`);
    lines.push(`${m.duplicates}: ${duplicates.length === 0 ? m.none : ''}`);
    for (const d of duplicates.slice(0, 20)) lines.push(`  ${d.ids[0]} ↔ ${d.ids[1]} (${d.reasons.join(', ')})`);
    if (duplicates.length > 20) lines.push(`  … +${duplicates.length - 20}`);
    await sink.write(`${lines.join('\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')}\n`);
  }
  await sink.close();
}

/** Counts bytes read from a file so the progress bar can show a share and an ETA. */
let inputStream: { destroy?(): void } | null = null;

function countingSource(file: string, progress: Progress): AsyncIterable<Uint8Array | string> {
  const stream = file === '-' ? io.stdin : createReadStream(file, { highWaterMark: 1 << 16 });
  inputStream = stream;
  return (async function* () {
    try {
      for await (const chunk of stream) {
        progress.bytes += typeof chunk === 'string' ? chunk.length : (chunk as Buffer).length;
        yield chunk as Buffer;
      }
    } catch (e) {
      // Ctrl-C destroys the input so a read waiting on a terminal or a pipe ends too.
      if (!stopping()) throw e;
    }
  })();
}

/** Progress on stderr, only when stderr is a terminal: rows, rows/s, share of bytes read, ETA. */
class Progress {
  bytes = 0;
  #enabled: boolean;
  #start = Date.now();
  #last = 0;
  #shown = false;
  constructor(private size: number) {
    this.#enabled = io.stderr.isTTY === true && !state.quiet;
  }
  tick(rows: number): void {
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#last < 200) return;
    this.#last = now;
    const elapsed = (now - this.#start) / 1000;
    const rate = rows / Math.max(elapsed, 0.001);
    const share = this.size > 0 ? Math.min(1, this.bytes / this.size) : 0;
    const eta = share > 0 ? (elapsed * (1 - share)) / share : 0;
    const width = 24;
    const filled = Math.round(share * width);
    const text = fillText(cliMessages(state.lang).progress, {
      rows: rows.toLocaleString(state.lang),
      rate: Math.round(rate).toLocaleString(state.lang),
      percent: Math.round(share * 100),
      eta: `${Math.round(eta)} s`,
    });
    io.stderr.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}\u001b[K`);
    this.#shown = true;
  }
  done(): void {
    if (this.#shown) io.stderr.write('\r\u001b[K');
  }
}

// Criterion ids are listed for `answers.<id>` columns; kept referenced for the help text's sake.
void CRITERION_IDS;

