import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { criteria, dayOrToday, type CriterionId } from '@terreau/core';
import { TerreauElement } from '../internal/terreau-element.js';
import '../events/ess-answers-change.js';
import '../events/ess-results-change.js';
import { advisorStyles } from './ess-lever-advisor.styles.js';
import type { AdvisorState } from './advisor-state.js';
import { AdvisorStore } from './advisor-store.js';
import { AdvisorInput } from './advisor-input.js';
import { AdvisorLoads } from './advisor-loads.js';
import { AdvisorResults } from './results-controller.js';
import { DocumentsController } from './documents-controller.js';
import { FormFields } from './form-fields.js';
import { PrintController } from './print-controller.js';
import type { TerritoryController } from './territory-controller.js';
import { territoryModeLoader } from './loaders.js';
import { LazyController } from '../internal/lazy-controller.js';
import { storageKey } from './storage.js';
import { downloadText, isoDay } from './file-io.js';
import type { AdvisorHost } from './host.js';
import { stepsOf, criteriaOfStep, isCriteriaStep } from './steps.js';
import { hasScoreInput } from './empty-state.js';
import { renderPath, renderProgress, renderStep } from './render-questionnaire.js';
import { renderScoringState } from './render-scoring-state.js';
import { renderIncoming, renderRestorePrevious, renderTools } from './render-tools.js';

/**
 * `<ess-lever-advisor>`: a short, skippable questionnaire on an ESS enterprise (context, figures,
 * the pérennité criteria) that shows its pérennité profile and the support actions a given local
 * decision-maker can take, with the why, the how and the legal basis in force. Every computation
 * is core's (`scorePerennite`, `suggestAnswers`, `recommendActions`, `draftConvention`); the element
 * only asks, shows and keeps the answers (localStorage, JSON export/import, share link in the hash).
 *
 * Colour scheme: follows the system's (light or dark); `theme="light"` or `theme="dark"` forces one.
 *
 * Presets: any context field can be set by attribute so a local authority embeds an advisor already
 * configured, e.g. `<ess-lever-advisor decision-maker="commune" commune="26108" type="scic">`.
 * Answers the user saved take precedence over presets.
 *
 * Results: a one-page restitution (the structure's name, who asks, the date; the score, its band and
 * the range the unknown answers allow; the three actions to do first with their one-line why and
 * legal basis), the other actions collapsed by lever, and documents a legal service can use (the
 * convention — or, for a purchase, a sourcing note — as .odt, .docx or Markdown). "Print the
 * summary" prints one A4 page, "Print the full report" a few. A short path ("ten minutes") asks only
 * the criteria that weigh most in the context. The share link carries the figures only when the
 * user ticks it; "Forget everything" erases what this browser holds. A share link or an imported
 * file never replaces the user's answers without asking (compare, replace — kept to restore — or
 * ignore); comparing shows what changed since an older assessment.
 *
 * Territory mode (`mode="territory"`): recommends how the local authority can animate its whole
 * ESS ecosystem, from a diagnosis of the actors read from `src` (actors JSON, the same formats as
 * `<ess-map>`), or from an `<ess-map>` of the same page (with `for="map-id"` that map only; without
 * `for`, any `<ess-map>`): the map's whole dataset, read with the map's own loader so the counts
 * agree, whatever filters the visitor sets; the map's load error is said here too. In enterprise
 * mode, selecting an actor on the followed map fills the structure's name, type, commune and
 * activities.
 *
 * @tag ess-lever-advisor
 * @summary Pérennité questionnaire and ranked, explained support actions for a local decision-maker, drop-in.
 *
 * @event ess-answers-change - An answer, a context field or a figure changed; detail: `{ context, answers, figures, cause }`.
 * @event ess-results-change - Results were recomputed; detail: `{ mode, score, recommendation, territory }`. The recommendation
 * (core's `recommendActions`, its catalogues and text) loads on first need — the results step, printing, or a listener of this
 * event added on the element — so `recommendation` is `null` until then and the event fires again, with it, once it arrives.
 * The score itself needs core's scoring, fetched once the user starts on the advisor (first focus or click), the state holds
 * answers or figures, or results are asked for (a listener of this event too): the event first fires once it is here.
 *
 * @csspart root - The widget's frame.
 * @csspart progress - The list of steps.
 * @csspart step - The current step's form.
 * @csspart criterion - One criterion's fieldset.
 * @csspart nav - Previous / next / see-the-results buttons (every step can be skipped).
 * @csspart tools - Save, share, import, export, print and reset.
 * @csspart status - The polite status line.
 * @csspart results - The results section.
 * @csspart summary - Overall score, band and completeness.
 * @csspart chart - The SVG chart.
 * @csspart table - The table alternative of the chart.
 * @csspart action - One recommended action (the other actions, by lever).
 * @csspart button - Every button.
 *
 * @cssproperty --ess-font-family - Font of the widget.
 * @cssproperty --ess-font-size - Base font size (default 16px).
 * @cssproperty --ess-color-text - Text colour.
 * @cssproperty --ess-color-muted - Secondary text colour.
 * @cssproperty --ess-color-background - Background.
 * @cssproperty --ess-color-surface - Background of panels and suggestions.
 * @cssproperty --ess-color-border - Borders.
 * @cssproperty --ess-color-accent - Buttons, bars, current step.
 * @cssproperty --ess-color-accent-contrast - Text on the accent colour.
 * @cssproperty --ess-color-focus - Focus ring.
 * @cssproperty --ess-color-danger - Errors.
 * @cssproperty --ess-color-band-fragile - Colour of the "fragile" band.
 * @cssproperty --ess-color-band-to-consolidate - Colour of the "to consolidate" band.
 * @cssproperty --ess-color-band-solid - Colour of the "solid" band.
 * @cssproperty --ess-radius - Corner radius.
 * @cssproperty --ess-space - Base spacing.
 *
 * @slot heading - Replaces the default title.
 */
export class EssLeverAdvisor extends TerreauElement implements AdvisorHost {
  static override styles = advisorStyles;

  /** `enterprise` (questionnaire, default) or `territory` (animation of the whole ESS ecosystem). */
  @property({ reflect: true }) mode: 'enterprise' | 'territory' = 'enterprise';
  /** Preset: who is asking (`commune`, `epci`, `departement`, `region`, `service-etat`, `caf`, `bailleur-social`). */
  @property({ attribute: 'decision-maker' }) decisionMaker: string | null = null;
  /** Preset: the commune's INSEE code (zones are filled from core's commune table, editable). */
  @property() commune: string | null = null;
  /** Preset: actor type id (`association`, `scic`, `aci`…). */
  @property() type: string | null = null;
  /** Preset: life stage (`emergence`, `creation`, `development`, `consolidation`, `transition`). */
  @property() stage: string | null = null;
  /** Preset: main activity id (`ressourcerie`, `fablab`…). */
  @property() activity: string | null = null;
  /** Preset: approvals, space-separated ids (`esus evs`). */
  @property() approvals: string | null = null;
  /** Preset: zonings, space-separated ids (`qpv frr`); replaces those found from the commune. */
  @property() zones: string | null = null;
  /** Preset: funding sources, space-separated ids (`fse region commune`). */
  @property() funding: string | null = null;
  /** Preset: the structure's name, printed on the restitution and the documents (selecting an actor on the followed map fills it too). */
  @property() name: string | null = null;
  /** Preset: who asks, by name ("Commune de Die"). */
  @property() asker: string | null = null;
  /** Date the advice is given for (ISO, `2026-04-01`); today when absent. Legal bases are those in force that day. */
  @property() date: string | null = null;
  /** Territory mode: URL of an actors file (JSON, dataset, GeoJSON or CSV, like `<ess-map src>`). */
  @property() src: string | null = null;
  /** The `<ess-map>` to follow (territory mode: its whole dataset; enterprise mode: the actor selected on it); without it, any map of the document. */
  @property({ attribute: 'for' }) for: string | null = null;
  /** Set to `off` to keep nothing in localStorage (the share link and export still work). */
  @property() persist: 'local' | 'off' = 'local';
  @state() step = 0;
  @state() status = '';
  @state() importError: string | null = null;
  @state() confirmingForget = false;
  @state() tableOpen = false;
  @state() shareLink = '';
  @state() shareFigures = false;

  // The parts: state and its actions (store), what loads (loads), what comes in (input), the
  // raw fields, the results, the documents, printing, territory mode.
  readonly store = new AdvisorStore({ key: () => storageKey(location.pathname, this.id), persist: () => this.persist !== 'off' });
  readonly loads = new AdvisorLoads(this);
  readonly input = new AdvisorInput(this);
  readonly fields = new FormFields(this);
  readonly documents: DocumentsController = new DocumentsController(this);
  readonly printer = new PrintController(this, () => this.loads.ensureRecommendation());
  private readonly results = new AdvisorResults((advice, recommendation) => this.emit('ess-results-change', { mode: 'enterprise', score: advice.score, recommendation, territory: null }));
  private readonly territoryMode = new LazyController(this, territoryModeLoader);
  /** Territory mode's controller, once its chunk is in (`mode="territory"` only). */
  territory: TerritoryController | null = null;
  private resultsListened = false;

  constructor() {
    super();
    // Every change of the store re-renders; the user's changes are told to the page.
    this.store.subscribe((cause) => {
      this.requestUpdate();
      if (this.store.saveFailed && this.status !== this.ui.status.unavailable) this.status = this.ui.status.saveFailed;
      if (cause === 'restore' || cause === 'incoming' || cause === 'compare') return;
      const d = this.store.data;
      this.emit('ess-answers-change', { context: d.context, answers: d.answers, figures: d.figures, cause });
    });
  }

  /** Which report the print shows: `full` (default, also for the browser's own Print) or `summary` (one A4 page). */
  get printMode(): 'summary' | 'full' {
    return this.printer.mode;
  }
  set printMode(mode: 'summary' | 'full') {
    this.printer.choose(mode);
  }
  get printing() {
    return this.printer.printing;
  }
  get ui() {
    return this.loads.ui;
  }
  get core() {
    return this.loads.l10n.core;
  }
  get locale() {
    return this.loads.l10n.locale;
  }
  get data(): AdvisorState {
    return this.store.data;
  }
  get questionText() {
    return this.loads.questionText;
  }
  get questionsStatus() {
    return this.loads.questionsStatus;
  }
  get recStatus() {
    return this.loads.recStatus;
  }
  get recReady() {
    return this.loads.recReady;
  }
  get advice() {
    return this.results.advice;
  }
  get recommendation() {
    return this.results.recommendation;
  }
  /** The short path's criteria (none until the scoring is here: the short step says it is loading). */
  get shortCriteria(): CriterionId[] {
    return this.loads.scoring.value?.shortPathCriteria(this.data, this.today) ?? [];
  }
  get today(): string {
    return dayOrToday(this.date);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.input.connect();
    // The user starts on the advisor: fetch the questionnaire text now.
    this.addEventListener('focusin', this.onFirstInteraction);
    this.addEventListener('pointerdown', this.onFirstInteraction);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.input.disconnect();
    this.removeEventListener('focusin', this.onFirstInteraction);
    this.removeEventListener('pointerdown', this.onFirstInteraction);
  }

  private readonly onFirstInteraction = (): void => {
    if (this.mode === 'territory') return;
    this.loads.ensureQuestions();
    this.loads.ensureScoring();
  };

  override willUpdate(changed: PropertyValues): void {
    this.input.willUpdate(changed);
    // Fetched once on entering territory mode; after a failure, only the retry button asks again.
    if (this.mode === 'territory' && this.territoryMode.status === 'idle') void this.startTerritory();
    if (changed.has('mode') || changed.has('src') || changed.has('for')) this.territory?.sync();
    if (changed.has('date') && this.mode === 'territory') this.territory?.recompute();
    const territory = this.mode === 'territory';
    const step = stepsOf(this.data.path)[this.step];
    // The scoring: as soon as there is something to score or to show (the first step asks none).
    this.loads.need({
      questions: !territory && isCriteriaStep(step),
      scoring: !territory && (step !== 'context' || this.data.path === 'short' || hasScoreInput(this.data)),
      recommendation: territory || step === 'results' || this.printing !== null || this.resultsListened || this.store.baseline !== null,
    });
    if (!territory) this.results.update({ data: this.data, today: this.today, scoring: this.loads.scoring.value, ready: this.recReady });
  }

  /** @internal The DOM's addEventListener; a listener of `ess-results-change` also starts loading the recommendation. */
  override addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
    if (listener) super.addEventListener(type, listener, options);
    if (type === 'ess-results-change' && !this.resultsListened) {
      this.resultsListened = true;
      this.requestUpdate();
    }
  }

  // ——— the shell's own actions: they move the step or focus ———
  goTo(index: number): void {
    this.step = Math.max(0, Math.min(stepsOf(this.data.path).length - 1, index));
    this.confirmingForget = false;
    this.focusAfterUpdate('#step-heading');
  }
  goToCriterion(id: CriterionId): void {
    const steps = stepsOf(this.data.path);
    const i = steps.findIndex((s) => criteriaOfStep(s, this.shortCriteria).includes(id));
    const group = criteria.find((c) => c.id === id)?.group;
    if (i < 0 && group) this.store.update({ path: 'full' }, 'path');
    this.goTo(i >= 0 ? i : stepsOf('full').indexOf(id === 'needs-fit' ? 'needs-fit' : (group ?? 'needs-fit')));
    this.focusAfterUpdate(`input[name="crit-${id}"]`);
  }
  setPath(path: 'short' | 'full'): void {
    this.store.update({ path }, 'path');
    this.step = 0;
  }
  toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }
  exportJson(): void {
    downloadText(`ess-advisor-${isoDay(new Date())}.json`, this.store.exportJson(), 'application/json');
  }
  chooseImport(): void {
    (this.renderRoot.querySelector('#import-file') as HTMLInputElement | null)?.click();
  }
  importFile(e: Event): void {
    void this.input.importFile(e);
  }
  share(): void {
    void this.input.share(this.shareFigures);
  }
  setShareFigures(v: boolean): void {
    this.shareFigures = v;
    if (this.shareLink) this.shareLink = this.store.shareLink(location.href, v);
  }
  askForget(): void {
    this.confirmingForget = true;
    this.focusAfterUpdate('#reset-no');
  }
  cancelForget(): void {
    this.confirmingForget = false;
    this.focusAfterUpdate('#reset');
  }
  forget(): void {
    this.input.forget();
  }
  resolveIncoming(choice: 'replace' | 'compare' | 'ignore'): void {
    this.input.resolveIncoming(choice);
  }
  restorePrevious(): void {
    this.store.restorePrevious();
    this.status = this.ui.incoming.restored;
  }
  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus());
  }

  // ——— public API ———
  /** The current questionnaire state (a copy): context, answers, figures, actions done. */
  get value(): AdvisorState {
    return structuredClone(this.data);
  }
  /** Replaces the answers (validated like an imported file). Resolves to false and changes nothing when the state is invalid. */
  load(state: unknown): Promise<boolean> {
    return this.input.loadState(state);
  }
  /** Forgets every answer (no confirmation: the caller asked). */
  reset(): void {
    this.input.forget();
  }

  /** Fetches territory mode's chunk and starts its controller (again after a failure: the retry button). */
  private async startTerritory(): Promise<void> {
    const m = await this.territoryMode.load();
    if (!m || this.territory !== null) return;
    this.territory = new m.TerritoryController(this, {
      active: () => this.mode === 'territory',
      src: () => this.src,
      follow: () => this.for,
      today: () => this.today,
      onResult: (territory) => this.emit('ess-results-change', { mode: 'territory', score: null, recommendation: null, territory }),
    });
    this.territory.sync();
    this.requestUpdate();
  }

  private renderTerritoryMode(): TemplateResult {
    const m = this.territoryMode.value;
    const common = this.loads.l10n.ui.common;
    if (m && this.territory) return m.renderTerritory(this, this.territory, this.loads.l10n.ui.dataErrors, common.loading);
    if (this.territoryMode.status === 'error') {
      return html`<p class="error" role="alert">${this.ui.territory.loadError}</p>
        <button type="button" part="button" @click=${() => void this.startTerritory()}>${common.retry}</button>`;
    }
    return html`<p class="muted" role="status">${common.loading}</p>`;
  }

  override render(): TemplateResult {
    const ui = this.ui;
    const territory = this.mode === 'territory';
    const steps = stepsOf(this.data.path);
    const scoring = this.loads.scoring.value;
    const onResults = steps[this.step] === 'results';
    return html`<div class="root ${this.printing ? `printing-${this.printing}` : ''}" part="root" lang=${this.locale}>
      <slot name="heading"><h2>${territory ? ui.territoryTitle : ui.title}</h2></slot>
      <p class="status" part="status" role="status" aria-live="polite">${this.status}</p>
      ${this.input.restoreFailed ? html`<button type="button" part="button" class="no-print" @click=${() => this.input.restore()}>${ui.retryRestore}</button>` : nothing}
      ${territory
        ? this.renderTerritoryMode()
        : html`<p class="help no-print">${ui.intro}</p>
            ${renderIncoming(this)} ${renderRestorePrevious(this)}
            <div class="questionnaire-area" ?inert=${this.input.restoring} aria-busy=${this.input.restoring ? 'true' : 'false'}>
              ${renderPath(this)} ${renderProgress(this, this.step)} ${renderStep(this, this.step)}
              ${scoring ? html`${scoring.renderChanges(this)} ${scoring.renderResults(this, onResults)}` : renderScoringState(this, onResults)}
              ${renderTools(this)}
            </div>`}
    </div>`;
  }
}
