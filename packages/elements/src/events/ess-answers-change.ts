import type { Answers, Figures } from '@terreau/core';
import type { AdvisorContext } from '../ess-lever-advisor/advisor-state.js';

/** Detail of `ess-answers-change`: the whole questionnaire state after the user's change. */
export interface EssAnswersChangeDetail {
  /** Context step: actor type, approvals, activity, commune and zones, stage, funding, who asks. */
  context: AdvisorContext;
  /** Criterion answers (0–4, 'unknown', 'not-applicable'); unanswered criteria are absent. */
  answers: Answers;
  /** Figures entered in the optional figures step (euros). */
  figures: Figures;
  /** What changed: a criterion id, a context field name, 'figures', 'import', 'reset', 'restore' or 'share-link'. */
  cause: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Fired by `<ess-lever-advisor>` whenever an answer, a context field or a figure changes. */
    'ess-answers-change': CustomEvent<EssAnswersChangeDetail>;
  }
}
