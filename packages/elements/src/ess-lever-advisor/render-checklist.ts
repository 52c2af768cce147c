// Render partial of a subsidy's checklist (issue 11): what a local authority must check before
// granting it — the convention above the threshold, the contrat d'engagement républicain, de
// minimis or SIEG, the elected member on the beneficiary's board —, each item required or to
// check, with its legal basis and the dates it is in force. Collapsed under an action on screen,
// open in the full report, left out of the one-page summary; a plain list in the documents panel.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../internal/localize.js';
import type { AdvisorHost } from './host.js';
import type { ChecklistLine } from './checklist.js';
import type { RecommendationModule } from './recommendation-loader.js';
import type { ActionId, LabelMessages, RecommendedAction } from '@terreau/core';
import { resultWords } from './results-text.js';

function renderLines(v: AdvisorHost, lines: readonly ChecklistLine[], m: RecommendationModule, core: LabelMessages): TemplateResult {
  const ui = resultWords(v).results;
  const d = (iso: string) => formatDate(v.locale, iso);
  return html`<ul class="checklist-items">
    ${lines.map((l) => {
      const b = l.legal;
      return html`<li data-item=${l.itemId}>
        <span class="badge checklist-status status-${l.status}">${l.statusText}</span> ${l.text}
        ${b
          ? html`<span class="checklist-legal muted"
              >${resultWords(v).checklist.basis(m.legalText(b, core).label, b.validTo ? ui.validRange(d(b.validFrom), d(b.validTo)) : ui.validFrom(d(b.validFrom)), b.source)}</span
            >`
          : nothing}
      </li>`;
    })}
  </ul>`;
}

/**
 * Under an action: collapsed on screen, open in the full report, absent from the one-page summary.
 * `sameAs`: the title of an action printed earlier with the very same checklist — the full report
 * then refers to it instead of printing the list again.
 */
export function renderChecklist(v: AdvisorHost, lines: readonly ChecklistLine[], m: RecommendationModule, core: LabelMessages, sameAs: string | null = null): TemplateResult | typeof nothing {
  if (lines.length === 0 || v.printing === 'summary') return nothing;
  if (v.printing === 'full' && sameAs !== null) return html`<p class="checklist checklist-same">${resultWords(v).checklist.same(sameAs)}</p>`;
  return html`<details class="checklist" ?open=${v.printing === 'full'}>
    <summary>${resultWords(v).checklist.summary(lines.length)}</summary>
    ${renderLines(v, lines, m, core)}
  </details>`;
}

/**
 * For each action whose checklist reads the same as one printed before it (in the report's order,
 * `order`), that earlier action's id.
 */
export function sharedChecklists(order: readonly RecommendedAction[]): Map<ActionId, ActionId> {
  const firstWith = new Map<string, ActionId>();
  const same = new Map<ActionId, ActionId>();
  for (const a of order) {
    if (a.checklist.length === 0) continue;
    const key = JSON.stringify(a.checklist);
    const earlier = firstWith.get(key);
    if (earlier === undefined) firstWith.set(key, a.actionId);
    else same.set(a.actionId, earlier);
  }
  return same;
}

/** In the documents panel, for a subsidy's convention: the list, always shown. */
export function renderChecklistPanel(v: AdvisorHost, lines: readonly ChecklistLine[], m: RecommendationModule, core: LabelMessages): TemplateResult | typeof nothing {
  if (lines.length === 0) return nothing;
  return html`<div class="checklist checklist-panel" role="group" aria-labelledby="doc-checklist-heading">
    <p class="h5" id="doc-checklist-heading">${resultWords(v).checklist.heading}</p>
    <p class="help">${resultWords(v).checklist.intro}</p>
    ${renderLines(v, lines, m, core)}
  </div>`;
}
