// The one action-list renderer, for the enterprise's recommended actions and for territory mode's
// animation actions alike: each action adapted to an ActionItem, then drawn the same way (title,
// lever, priority, why, how, legal basis in force, examples, and — for an enterprise — "done").
import { html, nothing, type TemplateResult } from 'lit';
import type { ActionId, LabelMessages, LegalBasisEntry, RecommendedAction, RecommendedTerritoryAction } from '@terreau/core';
import { formatDate } from '../internal/localize.js';
import type { AdvisorHost } from './host.js';
import { labelOf } from './labels.js';
import type { RecommendationModule } from './recommendation-loader.js';
import type { ChecklistLine } from './checklist.js';
import { renderChecklist } from './render-checklist.js';
import { resultWords } from './results-text.js';

export interface ActionItem {
  id: string;
  rank: number;
  title: string;
  lever: string | null;
  priority: string;
  reasons: string[];
  steps: string[];
  legal: readonly LegalBasisEntry[];
  examples: string[];
  /** Enterprise actions can be marked done (the follow-up compares them). */
  done: boolean | null;
  /** A subsidy's checklist (issue 11); empty for the other actions. */
  checklist: ChecklistLine[];
  /** The title of an action printed earlier with the same checklist (the full report refers to it). */
  checklistSameAs: string | null;
}

export function enterpriseItem(v: AdvisorHost, a: RecommendedAction, m: RecommendationModule, core: LabelMessages, checklistSameAs: ActionId | null = null): ActionItem {
  return {
    id: a.actionId,
    rank: a.rank,
    title: labelOf(core, 'actions', a.actionId),
    lever: labelOf(core, 'levers', a.leverId),
    priority: a.priority,
    reasons: a.reasons.map((r) => m.reasonText(r, core)),
    steps: m.stepsText(a, core),
    legal: a.legalBasis,
    examples: a.examples.map((ex) => m.exampleText(a, ex, core)),
    done: v.data.done.includes(a.actionId),
    checklist: m.checklistLines(a, v.today, core),
    checklistSameAs: checklistSameAs ? labelOf(core, 'actions', checklistSameAs) : null,
  };
}

export function territoryItem(a: RecommendedTerritoryAction, m: RecommendationModule, core: LabelMessages): ActionItem {
  return {
    id: a.actionId,
    rank: a.rank,
    title: labelOf(core, 'territoryActions', a.actionId),
    lever: null,
    priority: a.priority,
    reasons: a.reasons.map((r) => m.reasonText(r, core)),
    steps: m.territoryStepsText(a, core),
    legal: a.legalBasis,
    examples: [],
    done: null,
    checklist: [],
    checklistSameAs: null,
  };
}

/** One legal basis on one line: its label, its value, its source. */
export function legalLine(v: AdvisorHost, b: LegalBasisEntry, m: RecommendationModule, core: LabelMessages): string {
  const t = m.legalText(b, core);
  return `${t.label}${t.value ? ` : ${t.value}` : ''} (${b.source})`;
}

export function renderLegal(v: AdvisorHost, list: readonly LegalBasisEntry[], m: RecommendationModule, core: LabelMessages): TemplateResult | typeof nothing {
  if (list.length === 0) return nothing;
  const ui = resultWords(v).results;
  const d = (iso: string) => formatDate(v.locale, iso);
  return html`<p class="h5">${ui.legal} ${ui.legalAsOf(d(v.today))}</p>
    <ul>
      ${list.map((b) => {
        const t = m.legalText(b, core);
        return html`<li>
          ${t.label}${t.value ? html` : <strong>${t.value}</strong>` : nothing}
          <span class="muted">(${b.validTo ? ui.validRange(d(b.validFrom), d(b.validTo)) : ui.validFrom(d(b.validFrom))} ; ${ui.source} : ${b.source})</span>
        </li>`;
      })}
    </ul>`;
}

/** The "done" checkbox of an enterprise action. */
export function renderDone(v: AdvisorHost, id: string, title: string, done: boolean): TemplateResult {
  return html`<label class="option done-toggle no-print"
    ><input type="checkbox" .checked=${done} aria-label=${resultWords(v).restitution.doneFor(title)} @change=${(e: Event) => v.store.toggleDone(id as ActionId, (e.target as HTMLInputElement).checked)} /><span
      >${resultWords(v).restitution.done}</span
    ></label
  >`;
}

/** The list; `level`: the heading level of each action's title (4 under a section's h3, 5 under an h4). */
export function renderActionList(v: AdvisorHost, items: readonly ActionItem[], m: RecommendationModule, core: LabelMessages, level: 4 | 5 = 5): TemplateResult {
  const ui = resultWords(v).results;
  const title = (text: string) => (level === 4 ? html`<h4 class="action-title">${text}</h4>` : html`<h5 class="action-title">${text}</h5>`);
  return html`<ol class="actions-list">
    ${items.map(
      (a) => html`<li class="action" part="action" data-action-id=${a.id}>
        ${title(`${ui.rank(a.rank)} — ${a.title}`)}
        <p class="badges">
          ${a.lever ? html`<span class="badge">${ui.lever} : ${a.lever}</span>` : nothing}
          <span class="badge priority priority-${a.priority}" data-priority=${a.priority}>${labelOf(core, 'priorities', a.priority)}</span>
          ${a.done !== null ? renderDone(v, a.id, a.title, a.done) : nothing}
        </p>
        <div class="columns">
          <div>
            <p class="h5">${ui.why}</p>
            <ul>
              ${a.reasons.map((r) => html`<li>${r}</li>`)}
            </ul>
          </div>
          <div>
            <p class="h5">${ui.how}</p>
            <ol>
              ${a.steps.map((s) => html`<li>${s}</li>`)}
            </ol>
          </div>
        </div>
        ${renderLegal(v, a.legal, m, core)} ${renderChecklist(v, a.checklist, m, core, a.checklistSameAs)}
        ${a.examples.length > 0
          ? html`<p class="h5 examples">${ui.examples}</p>
              <ul class="examples">
                ${a.examples.map((ex) => html`<li>${ex}</li>`)}
              </ul>`
          : nothing}
      </li>`,
    )}
  </ol>`;
}
