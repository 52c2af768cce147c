// Render partials of the results: the one-page restitution (who, for whom, when; the score with its
// band and the range the unknowns allow; the three actions to do first, each with its one-line why
// and legal basis), then the rest — the score's details and the other actions, collapsed by lever —
// and the documents panel. The summary prints on one A4 page, the full report in a few.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { CRITERION_GROUP_IDS, bandThresholds, criteria, type CriterionId } from '@terreau/core';
import { formatDate, formatNumber } from '../internal/localize.js';
import type { AdvisorHost } from './host.js';
import { scoreRange, type Advice } from './advice.js';
import { criterionText, labelOf } from './labels.js';
import { layoutScoreChart, type ChartRowInput } from './score-chart.js';
import { renderTextField } from './render-questionnaire.js';
import { resultWords } from './results-text.js';

const criteriaOf = (g: string): CriterionId[] => criteria.filter((c) => c.group === g).map((c) => c.id);

function renderScoreSummary(v: AdvisorHost, advice: Advice): TemplateResult {
  const ui = resultWords(v).results;
  const r = resultWords(v).restitution;
  const score = advice.score;
  const band = score.band;
  const range = scoreRange(score);
  const n = (x: number) => formatNumber(v.locale, Math.round(x));
  const unknowns = score.unanswered.length > 0 || Object.values(v.data.answers).some((a) => a === 'unknown');
  return html`<dl class="summary" part="summary">
      <div>
        <dt>${ui.overall}</dt>
        <dd>${score.overall === null ? '—' : `${n(score.overall)} / 100`}</dd>
      </div>
      <div>
        <dt>${ui.band}</dt>
        <dd class=${band ? `band-${band}` : ''}>${band ? labelOf(v.core, 'bands', band) : '—'}</dd>
      </div>
      <div>
        <dt>${ui.completeness}</dt>
        <dd>${n(score.completeness * 100)} %</dd>
      </div>
    </dl>
    ${score.overall === null ? html`<p class="muted">${ui.noScore}</p>` : nothing}
    ${range && unknowns ? html`<p class="range">${r.range(n(range.min), n(range.max))} ${range.spansBands ? r.rangeSpans : ''}</p>` : nothing}
    ${range && !unknowns ? html`<p class="range">${r.rangeNone}</p>` : nothing}`;
}

function renderChart(v: AdvisorHost, advice: Advice): TemplateResult {
  const ui = resultWords(v).results;
  const score = advice.score;
  const rows: ChartRowInput[] = [{ key: 'needs-fit', label: criterionText(v.core, 'needs-fit').label, score: score.criteria['needs-fit']?.score ?? null, level: 'group' }];
  for (const g of CRITERION_GROUP_IDS) {
    rows.push({ key: g, label: labelOf(v.core, 'groups', g), score: score.groups[g]?.score ?? null, level: 'group' });
    for (const c of criteriaOf(g)) rows.push({ key: c, label: criterionText(v.core, c).label, score: score.criteria[c]?.score ?? null, level: 'criterion' });
  }
  const layout = layoutScoreChart(rows, [bandThresholds['to-consolidate'], bandThresholds.solid]);
  const fmt = (x: number | null) => (x === null ? ui.notScored : formatNumber(v.locale, Math.round(x)));
  const summary = rows
    .filter((r) => r.level === 'group')
    .map((r) => `${r.label} : ${fmt(r.score)}`)
    .join(' ; ');
  const answerText = (a: string | number | undefined) =>
    a === undefined ? '' : a === 'unknown' ? v.core.scoring.answers.unknown : a === 'not-applicable' ? v.core.scoring.answers['not-applicable'] : String(a);
  return html`<h5>${ui.chart}</h5>
    <svg class="chart" part="chart" role="img" aria-label=${ui.chartLabel(summary)} viewBox="0 0 ${layout.width} ${layout.height}" focusable="false">
      ${layout.rows.map(
        (r) => svg`<text x=${layout.scaleX} y=${r.labelY} class=${r.level}>${r.label}</text>
          <rect class="track" x=${layout.scaleX} y=${r.barY} width=${layout.scaleWidth} height=${layout.barHeight}></rect>
          <rect class="bar ${r.level}" x=${layout.scaleX} y=${r.barY} width=${r.barWidth} height=${layout.barHeight}></rect>
          <text x=${layout.scaleX + layout.scaleWidth + 4} y=${r.barY + layout.barHeight - 1}>${r.score === null ? '—' : Math.round(r.score)}</text>`,
      )}
      ${layout.rows.map((r) => layout.rules.map((rule) => svg`<line class="rule" x1=${rule.x} x2=${rule.x} y1=${r.barY - 2} y2=${r.barY + layout.barHeight + 2}></line>`))}
    </svg>
    <p class="help">
      ${ui.chartRules((['to-consolidate', 'solid'] as const).map((b) => `${formatNumber(v.locale, bandThresholds[b])} (${labelOf(v.core, 'bands', b)})`).join(', '))}
    </p>
    <button type="button" part="button" class="no-print" aria-expanded=${v.tableOpen ? 'true' : 'false'} aria-controls="score-table" @click=${() => v.toggleTable()}>${ui.showTable}</button>
    <div id="score-table" class="table-wrap" ?hidden=${!v.tableOpen}>
      <table part="table">
        <caption class="visually-hidden">${ui.table}</caption>
        <thead>
          <tr><th scope="col">${ui.colItem}</th><th scope="col">${ui.colAnswer}</th><th scope="col">${ui.colScore}</th></tr>
        </thead>
        <tbody>
          ${rows.map((r) => {
            const c = r.level === 'criterion' || r.key === 'needs-fit' ? score.criteria[r.key as CriterionId] : undefined;
            const used = c && c.source !== 'none' ? answerText(c.answer) : '';
            return html`<tr class=${r.level === 'group' ? 'group-row' : ''}>
              <th scope="row">${r.label}</th>
              <td>${used}${c?.source === 'suggested' ? ` (${v.core.scoring.sources.suggested})` : ''}</td>
              <td class="num">${fmt(r.score)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}

function renderScoreDetail(v: AdvisorHost, advice: Advice): TemplateResult {
  const ui = resultWords(v).results;
  const score = advice.score;
  const list = (ids: readonly CriterionId[]) =>
    ids.length === 0
      ? html`<p class="muted">${ui.none}</p>`
      : html`<ul>
          ${ids.map((id) => html`<li>${criterionText(v.core, id).label}</li>`)}
        </ul>`;
  const could = score.unanswered.filter((u) => u.couldChangeBand);
  return html`<details class="score-detail" ?open=${v.printing === 'full'}>
    <summary>${resultWords(v).restitution.scoreDetail}</summary>
    ${renderChart(v, advice)}
    <div class="columns">
      <div><h5>${ui.strengths}</h5>${list(score.strengths)}</div>
      <div><h5>${ui.weaknesses}</h5>${list(score.weaknesses)}</div>
    </div>
    ${could.length > 0
      ? html`<h5>${ui.couldChange}</h5>
          <ul>
            ${could.map(
              (u) => html`<li>
                <button type="button" part="button" class="link no-print" @click=${() => v.goToCriterion(u.criterionId)}>${criterionText(v.core, u.criterionId).label}</button>
                <span class="print-only">${criterionText(v.core, u.criterionId).label}</span>
              </li>`,
            )}
          </ul>`
      : nothing}
  </details>`;
}

function renderRecommendation(v: AdvisorHost): TemplateResult {
  const ui = resultWords(v).results;
  const ready = v.recReady;
  if (ready && v.recommendation) {
    const { rec: m, messages } = ready;
    const rec = v.recommendation;
    return html`<p class="confidence">${labelOf(messages, 'confidence', rec.confidence)}</p>
      ${rec.notices.length > 0
        ? html`<ul class="notices">
            ${rec.notices.map((n) => html`<li>${m.reasonText(n, messages)}</li>`)}
          </ul>`
        : nothing}
      ${m.renderFirst(v, rec, m, messages)}`;
  }
  if (v.recStatus === 'error') {
    return html`<div class="rec-state">
      <h4>${ui.actions}</h4>
      <p class="error" role="alert">${ui.recError}</p>
      <button type="button" part="button" class="no-print" @click=${() => v.loads.retryRecommendation()}>${ui.recRetry}</button>
    </div>`;
  }
  return html`<div class="rec-state" aria-busy="true">
    <h4>${ui.actions}</h4>
    <p class="muted" role="status">${ui.recLoading}</p>
  </div>`;
}

/** The results: the restitution on screen, the summary or the full report in print. */
export function renderResults(v: AdvisorHost, onResults: boolean): TemplateResult | typeof nothing {
  const advice = v.advice;
  if (!advice) return nothing;
  const r = resultWords(v).restitution;
  const c = v.data.context;
  const full = onResults || v.printing !== null;
  const ready = v.recReady;
  const printed = (label: string, value: string | undefined) => (value ? html`<p class="print-only">${label} : ${value}</p>` : nothing);
  return html`<section class="results ${full ? '' : 'compact'} ${v.printing === 'summary' ? 'print-summary' : ''}" part="results" aria-labelledby="results-heading">
    <h3 id="results-heading">${full ? r.heading : resultWords(v).results.heading}${c.name ? html` — ${c.name}` : nothing}</h3>
    ${full
      ? html`<div class="who">
          <div class="no-print who-fields">${renderTextField(v, 'res-name', 'name', r.name)} ${renderTextField(v, 'res-asker', 'asker', r.asker)}</div>
          ${printed(r.asker, c.asker ?? (c.decisionMaker ? labelOf(v.core, 'decisionMakers', c.decisionMaker) : undefined))}
          ${c.request ? html`<p class="request">${r.request(labelOf(v.core, 'requests', c.request))}</p>` : nothing}
          <p class="date">${r.date(formatDate(v.locale, v.today))}</p>
        </div>`
      : nothing}
    ${renderScoreSummary(v, advice)}
    ${full
      ? html`${renderRecommendation(v)}
          ${v.printing === 'summary' ? nothing : html`${renderScoreDetail(v, advice)} ${ready && v.recommendation ? ready.rec.renderOthers(v, v.recommendation, ready.rec, ready.messages) : nothing}`}
          ${v.printing === null && ready && v.recommendation ? ready.rec.renderDocuments(v, v.recommendation, ready.rec, ready.messages) : nothing}`
      : nothing}
  </section>`;
}
