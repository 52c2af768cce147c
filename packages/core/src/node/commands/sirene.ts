// `terreau sirene --unites StockUniteLegale.parquet --etablissements StockEtablissement.parquet
// [--geo …] [--departement 26]`: validated actors (one per open establishment of an ESS-flagged
// unit) from INSEE's Parquet files, read by DuckDB (node/read-sirene-parquet.ts), classified by
// legal category, checked by parseActors batch by batch and written as they come.
// Exit codes: 0 all valid · 1 some rejected · 2 bad usage or unreadable files.
import { actorFromRow } from '../../formats/actor-row.js';
import { Actor } from '../../schema/actor.js';
import { parseActors } from '../../schema/parse-actors.js';
import { defaultClassifier } from '../classify.js';
import { compiledSchema } from '../compiled-schema.js';
import { cliMessages, fillText } from '../messages.js';
import type { CliLang } from '../messages.js';
import { readSireneParquet, SireneParquetError } from '../read-sirene-parquet.js';
import { communeCodesOf } from '../territory-facts.js';
import { dateOption, refuseOverwritingInputs, parseCliArgs } from '../cli-options.js';
import { ActorOutput, formatOption, officialMessages, rejectsPathFor, territoryOption, UsageError, OUTPUT_OPTIONS } from './official-io.js';
import type { CliIo } from './official-io.js';

export const SIRENE_SOURCE = 'SIRENE (Insee), fichiers stock';

export async function runSirene(argv: string[], io: CliIo): Promise<number> {
  const { values: o } = parseCliArgs({
    args: argv,
    allowPositionals: false,
    options: {
      unites: { type: 'string' },
      etablissements: { type: 'string' },
      geo: { type: 'string' },
      commune: { type: 'string' },
      epci: { type: 'string' },
      departement: { type: 'string' },
      region: { type: 'string' },
      'all-units': { type: 'boolean' },
      'include-closed': { type: 'boolean' },
      threads: { type: 'string' },
      'memory-limit': { type: 'string' },
      source: { type: 'string' },
      ...OUTPUT_OPTIONS,
    },
  });
  const lang: CliLang = o.lang === 'en' ? 'en' : 'fr';
  const m = officialMessages(lang);
  const cli = cliMessages(lang);
  if (o.unites === undefined || o.etablissements === undefined) throw new UsageError(m.sireneNeedsFiles);
  const territory = territoryOption(o, lang);
  let communes: string[] | null = null;
  if (territory) {
    communes = communeCodesOf(territory);
    if (!communes) throw new UsageError(fillText(m.unknownTerritory, { level: territory.level, value: territory.code }));
  }
  if (o.threads !== undefined && !/^[1-9]\d?$/.test(o.threads)) throw new UsageError(fillText(cli.errors.badValue, { option: 'threads', value: o.threads, expected: '1, 2, …' }));
  if (o['memory-limit'] !== undefined && !/^\d+(\.\d+)?\s*(MB|GB|MiB|GiB)$/i.test(o['memory-limit'])) {
    throw new UsageError(fillText(cli.errors.badValue, { option: 'memory-limit', value: o['memory-limit'], expected: '2GB' }));
  }
  const format = formatOption(o.to ?? o.format, lang);
  const checkedAt = dateOption('date', o.date, lang);
  const rejectsPath = o.rejects ?? rejectsPathFor(o.out, 'terreau-sirene');
  refuseOverwritingInputs([['out', o.out], ['rejects', rejectsPath]], [o.unites, o.etablissements, o.geo], lang);
  const output = new ActorOutput(o.out, format, rejectsPath, lang, io.stdout);
  try {
    await output.start();

    const started = Date.now();
    const schema = compiledSchema(Actor);
    const source = o.source ?? SIRENE_SOURCE;
    let index = 0;
    let lastShown = 0;
    try {
      const batches = readSireneParquet({
        files: { unites: o.unites, etablissements: o.etablissements, ...(o.geo ? { geo: o.geo } : {}) },
        communes,
        essOnly: o['all-units'] !== true,
        includeClosed: o['include-closed'] === true,
        ...(o.threads ? { threads: Number(o.threads) } : {}),
        ...(o['memory-limit'] ? { memoryLimit: o['memory-limit'] } : {}),
      });
      for await (const rows of batches) {
        const candidates = rows.map((row, i) => actorFromRow(row, { index: index + i, source, classify: defaultClassifier, ...(checkedAt ? { checkedAt } : {}) }));
        const parsed = parseActors(candidates, { startIndex: index, schema });
        for (const actor of parsed.actors) output.add(actor);
        if (parsed.rejected.length > 0) {
          const byIndex = new Map<number, typeof parsed.issues>();
          for (const issue of parsed.issues) byIndex.set(issue.index, [...(byIndex.get(issue.index) ?? []), issue]);
          for (const i of parsed.rejected) await output.reject(i, byIndex.get(i) ?? []);
        }
        index += rows.length;
        await output.settle();
        if (io.progress && !o.quiet && Date.now() - lastShown > 200) {
          lastShown = Date.now();
          io.progress(`${index.toLocaleString(lang)} · ${Math.round(index / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString(lang)}/s`);
        }
      }
    } catch (e) {
      if (!(e instanceof SireneParquetError)) throw e;
      // unreadable input: a failure, nothing is left under the output's names
      output.abort();
      if (e.code === 'no_engine') io.say(m.sireneNoEngine);
      else if (e.code === 'missing_column') io.say(fillText(m.sireneMissingColumn, { path: e.path, column: e.column }));
      else io.say(fillText(cli.errors.unreadable, { path: e.path, reason: 'ENOENT' }));
      return 2;
    }
    await output.end();
    if (io.progress && !o.quiet) io.progress('');
    const seconds = (Date.now() - started) / 1000;
    if (!o.quiet) {
      io.say(fillText(m.sireneSummary, { in: index, out: output.written, rejected: output.rejected, seconds: seconds.toFixed(1), rate: Math.round(index / Math.max(seconds, 0.001)) }));
      if (output.rejected > 0) io.say(fillText(cli.rejectsWritten, { path: output.rejectsPath }));
    }
    return output.rejected > 0 ? 1 : 0;
  } catch (e) {
    output.abort();
    throw e;
  }
}
