import * as z from 'zod/mini';
import { PERENNITE_BAND_IDS } from '../data/bands.js';
import { CRITERION_GROUP_IDS, CRITERION_IDS, FINANCIAL_INDICATOR_IDS } from '../data/ids.js';
import type { CriterionGroupId, CriterionId } from '../data/ids.js';
import { Answer } from './answers.js';
import { IndicatorValue } from './indicators.js';

const Score100 = /* @__PURE__ */ z.number().check(z.gte(0), z.lte(100));
const Level = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const Band = z.nullable(z.enum(PERENNITE_BAND_IDS));

/** Where a criterion's answer comes from: the user, a suggestion from the figures, or nowhere. */
export const AnswerSource = z.enum(['answer', 'suggested', 'none']);
export type AnswerSource = z.infer<typeof AnswerSource>;

export const CriterionScore = z.object({
  group: z.nullable(z.enum(CRITERION_GROUP_IDS)),
  /** The answer used: the user's, else the suggested one, else 'unknown'. */
  answer: Answer,
  source: AnswerSource,
  /** answer × 25; null when unknown or not applicable. */
  score: z.nullable(Score100),
  /** Weight in the profile (as given). */
  weight: /* @__PURE__ */ z.number().check(z.gte(0)),
  /** weight ÷ Σ weights of the answered criteria; null when not answered. */
  normalisedWeight: z.nullable(z.number()),
  /** normalisedWeight × score: the points this criterion brings to the weighted mean (before the needs-fit cap). */
  contribution: z.nullable(z.number()),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

export const GroupScore = z.object({
  /** Weighted mean of the group's answered criteria (0–100), null when none is answered. */
  score: z.nullable(Score100),
  /** Criteria of the group with a level (user's or suggested). */
  answered: z.number(),
  /** Criteria in the group. */
  total: z.number(),
  /** Σ weights of the group's criteria. */
  weight: z.number(),
  /** Σ weights of its answered criteria. */
  answeredWeight: z.number(),
});
export type GroupScore = z.infer<typeof GroupScore>;

export const UnansweredCriterion = z.object({
  criterionId: z.enum(CRITERION_IDS),
  weight: z.number(),
  /** True when answering it (anything from 0 to 4) could put the result in another band. */
  couldChangeBand: z.boolean(),
  overallIfLowest: z.nullable(Score100),
  overallIfHighest: z.nullable(Score100),
  bandIfLowest: Band,
  bandIfHighest: Band,
});
export type UnansweredCriterion = z.infer<typeof UnansweredCriterion>;

export const SuggestionBasis = z.object({
  indicatorId: z.enum(FINANCIAL_INDICATOR_IDS),
  value: z.number(),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  band: z.object({ from: z.nullable(z.number()), to: z.nullable(z.number()) }),
  answer: Level,
});
/** One indicator's reading: its value, the band it falls in ([from, to), null = open end) and that band's answer. */
export type SuggestionBasis = z.infer<typeof SuggestionBasis>;

/** A suggested answer for an economics criterion, with the indicators and bands that led to it. */
export const Suggestion = z.object({
  criterionId: z.enum(CRITERION_IDS),
  /** Mean of the bases' answers, rounded down. */
  answer: Level,
  basis: z.array(SuggestionBasis),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const TraceStep = z.object({
  /** Text of each step in `messages.scoring.trace.steps[code]`. */
  code: z.enum(['total-weight', 'answered-weight', 'weighted-sum', 'weighted-mean', 'needs-fit-cap', 'overall', 'band', 'economics-guard']),
  value: z.union([z.number(), z.string(), z.null()]),
});
export type TraceStep = z.infer<typeof TraceStep>;

export const ScoreTrace = z.object({
  /** overall = min(Σ wᵢ·sᵢ ÷ Σ wᵢ over answered criteria, cap(needs-fit)), sᵢ = answerᵢ × 25. */
  formula: z.literal('capped-weighted-mean'),
  /** Weights used (invalid ones replaced by 0, see `ignoredWeights`). */
  weights: z.record(z.enum(CRITERION_IDS), z.number()),
  ignoredWeights: z.array(z.object({ key: z.string(), reason: z.enum(['unknown-criterion', 'invalid-weight']) })),
  ignoredAnswers: z.array(z.object({ key: z.string(), reason: z.enum(['unknown-criterion', 'invalid-answer']) })),
  totalWeight: z.number(),
  answeredWeight: z.number(),
  notApplicableWeight: z.number(),
  weightedSum: z.number(),
  weightedMean: z.nullable(z.number()),
  needsFitCap: z.object({ answer: z.nullable(Level), cap: z.number(), applied: z.boolean() }),
  /**
   * The economics guard: when at least `minAnswered` economics criteria are answered, the overall
   * is at most the economics group's score + `margin` (a collapsed economics group cannot be
   * averaged away by strong partners). `groupScore` null when the guard does not apply.
   */
  economicsGuard: z.object({ groupScore: z.nullable(z.number()), cap: z.number(), applied: z.boolean(), margin: z.number(), minAnswered: z.number() }),
  bandThresholds: z.record(z.enum(PERENNITE_BAND_IDS), z.number()),
  strengthMinScore: z.number(),
  weaknessMaxScore: z.number(),
  /** Numbers are rounded to 9 decimals to absorb floating-point noise. */
  rounding: z.literal('1e-9'),
  steps: z.array(TraceStep),
  suggestions: z.array(z.object({ criterionId: z.enum(CRITERION_IDS), answer: Level, used: z.boolean(), basis: z.array(SuggestionBasis) })),
  indicators: z.nullable(z.record(z.enum(FINANCIAL_INDICATOR_IDS), IndicatorValue)),
});
export type ScoreTrace = z.infer<typeof ScoreTrace>;

export const PerenniteScore = z.object({
  modelVersion: z.string(),
  /** The date passed in options (for the record); null when none. */
  date: z.nullable(z.string()),
  profileId: z.nullable(z.string()),
  overall: z.nullable(Score100),
  band: Band,
  groups: z.record(z.enum(CRITERION_GROUP_IDS), GroupScore),
  criteria: z.record(z.enum(CRITERION_IDS), CriterionScore),
  /** Criteria scoring ≥ 75 with a positive weight, by weight × score, highest first. */
  strengths: z.array(z.enum(CRITERION_IDS)),
  /** Criteria scoring ≤ 25 with a positive weight, by weight × (100 − score), highest first. */
  weaknesses: z.array(z.enum(CRITERION_IDS)),
  /** Share of the total weight answered (a level, suggested or not, or not-applicable), 0–1. */
  completeness: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(1)),
  counts: z.object({
    answered: z.number(),
    suggested: z.number(),
    notApplicable: z.number(),
    unknown: z.number(),
    total: z.number(),
  }),
  /** Unknown criteria, those that could change the band first, then by weight. */
  unanswered: z.array(UnansweredCriterion),
  /**
   * What the unknowns allow: the overall with every unknown criterion answered 0 (min) and 4 (max),
   * and the bands at both ends. Equal to overall when nothing is unknown; null ends when nothing is answered at all
   * and no weight is positive.
   */
  range: z.object({ min: z.nullable(Score100), max: z.nullable(Score100), bandMin: Band, bandMax: Band, spansBands: z.boolean() }),
  trace: ScoreTrace,
});
export type PerenniteScore = z.infer<typeof PerenniteScore>;
export type GroupScores = Record<CriterionGroupId, GroupScore>;
export type CriterionScores = Record<CriterionId, CriterionScore>;
