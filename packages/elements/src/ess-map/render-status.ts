// Render partials of the status region above the map: loading (or a live source's progress), the
// load error with its retry, a live source's partial-list notice, the counts line, and the records
// the data had to reject (the first few, and all of them as a CSV file).
import { html, nothing, type TemplateResult } from 'lit';
import { dataErrorText } from '../internal/data-error-text.js';
import { downloadIssues } from './download.js';
import { labelOf } from './labels.js';
import type { MapHost } from './host.js';
import { countPlaced } from './placement.js';
import { countRejectedRecords } from '../internal/rejected-records.js';

const ISSUES_SHOWN = 5;

/** "30 acteurs affichés sur 30 — 20 sur la carte (dont 6 à leur commune…), 10 non localisés". */
export function countsText(v: MapHost): string {
  const ui = v.l10n.ui.map;
  const { placed, approximate } = countPlaced(v.visible, v.mapView.placement, v.byId);
  return `${ui.counts(v.visible.length, v.all.length)} — ${ui.onMap(placed, approximate, v.visible.length - placed)}`;
}

export function renderStatus(v: MapHost): TemplateResult | typeof nothing {
  const ui = v.l10n.ui;
  const live = v.data.sourceChunk.value;
  if (v.status === 'loading') {
    const p = v.data.progress;
    return p !== null && live ? live.renderSourceProgress(v.l10n.locale, p) : html`<p class="muted">${ui.common.loading}</p>`;
  }
  const notice = v.status === 'ready' ? v.data.notice : null;
  if (notice && live) return live.renderSourceNotice(v.l10n.locale, notice, { label: ui.common.retry, onClick: () => v.onRetry() });
  if (v.status === 'error' && v.data.failure) {
    const f = v.data.failure;
    const e = ui.dataErrors;
    const text = dataErrorText(e, f, v.timeout);
    return html`<div class="error" part="error" role="alert">
      <h2>${e.title}</h2>
      <p>${text}</p>
      ${f.url ? html`<p class="muted">${e.source(f.url)}</p>` : nothing}
      <div class="actions"><button type="button" class="primary" @click=${v.onRetry}>${ui.common.retry}</button></div>
    </div>`;
  }
  // What the official zoning lists of `zone-lists` gave (their chunk carries the words).
  const zoneLists = v.status === 'ready' ? v.data.zoneListsChunk.value?.renderZoneLists : undefined;
  return zoneLists ? zoneLists(v.l10n.locale, v.data.zoneLists, (id) => labelOf(v.l10n.core, 'zonings', id), (f) => dataErrorText(ui.dataErrors, f, v.timeout)) : nothing;
}

export function renderIssues(v: MapHost): TemplateResult | typeof nothing {
  if (v.issues.length === 0) return nothing;
  const t = v.l10n.ui.issues;
  const locale = v.l10n.locale;
  const rejected = countRejectedRecords(v.issues);
  return html`<section class="panel error" part="error" aria-labelledby="issues-title">
    <h2 id="issues-title">${t.title(rejected)}</h2>
    <p>${t.intro}</p>
    <ul class="issues">
      ${v.issues.slice(0, ISSUES_SHOWN).map(
        (i) => html`<li>
          <strong>${t.record(i.index)}</strong>${typeof i.params?.['line'] === 'number' ? html`, ${t.line(i.params['line'])}` : nothing}${i.id ? html` (<span class="bidi">${i.id}</span>)` : nothing} — ${i.path
            ? html`${t.field} <code class="bidi">${i.path}</code> : `
            : nothing}<span class="bidi">${i.message[locale]}</span>
        </li>`,
      )}
    </ul>
    <div class="actions"><button type="button" @click=${() => downloadIssues(v)}>${t.downloadAll(v.issues.length)}</button></div>
  </section>`;
}
