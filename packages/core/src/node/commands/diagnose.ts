// `terreau diagnose FILE --commune|--epci|--departement|--region CODE`: the actors of one territory
// (geography derived from the COG where missing) and what they cover: counts by facet, needs
// covered and uncovered, assets, likely duplicates — a table, or JSON.
import type { Actor } from '../../schema/actor.js';
import { facetActors } from '../../directory/facet-actors.js';
import { needsCoverage } from '../../directory/needs-coverage.js';
import { findDuplicates } from '../../directory/find-duplicates.js';
import { assetCoverage } from '../../directory/asset-coverage.js';
import type { OutputFormat, Sink } from '../cli-output.js';
import { UsageError } from '../cli-options.js';
import { cliMessages, fillText } from '../messages.js';
import type { CliLang } from '../messages.js';
import { readActorBatches } from '../read-actors.js';
import { lookupCommune, lookupEpci } from '../lookup-commune.js';
import { rejectedOf } from './actor-run.js';
import type { ActorRun } from './actor-run.js';

export async function runDiagnose(run: ActorRun): Promise<void> {
  const { o, readOptions, format, date } = run.options;
  const { counts, progress } = run;
  const territory = territoryOf(o, run.m);
  const actors: Actor[] = [];
  // The actors are all held: other conventions of one SIRET are merged into the first as read.
  batches: for await (const batch of readActorBatches(run.source, { ...readOptions, onHeader: run.onHeader, mergeConventions: true })) {
    for (const r of batch) {
      counts.rowsIn += 1;
      if (r.actor) {
        run.warnedOf(r);
        counts.rowsOut += 1;
        if (territory.contains(r.actor)) actors.push(r.actor);
      } else if (r.merged !== undefined) {
        run.warnedOf(r);
        counts.merged += 1;
      } else await run.reject(rejectedOf(r));
      if (run.stopping()) break batches;
    }
    progress.tick(counts.rowsIn);
  }
  await writeDiagnosis(run.sink, format, territory.label, actors, date, run.lang);
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

async function writeDiagnosis(sink: Sink, format: OutputFormat, label: string, actors: Actor[], date: string, lang: CliLang): Promise<void> {
  const m = cliMessages(lang).diagnose;
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

