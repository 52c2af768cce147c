import * as z from 'zod/mini';
import { CRITERION_IDS } from '../data/ids.js';

/** Largest weight accepted; weights are relative, so this only guards against overflow. */
export const MAX_WEIGHT = 1e6;

/** A criterion weight: finite, non-negative. 0 takes the criterion out of the score. */
export const Weight = /* @__PURE__ */ z.number().check(z.gte(0, { error: 'negative-weight' }), z.lte(MAX_WEIGHT, { error: 'weight-too-large' }));

/**
 * How much each criterion counts in the pérennité score. Weights are relative: multiplying them
 * all by the same positive number changes nothing. A criterion left out of `weights` weighs 0.
 * At least one weight must be positive.
 */
export const WeightProfile = /* @__PURE__ */ z
  .object({
    /** Name of the profile: "default", "default+rural+inclusion", or the user's own. */
    id: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200))),
    weights: z.partialRecord(z.enum(CRITERION_IDS), Weight),
    /** Ids of the adjustments of data/weights.ts that were applied to build this profile, in order. */
    adjustments: z.optional(z.array(/* @__PURE__ */ z.string().check(z.maxLength(100)))),
  })
  .check(
    z.refine((p) => Object.values(p.weights).some((w) => typeof w === 'number' && w > 0), {
      error: 'no-positive-weight',
      path: ['weights'],
    }),
  );
export type WeightProfile = z.infer<typeof WeightProfile>;
