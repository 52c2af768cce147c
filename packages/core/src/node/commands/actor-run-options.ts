// The options of the commands on a file of actors (validate, convert, score, recommend, classify,
// diagnose), read once from argv and checked before anything is opened or written: bad usage
// throws a UsageError naming the option and the value.
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { todayIso } from '../../formats/today-iso.js';
import type { CsvDelimiter } from '../../formats/parse-csv-text.js';
import { parseColumnMap } from '../../ingest/column-map.js';
import type { ColumnMap } from '../../ingest/column-map.js';
import { readZoneListText } from '../../ingest/zone-list.js';
import { zoneListSpecOf } from '../../ingest/zone-list-spec.js';
import type { CommuneZoneTable } from '../../schema/zoning.js';
import { DECISION_MAKER_IDS } from '../../data/ids.js';
import type { DecisionMakerId } from '../../data/ids.js';
import type { WeightProfile } from '../../schema/weight-profile.js';
import { parseWeightProfile } from '../../scoring/parse-weight-profile.js';
import type { OutputFormat } from '../cli-output.js';
import { cliMessages, fillText } from '../messages.js';
import type { CliLang } from '../messages.js';
import { UsageError, byteSizeOf, dateOption, jobsOption, parseCliArgs, refuseOverwritingInputs } from '../cli-options.js';
import { decodeBytes } from '../decode.js';
import type { TextEncodingName } from '../decode.js';
import { formatFromPath } from '../read-actors.js';
import type { InputFormat, ReadActorsOptions } from '../read-actors.js';
import { defaultRejectsPath } from './actor-rejects.js';

export const ACTOR_COMMANDS = ['validate', 'classify', 'score', 'recommend', 'diagnose', 'convert'] as const;
export type ActorCommand = (typeof ACTOR_COMMANDS)[number];
const OUTPUTS: readonly OutputFormat[] = ['csv', 'json', 'ndjson', 'geojson', 'table'];
const INPUTS: readonly InputFormat[] = ['csv', 'json', 'ndjson', 'geojson'];

/** The options of argv, as parseArgs gives them. */
export type ActorArgs = ReturnType<typeof parseActorArgs>['values'];

export function parseActorArgs(argv: string[]) {
  return parseCliArgs({
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
      'include-closed': { type: 'boolean' },
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
}

/** What a command on a file of actors runs with, every option checked. */
export interface ActorRunOptions {
  command: ActorCommand;
  /** The input path ('-': standard input). */
  file: string;
  /** Its size in bytes (0 for standard input): the progress bar's share. */
  size: number;
  o: ActorArgs;
  format: OutputFormat;
  inputFormat: InputFormat | undefined;
  delimiter: CsvDelimiter | undefined;
  encoding: TextEncodingName | undefined;
  decisionMaker: DecisionMakerId | undefined;
  date: string;
  jobs: number;
  profile: WeightProfile | undefined;
  rejectsPath: string;
  readOptions: ReadActorsOptions;
}

/**
 * The options of `argv` (after the command name's check), or throws a UsageError. `say` tells what
 * is worth telling on the way (threads capped, zoning lists read); `stdinIsProcess`: the input `-`
 * is the process's own standard input (then /dev/stdin is what was redirected to it).
 */
export function actorRunOptions(o: ActorArgs, positionals: string[], lang: CliLang, quiet: boolean, say: (line: string) => void, stdinIsProcess: boolean): ActorRunOptions {
  const m = cliMessages(lang);
  if (o.lang !== undefined && o.lang !== 'fr' && o.lang !== 'en') throw new UsageError(fillText(m.errors.badValue, { option: 'lang', value: o.lang, expected: 'fr, en' }));
  const [commandName, file] = positionals;
  if (commandName === undefined) throw new UsageError(m.errors.missingCommand);
  if (!(ACTOR_COMMANDS as readonly string[]).includes(commandName)) throw new UsageError(fillText(m.errors.unknownCommand, { value: commandName }));
  const command = commandName as ActorCommand;
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
  const date = dateOption('date', o.date, lang) ?? todayIso();
  const checkedAt = dateOption('checked-at', o['checked-at'], lang);
  // Worker threads: the main thread reads, the others validate/score and render (cli-parallel.ts).
  const { jobs, capped } = jobsOption(o.jobs, lang);
  if (capped && !quiet) say(fillText(m.errors.jobsCapped, { asked: o.jobs, jobs }));

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
      throw new UsageError(fillText(m.errors.weights, { path: o.weights, reason: p.issues.map((i) => i.message[lang]).join(' ; ') }));
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
    // One rule for naming a list and one reader of its text, as the map's `zone-lists` (core's ingest/).
    const { zoning, location: path } = zoneListSpecOf(spec);
    zonePaths.push(path);
    let text;
    try {
      text = decodeBytes(readFileSync(path)).text;
    } catch (e) {
      throw new UsageError(fillText(m.errors.unreadable, { path, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
    }
    const read = readZoneListText(text, zoning || basename(path), zoneTable ?? {});
    if (!read.ok) throw new UsageError(fillText(m.errors.zoneList, { path, columns: read.columns.join(', ') }));
    zoneTable = read.table;
    if (!quiet) {
      say(fillText(m.zonesRead, { path, zonings: read.zonings.join(', '), rows: read.rows, skipped: read.skipped }));
      if (read.partly > 0) say(fillText(m.zonesPartly, { partly: read.partly, zonings: read.zonings.join(', ') }));
    }
  }

  // Output and rejects: never one of the files read (nor one another), checked before anything is opened.
  const rejectsPath = o.rejects ?? defaultRejectsPath(o.out, file);
  refuseOverwritingInputs(
    [
      ['out', o.out],
      ['rejects', rejectsPath],
    ],
    // `-` from the process's own stdin: /dev/stdin is what was redirected to it (`< in.csv`)
    [file === '-' && stdinIsProcess ? '/dev/stdin' : file, o.weights, o.map?.startsWith('@') ? o.map.slice(1) : undefined, ...zonePaths],
    lang,
  );

  const inputFormat = from ?? (file !== '-' ? formatFromPath(file) : undefined);
  const readOptions: ReadActorsOptions = {
    ...(inputFormat ? { format: inputFormat } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(encoding ? { encoding } : {}),
    // The file's name is the default source; no verification date unless given (never today).
    source: o.source ?? (file !== '-' ? basename(file) : 'stdin'),
    ...(checkedAt ? { checkedAt } : {}),
    ...(columnMap ? { columns: columnMap } : {}),
    // diagnose counts actors by commune, EPCI, département and région: derive them where missing
    // SIRENE units and establishments marked closed (C, F) are set aside unless asked for
    ...(o['include-closed'] ? { includeClosed: true } : {}),
    ...(o.geo || command === 'diagnose' || zoneTable !== undefined ? { geography: true } : {}),
    ...(zoneTable ? { zoneTable } : {}),
    ...(o['max-record-size'] !== undefined ? { maxRecordBytes: byteSizeOf(o['max-record-size'], m) } : {}),
  };
  const defaultFormat: OutputFormat = command === 'diagnose' ? 'table' : command === 'convert' ? 'json' : 'csv';
  return { command, file, size, o, format: outFormat ?? defaultFormat, inputFormat, delimiter, encoding, decisionMaker, date, jobs, profile, rejectsPath, readOptions };
}
