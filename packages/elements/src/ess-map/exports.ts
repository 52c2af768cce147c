// The map's file exports as text (Lit-free): the visible actors as CSV (core's columns) or GeoJSON,
// the rejected records as CSV, and the council-report summary as CSV. A chunk of its own, fetched
// the first time the user asks for an export: core's CSV and GeoJSON writers are not part of the
// first screen.
import { ACTOR_COLUMNS, actorToRow, actorsToGeoJson, formatCsvLine, type Actor, type CatalogueLabels, type RecordIssue } from '@terreau/core';
import { labelOf } from './labels.js';
import type { Summary } from './summary.js';

export { sceneToSvg } from './svg-sink.js';

const csv = (lines: string[]): string => `${lines.join('\r\n')}\r\n`;

function valueText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Every rejected record: its row, collection, id, field, code, bad value and message in `locale`. */
export function issuesCsv(issues: readonly RecordIssue[], locale: 'fr' | 'en'): string {
  const lines = [formatCsvLine(['index', 'collection', 'id', 'path', 'code', 'value', 'message'], ';')];
  for (const issue of issues) {
    lines.push(
      formatCsvLine([String(issue.index + 1), issue.collection ?? 'actors', issue.id ?? '', issue.path, issue.code, valueText(issue.value), issue.message[locale]], ';'),
    );
  }
  return csv(lines);
}

/** The actors in core's flat columns (the same file `parseActors` reads back). */
export function actorsCsv(actors: readonly Actor[]): string {
  const lines = [formatCsvLine([...ACTOR_COLUMNS], ';')];
  for (const actor of actors) {
    const row = actorToRow(actor);
    lines.push(formatCsvLine(ACTOR_COLUMNS.map((c) => row[c]), ';'));
  }
  return csv(lines);
}

/** The actors as a GeoJSON FeatureCollection. */
export function actorsGeoJsonText(actors: readonly Actor[]): string {
  return JSON.stringify(actorsToGeoJson(actors), null, 1);
}

/** Column and row names of the summary, in the page's language. */
export interface SummaryCsvText {
  category: string;
  actors: string;
  byType: string;
  byNeed: string;
  byZone: string;
  total: string;
}

/** The summary counts by type, need and zoning, with their labels. */
export function summaryCsv(s: Summary, t: SummaryCsvText, core: { catalogue: CatalogueLabels }): string {
  const lines = [formatCsvLine([t.category, 'id', t.actors], ';')];
  for (const [id, n] of s.types) lines.push(formatCsvLine([`${t.byType} — ${labelOf(core, 'types', id)}`, id, String(n)], ';'));
  for (const [id, n] of s.needs) lines.push(formatCsvLine([`${t.byNeed} — ${labelOf(core, 'needs', id)}`, id, String(n)], ';'));
  for (const [id, n] of s.zones) lines.push(formatCsvLine([`${t.byZone} — ${labelOf(core, 'zonings', id)}`, id, String(n)], ';'));
  lines.push(formatCsvLine([t.total, '', String(s.total)], ';'));
  return csv(lines);
}
