// What the render partials read from the element and call back: one interface, so each partial is
// a plain function of the view (no Lit class to learn first) and the element stays a thin shell.
import type { CriterionId, LabelMessages, ScoringQuestions, Answer, ActionId } from '@terreau/core';
import type { LazyStatus } from '../internal/lazy-controller.js';
import type { Locale } from '../internal/localize.js';
import type { AdvisorContext, AdvisorState } from './advisor-state.js';
import type { AdvisorStore } from './advisor-store.js';
import type { Advice, RecommendationResult } from './advice.js';
import type { FigureError, FigureField, FiguresDraft, SUBSIDY_FIELDS } from './figures-form.js';
import type { AdvisorMessages } from './locales/fr.js';
import type { AdvisorCoreMessages } from './messages.js';
import type { RecommendationModule } from './recommendation-loader.js';
import type { DocumentFormat } from './documents.js';

/** Which report is printed: the one-page summary or the full report (null: the screen). */
export type PrintMode = 'summary' | 'full' | null;

export interface DocumentForm {
  actionId: ActionId | '';
  amount: string;
  startDate: string;
  months: string;
  format: DocumentFormat;
  error: string | null;
}

export interface AdvisorHost {
  readonly ui: AdvisorMessages;
  readonly core: AdvisorCoreMessages;
  readonly locale: Locale;
  readonly today: string;
  readonly store: AdvisorStore;
  readonly data: AdvisorState;
  readonly advice: Advice | null;
  readonly questionText: ScoringQuestions | null;
  readonly questionsStatus: LazyStatus;
  /** Recommendation code and all of core's text in the language in use, when here. */
  readonly recReady: { rec: RecommendationModule; messages: LabelMessages } | null;
  readonly recommendation: RecommendationResult | null;
  readonly recStatus: LazyStatus;
  readonly printing: PrintMode;
  readonly shortCriteria: readonly CriterionId[];
  // UI state the partials show.
  readonly communeText: string;
  readonly communeError: string | null;
  readonly draft: FiguresDraft;
  readonly figureErrors: Partial<Record<FigureField, FigureError>>;
  readonly importError: string | null;
  readonly confirmingForget: boolean;
  readonly tableOpen: boolean;
  readonly shareLink: string;
  readonly shareFigures: boolean;
  readonly docForm: DocumentForm;
  readonly docStatus: LazyStatus;
  // Actions.
  goTo(index: number): void;
  goToCriterion(id: CriterionId): void;
  answer(id: CriterionId, answer: Answer): void;
  setContext(patch: Partial<AdvisorContext>, cause: string): void;
  selectContext(field: 'type' | 'stage' | 'decisionMaker' | 'activity' | 'request', value: string): void;
  toggleContext(field: 'approvals' | 'zones' | 'fundingSources', id: string, checked: boolean): void;
  communeInput(value: string): void;
  communeCommit(): void;
  figureInput(field: FigureField, value: string): void;
  funderInput(field: (typeof SUBSIDY_FIELDS)[number], value: string): void;
  setPath(path: 'short' | 'full'): void;
  toggleDone(id: ActionId, done: boolean): void;
  toggleTable(): void;
  retryQuestions(): void;
  retryRecommendation(): void;
  exportJson(): void;
  chooseImport(): void;
  importFile(e: Event): void;
  share(): void;
  setShareFigures(v: boolean): void;
  print(mode: 'summary' | 'full'): void;
  askForget(): void;
  cancelForget(): void;
  forget(): void;
  resolveIncoming(choice: 'replace' | 'compare' | 'ignore'): void;
  restorePrevious(): void;
  setDocForm(patch: Partial<DocumentForm>): void;
  downloadDocument(): void;
}
