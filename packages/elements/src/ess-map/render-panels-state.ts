// What stands in for the map's secondary parts (map-panels.ts) while their chunk is not here: that
// they are coming, or, if the chunk failed, why, with a retry. The map and the list do not wait.
import { html, nothing, type TemplateResult } from 'lit';
import type { MapHost } from './host.js';

function pending(v: MapHost): TemplateResult {
  const ui = v.l10n.ui;
  return v.panelsChunk.status === 'error'
    ? html`<p class="error" role="alert">${ui.map.panelsError}</p>
        <button type="button" @click=${() => void v.panelsChunk.load()}>${ui.common.retry}</button>`
    : html`<p class="muted" role="status">${ui.common.loading}</p>`;
}

/** In place of the side panels. */
export function renderPanelsState(v: MapHost): TemplateResult {
  return html`<div class="side panel">${pending(v)}</div>`;
}

/** In place of an actor's card or a group's list, when one is open. */
export function renderBesideState(v: MapHost): TemplateResult | typeof nothing {
  if (v.status !== 'ready' || (!v.selectedActor && !v.group)) return nothing;
  return html`<section class="card panel beside" part="card">${pending(v)}</section>`;
}
