// Territory mode's computation — core's recommendTerritoryActions — in territory mode's chunk
// (territory-mode.ts), so a page that never runs it does not pay for it. Lit-free.
import '../internal/strict-csp.js';
import { recommendTerritoryActions, type TerritoryRecommendation } from '@terreau/core';
import type { TerritoryInput } from './advice.js';

export function computeTerritoryAdvice(input: TerritoryInput, today: string): TerritoryRecommendation {
  return recommendTerritoryActions({ actors: input.actors, date: today });
}
