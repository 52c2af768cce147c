// Fragility of a medium-sized town by the CGET method (March 2018, study of "villes moyennes",
// quoted by the ANCT 2021 study): three cumulative criteria — demographic dynamics (mean annual
// population growth, 2008–2013 in the study), economic dynamics (mean annual employment growth, same
// period) and social fragility (poverty rate, 2013). A town is fragile when all three are met.
//
// The CGET ranked towns and kept the thirty most fragile; it did not publish cut-offs. The default
// thresholds below are ours, documented and overridable: a population and an employment that shrink
// (growth below 0 % a year) and a poverty rate above the national rate of the reference year (14.5 %:
// INSEE Filosofi 2013, mainland France — replace it with the national rate of the year you use).
import * as z from 'zod/mini';

export const FRAGILITY_CRITERION_IDS = ['population', 'employment', 'poverty'] as const;
export type FragilityCriterionId = (typeof FRAGILITY_CRITERION_IDS)[number];

/** A town's figures: growth rates in % a year (−0.4 means −0.4 %/year), poverty rate in %. */
export const FragilityFigures = z.object({
  populationGrowth: z.optional(z.number()),
  employmentGrowth: z.optional(z.number()),
  povertyRate: z.optional(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(100))),
});
export type FragilityFigures = z.infer<typeof FragilityFigures>;

export const FragilityThresholds = z.object({
  /** Met when the mean annual population growth (%) is strictly below this. */
  populationGrowthBelow: z.number(),
  /** Met when the mean annual employment growth (%) is strictly below this. */
  employmentGrowthBelow: z.number(),
  /** Met when the poverty rate (%) is strictly above this. */
  povertyRateAbove: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(100)),
});
export type FragilityThresholds = z.infer<typeof FragilityThresholds>;

/** Default thresholds (see the note at the top of this file). */
export const fragilityThresholdsCget2018: FragilityThresholds = {
  populationGrowthBelow: 0,
  employmentGrowthBelow: 0,
  povertyRateAbove: 14.5,
};

/** Reason codes; their text is in messages.catalogue.fragility.reasons. */
export const FRAGILITY_REASON_CODES = [
  'population-decline',
  'employment-decline',
  'high-poverty',
  'population-not-declining',
  'employment-not-declining',
  'poverty-not-high',
  'missing-population-growth',
  'missing-employment-growth',
  'missing-poverty-rate',
] as const;
export type FragilityReasonCode = (typeof FRAGILITY_REASON_CODES)[number];

export interface FragilityCriterionResult {
  id: FragilityCriterionId;
  value: number | null;
  threshold: number;
  /** null when the figure is missing. */
  met: boolean | null;
  reason: FragilityReasonCode;
}

export interface FragilityClassification {
  /** true: all three criteria met; false: at least one is not met; null: undecided (missing figures). */
  fragile: boolean | null;
  criteriaMet: number;
  criteria: FragilityCriterionResult[];
  reasons: FragilityReasonCode[];
}

function check(
  id: FragilityCriterionId,
  value: number | undefined,
  threshold: number,
  isMet: (v: number) => boolean,
  codes: readonly [FragilityReasonCode, FragilityReasonCode, FragilityReasonCode],
): FragilityCriterionResult {
  if (value === undefined || !Number.isFinite(value)) return { id, value: null, threshold, met: null, reason: codes[2] };
  const met = isMet(value);
  return { id, value, threshold, met, reason: met ? codes[0] : codes[1] };
}

/** Classifies a town by the three cumulative CGET criteria, with the reason for each. */
export function classifyFragility(figures: FragilityFigures, thresholds: FragilityThresholds = fragilityThresholdsCget2018): FragilityClassification {
  const criteria = [
    check('population', figures.populationGrowth, thresholds.populationGrowthBelow, (v) => v < thresholds.populationGrowthBelow, [
      'population-decline',
      'population-not-declining',
      'missing-population-growth',
    ]),
    check('employment', figures.employmentGrowth, thresholds.employmentGrowthBelow, (v) => v < thresholds.employmentGrowthBelow, [
      'employment-decline',
      'employment-not-declining',
      'missing-employment-growth',
    ]),
    check('poverty', figures.povertyRate, thresholds.povertyRateAbove, (v) => v > thresholds.povertyRateAbove, [
      'high-poverty',
      'poverty-not-high',
      'missing-poverty-rate',
    ]),
  ];
  const criteriaMet = criteria.filter((c) => c.met === true).length;
  const anyFailed = criteria.some((c) => c.met === false);
  const fragile = anyFailed ? false : criteriaMet === criteria.length ? true : null;
  return { fragile, criteriaMet, criteria, reasons: criteria.map((c) => c.reason) };
}
