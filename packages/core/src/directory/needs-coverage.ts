import { NEED_IDS } from '../data/ids.js';
import type { NeedId } from '../data/ids.js';
import type { Actor } from '../schema/actor.js';
import { facetValuesOf } from './actor-facet-values.js';

export interface NeedsCoverage {
  /** Needs at least one actor answers, in the study's order. */
  covered: NeedId[];
  /** Needs no actor answers: the gaps of the territory's shared diagnosis. */
  missing: NeedId[];
  /** For each of the fifteen needs, the ids of the actors answering it, in input order. */
  actors: Record<NeedId, string[]>;
}

/**
 * Which of the fifteen territorial needs a set of actors (usually those of one territory: filter
 * first) answers, through the needs they declare and those their activities serve, and which have
 * nobody: the shared diagnosis a local authority starts from.
 */
export function needsCoverage(actors: readonly Actor[]): NeedsCoverage {
  const byNeed = {} as Record<NeedId, string[]>;
  for (const id of NEED_IDS) byNeed[id] = [];
  for (const actor of actors) {
    for (const need of facetValuesOf(actor, 'needs')) byNeed[need as NeedId]?.push(actor.id);
  }
  return {
    covered: NEED_IDS.filter((id) => byNeed[id].length > 0),
    missing: NEED_IDS.filter((id) => byNeed[id].length === 0),
    actors: byNeed,
  };
}
