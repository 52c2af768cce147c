// Render partials of the questionnaire: the path switch, the progress list, each step (context,
// figures, criteria) and the navigation. Plain functions of the view (host.ts).
import { html, nothing, type TemplateResult } from 'lit';
import {

  APPROVAL_IDS,
  CRITERION_IDS,
  DECISION_MAKER_IDS,
  REQUEST_IDS,
  FAMILY_IDS,
  FUNDING_SOURCE_IDS,
  STAGE_IDS,
  THEME_IDS,
  ZONING_IDS,
  activities,
  typesOfFamily,
  typology,
  type Answer,
  type CriterionId,
} from '@terreau/core';
import { formatNumber } from '../internal/localize.js';
import type { AdvisorHost } from './host.js';
import type { ShownSuggestion } from './advice.js';
import { findCommune } from './communes.js';
import { FIGURE_FIELDS, SUBSIDY_FIELDS, hiddenSubsidies, type FigureField } from './figures-form.js';
import { criterionText, labelOf } from './labels.js';
import { SHORT_PATH_SIZE, criteriaOfStep, stepsOf, type StepId } from './steps.js';

const LEVELS = [0, 1, 2, 3, 4] as const;

export function stepTitle(v: AdvisorHost, s: StepId): string {
  const ui = v.ui;
  if (s === 'context') return ui.steps.context;
  if (s === 'figures') return ui.steps.figures;
  if (s === 'results') return ui.steps.results;
  if (s === 'short') return ui.path.shortStep;
  if (s === 'needs-fit') return criterionText(v.core, 'needs-fit').label;
  return labelOf(v.core, 'groups', s);
}

/** The two paths: ten minutes (the criteria that weigh most here) or the full grid. */
export function renderPath(v: AdvisorHost): TemplateResult {
  const p = v.ui.path;
  const path = v.data.path ?? 'full';
  const radio = (value: 'short' | 'full', label: string) =>
    html`<label class="option"
      ><input type="radio" name="path" id="path-${value}" .checked=${path === value} @change=${() => v.setPath(value)} /><span>${label}</span></label
    >`;
  return html`<fieldset class="path no-print" aria-describedby="path-help">
    <legend>${p.legend}</legend>
    <div class="options">${radio('short', p.short(SHORT_PATH_SIZE))} ${radio('full', p.full(CRITERION_IDS.length))}</div>
    <p id="path-help" class="help">${p.shortHelp}</p>
  </fieldset>`;
}

export function renderProgress(v: AdvisorHost, step: number): TemplateResult {
  const steps = stepsOf(v.data.path);
  return html`<nav class="progress no-print" part="progress" aria-label=${v.ui.progress}>
    <ol>
      ${steps.map((s, i) => {
        const ids = criteriaOfStep(s, v.shortCriteria);
        const done = ids.length > 0 && ids.every((c) => v.data.answers[c] !== undefined);
        return html`<li>
          <button type="button" part="button" class=${done ? 'done' : ''} aria-current=${i === step ? 'step' : nothing} @click=${() => v.goTo(i)}>
            ${i + 1}. ${stepTitle(v, s)}
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}

function renderSelect(
  v: AdvisorHost,
  id: string,
  label: string,
  none: string,
  groups: readonly { label: string | null; ids: readonly string[] }[],
  value: string | undefined,
  kind: Parameters<typeof labelOf>[1],
  onChange: (value: string) => void,
): TemplateResult {
  const option = (o: string) => html`<option value=${o} ?selected=${value === o}>${labelOf(v.core, kind, o)}</option>`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${value === undefined}>${none}</option>
      ${groups.map((g) => (g.label === null ? g.ids.map(option) : html`<optgroup label=${g.label}>${g.ids.map(option)}</optgroup>`))}
    </select>
  </div>`;
}

function renderChecks(v: AdvisorHost, legend: string, field: 'approvals' | 'zones' | 'fundingSources', ids: readonly string[], kind: Parameters<typeof labelOf>[1]): TemplateResult {
  const selected = v.data.context[field] as string[];
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="options">
      ${ids.map(
        (o) => html`<label class="option">
          <input type="checkbox" name=${field} value=${o} .checked=${selected.includes(o)} @change=${(e: Event) => v.store.toggleContext(field, o, (e.target as HTMLInputElement).checked)} /><span
            >${labelOf(v.core, kind, o)}</span
          >
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** A free-text field of the context (the structure's name, who asks), saved when it changes. */
export function renderTextField(v: AdvisorHost, id: string, field: 'name' | 'asker', label: string, help?: string): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="text"
      autocomplete="organization"
      maxlength="200"
      .value=${v.data.context[field] ?? ''}
      aria-describedby=${help ? `${id}-help` : nothing}
      @change=${(e: Event) => v.store.setContext({ [field]: (e.target as HTMLInputElement).value.trim().slice(0, 200) }, field)}
    />
    ${help ? html`<p id="${id}-help" class="help">${help}</p>` : nothing}
  </div>`;
}

export function renderContext(v: AdvisorHost): TemplateResult {
  const ui = v.ui.context;
  const c = v.data.context;
  const found = c.communeCode ? findCommune(c.communeCode) : null;
  const flat = (ids: readonly string[]) => [{ label: null, ids }];
  const ess = new Set(typology.filter((n) => n.kind === 'type' && n.essMembership !== 'no').map((n) => n.id));
  const typeGroups = FAMILY_IDS.map((f) => ({ label: labelOf(v.core, 'families', f), ids: typesOfFamily(f).filter((t) => ess.has(t)) })).filter((g) => g.ids.length > 0);
  const activityGroups = THEME_IDS.map((t) => ({ label: labelOf(v.core, 'themes', t), ids: activities.filter((a) => a.theme === t).map((a) => a.id) }));
  return html`
    ${renderTextField(v, 'ctx-name', 'name', v.ui.restitution.name)}
    ${renderSelect(v, 'ctx-type', ui.type, ui.typeNone, typeGroups, c.type, 'types', (x) => v.input.selectContext('type', x))}
    ${renderSelect(v, 'ctx-activity', ui.activity, ui.activityNone, activityGroups, c.activities[0], 'activities', (x) => v.input.selectContext('activity', x))}
    ${renderChecks(v, ui.approvals, 'approvals', APPROVAL_IDS, 'approvals')}
    <div class="field">
      <label for="ctx-commune">${ui.commune}</label>
      <input
        id="ctx-commune"
        type="text"
        autocomplete="off"
        .value=${v.fields.communeText}
        aria-invalid=${v.fields.communeError ? 'true' : 'false'}
        aria-describedby="ctx-commune-help ${v.fields.communeError ? 'ctx-commune-error' : ''}"
        @input=${(e: Event) => v.fields.communeInput((e.target as HTMLInputElement).value)}
        @change=${() => v.input.commitCommune(v.fields.communeText)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            v.input.commitCommune(v.fields.communeText);
          }
        }}
      />
      <p id="ctx-commune-help" class="help">
        ${ui.communeHelp} ${found && found.name !== found.code ? ui.communeFound(found.name, found.code) : nothing}
        ${found && c.zones.length === 0 ? ui.communeUnknownZones : nothing}
      </p>
      ${v.fields.communeError ? html`<p id="ctx-commune-error" class="error">${v.fields.communeError}</p>` : nothing}
    </div>
    ${renderChecks(v, ui.zones, 'zones', ZONING_IDS, 'zonings')}
    ${renderSelect(v, 'ctx-stage', ui.stage, ui.stageNone, flat(STAGE_IDS), c.stage, 'stages', (x) => v.input.selectContext('stage', x))}
    ${renderChecks(v, ui.funding, 'fundingSources', FUNDING_SOURCE_IDS, 'fundingSources')}
    ${renderSelect(v, 'ctx-dm', ui.decisionMaker, ui.decisionMakerNone, flat(DECISION_MAKER_IDS), c.decisionMaker, 'decisionMakers', (x) => v.input.selectContext('decisionMaker', x))}
    ${renderSelect(v, 'ctx-request', ui.request, ui.requestNone, flat(REQUEST_IDS), c.request, 'requests', (x) => v.input.selectContext('request', x))}
    <p class="help">${ui.requestHelp}</p>
    ${renderTextField(v, 'ctx-asker', 'asker', v.ui.restitution.asker, v.ui.restitution.askerHelp)}
  `;
}

export function renderFigures(v: AdvisorHost): TemplateResult {
  const ui = v.ui;
  const field = (f: FigureField) => {
    const id = `fig-${f.replace(/\./g, '-')}`;
    const error = v.fields.figureErrors[f];
    const message = error === 'negative' ? ui.errors.negative : error ? ui.errors.notANumber : '';
    const subsidy = (SUBSIDY_FIELDS as readonly string[]).includes(f) ? (f as (typeof SUBSIDY_FIELDS)[number]) : null;
    return html`<div class="field">
      <label for=${id}>${ui.figures.fields[f]}</label>
      <input
        id=${id}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${v.fields.draft.amounts[f] ?? ''}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(e: Event) => v.fields.figureInput(f, (e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p id="${id}-error" class="error">${message}</p>` : nothing}
      ${subsidy
        ? html`<label class="muted" for="${id}-funder">${ui.figures.funder}</label>
            <input id="${id}-funder" type="text" autocomplete="off" .value=${v.fields.draft.funders[subsidy] ?? ''} @input=${(e: Event) => v.fields.funderInput(subsidy, (e.target as HTMLInputElement).value)} />`
        : nothing}
    </div>`;
  };
  const hidden = hiddenSubsidies(v.data.figures);
  const eur = (n: number) => new Intl.NumberFormat(v.locale === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
  return html`<p class="help">${ui.figures.intro}</p>
    <p class="help">${ui.privacy.local}</p>
    ${hidden.count > 0 ? html`<p class="help" id="hidden-subsidies">${ui.figures.hiddenLines(hidden.count, eur(hidden.total))}</p>` : nothing}
    <div class="figures-grid">${FIGURE_FIELDS.map(field)}</div>`;
}

/** A figure-based suggestion, said in words ("about 62 % of resources are subsidies: typical answer 2"). */
function renderSuggestion(v: AdvisorHost, id: CriterionId, suggestion: ShownSuggestion, answer: Answer | undefined): TemplateResult {
  const ui = v.ui.figures;
  const loc = v.locale === 'en' ? 'en-GB' : 'fr-FR';
  const words = ui.words as Record<string, ((value: string) => string) | undefined>;
  const say = (indicatorId: string, value: number): string => {
    const phrase = words[indicatorId];
    let text: string;
    if (indicatorId === 'funder-herfindahl' || indicatorId === 'revenue-concentration') text = formatNumber(v.locale, value > 0 ? Math.max(1, Math.round(1 / value)) : 0);
    else if (indicatorId.endsWith('-days')) text = formatNumber(v.locale, Math.round(value));
    else if (/share|ratio|dependence|margin/.test(indicatorId)) text = new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: 0 }).format(value);
    else text = new Intl.NumberFormat(loc, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
    return phrase ? phrase(text) : `${indicatorId} = ${text}`;
  };
  return html`<div class="suggestion">
    <p>${ui.suggested(suggestion.answer)}</p>
    <ul>
      ${suggestion.basis.map((b) => html`<li>${ui.typical(say(b.indicatorId, b.value), b.answer)}</li>`)}
    </ul>
    ${answer === suggestion.answer
      ? html`<p>${ui.applied}</p>`
      : html`${answer === undefined || answer === 'unknown' ? html`<p class="muted">${ui.usedInScore}</p>` : nothing}
          <button type="button" part="button" @click=${() => v.store.answer(id, suggestion.answer)}>${ui.apply(suggestion.answer)}</button>`}
  </div>`;
}

export function renderCriterion(v: AdvisorHost, id: CriterionId): TemplateResult {
  const text = criterionText(v.core, id, v.questionText);
  const levels = v.core.scoring.answers.levels;
  const answer = v.data.answers[id];
  const suggestion = v.advice?.suggestions[id];
  const name = `crit-${id}`;
  const radio = (value: Answer, label: TemplateResult | string, suffix: string) =>
    html`<label class="option"
      ><input type="radio" name=${name} id="${name}-${suffix}" .checked=${answer === value} @change=${() => v.store.answer(id, value)} /><span>${label}</span></label
    >`;
  return html`<fieldset class="criterion" part="criterion" aria-describedby=${text.question || suggestion ? `${name}-desc` : nothing}>
    <legend>${text.label}</legend>
    <div id="${name}-desc">
      ${text.question ? html`<p class="help">${text.question}</p>` : nothing} ${suggestion ? renderSuggestion(v, id, suggestion, answer) : nothing}
    </div>
    <div class="scale">
      ${LEVELS.map((n) => radio(n, html`<span class="level">${n}</span> ${text.anchors?.[n] ?? (levels[n] ?? '').replace(/^\d\s*—\s*/, '')}`, String(n)))}
    </div>
    <div class="other">
      ${radio('unknown', v.core.scoring.answers.unknown, 'unknown')} ${radio('not-applicable', v.core.scoring.answers['not-applicable'], 'na')}
    </div>
  </fieldset>`;
}

/** While the questionnaire text loads, or if it failed: said above the criteria, never a blank step. */
function renderQuestionsState(v: AdvisorHost): TemplateResult | typeof nothing {
  const ui = v.ui.questions;
  if (v.questionText) return nothing;
  if (v.questionsStatus === 'error') {
    return html`<div class="questions-state">
      <p class="error" role="alert">${ui.error}</p>
      <button type="button" part="button" @click=${() => v.loads.retryQuestions()}>${ui.retry}</button>
    </div>`;
  }
  return html`<p class="questions-state muted" role="status">${ui.loading}</p>`;
}

export function renderStep(v: AdvisorHost, step: number): TemplateResult {
  const steps = stepsOf(v.data.path);
  const s = steps[step] ?? 'context';
  const ui = v.ui;
  const last = step === steps.length - 1;
  let body: TemplateResult | typeof nothing = nothing;
  if (s === 'context') body = renderContext(v);
  else if (s === 'figures') body = renderFigures(v);
  else if (s !== 'results') body = html`${renderQuestionsState(v)}${criteriaOfStep(s, v.shortCriteria).map((c) => renderCriterion(v, c))}`;
  return html`<section class="questionnaire no-print" part="step" aria-labelledby="step-heading" ?hidden=${s === 'results'}>
      <h3 id="step-heading" tabindex="-1">${ui.stepOf(step + 1, steps.length)} — ${stepTitle(v, s)}</h3>
      ${body}
    </section>
    <div class="nav no-print" part="nav">
      ${step > 0 ? html`<button type="button" part="button" @click=${() => v.goTo(step - 1)}>${ui.previous}</button>` : nothing}
      ${!last
        ? html`<button type="button" part="button" class="primary" @click=${() => v.goTo(step + 1)}>${ui.next}</button>
            ${step < steps.length - 2 ? html`<button type="button" part="button" @click=${() => v.goTo(steps.length - 1)}>${ui.showResults}</button>` : nothing}`
        : nothing}
    </div>`;
}
