import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  ACTIVITY_IDS,
  ACTOR_TYPE_IDS,
  APPROVAL_IDS,
  CRITERION_GROUP_IDS,
  CRITERION_IDS,
  DECISION_MAKER_IDS,
  FUNDING_SOURCE_IDS,
  LEVER_IDS,
  FAMILY_IDS,
  STAGE_IDS,
  THEME_IDS,
  ZONING_IDS,
  activities,
  bandThresholds,
  criteria,
  approvalsImpliedBy,
  typesOfFamily,
  typology,
  type ActorTypeId,
  type Answer,
  type CriterionGroupId,
  type CriterionId,
  type LegalBasisEntry,
  type LeverId,
  type LabelMessages,
  type ScoringQuestions,
} from '@terreau/core';
import { TerreauElement } from '../internal/terreau-element.js';
import { loadDataset } from '../internal/load-data.js';
import { LocaleController, formatDate, formatNumber, type Locale } from '../internal/localize.js';
import { advisorMessages, type AdvisorCoreMessages } from './messages.js';
import '../events/ess-answers-change.js';
import '../events/ess-results-change.js';
import type { EssDataLoadDetail } from '../events/ess-data-load.js';
import { advisorStyles } from './ess-lever-advisor.styles.js';
import { advisorFr, type AdvisorMessages } from './locales/fr.js';
import type { AdvisorContext, AdvisorState, StateProblem } from './advisor-state.js';
import { emptyAdvisorState } from './empty-state.js';
import { clearState, readSaved, saveState, storageKey } from './storage.js';
import { encodeShare, hashWithoutShare, shareFromHash, shareUrl } from './share-link.js';
import { stateInputLoader } from './state-input-loader.js';
import { layoutScoreChart, type ChartRowInput } from './score-chart.js';
import { downloadText, isoDay, readTextFile } from './file-io.js';
import { criterionText, fillTemplate, labelOf } from './labels.js';
import {
  FIGURE_FIELDS,
  SUBSIDY_FIELDS,
  draftFromFigures,
  figuresFromDraft,
  type FigureError,
  type FigureField,
  type FiguresDraft,
} from './figures-form.js';
import { findCommune, zonesForCommune } from './communes.js';
import {
  computeAdvice,
  type Advice,
  type RecommendationResult,
  type ShownSuggestion,
  type TerritoryInput,
  type TerritoryRecommendation,
} from './advice.js';
import { recommendationLoader, type RecommendationModule } from './recommendation-loader.js';
import { questionsLoader } from './questions.js';

/** Questionnaire steps, in order; the three groups and needs-fit come from core's criteria. */
type StepId = 'context' | 'figures' | CriterionGroupId | 'needs-fit' | 'results';
const STEPS: readonly StepId[] = ['context', 'figures', ...CRITERION_GROUP_IDS, 'needs-fit', 'results'];

const criteriaOfStep = (step: StepId): CriterionId[] =>
  step === 'needs-fit' ? ['needs-fit'] : criteria.filter((c) => c.group === step).map((c) => c.id);

/** A step that asks criteria (needs the questionnaire text). */
const isCriteriaStep = (step: StepId | undefined): boolean => step !== undefined && step !== 'context' && step !== 'figures' && step !== 'results';

const LEVELS = [0, 1, 2, 3, 4] as const;
const splitList = (v: string | null | undefined): string[] => (v ?? '').split(/[\s,]+/).filter((s) => s.length > 0);
const pick = <T extends string>(ids: readonly T[], values: string[]): T[] => values.filter((v): v is T => (ids as readonly string[]).includes(v));
const one = <T extends string>(ids: readonly T[], value: string | null | undefined): T | undefined =>
  value != null && (ids as readonly string[]).includes(value) ? (value as T) : undefined;

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
 * Territory mode (`mode="territory"`): recommends how the local authority can animate its whole
 * ESS ecosystem, from a diagnosis of the actors read from `src` (actors JSON, the same formats as
 * `<ess-map>`), or from an `<ess-map>` of the same page: with `for="map-id"` the advisor listens to
 * that map only; without `for`, to any `<ess-map>` of the document. It reads the map's validated
 * actors (its `actors` property) on `ess-data-load` and narrows them on `ess-filter-change`.
 *
 * @tag ess-lever-advisor
 * @summary Pérennité questionnaire and ranked, explained support actions for a local decision-maker, drop-in.
 *
 * @event ess-answers-change - An answer, a context field or a figure changed; detail: `{ context, answers, figures, cause }`.
 * @event ess-results-change - Results were recomputed; detail: `{ mode, score, recommendation, territory }`. The recommendation
 * (core's `recommendActions`, its catalogues and text) loads on first need — the results step, printing, or a listener of this
 * event added on the element — so `recommendation` is `null` until then and the event fires again, with it, once it arrives.
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
 * @csspart action - One recommended action.
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
export class EssLeverAdvisor extends TerreauElement {
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

  /** Date the advice is given for (ISO, `2026-04-01`); today when absent. Legal bases are those in force that day. */
  @property() date: string | null = null;

  /** Territory mode: URL of an actors file (JSON, dataset, GeoJSON or CSV, like `<ess-map src>`). */
  @property() src: string | null = null;

  /** Territory mode: id of the `<ess-map>` to follow; without it, any map of the document. */
  @property({ attribute: 'for' }) for: string | null = null;

  /** Set to `off` to keep nothing in localStorage (the share link and export still work). */
  @property() persist: 'local' | 'off' = 'local';

  @state() private data: AdvisorState = emptyAdvisorState();
  @state() private step = 0;
  @state() private status = '';
  /** Saved answers or a share link are being read back: the questionnaire waits (inert) meanwhile. */
  @state() private restoring = false;
  /** The code that reads saved answers back could not be fetched: saving pauses (it would overwrite them). */
  @state() private restoreFailed = false;
  @state() private communeText = '';
  @state() private communeError: string | null = null;
  @state() private draft: FiguresDraft = { amounts: {}, funders: {} };
  @state() private figureErrors: Partial<Record<FigureField, FigureError>> = {};
  @state() private importError: string | null = null;
  @state() private leverFilter: LeverId | '' = '';
  @state() private confirmingReset = false;
  @state() private tableOpen = false;
  @state() private shareLink = '';
  @state() private territoryInput: TerritoryInput | null = null;
  @state() private territoryStatus = '';
  @state() private advisorUi: AdvisorMessages = advisorFr;
  /** The recommendation chunk: not asked for yet, on its way, failed (retryable), or here in the current language. */
  @state() private recState: 'idle' | 'loading' | 'error' | 'ready' = 'idle';
  /** The questionnaire text (questions, anchors): not asked for yet, on its way, failed (retryable), or here. */
  @state() private questionsState: 'idle' | 'loading' | 'error' | 'ready' = 'idle';
  /** True while the page is printed: the full report is rendered whatever the current step. */
  @state() private printing = false;

  @query('#step-heading') private stepHeading!: HTMLElement | null;
  @query('#import-file') private importInput!: HTMLInputElement | null;

  private readonly l10n = new LocaleController(this, advisorMessages);
  private advice: Advice | null = null;
  /** The loaded recommendation module, all of core's messages in its language, and its result for the current answers. */
  private rec: RecommendationModule | null = null;
  private recMessages: LabelMessages | null = null;
  private recommendation: RecommendationResult | null = null;
  private recLoading = false;
  /** The questionnaire text and its language. */
  private questions: { locale: Locale; text: ScoringQuestions } | null = null;
  /** A listener of `ess-results-change` was added on the element: it gets the recommendation without opening results. */
  private resultsListened = false;
  private territory: TerritoryRecommendation | null = null;
  private restored = false;
  private mapListeners: (() => void) | null = null;
  private loadAbort: AbortController | null = null;

  private get key(): string {
    return storageKey(location.pathname, this.id);
  }

  private get today(): string {
    return this.date && /^\d{4}-\d{2}-\d{2}$/.test(this.date) ? this.date : isoDay(new Date());
  }

  private printQuery: MediaQueryList | null = null;
  private readonly onPrintChange = (): void => {
    this.printing = this.printQuery?.matches ?? false;
  };
  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.listenToMaps();
    // The user starts on the advisor: fetch the questionnaire text now, so it is here by the time
    // they reach the first criteria step.
    this.addEventListener('focusin', this.onFirstInteraction);
    this.addEventListener('pointerdown', this.onFirstInteraction);
    // Printing (or print preview, or print media emulated) renders the full report.
    this.printQuery = matchMedia('print');
    this.printQuery.addEventListener('change', this.onPrintChange);
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onPrintChange);
    this.printing = this.printQuery.matches;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.onFirstInteraction);
    this.removeEventListener('pointerdown', this.onFirstInteraction);
    this.printQuery?.removeEventListener('change', this.onPrintChange);
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onPrintChange);
    this.mapListeners?.();
    this.mapListeners = null;
    this.loadAbort?.abort();
  }

  override willUpdate(changed: PropertyValues): void {
    // First update: every attribute set at creation is known by now.
    if (!this.restored) this.restore();
    const presets = ['decisionMaker', 'commune', 'type', 'stage', 'activity', 'approvals', 'zones', 'funding'];
    // A preset attribute changed after the first render (not its initial value): apply it.
    if (this.hasUpdated && presets.some((p) => changed.has(p))) {
      this.data = { ...this.data, context: this.applyPresets(this.data.context, true) };
    }
    if ((changed.has('for') || changed.has('mode')) && this.isConnected && this.hasUpdated) this.listenToMaps();
    if ((changed.has('src') || changed.has('mode')) && this.mode === 'territory' && this.src) void this.loadSrc(this.src);
    if (this.l10n.locale === 'en' && this.advisorUi === advisorFr) void this.loadEnglishUi();
    if (this.l10n.locale === 'fr') this.advisorUi = advisorFr;
    if (this.mode === 'territory' || STEPS[this.step] === 'results' || this.printing || this.resultsListened) this.ensureRecommendation();
    if (this.mode !== 'territory' && isCriteriaStep(STEPS[this.step])) this.ensureQuestions();
    if (this.mode === 'territory') {
      if (changed.has('territoryInput') || changed.has('date') || changed.has('mode')) {
        void this.computeTerritory();
      }
      return;
    }
    const recompute = changed.has('data') || changed.has('date') || changed.has('mode') || this.advice === null;
    if (recompute) this.advice = computeAdvice(this.data, this.today);
    // The recommendation, once its code is here: with every recompute, and once when it arrives.
    const recommend = this.rec !== null && (recompute || this.recommendation === null);
    if (recommend) this.recommendation = this.rec!.computeRecommendation(this.data, this.today);
    if ((recompute || recommend) && this.advice) {
      this.emit('ess-results-change', {
        mode: 'enterprise',
        score: this.advice.score,
        recommendation: this.recommendation,
        territory: null,
      });
    }
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
    // Someone wants the results as data: load the recommendation (and fire again with it).
    if (type === 'ess-results-change' && !this.resultsListened) {
      this.resultsListened = true;
      this.requestUpdate();
    }
  }

  /**
   * Starts loading the recommendation chunk and core's recommend/toolkit text in the current
   * language, unless it is here or on its way; a language change loads that language's text.
   * A failure leaves `recState` at 'error' (the results say so and offer to retry).
   */
  private ensureRecommendation(): void {
    if (this.recLoading || this.recState === 'error') return;
    const base = this.core;
    if (this.rec && this.recMessages?.locale === base.locale) return;
    this.recLoading = true;
    this.recState = 'loading';
    void (async () => {
      try {
        const mod = this.rec ?? (await recommendationLoader.load());
        const messages = await mod.fullMessages(base);
        this.rec = mod;
        this.recMessages = messages;
        this.recState = 'ready';
      } catch {
        this.recState = 'error';
      } finally {
        this.recLoading = false;
        this.requestUpdate();
      }
    })();
  }

  private readonly onRetryRecommendation = (): void => {
    this.recState = 'idle';
    this.ensureRecommendation();
  };

  private readonly onFirstInteraction = (): void => {
    if (this.mode !== 'territory') this.ensureQuestions();
  };

  /**
   * Starts loading the questionnaire text in the current language unless it is here or on its way.
   * A failure leaves `questionsState` at 'error': the criteria steps say so, offer to retry, and keep
   * working on the generic 0–4 scale.
   */
  private ensureQuestions(): void {
    const locale = this.l10n.locale;
    if (this.questionsState === 'loading' || this.questionsState === 'error' || this.questions?.locale === locale) return;
    this.questionsState = 'loading';
    questionsLoader.load(locale).then(
      (text) => {
        this.questions = { locale, text };
        // A language change while loading: load that language next.
        this.questionsState = 'ready';
        if (this.l10n.locale !== locale) this.ensureQuestions();
      },
      () => {
        this.questionsState = 'error';
      },
    );
  }

  private readonly onRetryQuestions = (): void => {
    this.questionsState = 'idle';
    this.ensureQuestions();
  };

  /** The questionnaire text when it is in the language in use (else null: the generic scale is shown). */
  private get questionText(): ScoringQuestions | null {
    return this.questions?.locale === this.l10n.locale ? this.questions.text : null;
  }

  /** The loaded recommendation module and messages, when they match the language in use (else null: nothing shown in the wrong language). */
  private get recReady(): { rec: RecommendationModule; messages: LabelMessages } | null {
    return this.rec && this.recMessages && this.recMessages.locale === this.core.locale ? { rec: this.rec, messages: this.recMessages } : null;
  }

  // ——— state in and out ———

  /** Preset attributes over a context: with `force`, presets replace values; otherwise they fill gaps. */
  private applyPresets(context: AdvisorContext, force: boolean): AdvisorContext {
    const next: AdvisorContext = { ...context };
    const set = <K extends keyof AdvisorContext>(k: K, v: AdvisorContext[K] | undefined) => {
      if (v === undefined) return;
      const empty = next[k] === undefined || (Array.isArray(next[k]) && (next[k] as unknown[]).length === 0);
      if (force || empty) next[k] = v;
    };
    set('decisionMaker', one(DECISION_MAKER_IDS, this.decisionMaker));
    set('type', one(ACTOR_TYPE_IDS, this.type));
    set('stage', one(STAGE_IDS, this.stage));
    const activity = one(ACTIVITY_IDS, this.activity);
    set('activities', activity ? [activity] : undefined);
    if (this.approvals) set('approvals', pick(APPROVAL_IDS, splitList(this.approvals)));
    if (this.funding) set('fundingSources', pick(FUNDING_SOURCE_IDS, splitList(this.funding)));
    if (this.commune) {
      const found = findCommune(this.commune);
      if (found && (force || next.communeCode === undefined)) {
        next.communeCode = found.code;
        next.zones = zonesForCommune(found.code, this.today);
      }
    }
    if (this.zones) set('zones', pick(ZONING_IDS, splitList(this.zones)));
    return next;
  }

  /**
   * First load: share link, else saved answers, else presets. Says what happened in the status line.
   * With nothing to read back (a first visit) the empty questionnaire shows at once; otherwise the
   * validation code is fetched first, the questionnaire inert and a status saying so meanwhile.
   */
  private restore(): void {
    this.restored = true;
    const ui = this.advisorUi;
    const payload = shareFromHash(location.hash);
    const saved = this.persist === 'off' ? ({ status: 'empty' } as const) : readSaved(this.key);
    if (payload !== null) {
      // Take the answers out of the address once read: a later reload must show the user's own
      // (saved) work, not the link's state again.
      try {
        history.replaceState(history.state, '', `${location.pathname}${location.search}${hashWithoutShare(location.hash)}`);
      } catch {
        // A sandboxed frame may refuse; the link then simply stays.
      }
    }
    if (payload === null && saved.status !== 'found') {
      this.setData(emptyAdvisorState(), 'restore', false);
      this.status = saved.status === 'unavailable' ? ui.status.unavailable : '';
      return;
    }
    this.restoring = true;
    this.restoreFailed = false;
    this.status = ui.status.restoring;
    stateInputLoader.load().then(
      (m) => {
        let state = emptyAdvisorState();
        let message = '';
        if (payload !== null) {
          const shared = m.decodeShare(payload);
          if (shared.ok) {
            state = shared.state;
            message = ui.status.shareLoaded;
          } else message = ui.status.shareBad;
        } else if (saved.status === 'found') {
          const parsed = m.parseAdvisorJson(saved.text);
          if (parsed.ok) {
            state = parsed.state;
            message = parsed.state.savedAt ? ui.status.restored(this.formatSavedAt(parsed.state.savedAt)) : ui.status.restoredUndated;
          } else {
            message = parsed.problem.kind === 'version' ? ui.status.discardedOld : ui.status.discardedBad;
          }
        }
        this.restoring = false;
        this.setData(state, payload !== null ? 'share-link' : 'restore', payload !== null && message === ui.status.shareLoaded);
        this.status = message;
      },
      () => {
        // Nothing is lost: the saved entry stays as it is, and saving waits until it has been read.
        this.restoring = false;
        this.restoreFailed = true;
        this.setData(emptyAdvisorState(), 'restore', false);
        this.status = ui.status.restoreFailed;
      },
    );
  }

  private readonly onRetryRestore = (): void => {
    this.restore();
  };

  private formatSavedAt(iso: string): string {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso.slice(0, 40);
    return new Intl.DateTimeFormat(this.l10n.locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(d);
  }

  /** Replaces the whole state (restore, import, reset, share link) and re-syncs the raw fields. */
  private setData(state: AdvisorState, cause: string, persist: boolean): void {
    // Presets (attributes) fill what the loaded state leaves open: the embedding page's context holds.
    this.data = { ...state, context: this.applyPresets(state.context, false) };
    this.draft = draftFromFigures(state.figures);
    this.figureErrors = {};
    this.communeText = this.data.context.communeCode ?? '';
    this.communeError = null;
    if (persist) this.persistNow();
    if (cause !== 'restore') this.emitAnswers(cause);
  }

  /** One change by the user: update, save, tell the page. */
  private change(patch: Partial<AdvisorState>, cause: string): void {
    this.data = { ...this.data, ...patch };
    this.persistNow();
    this.emitAnswers(cause);
  }

  private persistNow(): void {
    // While saved answers are unread (being read, or their reading failed), saving would erase them.
    if (this.persist === 'off' || this.restoring || this.restoreFailed) return;
    if (!saveState(this.key, this.data)) {
      const message = this.advisorUi.status.saveFailed;
      if (this.status !== this.advisorUi.status.unavailable) this.status = message;
    }
  }

  private emitAnswers(cause: string): void {
    this.emit('ess-answers-change', {
      context: this.data.context,
      answers: this.data.answers,
      figures: this.data.figures,
      cause,
    });
  }

  private async loadEnglishUi(): Promise<void> {
    try {
      const { advisorEn } = await import('./locales/en.js');
      if (this.l10n.locale === 'en') this.advisorUi = advisorEn;
    } catch {
      // Stay in French rather than break.
    }
  }

  // ——— territory mode ———

  private listenToMaps(): void {
    this.mapListeners?.();
    const target: EventTarget = document;
    const fromOurMap = (e: Event): HTMLElement | null => {
      const el = e.composedPath()[0];
      if (!(el instanceof HTMLElement) || el.localName !== 'ess-map') return null;
      if (this.for && el.id !== this.for) return null;
      return el;
    };
    // The map's validated actors that its filter leaves visible (public `visibleActors`), read once
    // the map has applied the change.
    const follow = (map: HTMLElement, rejected: number | null) => {
      const m = map as HTMLElement & { visibleActors?: readonly unknown[]; updateComplete?: Promise<unknown> };
      void Promise.resolve(m.updateComplete).then(() => {
        if (this.mode !== 'territory' || !Array.isArray(m.visibleActors)) return;
        this.territoryInput = { actors: [...m.visibleActors], rejected: rejected ?? this.territoryInput?.rejected ?? 0 };
      });
    };
    const onLoad = (e: Event) => {
      const map = fromOurMap(e);
      if (map) follow(map, (e as CustomEvent<EssDataLoadDetail>).detail.rejected);
    };
    const onFilter = (e: Event) => {
      const map = fromOurMap(e);
      if (map) follow(map, null);
    };
    target.addEventListener('ess-data-load', onLoad);
    target.addEventListener('ess-filter-change', onFilter);
    // A map that loaded before this element was connected (or before `for` named it) sent its
    // event already: read it now if it has data.
    if (this.mode === 'territory') {
      const existing = this.for ? document.getElementById(this.for) : document.querySelector('ess-map');
      const actors = (existing as { visibleActors?: readonly unknown[] } | null)?.visibleActors;
      if (existing?.localName === 'ess-map' && Array.isArray(actors) && actors.length > 0) follow(existing, null);
    }
    this.mapListeners = () => {
      target.removeEventListener('ess-data-load', onLoad);
      target.removeEventListener('ess-filter-change', onFilter);
    };
  }

  /** Territory mode: core's recommendations for the current diagnosis (the code loads on first use). */
  private async computeTerritory(): Promise<void> {
    const input = this.territoryInput;
    if (!input) {
      this.territory = null;
      return;
    }
    const { computeTerritoryAdvice } = await import('./on-demand.js');
    if (input !== this.territoryInput) return;
    this.territory = computeTerritoryAdvice(input, this.today);
    this.requestUpdate();
    this.emit('ess-results-change', { mode: 'territory', score: null, recommendation: null, territory: this.territory });
  }

  /** Territory mode: reads `src` with the same loader as <ess-map> (JSON, dataset, GeoJSON, CSV). */
  private async loadSrc(url: string): Promise<void> {
    this.loadAbort?.abort();
    const abort = new AbortController();
    this.loadAbort = abort;
    this.territoryStatus = this.l10n.ui.common.loading;
    const outcome = await loadDataset('src', { src: url, signal: abort.signal });
    if (abort.signal.aborted) return;
    if ('failure' in outcome) {
      const f = outcome.failure;
      const e = this.l10n.ui.dataErrors;
      this.territoryStatus = f.kind === 'http' ? e.http(f.status ?? 0) : f.kind === 'timeout' ? e.timeout(15) : e[f.kind];
      return;
    }
    this.territoryInput = { actors: outcome.actors, rejected: new Set(outcome.issues.filter((i) => i.collection !== 'partnerships').map((i) => i.index)).size };
    this.territoryStatus = '';
  }

  // ——— handlers ———

  private goTo(index: number): void {
    this.step = Math.max(0, Math.min(STEPS.length - 1, index));
    this.confirmingReset = false;
    void this.updateComplete.then(() => this.stepHeading?.focus());
  }

  private onAnswer(id: CriterionId, answer: Answer): void {
    this.change({ answers: { ...this.data.answers, [id]: answer } }, id);
  }

  private onContextSelect(field: 'type' | 'stage' | 'decisionMaker' | 'activity', value: string): void {
    const context = { ...this.data.context };
    if (field === 'activity') context.activities = one(ACTIVITY_IDS, value) ? [value as (typeof ACTIVITY_IDS)[number]] : [];
    else if (field === 'type') {
      const v = one(ACTOR_TYPE_IDS, value);
      if (v) {
        context.type = v;
        // Being an ACI, an EA… implies its convention or approval (core's typology): tick it.
        context.approvals = [...new Set([...context.approvals, ...approvalsImpliedBy(v)])];
      } else delete context.type;
    } else if (field === 'stage') {
      const v = one(STAGE_IDS, value);
      if (v) context.stage = v;
      else delete context.stage;
    } else {
      const v = one(DECISION_MAKER_IDS, value);
      if (v) context.decisionMaker = v;
      else delete context.decisionMaker;
    }
    this.change({ context }, field);
  }

  private onContextToggle(field: 'approvals' | 'zones' | 'fundingSources', id: string, checked: boolean): void {
    const current = this.data.context[field] as string[];
    const next = checked ? [...new Set([...current, id])] : current.filter((x) => x !== id);
    this.change({ context: { ...this.data.context, [field]: next } as AdvisorContext }, field);
  }

  private onCommuneInput(e: Event): void {
    this.communeText = (e.target as HTMLInputElement).value;
    if (this.communeError) this.communeError = null;
  }

  private onCommuneCommit(): void {
    const text = this.communeText.trim();
    const context = { ...this.data.context };
    if (text === '') {
      delete context.communeCode;
      this.communeError = null;
      this.change({ context }, 'communeCode');
      return;
    }
    const found = findCommune(text);
    if (!found) {
      this.communeError = this.advisorUi.errors.unknownCommune(text.slice(0, 60));
      return;
    }
    this.communeError = null;
    this.communeText = found.code;
    context.communeCode = found.code;
    context.zones = zonesForCommune(found.code, this.today);
    this.change({ context }, 'communeCode');
  }

  private onFigureInput(field: FigureField, value: string): void {
    const draft = { ...this.draft, amounts: { ...this.draft.amounts, [field]: value } };
    this.draft = draft;
    const { figures, errors } = figuresFromDraft(draft);
    this.figureErrors = errors;
    this.change({ figures }, 'figures');
  }

  private onFunderInput(field: (typeof SUBSIDY_FIELDS)[number], value: string): void {
    const draft = { ...this.draft, funders: { ...this.draft.funders, [field]: value } };
    this.draft = draft;
    this.change({ figures: figuresFromDraft(draft).figures }, 'figures');
  }

  private onExport(): void {
    const body = JSON.stringify({ ...this.data, savedAt: new Date().toISOString() }, null, 2);
    downloadText(`ess-advisor-${isoDay(new Date())}.json`, body, 'application/json');
  }

  private async onImport(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await readTextFile(file);
    if (text === null) {
      this.importError = this.advisorUi.errors.importTooBig;
      return;
    }
    let reader: Awaited<ReturnType<typeof stateInputLoader.load>>;
    try {
      reader = await stateInputLoader.load();
    } catch {
      this.importError = this.advisorUi.errors.importUnavailable;
      return;
    }
    const parsed = reader.parseAdvisorJson(text);
    if (!parsed.ok) {
      this.importError = this.problemText(parsed.problem);
      return;
    }
    this.importError = null;
    this.restoreFailed = false;
    this.setData(parsed.state, 'import', true);
    this.status = this.advisorUi.status.imported;
  }

  private problemText(problem: StateProblem): string {
    const e = this.advisorUi.errors;
    if (problem.kind === 'not-json') return e.importNotJson;
    if (problem.kind === 'version') return e.importVersion(String(JSON.stringify(problem.found) ?? 'undefined').slice(0, 30));
    return e.importField(problem.path.slice(0, 80), problem.code);
  }

  private async onShare(): Promise<void> {
    const link = shareUrl(location.href, encodeShare(this.data));
    this.shareLink = link;
    // The link is always shown (selectable); copying is a bonus that an unfocused page, an iframe
    // without permission or an old browser may refuse — or leave pending, hence the time limit.
    const copied = await Promise.race([
      navigator.clipboard?.writeText(link).then(
        () => true,
        () => false,
      ) ?? Promise.resolve(false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000)),
    ]);
    this.status = copied ? this.advisorUi.status.shareCopied : this.advisorUi.status.shareReady;
  }

  /** Asks for confirmation; focus goes to "Cancel" (the safe choice) since the button that was clicked hides. */
  private onAskReset(): void {
    this.confirmingReset = true;
    void this.updateComplete.then(() => (this.renderRoot.querySelector('#reset-no') as HTMLElement | null)?.focus());
  }

  private onCancelReset(): void {
    this.confirmingReset = false;
    void this.updateComplete.then(() => (this.renderRoot.querySelector('#reset') as HTMLElement | null)?.focus());
  }

  private onReset(): void {
    this.confirmingReset = false;
    // The user chose to forget everything, saved answers included: saving may resume.
    this.restoreFailed = false;
    if (this.persist !== 'off') clearState(this.key);
    this.setData(emptyAdvisorState(), 'reset', false);
    this.shareLink = '';
    this.importError = null;
    this.status = this.advisorUi.status.reset;
    this.step = 0;
    void this.updateComplete.then(() => this.stepHeading?.focus());
  }

  private async onDraft(actionId: string): Promise<void> {
    const action = this.recommendation?.actions.find((a) => a.actionId === actionId);
    const ready = this.recReady;
    if (!action || !ready) return;
    const { conventionDraft } = await import('./on-demand.js');
    const md = conventionDraft(action, this.data, ready.messages, this.today);
    downloadText(`convention-${actionId}-${this.today}.md`, md, 'text/markdown');
    this.status = this.advisorUi.status.draftSaved;
  }

  // ——— public methods ———

  /** The current questionnaire state (a copy): context, answers and figures. */
  get value(): AdvisorState {
    return structuredClone(this.data);
  }

  /**
   * Replaces the answers (validated like an imported file). Resolves to false and changes nothing
   * when the state is invalid (or the validation code cannot be fetched).
   */
  async load(state: unknown): Promise<boolean> {
    let input: Awaited<ReturnType<typeof stateInputLoader.load>>;
    try {
      input = await stateInputLoader.load();
    } catch {
      return false;
    }
    const parsed = input.parseAdvisorJson(JSON.stringify(state));
    if (!parsed.ok) return false;
    this.restoreFailed = false;
    this.setData(parsed.state, 'import', true);
    return true;
  }

  /** Forgets every answer (no confirmation: the caller asked). */
  reset(): void {
    this.onReset();
  }

  // ——— rendering ———

  private get core(): AdvisorCoreMessages {
    return this.l10n.core;
  }

  private renderProgress(): TemplateResult {
    const ui = this.advisorUi;
    return html`<nav class="progress" part="progress" aria-label=${ui.progress}>
      <ol>
        ${STEPS.map((s, i) => {
          const done = s !== 'context' && s !== 'figures' && s !== 'results' && criteriaOfStep(s).every((c) => this.data.answers[c] !== undefined);
          return html`<li>
            <button
              type="button"
              part="button"
              class=${done ? 'done' : ''}
              aria-current=${i === this.step ? 'step' : nothing}
              @click=${() => this.goTo(i)}
            >
              ${i + 1}. ${this.stepTitle(s)}
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private stepTitle(s: StepId): string {
    const ui = this.advisorUi;
    if (s === 'context') return ui.steps.context;
    if (s === 'figures') return ui.steps.figures;
    if (s === 'results') return ui.steps.results;
    if (s === 'needs-fit') return criterionText(this.core, 'needs-fit').label;
    return labelOf(this.core, 'groups', s);
  }

  /** A select; `groups` (optional) puts the options in labelled optgroups (a family, a theme…). */
  private renderSelect(
    id: string,
    label: string,
    none: string,
    groups: readonly { label: string | null; ids: readonly string[] }[],
    value: string | undefined,
    kind: Parameters<typeof labelOf>[1],
    onChange: (v: string) => void,
  ): TemplateResult {
    const option = (v: string) => html`<option value=${v} ?selected=${value === v}>${labelOf(this.core, kind, v)}</option>`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === undefined}>${none}</option>
        ${groups.map((g) => (g.label === null ? g.ids.map(option) : html`<optgroup label=${g.label}>${g.ids.map(option)}</optgroup>`))}
      </select>
    </div>`;
  }

  private renderChecks(legend: string, field: 'approvals' | 'zones' | 'fundingSources', ids: readonly string[], kind: Parameters<typeof labelOf>[1], describedBy?: string): TemplateResult {
    const selected = this.data.context[field] as string[];
    return html`<fieldset aria-describedby=${describedBy ?? nothing}>
      <legend>${legend}</legend>
      <div class="options">
        ${ids.map(
          (v) => html`<label class="option">
            <input
              type="checkbox"
              name=${field}
              value=${v}
              .checked=${selected.includes(v)}
              @change=${(e: Event) => this.onContextToggle(field, v, (e.target as HTMLInputElement).checked)}
            /><span>${labelOf(this.core, kind, v)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  /** Enterprise types, by family: the ESS and its insertion structures (not public bodies or funders). */
  private typeGroups(): { label: string; ids: ActorTypeId[] }[] {
    const ess = new Set(typology.filter((n) => n.kind === 'type' && n.essMembership !== 'no').map((n) => n.id));
    return FAMILY_IDS.map((f) => ({ label: labelOf(this.core, 'families', f), ids: typesOfFamily(f).filter((t) => ess.has(t)) })).filter((g) => g.ids.length > 0);
  }

  /** Activities by theme. */
  private activityGroups(): { label: string; ids: string[] }[] {
    return THEME_IDS.map((t) => ({ label: labelOf(this.core, 'themes', t), ids: activities.filter((a) => a.theme === t).map((a) => a.id) }));
  }

  private renderContext(): TemplateResult {
    const ui = this.advisorUi.context;
    const c = this.data.context;
    const found = c.communeCode ? findCommune(c.communeCode) : null;
    const flat = (ids: readonly string[]) => [{ label: null, ids }];
    return html`
      ${this.renderSelect('ctx-type', ui.type, ui.typeNone, this.typeGroups(), c.type, 'types', (v) => this.onContextSelect('type', v))}
      ${this.renderSelect('ctx-activity', ui.activity, ui.activityNone, this.activityGroups(), c.activities[0], 'activities', (v) =>
        this.onContextSelect('activity', v),
      )}
      ${this.renderChecks(ui.approvals, 'approvals', APPROVAL_IDS, 'approvals')}
      <div class="field">
        <label for="ctx-commune">${ui.commune}</label>
        <input
          id="ctx-commune"
          type="text"
          autocomplete="off"
          inputmode="text"
          .value=${this.communeText}
          aria-invalid=${this.communeError ? 'true' : 'false'}
          aria-describedby="ctx-commune-help ${this.communeError ? 'ctx-commune-error' : ''}"
          @input=${this.onCommuneInput}
          @change=${this.onCommuneCommit}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              this.onCommuneCommit();
            }
          }}
        />
        <p id="ctx-commune-help" class="help">
          ${ui.communeHelp} ${found && found.name !== found.code ? ui.communeFound(found.name, found.code) : nothing}
          ${found && c.zones.length === 0 ? ui.communeUnknownZones : nothing}
        </p>
        ${this.communeError ? html`<p id="ctx-commune-error" class="error">${this.communeError}</p>` : nothing}
      </div>
      ${this.renderChecks(ui.zones, 'zones', ZONING_IDS, 'zonings')}
      ${this.renderSelect('ctx-stage', ui.stage, ui.stageNone, flat(STAGE_IDS), c.stage, 'stages', (v) => this.onContextSelect('stage', v))}
      ${this.renderChecks(ui.funding, 'fundingSources', FUNDING_SOURCE_IDS, 'fundingSources')}
      ${this.renderSelect('ctx-dm', ui.decisionMaker, ui.decisionMakerNone, flat(DECISION_MAKER_IDS), c.decisionMaker, 'decisionMakers', (v) =>
        this.onContextSelect('decisionMaker', v),
      )}
    `;
  }

  private renderFigures(): TemplateResult {
    const ui = this.advisorUi;
    const field = (f: FigureField) => {
      const id = `fig-${f.replace(/\./g, '-')}`;
      const error = this.figureErrors[f];
      const message = error === 'negative' ? ui.errors.negative : error ? ui.errors.notANumber : '';
      return html`<div class="field">
        <label for=${id}>${ui.figures.fields[f]}</label>
        <input
          id=${id}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          .value=${this.draft.amounts[f] ?? ''}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          @input=${(e: Event) => this.onFigureInput(f, (e.target as HTMLInputElement).value)}
        />
        ${error ? html`<p id="${id}-error" class="error">${message}</p>` : nothing}
        ${(SUBSIDY_FIELDS as readonly string[]).includes(f)
          ? html`<label class="muted" for="${id}-funder">${ui.figures.funder}</label>
              <input
                id="${id}-funder"
                type="text"
                autocomplete="off"
                .value=${this.draft.funders[f as (typeof SUBSIDY_FIELDS)[number]] ?? ''}
                @input=${(e: Event) => this.onFunderInput(f as (typeof SUBSIDY_FIELDS)[number], (e.target as HTMLInputElement).value)}
              />`
          : nothing}
      </div>`;
    };
    return html`<p class="help">${ui.figures.intro}</p>
      <div class="figures-grid">${FIGURE_FIELDS.map(field)}</div>`;
  }

  private renderCriterion(id: CriterionId): TemplateResult {
    const ui = this.advisorUi;
    const text = criterionText(this.core, id, this.questionText);
    const levels = this.core.scoring.answers.levels;
    const answer = this.data.answers[id];
    const suggestion = this.advice?.suggestions[id];
    const name = `crit-${id}`;
    const radio = (value: Answer, label: TemplateResult | string, suffix: string) =>
      html`<label class="option">
        <input type="radio" name=${name} id="${name}-${suffix}" .checked=${answer === value} @change=${() => this.onAnswer(id, value)} /><span
          >${label}</span
        >
      </label>`;
    return html`<fieldset class="criterion" part="criterion" aria-describedby=${text.question || suggestion ? `${name}-desc` : nothing}>
      <legend>${text.label}</legend>
      <div id="${name}-desc">
        ${text.question ? html`<p class="help">${text.question}</p>` : nothing}
        ${suggestion ? this.renderSuggestion(id, suggestion, answer) : nothing}
      </div>
      <div class="scale">
        ${LEVELS.map((n) =>
          radio(n, html`<span class="level">${n}</span> ${text.anchors?.[n] ?? (levels[n] ?? '').replace(/^\d\s*—\s*/, '')}`, String(n)),
        )}
      </div>
      <div class="other">
        ${radio('unknown', this.core.scoring.answers.unknown, 'unknown')}
        ${radio('not-applicable', this.core.scoring.answers['not-applicable'], 'na')}
      </div>
    </fieldset>`;
  }

  private renderSuggestion(id: CriterionId, suggestion: ShownSuggestion, answer: Answer | undefined): TemplateResult {
    const ui = this.advisorUi.figures;
    const q = this.questionText;
    const locale = this.l10n.locale;
    const num = (n: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(n);
    const band = (b: { from: number | null; to: number | null }) => `[${b.from === null ? '−∞' : num(b.from)} ; ${b.to === null ? '+∞' : num(b.to)}[`;
    return html`<div class="suggestion">
      ${q
        ? html`<p>${fillTemplate(q.suggestion.summary, { answer: suggestion.answer })}</p>
            <ul>
              ${suggestion.basis.map(
                (b) =>
                  html`<li>
                    ${fillTemplate(q.suggestion.basis, { indicator: (q.indicators as Record<string, { label: string } | undefined>)[b.indicatorId]?.label ?? b.indicatorId, value: num(b.value), band: band(b.band), answer: b.answer })}
                  </li>`,
              )}
            </ul>`
        : html`<p>${ui.suggested(suggestion.answer)}</p>`}
      ${answer === suggestion.answer
        ? html`<p>${ui.applied}</p>`
        : html`${answer === undefined || answer === 'unknown' ? html`<p class="muted">${ui.usedInScore}</p>` : nothing}
            <button type="button" part="button" @click=${() => this.onAnswer(id, suggestion.answer)}>${ui.apply(suggestion.answer)}</button>`}
    </div>`;
  }

  /** While the questionnaire text loads, or if it failed: said above the criteria, never a blank step. */
  private renderQuestionsState(): TemplateResult | typeof nothing {
    const ui = this.advisorUi.questions;
    if (this.questionText) return nothing;
    if (this.questionsState === 'error') {
      return html`<div class="questions-state">
        <p class="error" role="alert">${ui.error}</p>
        <button type="button" part="button" @click=${this.onRetryQuestions}>${ui.retry}</button>
      </div>`;
    }
    return html`<p class="questions-state muted" role="status">${ui.loading}</p>`;
  }

  private renderStep(): TemplateResult {
    const s = STEPS[this.step] ?? 'context';
    const ui = this.advisorUi;
    const last = this.step === STEPS.length - 1;
    let body: TemplateResult | typeof nothing = nothing;
    if (s === 'context') body = this.renderContext();
    else if (s === 'figures') body = this.renderFigures();
    else if (s !== 'results') body = html`${this.renderQuestionsState()}${criteriaOfStep(s).map((c) => this.renderCriterion(c))}`;
    return html`<section class="questionnaire" part="step" aria-labelledby="step-heading" ?hidden=${s === 'results'}>
        <h3 id="step-heading" tabindex="-1">${ui.stepOf(this.step + 1, STEPS.length)} — ${this.stepTitle(s)}</h3>
        ${body}
      </section>
      <div class="nav" part="nav">
        ${this.step > 0 ? html`<button type="button" part="button" @click=${() => this.goTo(this.step - 1)}>${ui.previous}</button>` : nothing}
        ${!last
          ? html`<button type="button" part="button" class="primary" @click=${() => this.goTo(this.step + 1)}>${ui.next}</button>
              ${this.step < STEPS.length - 2
                ? html`<button type="button" part="button" @click=${() => this.goTo(STEPS.length - 1)}>${ui.showResults}</button>`
                : nothing}`
          : nothing}
      </div>`;
  }

  private renderTools(): TemplateResult {
    const ui = this.advisorUi.save;
    return html`<section class="tools-wrap no-print" aria-label=${ui.tools}>
      <div class="tools" part="tools">
        <button type="button" part="button" @click=${this.onExport}>${ui.export}</button>
        <button type="button" part="button" @click=${() => this.importInput?.click()} aria-describedby=${this.importError ? 'import-error' : nothing}>
          ${ui.import}
        </button>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          hidden
          aria-invalid=${this.importError ? 'true' : 'false'}
          @change=${this.onImport}
        />
        <button type="button" part="button" @click=${this.onShare}>${ui.share}</button>
        <button type="button" part="button" @click=${() => print()}>${ui.print}</button>
        <button type="button" part="button" class="danger" id="reset" @click=${this.onAskReset} ?hidden=${this.confirmingReset}>
          ${ui.reset}
        </button>
      </div>
      ${this.importError ? html`<p id="import-error" class="error" role="alert">${this.importError}</p>` : nothing}
      ${this.confirmingReset
        ? html`<div class="confirm" role="group" aria-labelledby="reset-q">
            <p id="reset-q">${ui.resetConfirm}</p>
            <button type="button" part="button" class="danger" @click=${this.onReset}>${ui.resetYes}</button>
            <button type="button" part="button" id="reset-no" @click=${this.onCancelReset}>${ui.resetNo}</button>
          </div>`
        : nothing}
      ${this.shareLink
        ? html`<div class="field">
            <label for="share-url">${ui.shareLabel}</label>
            <input id="share-url" class="share-url" type="text" readonly .value=${this.shareLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          </div>`
        : nothing}
    </section>`;
  }

  private renderChart(advice: Advice): TemplateResult {
    const ui = this.advisorUi.results;
    const score = advice.score;
    const rows: ChartRowInput[] = [];
    for (const g of CRITERION_GROUP_IDS) {
      rows.push({ key: g, label: labelOf(this.core, 'groups', g), score: score.groups[g]?.score ?? null, level: 'group' });
      for (const c of criteriaOfStep(g)) rows.push({ key: c, label: criterionText(this.core, c).label, score: score.criteria[c]?.score ?? null, level: 'criterion' });
    }
    rows.unshift({ key: 'needs-fit', label: criterionText(this.core, 'needs-fit').label, score: score.criteria['needs-fit']?.score ?? null, level: 'group' });
    const layout = layoutScoreChart(rows, [bandThresholds['to-consolidate'], bandThresholds.solid]);
    const fmt = (n: number | null) => (n === null ? ui.notScored : formatNumber(this.l10n.locale, Math.round(n)));
    const summary = rows
      .filter((r) => r.level === 'group')
      .map((r) => `${r.label} : ${fmt(r.score)}`)
      .join(' ; ');
    return html`<h4>${ui.chart}</h4>
      <svg class="chart" part="chart" role="img" aria-label=${ui.chartLabel(summary)} viewBox="0 0 ${layout.width} ${layout.height}" focusable="false">
        ${layout.rows.map(
          (r) => svg`<text x=${layout.scaleX} y=${r.labelY} class=${r.level}>${r.label}</text>
            <rect class="track" x=${layout.scaleX} y=${r.barY} width=${layout.scaleWidth} height=${layout.barHeight}></rect>
            <rect class="bar ${r.level}" x=${layout.scaleX} y=${r.barY} width=${r.barWidth} height=${layout.barHeight}></rect>
            <text x=${layout.scaleX + layout.scaleWidth + 4} y=${r.barY + layout.barHeight - 1}>${r.score === null ? '—' : Math.round(r.score)}</text>`,
        )}
        ${layout.rows.map((r) =>
          layout.rules.map((rule) => svg`<line class="rule" x1=${rule.x} x2=${rule.x} y1=${r.barY - 2} y2=${r.barY + layout.barHeight + 2}></line>`),
        )}
      </svg>
      <p class="help">
        ${ui.chartRules(
          (['to-consolidate', 'solid'] as const).map((b) => `${formatNumber(this.l10n.locale, bandThresholds[b])} (${labelOf(this.core, 'bands', b)})`).join(', '),
        )}
      </p>
      <button type="button" part="button" class="no-print" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="score-table" @click=${() => (this.tableOpen = !this.tableOpen)}>
        ${ui.showTable}
      </button>
      <div id="score-table" class="table-wrap" ?hidden=${!this.tableOpen}>
        <table part="table">
          <caption class="visually-hidden">${ui.table}</caption>
          <thead>
            <tr><th scope="col">${ui.colItem}</th><th scope="col">${ui.colAnswer}</th><th scope="col">${ui.colScore}</th></tr>
          </thead>
          <tbody>
            ${rows.map((r) => {
              const c = r.level === 'criterion' || r.key === 'needs-fit' ? score.criteria[r.key as CriterionId] : undefined;
              const used = c && c.source !== 'none' ? this.answerText(c.answer) : '';
              return html`<tr class=${r.level === 'group' ? 'group-row' : ''}>
                <th scope="row">${r.label}</th>
                <td>${used}${c?.source === 'suggested' ? ` (${this.core.scoring.sources.suggested})` : ''}</td>
                <td class="num">${fmt(r.score)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  private answerText(a: Answer | undefined): string {
    if (a === undefined) return '';
    if (a === 'unknown') return this.core.scoring.answers.unknown;
    if (a === 'not-applicable') return this.core.scoring.answers['not-applicable'];
    return String(a);
  }

  private renderCriterionList(ids: readonly CriterionId[]): TemplateResult {
    return ids.length === 0
      ? html`<p class="muted">${this.advisorUi.results.none}</p>`
      : html`<ul>
          ${ids.map((id) => html`<li>${criterionText(this.core, id).label}</li>`)}
        </ul>`;
  }

  /** The recommended actions; until their code and text are here, a polite loading line (or a retryable error). */
  private renderRecommendation(): TemplateResult {
    const ui = this.advisorUi.results;
    const ready = this.recReady;
    if (ready && this.recommendation) return this.renderActions(this.recommendation, ready.rec, ready.messages);
    if (this.recState === 'error') {
      return html`<div class="rec-state">
        <h3>${ui.actions}</h3>
        <p class="error" role="alert">${ui.recError}</p>
        <button type="button" part="button" class="no-print" @click=${this.onRetryRecommendation}>${ui.recRetry}</button>
      </div>`;
    }
    return html`<div class="rec-state" aria-busy="true">
      <h3>${ui.actions}</h3>
      <p class="muted" role="status">${ui.recLoading}</p>
    </div>`;
  }

  private renderActions(rec: RecommendationResult, m: RecommendationModule, core: LabelMessages): TemplateResult {
    const ui = this.advisorUi.results;
    // The printed report lists every action, whatever the filter on screen.
    const actions = rec.actions.filter((a) => this.printing || this.leverFilter === '' || a.leverId === this.leverFilter);
    const locale = this.l10n.locale;
    return html`<h3>${ui.actions}</h3>
      <p>${labelOf(core, 'confidence', rec.confidence)}</p>
      ${rec.notices.length > 0
        ? html`<ul class="notices">
            ${rec.notices.map((n) => html`<li>${m.reasonText(n, core)}</li>`)}
          </ul>`
        : nothing}
      <div class="field filter">
        <label for="lever-filter">${ui.filter}</label>
        <select id="lever-filter" @change=${(e: Event) => (this.leverFilter = (e.target as HTMLSelectElement).value as LeverId | '')}>
          <option value="" ?selected=${this.leverFilter === ''}>${ui.allLevers}</option>
          ${LEVER_IDS.map((l) => html`<option value=${l} ?selected=${this.leverFilter === l}>${labelOf(core, 'levers', l)}</option>`)}
        </select>
      </div>
      ${actions.length === 0 ? html`<p class="muted" role="status">${ui.noActions}</p>` : nothing}
      <ol class="actions-list">
        ${actions.map((a) => {
          const title = labelOf(core, 'actions', a.actionId);
          return html`<li class="action" part="action" data-action-id=${a.actionId}>
            <h4>${ui.rank(a.rank)} — ${title}</h4>
            <p class="badges">
              <span class="badge">${ui.lever} : ${labelOf(core, 'levers', a.leverId)}</span>
              <span class="badge priority priority-${a.priority}" data-priority=${a.priority}>${labelOf(core, 'priorities', a.priority)}</span>
            </p>
            <div class="columns">
              <div>
                <h5 class="h5">${ui.why}</h5>
                <ul>
                  ${a.reasons.map((r) => html`<li>${m.reasonText(r, core)}</li>`)}
                </ul>
              </div>
              <div>
                <h5 class="h5">${ui.how}</h5>
                <ol>
                  ${m.stepsText(a, core).map((s) => html`<li>${s}</li>`)}
                </ol>
              </div>
            </div>
            ${this.renderLegal(a.legalBasis, m, core)}
            ${a.examples.length > 0
              ? html`<h5 class="h5">${ui.examples}</h5>
                  <ul>
                    ${a.examples.map((ex) => html`<li>${m.exampleText(a, ex, core)}</li>`)}
                  </ul>`
              : nothing}
            <button type="button" part="button" class="no-print" aria-label=${ui.draftFor(title)} @click=${() => this.onDraft(a.actionId)}>${ui.draft}</button>
          </li>`;
        })}
      </ol>`;
  }

  private renderLegal(list: readonly LegalBasisEntry[], m: RecommendationModule, core: LabelMessages): TemplateResult | typeof nothing {
    if (list.length === 0) return nothing;
    const ui = this.advisorUi.results;
    const locale = this.l10n.locale;
    const d = (iso: string) => formatDate(locale, iso);
    return html`<h5 class="h5">${ui.legal} ${ui.legalAsOf(d(this.today))}</h5>
      <ul>
        ${list.map((b) => {
          const t = m.legalText(b, core);
          return html`<li>
            ${t.label}${t.value ? html` : <strong>${t.value}</strong>` : nothing}
            <span class="muted">(${b.validTo ? ui.validRange(d(b.validFrom), d(b.validTo)) : ui.validFrom(d(b.validFrom))} ; ${ui.source} : ${b.source})</span>
          </li>`;
        })}
      </ul>`;
  }

  private renderResults(): TemplateResult {
    const ui = this.advisorUi.results;
    const advice = this.advice;
    if (!advice) return html``;
    const score = advice.score;
    const onResults = STEPS[this.step] === 'results';
    const band = score.band;
    return html`<section class="results ${onResults ? '' : 'compact'}" part="results" aria-labelledby="results-heading">
      <h3 id="results-heading">${ui.heading}</h3>
      <dl class="summary" part="summary">
        <div>
          <dt>${ui.overall}</dt>
          <dd>${score.overall === null ? '—' : `${formatNumber(this.l10n.locale, Math.round(score.overall))} / 100`}</dd>
        </div>
        <div>
          <dt>${ui.band}</dt>
          <dd class=${band ? `band-${band}` : ''}>${band ? labelOf(this.core, 'bands', band) : '—'}</dd>
        </div>
        <div>
          <dt>${ui.completeness}</dt>
          <dd>${formatNumber(this.l10n.locale, Math.round(score.completeness * 100))} %</dd>
        </div>
      </dl>
      ${score.overall === null ? html`<p class="muted">${ui.noScore}</p>` : nothing}
      ${onResults || this.printing
        ? html`<div class="full">
        ${this.renderChart(advice)}
        <div class="columns">
          <div>
            <h4>${ui.strengths}</h4>
            ${this.renderCriterionList(score.strengths)}
          </div>
          <div>
            <h4>${ui.weaknesses}</h4>
            ${this.renderCriterionList(score.weaknesses)}
          </div>
        </div>
        ${score.unanswered.some((u) => u.couldChangeBand)
          ? html`<h4>${ui.couldChange}</h4>
              <ul>
                ${score.unanswered
                  .filter((u) => u.couldChangeBand)
                  .map(
                    (u) => html`<li>
                      <button type="button" part="button" class="link no-print" @click=${() => this.goToCriterion(u.criterionId)}>
                        ${criterionText(this.core, u.criterionId).label}
                      </button>
                      <span class="print-only">${criterionText(this.core, u.criterionId).label}</span>
                    </li>`,
                  )}
              </ul>`
          : nothing}
        ${this.renderRecommendation()}
          </div>`
        : nothing}
    </section>`;
  }

  private goToCriterion(id: CriterionId): void {
    const c = criteria.find((x) => x.id === id);
    const step: StepId = c?.group ?? 'needs-fit';
    this.goTo(STEPS.indexOf(step));
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`input[name="crit-${id}"]`) as HTMLElement | null)?.focus());
  }

  private renderTerritory(): TemplateResult {
    const ui = this.advisorUi.territory;
    const r = this.advisorUi.results;
    const t = this.territory;
    const input = this.territoryInput;
    const ready = this.recReady;
    if (!ready && t && input) {
      // The actions' text loads with the recommendation chunk: say so (or offer to retry) meanwhile.
      return html`<p>${ui.intro}</p>
        ${this.recState === 'error'
          ? html`<p class="error" role="alert">${r.recError}</p>
              <button type="button" part="button" @click=${this.onRetryRecommendation}>${r.recRetry}</button>`
          : html`<p class="muted" role="status" aria-busy="true">${r.recLoading}</p>`}`;
    }
    const m = ready?.rec;
    const core = ready?.messages;
    return html`<p>${ui.intro}</p>
      ${!t || !input ? html`<p class="muted">${this.territoryStatus || ui.waiting}</p>` : nothing}
      ${t && input && m && core
        ? html`<p>${ui.actors(input.actors.length)}${input.rejected > 0 ? html` — ${ui.rejected(input.rejected)}` : nothing}</p>
            <h3>${ui.recommendations}</h3>
            ${t.actions.length === 0 ? html`<p class="muted">${r.noActions}</p>` : nothing}
            <ol class="actions-list">
              ${t.actions.map(
                (a) => html`<li class="action" part="action" data-action-id=${a.actionId}>
                  <h4>${r.rank(a.rank)} — ${labelOf(core, 'territoryActions', a.actionId)}</h4>
                  <p class="badges">
                    <span class="badge priority priority-${a.priority}" data-priority=${a.priority}>${labelOf(core, 'priorities', a.priority)}</span>
                  </p>
                  <div class="columns">
                    <div>
                      <h5 class="h5">${r.why}</h5>
                      <ul>
                        ${a.reasons.map((reason) => html`<li>${m.reasonText(reason, core)}</li>`)}
                      </ul>
                    </div>
                    <div>
                      <h5 class="h5">${r.how}</h5>
                      <ol>
                        ${m.territoryStepsText(a, core).map((step) => html`<li>${step}</li>`)}
                      </ol>
                    </div>
                  </div>
                  ${this.renderLegal(a.legalBasis, m, core)}
                </li>`,
              )}
            </ol>`
        : nothing}`;
  }

  override render(): TemplateResult {
    const ui = this.advisorUi;
    const territory = this.mode === 'territory';
    return html`<div class="root" part="root" lang=${this.l10n.locale}>
      <slot name="heading"><h2>${territory ? ui.territoryTitle : ui.title}</h2></slot>
      <p class="status" part="status" role="status" aria-live="polite">${this.status}</p>
      ${this.restoreFailed
        ? html`<button type="button" part="button" class="no-print" @click=${this.onRetryRestore}>${ui.retryRestore}</button>`
        : nothing}
      ${territory
        ? this.renderTerritory()
        : html`<p class="help no-print">${ui.intro}</p>
            <div class="questionnaire-area" ?inert=${this.restoring} aria-busy=${this.restoring ? 'true' : 'false'}>
              ${this.renderProgress()} ${this.renderStep()} ${this.renderResults()} ${this.renderTools()}
            </div>`}
    </div>`;
  }
}
