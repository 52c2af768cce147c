// The one place where the advisor calls core: the questionnaire's state goes in, core's results come
// out, with nothing decided here that core decides (scores, bands, suggestions, eligibility,
// ranking, legal bases, texts). Lit-free. The recommendation itself is in recommendation.ts (loaded
// on first need).
import {
  needsOfActivities,
  scorePerennite,
  suggestAnswers,
  weightProfileOfActor,
  type Actor,
  type AnswerLevel,
  type CriterionId,
  type PerenniteScore,
  type RecommendationResult,
  type RecommendedAction,
  type TerritoryRecommendation,
} from '@terreau/core';
import type { AdvisorState } from './advisor-state.js';
import { SHORT_PATH_SIZE } from './steps.js';

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

/** The weight profile of the context: core's one rule for an actor's context (zonings on the day, theme). */
export function profileOf(state: AdvisorState, today: string) {
  return weightProfileOfActor(actorOf(state, today), today);
}

/** Score and suggestions for the current answers, as of `today` (recommendActions scores them the same way). */
export function computeAdvice(state: AdvisorState, today: string): Advice {
  const suggestions: Advice['suggestions'] = {};
  for (const s of suggestAnswers(state.figures).suggestions) suggestions[s.criterionId] = { answer: s.answer, basis: s.basis };
  const score = scorePerennite(profileOf(state, today), state.answers, { figures: state.figures, date: today });
  return { score, suggestions };
}

/** How many criteria the short path asks (steps.ts, for the shell that shows it before this is loaded). */
export { SHORT_PATH_SIZE };

/**
 * The criteria that move the result most for this context — those whose answer (0 to 4) spans the
 * widest range of the overall score with nothing else answered, by core's own scoring of the
 * context's weight profile — in catalogue order. The short path asks these; the rest stay unknown
 * (the range of the score says what they could change).
 */
export function shortPathCriteria(state: AdvisorState, today: string): CriterionId[] {
  const empty = scorePerennite(profileOf(state, today), {}, { date: today });
  const spread = (u: (typeof empty.unanswered)[number]) => (u.overallIfHighest ?? 0) - (u.overallIfLowest ?? 0);
  const ranked = empty.unanswered.map((u, i) => ({ id: u.criterionId, s: spread(u), i })).sort((a, b) => b.s - a.s || a.i - b.i);
  const chosen = new Set(ranked.slice(0, SHORT_PATH_SIZE).map((r) => r.id));
  return empty.unanswered.map((u) => u.criterionId).filter((id) => chosen.has(id));
}

/**
 * The range of the overall score the unknown criteria allow: core's `range` when its scoring gives
 * one (issue 11), else null (the restitution then shows the score alone).
 */
export function scoreRange(score: PerenniteScore): { min: number; max: number; spansBands: boolean } | null {
  const r = (score as PerenniteScore & { range?: { min: number | null; max: number | null; spansBands?: boolean } }).range;
  if (!r || r.min === null || r.max === null) return null;
  return { min: r.min, max: r.max, spansBands: r.spansBands === true };
}

// ——— territory mode ———

export interface TerritoryInput {
  /** Validated actors (core's Actor), e.g. an <ess-map>'s visible actors. */
  actors: readonly Actor[];
  /** Records the source rejected as invalid. */
  rejected: number;
}
