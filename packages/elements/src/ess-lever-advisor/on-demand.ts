// What only some users need, loaded on demand so a page that never drafts a convention nor runs
// the territory mode does not pay for it: core's draftConvention and recommendTerritoryActions.
// Lit-free.
import '../internal/strict-csp.js';
import { draftConvention, recommendTerritoryActions, type LabelMessages, type RecommendedAction, type TerritoryRecommendation } from '@terreau/core';
import type { AdvisorState } from './advisor-state.js';
import type { TerritoryInput } from './advice.js';
import { labelOf } from './labels.js';

/** Markdown draft of a partnership convention for an action (core's toolkit), between the decision-maker and the enterprise. */
export function conventionDraft(action: RecommendedAction, state: AdvisorState, messages: LabelMessages, today: string): string {
  const dm = labelOf(messages, 'decisionMakers', state.context.decisionMaker ?? 'commune');
  const enterprise = state.context.type ? labelOf(messages, 'types', state.context.type) : '—';
  return draftConvention(
    action,
    [
      { name: dm, role: 'resource' },
      { name: enterprise, role: 'carrying' },
    ],
    { messages, startDate: today },
  );
}

export function computeTerritoryAdvice(input: TerritoryInput, today: string): TerritoryRecommendation {
  return recommendTerritoryActions({ actors: input.actors, date: today });
}
