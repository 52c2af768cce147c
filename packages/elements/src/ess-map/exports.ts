// The map's file exports as text (Lit-free): the visible actors as CSV (core's columns) or GeoJSON,
// the rejected records as CSV, and the council-report summary as CSV. A chunk of its own, fetched
// the first time the user asks for an export: core's CSV and GeoJSON writers are not part of the
// first screen.
import { ACTOR_COLUMNS, actorToRow, actorsToGeoJson, formatCsvLine, type Actor, type CatalogueLabels, type RecordIssue } from '@terreau/core';
import { drawScene } from './canvas-sink.js';
import { labelOf } from './labels.js';
import type { MapScene } from './scene.js';
import type { Summary } from './summary.js';

import { exportTextEn, exportTextFr } from './export-text.js';

export { sceneToSvg } from './svg-sink.js';

/** The scene as a PNG, `scale` device pixels per CSS pixel, drawn by the canvas sink (the screen's). */
export function sceneToPng(scene: MapScene, scale = 2): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('MapView: canvas 2D context unavailable'));
  drawScene(ctx, scene, scale);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('MapView: PNG encoding failed'))), 'image/png');
  });
}

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

/** Every rejected record: its row, line of the file (CSV), collection, id, field, code, bad value and message in `locale`. */
export function issuesCsv(issues: readonly RecordIssue[], locale: 'fr' | 'en'): string {
  const lines = [formatCsvLine(['index', 'line', 'collection', 'id', 'path', 'code', 'value', 'message'], ';')];
  for (const issue of issues) {
    const line = issue.params?.['line'];
    lines.push(
      formatCsvLine(
        [String(issue.index + 1), typeof line === 'number' ? String(line) : '', issue.collection ?? 'actors', issue.id ?? '', issue.path, issue.code, valueText(issue.value), issue.message[locale]],
        ';',
      ),
    );
  }
  return csv(lines);
}

/** What a spreadsheet reader sees: column names and the labels of codes, in the page's language. */
export interface ReadableCsvText {
  columns: Record<string, string>;
  precision: Record<string, string>;
}

const LABELLED: Partial<Record<string, 'types' | 'activities' | 'needs' | 'approvals'>> = { type: 'types', activities: 'activities', needs: 'needs', approvals: 'approvals' };

/**
 * The actors for a spreadsheet: the page's language in the header and in the cells (type, activities,
 * needs, approvals, zonings by their labels, lists separated by ", "), one column per core column.
 * For a file to import again, `actorsCsv` keeps the codes.
 */
export function actorsReadableCsv(actors: readonly Actor[], locale: 'fr' | 'en', core: { catalogue: CatalogueLabels }): string {
  const t = locale === 'en' ? exportTextEn : exportTextFr;
  const lines = [formatCsvLine(ACTOR_COLUMNS.map((c) => t.columns[c] ?? c), ';')];
  for (const actor of actors) {
    const row = actorToRow(actor);
    lines.push(
      formatCsvLine(
        ACTOR_COLUMNS.map((c) => {
          const value = row[c] ?? '';
          const section = LABELLED[c];
          if (value === '') return value;
          if (section) return value.split('|').map((id) => labelOf(core, section, id)).join(', ');
          if (c === 'zones') return (actor.zones ?? []).map((z) => `${labelOf(core, 'zonings', z.zoning)}${z.code ? ` (${z.code})` : ''}`).join(', ');
          if (c === 'precision') return t.precision[value] ?? value;
          return value;
        }),
        ';',
      ),
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
