// What the render partials read from the element and call back: one interface, so each partial is
// a plain function of the view (no Lit class to learn first) and the element stays a thin shell.
import type { ActionId, CriterionId, LabelMessages, ScoringQuestions } from '@terreau/core';
import type { LazyStatus } from '../internal/lazy-controller.js';
import type { Locale } from '../internal/localize.js';
import type { AdvisorState } from './advisor-state.js';
import type { AdvisorStore } from './advisor-store.js';
import type { Advice, RecommendationResult } from './advice.js';
import type { AdvisorInput } from './advisor-input.js';
import type { AdvisorLoads } from './advisor-loads.js';
import type { DocumentsController } from './documents-controller.js';
import type { FormFields } from './form-fields.js';
import type { PrintController } from './print-controller.js';
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
  // The parts the partials act through (each owns its state and actions).
  readonly input: AdvisorInput;
  readonly fields: FormFields;
  readonly documents: DocumentsController;
  readonly printer: PrintController;
  readonly loads: AdvisorLoads;
  // UI state the partials show.
  readonly importError: string | null;
  readonly confirmingForget: boolean;
  readonly tableOpen: boolean;
  readonly shareLink: string;
  readonly shareFigures: boolean;
  // Actions of the shell (they move focus or the step).
  goTo(index: number): void;
  goToCriterion(id: CriterionId): void;
  setPath(path: 'short' | 'full'): void;
  toggleTable(): void;
  exportJson(): void;
  chooseImport(): void;
  importFile(e: Event): void;
  share(): void;
  setShareFigures(v: boolean): void;
  askForget(): void;
  cancelForget(): void;
  forget(): void;
  resolveIncoming(choice: 'replace' | 'compare' | 'ignore'): void;
  restorePrevious(): void;
}
