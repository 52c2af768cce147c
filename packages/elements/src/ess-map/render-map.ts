// Render partial of the map area: the frame the view draws in, its zoom and reset buttons, what
// opens beside the markers (card or group: map-panels.ts), and the family legend (toggle buttons that filter).
import { html, nothing, type TemplateResult } from 'lit';
import { familyCount } from './directory.js';
import { tickType } from './filter-actions.js';
import type { MapHost } from './host.js';
import { labelOf } from './labels.js';
import { parseList } from './map-state.js';
import { renderBesideState } from './render-panels-state.js';
import { tileOrigin } from './tiles.js';

export function renderMap(v: MapHost): TemplateResult {
  const ui = v.l10n.ui;
  const core = v.l10n.core;
  const types = parseList(v.types);
  const counts = v.counts.typeCounts;
  return html`<div class="map-area">
    <div class="map-frame" part="map">
      <div class="map-canvas"></div>
      <div class="map-controls">
        <button type="button" aria-label=${ui.map.zoomIn} title=${ui.map.zoomIn} @click=${() => v.view?.zoomBy(2)}>+</button>
        <button type="button" aria-label=${ui.map.zoomOut} title=${ui.map.zoomOut} @click=${() => v.view?.zoomBy(0.5)}>−</button>
        <button type="button" aria-label=${ui.map.reset} title=${ui.map.reset} @click=${() => v.view?.reset()}>⟲</button>
      </div>
      ${v.panelsChunk.value?.renderBeside(v) ?? renderBesideState(v)}
    </div>
    ${v.tilesFailed ? html`<p class="muted tiles-failed" part="tiles-notice" role="status">${ui.map.tilesFailed(tileOrigin(v.tilesFailed))}</p>` : nothing}
    <div class="legend" part="legend" role="group" aria-label=${ui.map.legend}>
      ${v.mapView.presentFamilies.map(
        (f) => html`<button
          type="button"
          aria-pressed=${types.includes(f) ? 'true' : 'false'}
          @click=${() => tickType(v, f, !types.includes(f))}
        >
          <span class="swatch f-${f}"></span>${labelOf(core, 'families', f)}
          <span class="muted">${ui.filters.count(counts ? familyCount(counts, f) : 0)}</span>
        </button>`,
      )}
    </div>
  </div>`;
}
