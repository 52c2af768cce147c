// Render partial of the documents panel: one form for every action (not one button per action):
// which action, the amount, the start date and length, the format (.odt, .docx, Markdown: three
// toggle buttons, each reached with Tab and chosen with Enter or Space, like the rest). A
// purchase says it gets a sourcing note, never a partnership convention; a subsidy's convention
// shows the checklist to go through before granting it.
import { html, nothing, type TemplateResult } from 'lit';
import type { LabelMessages } from '@terreau/core';
import type { AdvisorHost } from './host.js';
import type { RecommendationResult } from './advice.js';
import { labelOf } from './labels.js';
import type { RecommendationModule } from './recommendation-loader.js';
import { renderChecklistPanel } from './render-checklist.js';
import { resultWords } from './results-text.js';

export function renderDocuments(v: AdvisorHost, rec: RecommendationResult, m: RecommendationModule, core: LabelMessages): TemplateResult | typeof nothing {
  if (rec.actions.length === 0) return nothing;
  const d = resultWords(v).documents;
  const f = v.documents.form;
  const actionId = f.actionId || rec.actions[0]!.actionId;
  // A purchase (lever `procurement`) gets a sourcing note, not a convention (core's isProcurementAction, said here from the action's lever).
  const action = rec.actions.find((a) => a.actionId === actionId);
  const procurement = action?.leverId === 'procurement';
  return html`<section class="documents no-print" aria-labelledby="documents-heading">
    <h4 id="documents-heading">${d.heading}</h4>
    <p class="help">${d.intro}</p>
    <div class="documents-grid">
      <div class="field">
        <label for="doc-action">${d.action}</label>
        <select id="doc-action" @change=${(e: Event) => v.documents.set({ actionId: (e.target as HTMLSelectElement).value as typeof f.actionId })}>
          ${rec.actions.map((a) => html`<option value=${a.actionId} ?selected=${a.actionId === actionId}>${labelOf(core, 'actions', a.actionId)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="doc-amount">${d.amount}</label>
        <input
          id="doc-amount"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          .value=${f.amount}
          aria-invalid=${f.error ? 'true' : 'false'}
          aria-describedby=${f.error ? 'doc-amount-error' : nothing}
          @input=${(e: Event) => v.documents.set({ amount: (e.target as HTMLInputElement).value, error: null })}
        />
        ${f.error ? html`<p id="doc-amount-error" class="error">${f.error}</p>` : nothing}
      </div>
      <div class="field">
        <label for="doc-start">${d.start}</label>
        <input id="doc-start" type="date" .value=${f.startDate} @change=${(e: Event) => v.documents.set({ startDate: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="doc-months">${d.months}</label>
        <input id="doc-months" type="number" min="1" max="120" step="1" .value=${f.months} @change=${(e: Event) => v.documents.set({ months: (e.target as HTMLInputElement).value })} />
      </div>
    </div>
    <fieldset>
      <legend>${d.format}</legend>
      <div class="options formats">
        ${(['odt', 'docx', 'md'] as const).map(
          (fmt) => html`<button
            type="button"
            part="button"
            class="format"
            id="doc-format-${fmt}"
            aria-pressed=${f.format === fmt ? 'true' : 'false'}
            @click=${() => v.documents.set({ format: fmt })}
          >
            ${d.formats[fmt]}
          </button>`,
        )}
      </div>
    </fieldset>
    <p class="help" id="doc-kind">${procurement ? d.sourcing : d.convention}</p>
    ${action && !procurement ? renderChecklistPanel(v, m.checklistLines(action, v.today, core), m, core) : nothing}
    <button type="button" part="button" class="primary" id="doc-download" aria-describedby="doc-kind" @click=${() => void v.documents.download()}>${d.download}</button>
    ${v.documents.status === 'error' ? html`<p class="error" role="alert">${d.error}</p>` : nothing}
  </section>`;
}
