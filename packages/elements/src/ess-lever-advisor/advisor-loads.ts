// Every chunk <ess-lever-advisor> fetches after start, each through the shared LazyController: the
// English chrome and core's English labels (lang=en), the questionnaire's text (per language), the
// scoring (core's score and the results' partials), the recommendation code and its English text. Says what is here (the text in use, the recommendation
// ready in the language in use) and loads what the current view needs. Lit-free but for the
// controllers it creates.
import type { ScoringQuestions } from '@terreau/core';
import { LazyController, type LazyStatus } from '../internal/lazy-controller.js';
import { LocaleController } from '../internal/localize.js';
import type { EssLeverAdvisor } from './ess-lever-advisor.component.js';
import { advisorMessages, type AdvisorCoreMessages } from './messages.js';
import { advisorFr, type AdvisorMessages } from './locales/fr.js';
import * as loaders from './loaders.js';

export class AdvisorLoads {
  private readonly englishCore: LazyController<Awaited<ReturnType<typeof loaders.englishCoreLoader.load>>>;
  readonly l10n: LocaleController<AdvisorCoreMessages>;
  private readonly englishUi: LazyController<loaders.EnglishUiModule>;
  private readonly questionsFr: LazyController<ScoringQuestions>;
  private readonly questionsEn: LazyController<ScoringQuestions>;
  /** Core's scoring and the partials that show it (scoring.ts). */
  readonly scoring: LazyController<loaders.ScoringModule>;
  private readonly recCode: LazyController<loaders.RecommendationModule>;
  private readonly recEnglish: LazyController<Awaited<ReturnType<typeof loaders.englishRecommendationLoader.load>>>;

  constructor(host: EssLeverAdvisor) {
    this.englishCore = new LazyController(host, loaders.englishCoreLoader);
    this.l10n = new LocaleController(host, { fr: advisorMessages.fr, en: () => this.englishCore.load().then((m) => m ?? Promise.reject(this.englishCore.error)) });
    this.englishUi = new LazyController(host, loaders.englishUiLoader);
    this.questionsFr = new LazyController(host, { load: () => loaders.questionsLoader.load('fr') });
    this.questionsEn = new LazyController(host, { load: () => loaders.questionsLoader.load('en') });
    this.scoring = new LazyController(host, loaders.scoringLoader);
    this.recCode = new LazyController(host, loaders.recommendationLoader);
    this.recEnglish = new LazyController(host, loaders.englishRecommendationLoader);
  }

  /** The element's own text in the language in use (French until the English chunk is here). */
  get ui(): AdvisorMessages {
    return this.l10n.locale === 'en' ? (this.englishUi.value?.advisorEn ?? advisorFr) : advisorFr;
  }
  private get questions(): LazyController<ScoringQuestions> {
    return this.l10n.locale === 'en' ? this.questionsEn : this.questionsFr;
  }
  get questionText(): ScoringQuestions | null {
    return this.questions.value ?? null;
  }
  get questionsStatus(): LazyStatus {
    return this.questions.status;
  }
  get recStatus(): LazyStatus {
    return this.recCode.status === 'ready' && this.l10n.locale === 'en' ? this.recEnglish.status : this.recCode.status;
  }
  /** The recommendation code and all of core's text in the language in use, once both are here. */
  get recReady() {
    const rec = this.recCode.value;
    if (!rec || (this.l10n.locale === 'en' && !this.recEnglish.value)) return null;
    const messages = rec.fullMessages(this.l10n.core, this.recEnglish.value);
    return messages.locale === this.l10n.locale ? { rec, messages } : null;
  }

  /** Loads what the view needs now: the English chrome, the questions, the scoring, the recommendation. */
  need(what: { questions: boolean; scoring: boolean; recommendation: boolean }): void {
    if (this.l10n.locale === 'en' && this.englishUi.status === 'idle') void this.englishUi.load();
    if (what.scoring || what.recommendation) this.ensureScoring();
    if (what.recommendation) this.ensureRecommendation();
    if (what.questions) this.ensureQuestions();
  }
  /** Loads the questionnaire text once; after a failure only the retry button tries again. */
  ensureQuestions(): void {
    if (this.questions.status === 'idle') void this.questions.load();
  }
  /** Loads the scoring once; after a failure only the retry button tries again. */
  ensureScoring(): void {
    if (this.scoring.status === 'idle') void this.scoring.load();
  }
  retryScoring(): void {
    void this.scoring.load();
  }
  ensureRecommendation(): void {
    if (this.recCode.status === 'idle') void this.recCode.load();
    if (this.l10n.locale === 'en' && this.recEnglish.status === 'idle') void this.recEnglish.load();
  }
  retryQuestions(): void {
    void this.questions.load();
  }
  retryRecommendation(): void {
    void this.recCode.load();
    if (this.l10n.locale === 'en') void this.recEnglish.load();
  }
}
