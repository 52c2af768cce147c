// `terreau aggregate FILE --by departement`: one row per territory of a file of actors (any
// format the other commands read), with the COG's names and populations. Streams the file: the
// memory held is one row per territory. Rejected records are written to the rejects file and left
// out of the rows. Exit codes: 0 all valid · 1 some rejected · 2 bad usage.
import { parseArgs } from 'node:util';
import { ActorAggregator } from '../../analysis/aggregate-actors.js';
import { AGGREGATE_COLUMNS, aggregateToFeature, aggregateToRow } from '../../analysis/aggregate-row.js';
import { TERRITORY_LEVELS } from '../../sources/company-search-query.js';
import type { TerritoryLevel } from '../../sources/company-search-query.js';
import { RecordWriter, Sink } from '../cli-output.js';
import { cliMessages, fillText, formatIssueText } from '../messages.js';
import type { CliLang } from '../messages.js';
import { defaultClassifier } from '../classify.js';
import { readActors } from '../read-actors.js';
import type { ReadIssue } from '../read-actors.js';
import { territoryFacts, territoryOfActor } from '../territory-facts.js';
import { csvLine, formatOption, officialMessages, rejectsPathFor, UsageError, OUTPUT_OPTIONS } from './official-io.js';
import type { CliIo } from './official-io.js';

export async function runAggregate(argv: string[], io: CliIo): Promise<number> {
  const { values: o, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      by: { type: 'string' },
      ...OUTPUT_OPTIONS,
    },
  });
  const lang: CliLang = o.lang === 'en' ? 'en' : 'fr';
  const m = officialMessages(lang);
  const cli = cliMessages(lang);
  const file = positionals[0];
  if (file === undefined) throw new UsageError(cli.errors.missingFile);
  if (o.by === undefined) throw new UsageError(m.aggregateNeedsBy);
  if (!(TERRITORY_LEVELS as readonly string[]).includes(o.by)) throw new UsageError(fillText(cli.errors.badValue, { option: 'by', value: o.by, expected: TERRITORY_LEVELS.join(', ') }));
  if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new UsageError(fillText(cli.errors.badValue, { option: 'date', value: o.date, expected: 'YYYY-MM-DD' }));
  const by = o.by as TerritoryLevel;
  const date = o.date ?? new Date().toISOString().slice(0, 10);
  const format = formatOption(o.to ?? o.format, lang);

  const aggregator = new ActorAggregator({ by, date, territoryOf: territoryOfActor(by) });
  let valid = 0;
  const rejected: { index: number; issues: ReadIssue[] }[] = [];
  const stdin = io.stdin ?? process.stdin;
  const source = file === '-' ? (async function* () {
    for await (const chunk of stdin) yield chunk as Buffer;
  })() : file;
  for await (const r of readActors(source, { classify: defaultClassifier })) {
    if (r.actor) {
      aggregator.add(r.actor);
      valid += 1;
    } else if (rejected.length < 100_000) {
      rejected.push({ index: r.index, issues: r.issues ?? [] });
    }
  }

  const sink = new Sink(o.out, io.stdout);
  await sink.ready();
  const writer = new RecordWriter(sink, format, AGGREGATE_COLUMNS);
  await writer.start();
  const rows = aggregator.rows();
  for (const agg of rows) {
    const facts = agg.code === '' ? {} : territoryFacts(by, agg.code);
    const row = aggregateToRow(agg, facts);
    const flat = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]));
    writer.add({ flat, object: row, feature: aggregateToFeature(agg, facts) });
    await writer.settle();
  }
  await writer.end();

  if (rejected.length > 0) {
    const rejectsPath = o.rejects ?? rejectsPathFor(o.out, file === '-' ? 'terreau' : file.replace(/\.[^./]+$/, ''));
    const rs = new Sink(rejectsPath);
    await rs.ready();
    const c = cli.rejectColumns;
    rs.add(`${csvLine([c.row, c.id, c.field, c.code, c.reason])}\n`);
    for (const r of rejected) {
      for (const i of r.issues) {
        const text = 'message' in i && typeof i.message === 'object' ? i.message[lang] : formatIssueText(i as Parameters<typeof formatIssueText>[0], lang);
        rs.add(`${csvLine([String(r.index + 1), 'id' in i ? (i.id ?? '') : '', i.path ?? '', i.code, text])}\n`);
      }
    }
    await rs.end();
    if (!o.quiet) io.say(fillText(cli.rejectsWritten, { path: rejectsPath }));
  }
  if (!o.quiet) io.say(fillText(m.aggregateSummary, { actors: valid, rows: rows.length, unknown: rows.find((r) => r.code === '')?.actors ?? 0, rejected: rejected.length }));
  return rejected.length > 0 ? 1 : 0;
}
