import { NEED_IDS } from '../data/ids.js';
import type { NeedId } from '../data/ids.js';
import { inferNeeds } from '../ingest/infer-needs.js';
import type { Actor } from '../schema/actor.js';
import { facetValuesOf } from './actor-facet-values.js';

export interface NeedsCoverage {
  /** Needs at least one actor answers (declared, from activities, or inferred), in the study's order. */
  covered: NeedId[];
  /**
   * Needs no actor answers: the gaps of the territory's shared diagnosis. Empty when most actors
   * say nothing of their needs — a gap cannot be told from silence then: see `unknown`.
   */
  missing: NeedId[];
  /** Needs nobody is known to answer while most actors carry no need: unknown, not "no actor". */
  unknown: NeedId[];
  /** For each of the fifteen needs, the ids of the actors answering it (declared or inferred), in input order. */
  actors: Record<NeedId, string[]>;
  /** For each need, the ids of those actors whose answer is only inferred (type, approvals, NAF: ingest/infer-needs.ts). */
  inferred: Record<NeedId, string[]>;
  /** Share (0–1) of the actors that declare no need, directly or through their activities. */
  silentShare: number;
}

export interface NeedsCoverageOptions {
  /** Infer needs from type, approvals and NAF for actors that declare none (default true). */
  infer?: boolean;
}

/**
 * Which of the fifteen territorial needs a set of actors (usually those of one territory: filter
 * first) answers, through the needs they declare, those their activities serve and — marked
 * inferred — those their type, approvals or NAF code point to; and which have nobody: the shared
 * diagnosis a local authority starts from. When more than half the actors carry no need at all,
 * the needs nobody answers are `unknown`, not `missing`.
 */
export function needsCoverage(actors: readonly Actor[], options: NeedsCoverageOptions = {}): NeedsCoverage {
  const infer = options.infer ?? true;
  const byNeed = {} as Record<NeedId, string[]>;
  const inferred = {} as Record<NeedId, string[]>;
  for (const id of NEED_IDS) {
    byNeed[id] = [];
    inferred[id] = [];
  }
  let silent = 0;
  for (const actor of actors) {
    const declared = facetValuesOf(actor, 'needs');
    if (declared.length > 0) {
      for (const need of declared) byNeed[need as NeedId]?.push(actor.id);
      continue;
    }
    silent += 1;
    if (!infer) continue;
    for (const need of inferNeeds(actor)) {
      byNeed[need].push(actor.id);
      inferred[need].push(actor.id);
    }
  }
  const silentShare = actors.length === 0 ? 0 : silent / actors.length;
  const nobody = NEED_IDS.filter((id) => byNeed[id].length === 0);
  const unknownGaps = silentShare > 0.5;
  return {
    covered: NEED_IDS.filter((id) => byNeed[id].length > 0),
    missing: unknownGaps ? [] : nobody,
    unknown: unknownGaps ? nobody : [],
    actors: byNeed,
    inferred,
    silentShare,
  };
}
