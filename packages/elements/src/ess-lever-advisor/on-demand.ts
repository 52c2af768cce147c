// Territory mode's computation, loaded on demand so a page that never runs it does not pay for it:
// core's recommendTerritoryActions. Lit-free.
import '../internal/strict-csp.js';
import { recommendTerritoryActions, type TerritoryRecommendation } from '@terreau/core';
import type { TerritoryInput } from './advice.js';

export function computeTerritoryAdvice(input: TerritoryInput, today: string): TerritoryRecommendation {
  return recommendTerritoryActions({ actors: input.actors, date: today });
}
