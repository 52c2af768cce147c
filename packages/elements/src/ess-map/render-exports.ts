// Render partial of the export panel: the files to download, the summary table (counts of the
// visible actors by type, need and zoning, for a council report) and the export chunk's failure.
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../internal/localize.js';
import { exportCsv, exportCsvCodes, exportGeoJson, exportPng, exportSummaryCsv, exportSvg } from './export-actions.js';
import type { MapHost } from './host.js';
import { labelOf } from './labels.js';
import { catalogueOf, panelText } from './panel-text.js';

export function renderSummaryTable(v: MapHost): TemplateResult {
  const s = v.summaryOf();
  const t = panelText(v).summary;
  const core = catalogueOf(v);
  const locale = v.l10n.locale;
  const group = (title: string, rows: [string, number][], section: 'types' | 'needs' | 'zonings'): TemplateResult => html`<tbody>
    <tr><th scope="rowgroup" colspan="2">${title}</th></tr>
    ${rows.map(([id, n]) => html`<tr><th scope="row">${labelOf(core, section, id)}</th><td>${formatNumber(locale, n)}</td></tr>`)}
  </tbody>`;
  return html`<div class="table-wrap">
    <table>
      <caption>${t.title}</caption>
      <thead><tr><th scope="col">${t.category}</th><th scope="col">${t.actors}</th></tr></thead>
      ${group(t.byType, s.types, 'types')}${group(t.byNeed, s.needs, 'needs')}${group(t.byZone, s.zones, 'zonings')}
      <tfoot><tr><th scope="row">${t.total}</th><td>${formatNumber(locale, s.total)}</td></tr></tfoot>
    </table>
  </div>`;
}

export function renderExports(v: MapHost): TemplateResult {
  const t = panelText(v).exports;
  return html`<section class="panel" part="exports" aria-labelledby="exports-title">
    <h2 id="exports-title">${t.title}</h2>
    <div class="actions">
      <button type="button" @click=${() => exportCsv(v)}>${t.csv}</button>
      <button type="button" @click=${() => exportCsvCodes(v)}>${t.csvCodes}</button>
      <button type="button" @click=${() => exportGeoJson(v)}>${t.geojson}</button>
      <button type="button" @click=${() => exportSvg(v)}>${t.svg}</button>
      <button type="button" @click=${() => exportPng(v)}>${t.png}</button>
      <button type="button" aria-expanded=${v.showSummary ? 'true' : 'false'} @click=${() => (v.showSummary = !v.showSummary)}>
        ${v.showSummary ? t.hideSummary : t.summary}
      </button>
      ${v.showSummary ? html`<button type="button" @click=${() => exportSummaryCsv(v)}>${t.summaryCsv}</button>` : nothing}
    </div>
    ${v.exportsChunk.status === 'error' ? html`<p class="error" role="alert">${t.failed}</p>` : nothing}
    ${v.showSummary ? renderSummaryTable(v) : nothing}
  </section>`;
}
