import * as z from 'zod/mini';
import { CRITERION_IDS, THEME_IDS, ZONING_IDS } from './ids.js';
import type { CriterionId } from './ids.js';

// Weight profiles are data (DOMAIN §6: the weight of each criterion varies with the type of
// territory and the sector). A profile = the default weights, then multiplicative adjustments for
// the territory and the theme. Each adjustment's reason is written in
// `messages.scoring.adjustments[id]` (FR and EN).

/**
 * Default weights (relative; only ratios matter). The overarching condition counts most; in each
 * group the criteria the study's case studies cite most often as decisive count double or triple.
 * Sums: needs-fit 6 · economics 18 · team 10 · ecosystem 12 (total 46).
 */
export const defaultWeights: Readonly<Record<CriterionId, number>> = {
  'needs-fit': 6,
  'financial-autonomy': 4,
  'subsidy-access': 2,
  'financial-management': 4,
  'market-hybridisation': 3,
  'investment-capacity': 2,
  spreading: 1,
  'activity-diversification': 2,
  'mission-fit': 3,
  'entrepreneurial-personality': 2,
  'skills-growth': 2,
  'stakeholder-mobilisation': 3,
  'operational-partners': 3,
  'local-media': 1,
  inhabitants: 2,
  networks: 2,
  'territory-sensitivity': 1,
  'public-authorities': 3,
};

/**
 * The territory and theme adjustments below are EXPERT ASSUMPTIONS of the Terreau team, read from
 * the study's qualitative remarks (e.g. communication matters more where mobility is hard, networks
 * more in rural areas); the study publishes no weights. Their effect, measured on 3 000 random
 * complete answer sets against the default weights (issue 11): QPV mean |Δ| 0.6 point (max 3.0,
 * band changed in 1.1 % of the sets); rural 0.8 (max 4.5, 1.9 %); mountain 0.4 (max 2.3, 1.2 %);
 * DROM 1.0 (max 5.4, 2.0 %); theme inclusion 0.9 (max 3.8, 1.9 %). Small by design: they tilt,
 * they do not decide. Pass your own profile to replace them.
 */
export const WEIGHT_ADJUSTMENT_IDS = ['urban-qpv', 'rural', 'mountain', 'drom', ...THEME_IDS.map((t) => `theme-${t}` as const)] as const;
export type WeightAdjustmentId = (typeof WEIGHT_ADJUSTMENT_IDS)[number];

export const WeightAdjustment = z.object({
  id: z.enum(WEIGHT_ADJUSTMENT_IDS),
  kind: z.enum(['territory', 'theme']),
  /** Territory adjustments: applies when the actor is in any of these zonings (applied once). */
  zonings: z.optional(z.array(z.enum(ZONING_IDS))),
  /** Theme adjustments: applies to this theme. */
  theme: z.optional(z.enum(THEME_IDS)),
  /** Multipliers of the criteria it changes (> 0). */
  factors: z.partialRecord(z.enum(CRITERION_IDS), /* @__PURE__ */ z.number().check(z.gt(0))),
});
export type WeightAdjustment = z.infer<typeof WeightAdjustment>;

export const weightAdjustments: readonly WeightAdjustment[] = [
  {
    id: 'urban-qpv',
    kind: 'territory',
    zonings: ['qpv'],
    factors: { inhabitants: 1.5, 'local-media': 1.5, 'public-authorities': 1.25, 'territory-sensitivity': 1.25 },
  },
  {
    id: 'rural',
    kind: 'territory',
    zonings: ['frr', 'frr-plus', 'zrr'],
    factors: { 'activity-diversification': 1.5, networks: 1.5, 'operational-partners': 1.25, 'public-authorities': 1.25 },
  },
  {
    id: 'mountain',
    kind: 'territory',
    zonings: ['montagne'],
    factors: { 'activity-diversification': 1.25, 'local-media': 1.5, networks: 1.25 },
  },
  {
    id: 'drom',
    kind: 'territory',
    zonings: ['drom'],
    factors: { 'financial-management': 1.5, 'subsidy-access': 1.25, 'local-media': 1.5 },
  },
  {
    id: 'theme-responsible-consumption',
    kind: 'theme',
    theme: 'responsible-consumption',
    factors: { 'market-hybridisation': 1.5, 'investment-capacity': 1.5, 'operational-partners': 1.25 },
  },
  {
    id: 'theme-attractiveness',
    kind: 'theme',
    theme: 'attractiveness',
    factors: { 'local-media': 1.5, 'public-authorities': 1.25, 'territory-sensitivity': 1.25 },
  },
  {
    id: 'theme-social-cohesion',
    kind: 'theme',
    theme: 'social-cohesion',
    factors: { inhabitants: 1.5, 'stakeholder-mobilisation': 1.25, 'territory-sensitivity': 1.25 },
  },
  {
    id: 'theme-inclusion',
    kind: 'theme',
    theme: 'inclusion',
    factors: { 'subsidy-access': 1.5, 'public-authorities': 1.5, 'operational-partners': 1.25 },
  },
];
