// The recommendation part of the advisor, loaded on first need (the results step, the printed
// report, a listener of `ess-results-change`, territory mode) so that the questionnaire and the live
// score summary do not wait for it: core's recommendActions with its catalogues (actions, legal
// parameters, decision-makers, territory actions) and the recommend/toolkit text of the language in
// use (French bundled here, English fetched when lang=en). Lit-free.
import '../internal/strict-csp.js';
import {
  errorsFr,
  formatReason,
  recommendActions,
  recommendFr,
  toolkitFr,
  type LabelMessages,
  type Reason,
  type RecommendationResult,
  type RecommendedAction,
  type RecommendedTerritoryAction,
} from '@terreau/core';
import type { AdvisorState } from './advisor-state.js';
import { actorOf } from './advice.js';
import type { AdvisorCoreMessages } from './messages.js';
import { messageAt } from './labels.js';

export { firstActions, firstWhyLines, leverGroups, renderActionList, renderDocuments, renderFirst, renderOthers, territoryItem } from './render-recommendation.js';
export { legalText } from './legal-text.js';
export { checklistLines, type ChecklistLine } from './checklist.js';

/** The ranked actions for the current answers, as of `today` (core decides everything). */
export function computeRecommendation(state: AdvisorState, today: string): RecommendationResult {
  const c = state.context;
  return recommendActions({
    actor: actorOf(state, today),
    answers: state.answers,
    figures: state.figures,
    decisionMaker: { kind: c.decisionMaker ?? 'commune', partners: [] },
    date: today,
    ...(c.stage ? { stage: c.stage } : {}),
    ...(c.request ? { request: c.request } : {}),
    fundingSources: c.fundingSources,
  });
}

/** All of core's messages in the language of `base`: its eager parts plus the recommend, toolkit and error text (`en`: the English chunk, loaded by the element). */
export function fullMessages(base: AdvisorCoreMessages, en?: typeof import('./recommendation.en.js')): LabelMessages {
  if (base.locale === 'en' && en) return { ...base, errors: en.errorsEn, recommend: en.recommendEn, toolkit: en.toolkitEn };
  return { ...base, errors: errorsFr, recommend: recommendFr, toolkit: toolkitFr };
}

/** The text of each step ("how") of an action. */
export function stepsText(action: RecommendedAction, messages: LabelMessages): string[] {
  return action.steps.map((key) => messageAt(messages, ['recommend', 'actions', action.actionId, 'steps', key]) ?? key);
}

/** The text of a territory action's steps. */
export function territoryStepsText(action: RecommendedTerritoryAction, messages: LabelMessages): string[] {
  return action.steps.map((key) => messageAt(messages, ['recommend', 'territoryActions', action.actionId, 'steps', key]) ?? key);
}

/** The text of an example (a case study) cited by an action. */
export function exampleText(action: RecommendedAction, example: string, messages: LabelMessages): string {
  return messageAt(messages, ['recommend', 'actions', action.actionId, 'examples', example]) ?? example;
}

/** One reason of a recommendation as text, by core's formatter. */
export function reasonText(reason: Reason, messages: LabelMessages): string {
  return formatReason(reason, messages);
}
