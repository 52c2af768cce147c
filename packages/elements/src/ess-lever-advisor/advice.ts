// The one place where the advisor calls core: the questionnaire's state goes in, core's results come
// out, with nothing decided here that core decides (scores, bands, suggestions, eligibility,
// ranking, legal bases, texts). Lit-free. The recommendation itself is in recommendation.ts (loaded
// on first need).
import {
  needsOfActivities,
  scorePerennite,
  suggestAnswers,
  themeOfNeed,
  weightProfileFor,
  type Actor,
  type AnswerLevel,
  type CriterionId,
  type PerenniteScore,
  type RecommendationResult,
  type RecommendedAction,
  type TerritoryRecommendation,
} from '@terreau/core';
import type { AdvisorState } from './advisor-state.js';

export type { RecommendationResult, RecommendedAction, TerritoryRecommendation };

/** A suggestion from the figures, as the questionnaire shows it next to a criterion. */
export interface ShownSuggestion {
  answer: AnswerLevel;
  /** The indicators that led to it: value, band bounds (null = open) and the answer each gives. */
  basis: { indicatorId: string; value: number; band: { from: number | null; to: number | null }; answer: AnswerLevel }[];
}

/** What the questionnaire shows live: the score and the figures' suggestions (the recommendation loads apart). */
export interface Advice {
  score: PerenniteScore;
  suggestions: Partial<Record<CriterionId, ShownSuggestion>>;
}

/** The enterprise described by the context step, as core's Actor (an unknown type is read as an association). */
export function actorOf(state: AdvisorState, today: string): Actor {
  const c = state.context;
  return {
    id: 'ess-lever-advisor',
    name: 'ess-lever-advisor',
    type: c.type ?? 'association',
    identifiers: {},
    ...(c.communeCode !== undefined ? { communeCode: c.communeCode } : {}),
    activities: [...c.activities],
    needs: needsOfActivities(c.activities),
    approvals: [...c.approvals],
    zones: c.zones.map((zoning) => ({ zoning, source: 'declared' as const })),
    assets: [],
    provenance: { source: 'ess-lever-advisor', checkedAt: today },
  };
}

/** The weight profile of the context: its zonings and the theme of its main activity's first need. */
export function profileOf(state: AdvisorState) {
  const firstNeed = needsOfActivities(state.context.activities)[0];
  return weightProfileFor({ zonings: state.context.zones, ...(firstNeed ? { theme: themeOfNeed(firstNeed) } : {}) });
}

/** Score and suggestions for the current answers, as of `today` (recommendActions scores them the same way). */
export function computeAdvice(state: AdvisorState, today: string): Advice {
  const suggestions: Advice['suggestions'] = {};
  for (const s of suggestAnswers(state.figures).suggestions) suggestions[s.criterionId] = { answer: s.answer, basis: s.basis };
  const score = scorePerennite(profileOf(state), state.answers, { figures: state.figures, date: today });
  return { score, suggestions };
}

// ——— territory mode ———

export interface TerritoryInput {
  /** Validated actors (core's Actor), e.g. an <ess-map>'s visible actors. */
  actors: readonly Actor[];
  /** Records the source rejected as invalid. */
  rejected: number;
}
