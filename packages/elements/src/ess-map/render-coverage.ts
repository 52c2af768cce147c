// Render partial of the needs coverage panel: which needs the visible actors answer, and which none
// does (or, when most actors say nothing of their needs, which are unknown). core decides coverage.
import { NEED_IDS, needsCoverage } from '@terreau/core';
import { html, type TemplateResult } from 'lit';
import type { MapHost } from './host.js';
import { labelOf } from './labels.js';
import { catalogueOf, panelText } from './panel-text.js';

export function renderCoverage(v: MapHost): TemplateResult {
  const t = panelText(v).coverage;
  const core = catalogueOf(v);
  const { covered, missing, unknown, silentShare } = needsCoverage(v.visible);
  // When most actors say nothing of their needs, a need nobody answers is unknown, not "no actor".
  const uncovered = missing.length > 0 ? missing : unknown;
  return html`<section class="panel" part="coverage" aria-labelledby="coverage-title">
    <h2 id="coverage-title">${t.title}</h2>
    <p>${t.summary(covered.length, NEED_IDS.length)}</p>
    ${uncovered.length === 0
      ? html`<p>${t.none}</p>`
      : html`<p>${missing.length > 0 ? t.uncovered : t.unknown(Math.round(silentShare * 100))}</p>
          <ul class="uncovered">
            ${uncovered.map((n) => html`<li>${labelOf(core, 'needs', n)}</li>`)}
          </ul>`}
  </section>`;
}
