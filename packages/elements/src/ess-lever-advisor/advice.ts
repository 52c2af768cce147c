// The one place where the advisor calls core: the questionnaire's state goes in, core's results come
// out, with nothing decided here that core decides (scores, bands, suggestions, eligibility,
// ranking, legal bases, texts). Lit-free.
import {
  formatReason,
  needsOfActivities,
  recommendActions,
  scorePerennite,
  suggestAnswers,
  themeOfNeed,
  weightProfileFor,
  type Actor,
  type AnswerLevel,
  type CriterionId,
  type LegalBasisEntry,
  type Messages,
  type PerenniteScore,
  type Reason,
  type RecommendationResult,
  type RecommendedAction,
  type RecommendedTerritoryAction,
  type TerritoryRecommendation,
} from '@terreau/core';
import type { AdvisorState } from './advisor-state.js';
import { labelOf, messageAt } from './labels.js';

export type { RecommendationResult, RecommendedAction, TerritoryRecommendation };

/** A suggestion from the figures, as the questionnaire shows it next to a criterion. */
export interface ShownSuggestion {
  answer: AnswerLevel;
  /** The indicators that led to it: value, band bounds (null = open) and the answer each gives. */
  basis: { indicatorId: string; value: number; band: { from: number | null; to: number | null }; answer: AnswerLevel }[];
}

export interface Advice {
  score: PerenniteScore;
  recommendation: RecommendationResult;
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

/** Scores, suggestions and recommended actions for the current answers, as of `today`. */
export function computeAdvice(state: AdvisorState, today: string): Advice {
  const c = state.context;
  const profile = profileOf(state);
  const suggestions: Advice['suggestions'] = {};
  for (const s of suggestAnswers(state.figures).suggestions) suggestions[s.criterionId] = { answer: s.answer, basis: s.basis };
  const recommendation = recommendActions({
    actor: actorOf(state, today),
    answers: state.answers,
    figures: state.figures,
    decisionMaker: { kind: c.decisionMaker ?? 'commune', partners: [] },
    date: today,
    profile,
    ...(c.stage ? { stage: c.stage } : {}),
    fundingSources: c.fundingSources,
  });
  // recommendActions scores the same answers with the same profile, figures and date: reuse it.
  const score = recommendation.score ?? scorePerennite(profile, state.answers, { figures: state.figures, date: today });
  return { score, recommendation, suggestions };
}

/** The text of each step ("how") of an action. */
export function stepsText(action: RecommendedAction, messages: Messages): string[] {
  return action.steps.map((key) => messageAt(messages, ['recommend', 'actions', action.actionId, 'steps', key]) ?? key);
}

/** The text of a territory action's steps. */
export function territoryStepsText(action: RecommendedTerritoryAction, messages: Messages): string[] {
  return action.steps.map((key) => messageAt(messages, ['recommend', 'territoryActions', action.actionId, 'steps', key]) ?? key);
}

/** The text of an example (a case study) cited by an action. */
export function exampleText(action: RecommendedAction, example: string, messages: Messages): string {
  return messageAt(messages, ['recommend', 'actions', action.actionId, 'examples', example]) ?? example;
}

/** A legal basis: its label, and its value with the unit when it has one ("60 000 € HT"). */
export function legalText(basis: LegalBasisEntry, messages: Messages): { label: string; value: string | null } {
  const label = labelOf(messages, 'legalParameters', basis.parameterId);
  if (basis.value === null) return { label, value: null };
  const locale = messages.locale === 'en' ? 'en-GB' : 'fr-FR';
  const n = basis.unit === 'share' ? basis.value * 100 : basis.value;
  const unit = messageAt(messages, ['recommend', 'units', basis.unit]) ?? '';
  return { label, value: `${new Intl.NumberFormat(locale).format(n)}${unit ? `\u00a0${unit}` : ''}` };
}

/** One reason of a recommendation as text, by core's formatter. */
export function reasonText(reason: Reason, messages: Messages): string {
  return formatReason(reason, messages);
}

// ——— territory mode ———

export interface TerritoryInput {
  /** Validated actors (core's Actor), e.g. an <ess-map>'s visible actors. */
  actors: readonly Actor[];
  /** Records the source rejected as invalid. */
  rejected: number;
}
