// Render partial of territory mode: the diagnosis of the whole territory (actors counted as the map
// counts them, rejected records said), the animation actions through the one action-list renderer,
// and the followed map's or `src`'s load error when there is one.
import { dataErrorText } from '../internal/data-error-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { UiMessages } from '../internal/locales/fr.js';
import type { AdvisorHost } from './host.js';
import type { TerritoryController } from './territory-controller.js';
import { resultWords } from './results-text.js';


export function renderTerritory(v: AdvisorHost, t: TerritoryController, dataErrors: UiMessages['dataErrors'], loading: string): TemplateResult {
  const ui = v.ui.territory;
  const r = resultWords(v).results;
  const ready = v.recReady;
  const input = t.input;
  const result = t.result;
  let body: TemplateResult | typeof nothing = nothing;
  if (t.failure) {
    const text = dataErrorText(dataErrors, t.failure.failure);
    body = html`<p class="error" role="alert">${t.failure.from === 'map' ? ui.mapError(text) : text}</p>`;
  } else if (!input || !result) {
    body = html`<p class="muted" role="status">${t.loading ? loading : ui.waiting}</p>`;
  } else if (!ready) {
    body =
      v.recStatus === 'error'
        ? html`<p class="error" role="alert">${r.recError}</p>
            <button type="button" part="button" @click=${() => v.loads.retryRecommendation()}>${r.recRetry}</button>`
        : html`<p class="muted" role="status" aria-busy="true">${r.recLoading}</p>`;
  } else {
    body = html`<p class="territory-count">${ui.actors(input.actors.length)}${input.rejected > 0 ? html` — ${ui.rejected(input.rejected)}` : nothing}</p>
      <p class="help">${ui.whole}</p>
      <h3>${ui.recommendations}</h3>
      ${result.actions.length === 0 ? html`<p class="muted">${r.noActions}</p>` : nothing}
      ${ready.rec.renderActionList(
        v,
        result.actions.map((a) => ready.rec.territoryItem(a, ready.rec, ready.messages)),
        ready.rec,
        ready.messages,
        4,
      )}`;
  }
  return html`<p>${ui.intro}</p>
    ${body}`;
}
