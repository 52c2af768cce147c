// `terreau fetch --commune 26108` (or --epci, --departement, --region): the ESS actors of a
// territory read live from the API Recherche d'entreprises (sources/fetch-company-search.ts),
// written like any validated file. Exit codes: 0 all valid · 1 some rejected, or reading stopped
// early (what was read is written) · 2 bad usage.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPANY_SEARCH_FILTERS } from '../../sources/company-search-query.js';
import type { CompanySearchFilter } from '../../sources/company-search-query.js';
import { fetchCompanySearch } from '../../sources/fetch-company-search.js';
import type { FetchLike, PageCache } from '../../sources/fetch-company-search.js';
import { cliMessages, fillText } from '../messages.js';
import type { CliLang } from '../messages.js';
import { dateOption, refuseOverwritingInputs, parseCliArgs } from '../cli-options.js';
import { ActorOutput, formatOption, officialMessages, rejectsPathFor, territoryOption, UsageError, OUTPUT_OPTIONS } from './official-io.js';
import type { CliIo } from './official-io.js';

/** Pages kept as files named after their address, fresh for `ttlSeconds`. */
export function folderCache(dir: string, ttlSeconds: number, now: () => number = Date.now): PageCache {
  mkdirSync(dir, { recursive: true });
  const pathOf = (url: string) => join(dir, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);
  return {
    get(url) {
      const path = pathOf(url);
      try {
        if (now() - statSync(path).mtimeMs > ttlSeconds * 1000) return undefined;
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    set(url, text) {
      writeFileSync(pathOf(url), text);
    },
  };
}

export async function runFetch(argv: string[], io: CliIo, fetchImpl: FetchLike = globalThis.fetch as unknown as FetchLike): Promise<number> {
  const { values: o } = parseCliArgs({
    args: argv,
    allowPositionals: false,
    options: {
      commune: { type: 'string' },
      epci: { type: 'string' },
      departement: { type: 'string' },
      region: { type: 'string' },
      only: { type: 'string' },
      'base-url': { type: 'string' },
      'cache-dir': { type: 'string' },
      'cache-ttl': { type: 'string' },
      'max-results': { type: 'string' },
      ...OUTPUT_OPTIONS,
    },
  });
  const lang: CliLang = o.lang === 'en' ? 'en' : 'fr';
  const date = dateOption('date', o.date, lang);
  const m = officialMessages(lang);
  const bad = (option: string, value: string, expected: string) => new UsageError(fillText(cliMessages(lang).errors.badValue, { option, value, expected }));
  const territory = territoryOption(o, lang);
  if (!territory) throw new UsageError(m.noTerritory);
  const filters = (o.only ?? 'ess').split(',').map((f) => f.trim()).filter((f) => f !== '');
  for (const f of filters) if (!(COMPANY_SEARCH_FILTERS as readonly string[]).includes(f)) throw bad('only', f, COMPANY_SEARCH_FILTERS.join(', '));
  const format = formatOption(o.to ?? o.format, lang);
  if (o['cache-ttl'] !== undefined && !/^\d+$/.test(o['cache-ttl'])) throw bad('cache-ttl', o['cache-ttl'], '86400');
  if (o['max-results'] !== undefined && !/^[1-9]\d*$/.test(o['max-results'])) throw bad('max-results', o['max-results'], '1 … 10000');
  if (o['base-url'] !== undefined && !/^https?:\/\/[^\s]+$/.test(o['base-url'])) throw bad('base-url', o['base-url'], 'https://…');

  const rejectsPath = o.rejects ?? rejectsPathFor(o.out, `terreau-${territory.level}-${territory.code}`);
  refuseOverwritingInputs([['out', o.out], ['rejects', rejectsPath]], [], lang);
  const output = new ActorOutput(o.out, format, rejectsPath, lang, io.stdout);
  try {
    await output.start();
    const started = Date.now();
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    let result;
    try {
      result = await fetchCompanySearch({
        territory,
        filters: filters as CompanySearchFilter[],
        fetch: fetchImpl,
        signal: controller.signal,
        ...(o['base-url'] ? { baseUrl: o['base-url'] } : {}),
        ...(date ? { retrievedAt: date } : {}),
        ...(o['max-results'] ? { maxResults: Number(o['max-results']) } : {}),
        ...(o['cache-dir'] ? { cache: folderCache(o['cache-dir'], o['cache-ttl'] !== undefined ? Number(o['cache-ttl']) : 86_400) } : {}),
        onProgress: (p) => {
          if (o.quiet || !io.progress) return;
          if (p.waitingMs !== undefined) io.progress(fillText(m.fetchWaiting, { seconds: Math.ceil(p.waitingMs / 1000) }));
          else io.progress(fillText(m.fetchProgress, { page: p.page, pages: p.pages, filter: p.filter, received: p.received, total: p.total }));
        },
      });
    } finally {
      process.removeListener('SIGINT', onSigint);
    }
    if (io.progress && !o.quiet) io.progress('');
    for (const actor of result.actors) output.add(actor);
    const byIndex = new Map<number, typeof result.issues>();
    for (const issue of result.issues) byIndex.set(issue.index, [...(byIndex.get(issue.index) ?? []), issue]);
    for (const index of result.rejected) await output.reject(index, byIndex.get(index) ?? []);
    await output.end();

    if (!o.quiet) {
      io.say(
        fillText(m.fetchSummary, {
          records: result.records,
          actors: result.actors.length,
          rejected: result.rejected.length,
          requests: result.requests,
          cached: result.pagesFromCache,
          seconds: ((Date.now() - started) / 1000).toFixed(1),
        }),
      );
      if (result.rejected.length > 0) io.say(fillText(cliMessages(lang).rejectsWritten, { path: output.rejectsPath }));
    }
    if (result.capped) io.say(fillText(m.fetchCapped, { total: Math.max(...Object.values(result.totals).map((n) => n ?? 0)) }));
    if (result.error) {
      io.say(fillText(m.fetchError[result.error.kind], { ...result.error }));
      if (result.error.kind !== 'aborted') io.say(fillText(m.fetchPartial, { records: result.records }));
      return result.error.kind === 'aborted' ? 130 : 1;
    }
    return result.rejected.length > 0 ? 1 : 0;
  } catch (e) {
    output.abort();
    throw e;
  }
}
