// What stands in for the results while the scoring chunk (scoring.ts) is not here: before anything
// is answered, that there is no score yet (the start, which does not fetch it); once there is
// something to score or the results are asked for, that it is coming; if it failed, why, and a retry.
import { html, type TemplateResult } from 'lit';
import type { AdvisorHost } from './host.js';
import { hasScoreInput } from './empty-state.js';

export function renderScoringState(v: AdvisorHost, onResults: boolean): TemplateResult {
  const ui = v.ui.results;
  const full = onResults || v.printing !== null;
  const status = v.loads.scoring.status;
  return html`<section class="results ${full ? '' : 'compact'}" part="results" aria-labelledby="results-heading">
    <h3 id="results-heading">${full ? v.ui.restitution.heading : ui.heading}</h3>
    ${status === 'error'
      ? html`<p class="error" role="alert">${ui.scoreError}</p>
          <button type="button" part="button" class="no-print" @click=${() => v.loads.retryScoring()}>${v.loads.l10n.ui.common.retry}</button>`
      : full || hasScoreInput(v.data)
        ? html`<p class="muted" role="status">${ui.scoreLoading}</p>`
        : html`<p class="muted">${ui.noScore}</p>`}
  </section>`;
}
