import * as z from 'zod/mini';
import { CRITERION_IDS, FINANCIAL_INDICATOR_IDS } from './ids.js';

// How financial indicators turn into SUGGESTED answers for the economics criteria
// (scoring/suggest-answers.ts). No official thresholds exist (DOMAIN §11): these are prudent rules
// of thumb used by accompaniment bodies, written down so they can be read, questioned and replaced
// (pass your own list to suggestAnswers or scorePerennite). A user's own answer always wins.
//
// `thresholds` are four increasing values t1 < t2 < t3 < t4 cutting the indicator into five bands.
// - higher-is-better: value < t1 → 0, < t2 → 1, < t3 → 2, < t4 → 3, otherwise 4.
// - lower-is-better:  value ≤ t1 → 4, ≤ t2 → 3, ≤ t3 → 2, ≤ t4 → 1, otherwise 0.
// When several indicators inform one criterion, the suggestion is the mean of their answers rounded
// down (the prudent reading).

export const IndicatorBand = /* @__PURE__ */ z
  .object({
    criterionId: z.enum(CRITERION_IDS),
    indicatorId: z.enum(FINANCIAL_INDICATOR_IDS),
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    thresholds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  })
  .check(
    z.refine((b) => b.thresholds.every((t, i) => i === 0 || t > (b.thresholds[i - 1] as number)), {
      error: 'thresholds-not-increasing',
      path: ['thresholds'],
    }),
  );
export type IndicatorBand = z.infer<typeof IndicatorBand>;

export const defaultIndicatorBands: readonly IndicatorBand[] = [
  // Financial autonomy: public subsidies ÷ revenue. Bankers watch the 50 % line; above 80 % the
  // structure lives on public decisions it does not control.
  { criterionId: 'financial-autonomy', indicatorId: 'subsidy-dependence', direction: 'lower-is-better', thresholds: [0.3, 0.5, 0.65, 0.8] },
  // Financial autonomy: the largest single funder's share of revenue (losing it is the main shock).
  { criterionId: 'financial-autonomy', indicatorId: 'largest-funder-share', direction: 'lower-is-better', thresholds: [0.2, 0.35, 0.5, 0.7] },
  // Financial autonomy: equity ÷ revenue (Tuckman & Chang). Negative equity means accumulated losses.
  { criterionId: 'financial-autonomy', indicatorId: 'equity-ratio', direction: 'higher-is-better', thresholds: [0, 0.1, 0.25, 0.5] },
  // Access to subsidies: spread of public and private funding over funders (Herfindahl index,
  // 1 = a single funder, 0.25 = four equal funders).
  { criterionId: 'subsidy-access', indicatorId: 'funder-herfindahl', direction: 'lower-is-better', thresholds: [0.25, 0.4, 0.6, 0.85] },
  // Financial management: fonds de roulement in days of cash expenses (three months = 90 days is the
  // usual advice to associations), net cash in days, and the operating margin.
  { criterionId: 'financial-management', indicatorId: 'working-capital-days', direction: 'higher-is-better', thresholds: [0, 30, 60, 90] },
  { criterionId: 'financial-management', indicatorId: 'net-cash-days', direction: 'higher-is-better', thresholds: [0, 15, 30, 60] },
  { criterionId: 'financial-management', indicatorId: 'operating-margin', direction: 'higher-is-better', thresholds: [-0.05, 0, 0.02, 0.05] },
  // Hybridisation: share of revenue earned on a market (sales to private or public buyers).
  { criterionId: 'market-hybridisation', indicatorId: 'market-revenue-share', direction: 'higher-is-better', thresholds: [0.05, 0.15, 0.3, 0.5] },
  // Investment capacity: capacité d'autofinancement ÷ revenue, and equity ÷ revenue.
  { criterionId: 'investment-capacity', indicatorId: 'self-financing-ratio', direction: 'higher-is-better', thresholds: [0, 0.01, 0.03, 0.06] },
  { criterionId: 'investment-capacity', indicatorId: 'equity-ratio', direction: 'higher-is-better', thresholds: [0, 0.1, 0.25, 0.5] },
];
