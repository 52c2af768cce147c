// Render partials shown only with the recommendation — the three actions to do first, the other
// actions by lever, the documents panel — bundled with the recommendation chunk (recommendation.ts
// re-exports them) so the first screen does not carry them.
import { html, nothing, type TemplateResult } from 'lit';
import { LEVER_IDS, type LabelMessages, type Reason, type RecommendedAction } from '@terreau/core';
import type { AdvisorHost } from './host.js';
import type { RecommendationResult } from './advice.js';
import { labelOf } from './labels.js';
import type { RecommendationModule } from './recommendation-loader.js';
import { enterpriseItem, legalLine, renderActionList, renderDone } from './render-actions.js';
import { renderChecklist, sharedChecklists } from './render-checklist.js';
import { distinguishFirst } from './first-whys.js';
import { resultWords, type ResultWords } from './results-text.js';

export { renderDocuments } from './render-documents.js';
export { renderActionList, territoryItem } from './render-actions.js';

/** The actions to do first (at most three): core's pick when it gives one (issue 11), else the first three by rank. */
export function firstActions(rec: RecommendationResult): { action: RecommendedAction; why: RecommendedAction['reasons'][number] | undefined }[] {
  const byId = new Map(rec.actions.map((a) => [a.actionId, a]));
  const picked = (rec as RecommendationResult & { first?: readonly string[] }).first;
  const list = Array.isArray(picked) ? picked.map((id) => byId.get(id as RecommendedAction['actionId'])).filter((a): a is RecommendedAction => a !== undefined) : rec.actions.slice(0, 3);
  return list.slice(0, 3).map((action) => ({ action, why: (action as RecommendedAction & { first?: { why: RecommendedAction['reasons'][number] } | null }).first?.why ?? action.reasons[0] }));
}

/**
 * The one-line why of each action to do first: core's why, and when another first action shares
 * it, what sets this one apart (first-whys.ts) — so three actions never read the same why.
 */
export function firstWhyLines(first: ReturnType<typeof firstActions>, m: RecommendationModule, core: LabelMessages, r: ResultWords['restitution']): (string | null)[] {
  const text = (reason: Reason) => m.reasonText(reason, core);
  const apart = distinguishFirst(first, text);
  return first.map(({ why }, i) => {
    if (!why) return null;
    const x = apart[i];
    if (!x) return text(why);
    const extra =
      x.kind === 'reason'
        ? text(x.reason)
        : x.kind === 'instruments'
          ? r.through(x.instruments.map((id) => labelOf(core, 'instruments', id)).join(', '))
          : r.byLever(labelOf(core, 'levers', x.leverId));
    return `${text(why)} ${extra}`;
  });
}

export function renderFirst(v: AdvisorHost, rec: RecommendationResult, m: RecommendationModule, core: LabelMessages): TemplateResult {
  const r = resultWords(v).restitution;
  const first = firstActions(rec);
  const whys = firstWhyLines(first, m, core, r);
  const shared = sharedChecklists(reportOrder(rec));
  const sameAs = (id: RecommendedAction['actionId']) => {
    const earlier = shared.get(id);
    return earlier ? labelOf(core, 'actions', earlier) : null;
  };
  return html`<h4>${r.first}</h4>
    ${first.length === 0 ? html`<p class="muted">${r.noneYet}</p>` : nothing}
    <ol class="first-actions">
      ${first.map(({ action }, i) => {
        const why = whys[i];
        const title = labelOf(core, 'actions', action.actionId);
        const legal = action.legalBasis[0];
        return html`<li class="first-action" data-action-id=${action.actionId}>
          <h5 class="action-title">${title}</h5>
          ${why ? html`<p class="why-first"><strong>${r.whyFirst} :</strong> ${why}</p>` : nothing}
          ${legal ? html`<p class="legal-line"><strong>${r.legal}</strong> ${legalLine(v, legal, m, core)}</p>` : nothing}
          ${renderChecklist(v, m.checklistLines(action, v.today, core), m, core, sameAs(action.actionId))}
          ${renderDone(v, action.actionId, title, v.data.done.includes(action.actionId))}
        </li>`;
      })}
    </ol>`;
}

/** The actions in the order the report prints them: the first ones, then the others by lever. */
export function reportOrder(rec: RecommendationResult): RecommendedAction[] {
  const first = firstActions(rec).map((f) => f.action);
  const ids = new Set(first.map((a) => a.actionId));
  const rest = rec.actions.filter((a) => !ids.has(a.actionId));
  return [...first, ...leverGroups(rec, rest).flatMap((g) => g.actions)];
}

/** The other actions by lever: core's groups when it gives them (issue 11), else by lever in catalogue order. */
export function leverGroups(rec: RecommendationResult, rest: readonly RecommendedAction[]): { lever: (typeof LEVER_IDS)[number]; actions: RecommendedAction[] }[] {
  const groups = (rec as RecommendationResult & { groups?: { leverId: (typeof LEVER_IDS)[number]; actionIds: string[] }[] }).groups;
  const byId = new Map(rest.map((a) => [a.actionId as string, a]));
  if (Array.isArray(groups)) return groups.map((g) => ({ lever: g.leverId, actions: g.actionIds.map((id) => byId.get(id)).filter((a): a is RecommendedAction => a !== undefined) }));
  return LEVER_IDS.map((lever) => ({ lever, actions: rest.filter((a) => a.leverId === lever) }));
}

export function renderOthers(v: AdvisorHost, rec: RecommendationResult, m: RecommendationModule, core: LabelMessages): TemplateResult | typeof nothing {
  const first = new Set(firstActions(rec).map((f) => f.action.actionId));
  const rest = rec.actions.filter((a) => !first.has(a.actionId));
  if (rest.length === 0) return nothing;
  const r = resultWords(v).restitution;
  const shared = sharedChecklists(reportOrder(rec));
  return html`<section class="others" aria-labelledby="others-heading">
    <h4 id="others-heading">${r.others}</h4>
    ${leverGroups(rec, rest).map(({ lever, actions }) => {
      if (actions.length === 0) return nothing;
      return html`<details class="lever" data-lever=${lever} ?open=${v.printing === 'full'}>
        <summary>${r.leverCount(labelOf(core, 'levers', lever), actions.length)}</summary>
        ${renderActionList(v, actions.map((a) => enterpriseItem(v, a, m, core, shared.get(a.actionId) ?? null)), m, core)}
      </details>`;
    })}
  </section>`;
}

