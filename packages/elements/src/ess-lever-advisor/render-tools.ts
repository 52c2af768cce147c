// Render partials of the tools (export, import, share with its privacy choice, print the summary or
// the full report, forget everything), of the question asked when a share link or an imported file
// would replace the user's answers (what changed since an older assessment: render-changes.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { AdvisorHost } from './host.js';

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

