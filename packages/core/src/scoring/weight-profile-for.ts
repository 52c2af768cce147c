import { CRITERION_IDS } from '../data/ids.js';
import type { CriterionId, ThemeId, ZoningId } from '../data/ids.js';
import { defaultWeights, weightAdjustments } from '../data/weights.js';
import type { WeightAdjustment } from '../data/weights.js';
import type { WeightProfile } from '../schema/weight-profile.js';

/** The default profile (no territory or theme adjustment). */
export const defaultWeightProfile: WeightProfile = { id: 'default', weights: { ...defaultWeights }, adjustments: [] };

/** The adjustments of data/weights.ts that apply to this context, in catalogue order. */
export function adjustmentsFor(context: { zonings?: readonly ZoningId[]; theme?: ThemeId }): WeightAdjustment[] {
  const zonings = new Set(context.zonings ?? []);
  return weightAdjustments.filter((a) =>
    a.kind === 'territory' ? (a.zonings ?? []).some((z) => zonings.has(z)) : a.theme !== undefined && a.theme === context.theme,
  );
}

/**
 * The weight profile for a context: the default weights multiplied by the factors of every
 * adjustment that applies (territory: urban QPV, rural FRR/FRR+/ZRR, mountain, DROM; theme). Each
 * territory adjustment applies once even when several of its zonings match. The profile lists the
 * adjustments applied (`adjustments`); their reasons are in `messages.scoring.adjustments[id]`.
 */
export function weightProfileFor(context: { zonings?: readonly ZoningId[]; theme?: ThemeId } = {}): WeightProfile {
  const applied = adjustmentsFor(context);
  const weights = { ...defaultWeights } as Record<CriterionId, number>;
  for (const a of applied) {
    for (const id of CRITERION_IDS) {
      const f = a.factors[id];
      if (f !== undefined) weights[id] = weights[id] * f;
    }
  }
  return {
    id: ['default', ...applied.map((a) => a.id)].join('+'),
    weights,
    adjustments: applied.map((a) => a.id),
  };
}
