import type { PerenniteScore, RecommendationResult, TerritoryRecommendation } from '@terreau/core';

/** Detail of `ess-results-change`: what core computed for the current answers. */
export interface EssResultsChangeDetail {
  /** 'enterprise' (questionnaire) or 'territory' (territorial animation). */
  mode: 'enterprise' | 'territory';
  /** core's `scorePerennite` result (enterprise mode). */
  score: PerenniteScore | null;
  /** core's `recommendActions` result (enterprise mode). */
  recommendation: RecommendationResult | null;
  /** core's `recommendTerritoryActions` result (territory mode). */
  territory: TerritoryRecommendation | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Fired by `<ess-lever-advisor>` after its results were recomputed. */
    'ess-results-change': CustomEvent<EssResultsChangeDetail>;
  }
}
