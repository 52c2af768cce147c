// Follow-up over time: what changed between two assessments of the same structure (an export
// re-imported months later, against the answers now): the score and band, each criterion whose
// answer changed, the actions marked done since. Every score is core's (computeAdvice). Lit-free.
import { CRITERION_IDS, type ActionId, type Answer, type CriterionId, type PerenniteScore } from '@terreau/core';

import type { AdvisorState } from './advisor-state.js';
import { computeAdvice } from './advice.js';

type Band = NonNullable<PerenniteScore['band']>;

export interface StateChanges {
  /** When each side was saved (ISO), when known. */
  beforeSavedAt: string | null;
  score: { before: number | null; after: number | null };
  band: { before: Band | null; after: Band | null };
  criteria: { criterionId: CriterionId; before: Answer | undefined; after: Answer | undefined }[];
  /** Marked done since, and no longer marked done. */
  done: ActionId[];
  undone: ActionId[];
}

/** What changed from `before` (the older assessment) to `after`, each scored as of `today`. */
export function compareStates(before: AdvisorState, after: AdvisorState, today: string): StateChanges {
  const a = computeAdvice(before, today).score;
  const b = computeAdvice(after, today).score;
  return {
    beforeSavedAt: before.savedAt ?? null,
    score: { before: a.overall === null ? null : Math.round(a.overall), after: b.overall === null ? null : Math.round(b.overall) },
    band: { before: a.band ?? null, after: b.band ?? null },
    criteria: CRITERION_IDS.filter((id) => before.answers[id] !== after.answers[id]).map((id) => ({ criterionId: id, before: before.answers[id], after: after.answers[id] })),
    done: after.done.filter((x) => !before.done.includes(x)),
    undone: before.done.filter((x) => !after.done.includes(x)),
  };
}
