// The one place where the advisor calls core: the questionnaire's state goes in, core's results come
// out, with nothing decided here that core decides (scores, bands, suggestions, eligibility,
// ranking, legal bases, texts). Lit-free.
import * as core from '@terreau/core';
import {
  needsOfActivities,
  scorePerennite,
  suggestAnswers,
  weightProfileFor,
  themeOfNeed,
  type Actor,
  type AnswerLevel,
  type CriterionId,
  type LeverId,
  type Messages,
  type PerenniteScore,
} from '@terreau/core';

// TEMPORARY adapter until H3's recommend and toolkit modules are exported by core: the types below
// follow the HELPERS.md contract and schema/recommendation.ts; the functions are read from the
// namespace when present. Replace with named imports once they land.
export interface RecommendedAction {
  actionId: string;
  leverId: LeverId;
  score: number;
  priority: 'high' | 'medium' | 'low';
  rank: number;
  reasons: { code: string; [k: string]: unknown }[];
  steps: string[];
  legalBasis: { parameterId: string; value: number | null; unit: string; validFrom: string; validTo?: string; source: string }[];
  examples: string[];
}
export interface RecommendationResult {
  date: string;
  confidence: 'high' | 'medium' | 'low';
  actions: RecommendedAction[];
  notices: { code: string; [k: string]: unknown }[];
}
export type TerritoryRecommendation = { actions: { actionId: string; priority?: 'high' | 'medium' | 'low'; rank?: number; reasons: { code: string }[]; steps?: string[] }[] };
type Fn = (...args: never[]) => unknown;
const fromCore = <T extends Fn>(name: string): T | null => ((core as unknown as Record<string, unknown>)[name] as T | undefined) ?? null;
const recommendActions = fromCore<(input: unknown) => RecommendationResult>('recommendActions');
const recommendTerritoryActions = fromCore<(input: unknown) => TerritoryRecommendation>('recommendTerritoryActions');
const formatReason = fromCore<(reason: unknown, messages: Messages) => string>('formatReason');
const draftConvention = fromCore<(action: unknown, partners: unknown[], options: { locale: 'fr' | 'en' }) => string>('draftConvention');
import type { AdvisorState } from './advisor-state.js';
import { labelOf, messageAt } from './labels.js';

/** A suggestion from the figures, as the questionnaire shows it next to a criterion. */
export interface ShownSuggestion {
  answer: AnswerLevel;
  /** The indicators that led to it: value, band bounds (null = open) and the answer each gives. */
  basis: { indicatorId: string; value: number; band: { from: number | null; to: number | null }; answer: AnswerLevel }[];
}

export interface Advice {
  score: PerenniteScore;
  recommendation: RecommendationResult | null;
  suggestions: Partial<Record<CriterionId, ShownSuggestion>>;
  stepsOf(action: RecommendedAction, messages: Messages): string[];
  legalText(basis: RecommendedAction['legalBasis'][number], messages: Messages): string;
  exampleText(action: RecommendedAction, example: string, messages: Messages): string;
}

/** The enterprise described by the context step, as core's Actor. */
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

/** Scores, suggestions and recommended actions for the current answers, as of `today`. */
export function computeAdvice(state: AdvisorState, today: string): Advice {
  const c = state.context;
  const firstNeed = needsOfActivities(c.activities)[0];
  const profile = weightProfileFor({ zonings: c.zones, ...(firstNeed ? { theme: themeOfNeed(firstNeed) } : {}) });
  const score = scorePerennite(profile, state.answers, { figures: state.figures, date: today });
  const suggested = suggestAnswers(state.figures);
  const suggestions: Advice['suggestions'] = {};
  for (const s of suggested.suggestions) suggestions[s.criterionId] = { answer: s.answer, basis: s.basis };
  let recommendation: RecommendationResult | null = null;
  try {
    recommendation = recommendActions?.({
      actor: actorOf(state, today),
      answers: state.answers,
      figures: state.figures,
      decisionMaker: { kind: c.decisionMaker ?? 'commune' },
      date: today,
      profile,
      ...(c.stage ? { stage: c.stage } : {}),
      fundingSources: c.fundingSources,
    }) ?? null;
  } catch {
    recommendation = null;
  }
  return {
    score,
    recommendation,
    suggestions,
    stepsOf: (action, messages) => action.steps.map((key) => messageAt(messages, ['recommend', 'actions', action.actionId, 'steps', key]) ?? key),
    legalText: (basis, messages) => labelOf(messages, 'legalParameters', basis.parameterId),
    exampleText: (action, example, messages) => messageAt(messages, ['recommend', 'actions', action.actionId, 'examples', example]) ?? example,
  };
}

/** One reason of a recommendation as text, by core's formatter. */
export function reasonText(reason: RecommendedAction['reasons'][number], messages: Messages): string {
  return formatReason ? formatReason(reason, messages) : reason.code;
}

/** Markdown draft of a partnership convention for an action (core's toolkit). */
export function conventionDraft(action: RecommendedAction, state: AdvisorState, locale: 'fr' | 'en'): string {
  return draftConvention ? draftConvention(action, [], { locale }) : `# ${action.actionId}\n`;
}

// ——— territory mode ———

export interface TerritoryInput {
  /** Validated actors (core's Actor), e.g. an <ess-map>'s visible actors. */
  actors: unknown[];
  /** Records the source rejected as invalid. */
  rejected: number;
}

export interface TerritoryAdvice {
  result: TerritoryRecommendation;
  actorCount: number;
  rejected: number;
  items: { title: string; priority: 'high' | 'medium' | 'low' | null; reasons: string[]; steps: string[] }[];
}

export function computeTerritoryAdvice(input: TerritoryInput, today: string): TerritoryAdvice {
  const actors = input.actors as Actor[];
  const result = recommendTerritoryActions?.({ actors, date: today }) ?? { actions: [] };
  return { result, actorCount: actors.length, rejected: input.rejected, items: [] };
}
