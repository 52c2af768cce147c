// Render partials of the tools (export, import, share with its privacy choice, print the summary or
// the full report, forget everything), of the question asked when a share link or an imported file
// would replace the user's answers, and of what changed since an older assessment (follow-up).
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber } from '../internal/localize.js';
import type { AdvisorHost } from './host.js';
import { compareStates } from './compare-states.js';
import { criterionText, labelOf } from './labels.js';

export function renderTools(v: AdvisorHost): TemplateResult {
  const ui = v.ui.save;
  const p = v.ui.privacy;
  const r = v.ui.restitution;
  return html`<section class="tools-wrap no-print" aria-label=${ui.tools}>
    <div class="tools" part="tools">
      <button type="button" part="button" @click=${() => v.exportJson()}>${ui.export}</button>
      <button type="button" part="button" @click=${() => v.chooseImport()} aria-describedby=${v.importError ? 'import-error' : nothing}>${ui.import}</button>
      <input id="import-file" type="file" accept="application/json,.json" hidden @change=${(e: Event) => v.importFile(e)} />
      <button type="button" part="button" @click=${() => v.share()}>${ui.share}</button>
      <button type="button" part="button" id="print-summary" @click=${() => v.printer.print('summary')}>${r.printSummary}</button>
      <button type="button" part="button" id="print-full" @click=${() => v.printer.print('full')}>${r.printFull}</button>
      <button type="button" part="button" class="danger" id="reset" @click=${() => v.askForget()} ?hidden=${v.confirmingForget}>${p.forget}</button>
    </div>
    <div class="field share-figures">
      <label class="option"
        ><input type="checkbox" id="share-figures" .checked=${v.shareFigures} aria-describedby="share-figures-help" @change=${(e: Event) => v.setShareFigures((e.target as HTMLInputElement).checked)} /><span
          >${p.withFigures}</span
        ></label
      >
      <p id="share-figures-help" class=${v.shareFigures ? 'warning' : 'help'} role=${v.shareFigures ? 'alert' : nothing}>${v.shareFigures ? p.warning : p.local}</p>
    </div>
    ${v.importError ? html`<p id="import-error" class="error" role="alert">${v.importError}</p>` : nothing}
    ${v.confirmingForget
      ? html`<div class="confirm" role="group" aria-labelledby="reset-q">
          <p id="reset-q">${p.forgetConfirm}</p>
          <button type="button" part="button" class="danger" @click=${() => v.forget()}>${p.forgetYes}</button>
          <button type="button" part="button" id="reset-no" @click=${() => v.cancelForget()}>${ui.resetNo}</button>
        </div>`
      : nothing}
    ${v.shareLink
      ? html`<div class="field">
          <label for="share-url">${ui.shareLabel}</label>
          <input id="share-url" class="share-url" type="text" readonly .value=${v.shareLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        </div>`
      : nothing}
  </section>`;
}

/** A share link or an imported file would replace the user's answers: ask first. */
export function renderIncoming(v: AdvisorHost): TemplateResult | typeof nothing {
  const incoming = v.store.incoming;
  const ui = v.ui.incoming;
  if (!incoming) return nothing;
  return html`<div class="incoming no-print" role="group" aria-labelledby="incoming-q">
    <p id="incoming-q">${incoming.source === 'import' ? ui.import : ui.share}</p>
    <button type="button" part="button" class="primary" id="incoming-compare" @click=${() => v.resolveIncoming('compare')}>${ui.compare}</button>
    <button type="button" part="button" id="incoming-replace" @click=${() => v.resolveIncoming('replace')}>${ui.replace}</button>
    <button type="button" part="button" id="incoming-ignore" @click=${() => v.resolveIncoming('ignore')}>${ui.ignore}</button>
  </div>`;
}

/** The previous answers a replacement pushed aside: one button puts them back. */
export function renderRestorePrevious(v: AdvisorHost): TemplateResult | typeof nothing {
  if (!v.store.previous) return nothing;
  return html`<p class="no-print"><button type="button" part="button" id="restore-previous" @click=${() => v.restorePrevious()}>${v.ui.incoming.restore}</button></p>`;
}

/** Follow-up: what changed since the older assessment (score, band, answers, actions done). */
export function renderChanges(v: AdvisorHost): TemplateResult | typeof nothing {
  const baseline = v.store.baseline;
  if (!baseline) return nothing;
  const ui = v.ui.changes;
  const diff = compareStates(baseline, v.data, v.today);
  const n = (x: number | null) => (x === null ? '—' : formatNumber(v.locale, x));
  const band = (b: string | null) => (b ? labelOf(v.core, 'bands', b) : '—');
  const answer = (a: unknown) =>
    a === undefined ? ui.unanswered : a === 'unknown' ? v.core.scoring.answers.unknown : a === 'not-applicable' ? v.core.scoring.answers['not-applicable'] : String(a);
  const title = (id: string) => labelOf(v.recReady?.messages ?? v.core, 'actions', id);
  const when = diff.beforeSavedAt && !Number.isNaN(Date.parse(diff.beforeSavedAt)) ? formatDate(v.locale, diff.beforeSavedAt.slice(0, 10)) : null;
  return html`<section class="changes" aria-labelledby="changes-heading">
    <h3 id="changes-heading">${when ? ui.heading(when) : ui.headingUndated}</h3>
    <ul>
      <li class="change-score">${ui.score(n(diff.score.before), n(diff.score.after))}</li>
      <li class="change-band">${ui.band(band(diff.band.before), band(diff.band.after))}</li>
    </ul>
    <h4>${ui.criteria}</h4>
    ${diff.criteria.length === 0
      ? html`<p class="muted">${ui.noCriteria}</p>`
      : html`<ul class="change-criteria">
          ${diff.criteria.map((c) => html`<li data-criterion=${c.criterionId}>${ui.criterion(criterionText(v.core, c.criterionId).label, answer(c.before), answer(c.after))}</li>`)}
        </ul>`}
    ${diff.done.length > 0
      ? html`<h4>${ui.done}</h4>
          <ul class="change-done">
            ${diff.done.map((id) => html`<li>${title(id)}</li>`)}
          </ul>`
      : nothing}
    ${diff.undone.length > 0
      ? html`<h4>${ui.undone}</h4>
          <ul>
            ${diff.undone.map((id) => html`<li>${title(id)}</li>`)}
          </ul>`
      : nothing}
    <button type="button" part="button" class="no-print" @click=${() => v.store.clearBaseline()}>${ui.stop}</button>
  </section>`;
}
