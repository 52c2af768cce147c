// `terreau aggregate FILE --by departement`: one row per territory of a file of actors (any
// format the other commands read), with the COG's names and populations. Streams the file: the
// memory held is one row per territory. Rejected records are written to the rejects file and left
// out of the rows. Exit codes: 0 all valid · 1 some rejected · 2 bad usage or a failed write.
import { todayIso } from '../../formats/today-iso.js';
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
import { dateOption, refuseOverwritingInputs, parseCliArgs } from '../cli-options.js';
import { csvLine, formatOption, officialMessages, rejectsPathFor, UsageError, OUTPUT_OPTIONS } from './official-io.js';
import type { CliIo } from './official-io.js';

export async function runAggregate(argv: string[], io: CliIo): Promise<number> {
  const { values: o, positionals } = parseCliArgs({
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
  const by = o.by as TerritoryLevel;
  const date = dateOption('date', o.date, lang) ?? todayIso();
  const format = formatOption(o.to ?? o.format, lang);
  const rejectsPath = o.rejects ?? rejectsPathFor(o.out, file === '-' ? 'terreau' : file.replace(/\.[^./]+$/, ''));
  refuseOverwritingInputs([['out', o.out], ['rejects', rejectsPath]], [file], lang);

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

  // Both files under temporary names until both are whole (output-file.ts); removed on failure.
  const sink = new Sink(o.out, io.stdout, { stopsWhenReaderCloses: true });
  let rs: Sink | null = null;
  const rows = aggregator.rows();
  try {
    await sink.ready();
    const writer = new RecordWriter(sink, format, AGGREGATE_COLUMNS);
    await writer.start();
    for (const agg of rows) {
      const facts = agg.code === '' ? {} : territoryFacts(by, agg.code);
      const row = aggregateToRow(agg, facts);
      const flat = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]));
      writer.add({ flat, object: row, feature: aggregateToFeature(agg, facts) });
      await writer.settle();
    }
    await writer.end();

    if (rejected.length > 0) {
      rs = new Sink(rejectsPath);
      await rs.ready();
      const c = cli.rejectColumns;
      rs.add(`${csvLine([c.row, c.id, c.field, c.code, c.reason])}\n`);
      for (const r of rejected) {
        let lines = '';
        for (const i of r.issues) {
          const text = 'message' in i && typeof i.message === 'object' ? i.message[lang] : formatIssueText(i as Parameters<typeof formatIssueText>[0], lang);
          lines += `${csvLine([String(r.index + 1), 'id' in i ? (i.id ?? '') : '', i.path ?? '', i.code, text])}\n`;
        }
        await rs.write(lines, 1);
      }
      await rs.close();
    }
    sink.commit();
    rs?.commit();
  } catch (e) {
    sink.abort();
    rs?.abort();
    throw e;
  }
  if (rejected.length > 0 && !o.quiet) io.say(fillText(cli.rejectsWritten, { path: rejectsPath }));
  if (!o.quiet) io.say(fillText(m.aggregateSummary, { actors: valid, rows: rows.length, unknown: rows.find((r) => r.code === '')?.actors ?? 0, rejected: rejected.length }));
  return rejected.length > 0 ? 1 : 0;
}
