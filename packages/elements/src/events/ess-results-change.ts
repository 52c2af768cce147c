import type { PerenniteScore, RecommendationResult, TerritoryRecommendation } from '@terreau/core';

/** Detail of `ess-results-change`: what core computed for the current answers. */
export interface EssResultsChangeDetail {
  /** 'enterprise' (questionnaire) or 'territory' (territorial animation). */
  mode: 'enterprise' | 'territory';
  /** core's `scorePerennite` result (enterprise mode). */
  score: PerenniteScore | null;
  /**
   * core's `recommendActions` result (enterprise mode). The recommendation code and text load on
   * first need (the results step is opened, the page is printed, or a listener of this event is
   * added on the element itself): until then, and in territory mode, it is `null`, and the event is
   * fired again, with it, as soon as it arrives. A listener added only on an ancestor (event
   * delegation) does not trigger the load: listen on the element to get it without opening results.
   */
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
