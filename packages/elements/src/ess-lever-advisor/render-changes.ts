// Render partial of the follow-up: what changed since an older assessment (score, band, answers,
// actions done), every score core's (compare-states.ts). In the scoring chunk (scoring.ts), with the
// computation it shows.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber } from '../internal/localize.js';
import type { AdvisorHost } from './host.js';
import { compareStates } from './compare-states.js';
import { criterionText, labelOf } from './labels.js';
import { resultWords } from './results-text.js';

/** Follow-up: what changed since the older assessment (score, band, answers, actions done). */
export function renderChanges(v: AdvisorHost): TemplateResult | typeof nothing {
  const baseline = v.store.baseline;
  if (!baseline) return nothing;
  const ui = resultWords(v).changes;
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
