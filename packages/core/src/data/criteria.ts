import * as z from 'zod/mini';
import { CRITERION_GROUP_IDS, CRITERION_IDS, FINANCIAL_INDICATOR_IDS, OUTCOME_INDICATOR_IDS } from './ids.js';
import type { CriterionGroupId, CriterionId } from './ids.js';

// The pérennité criteria grid of the ANCT study (2021): one overarching condition, the fit between
// the activity and the territory's needs, then seventeen criteria in three groups. Labels, questions,
// the meaning of each answer 0–4 (anchors), evidence hints and help are in
// `messages.scoring.criteria[id]` (i18n/fr/scoring.ts, i18n/en/scoring.ts).

export const IndicatorId = z.union([z.enum(FINANCIAL_INDICATOR_IDS), z.enum(OUTCOME_INDICATOR_IDS)]);
export type IndicatorId = z.infer<typeof IndicatorId>;

export const Criterion = z.object({
  id: z.enum(CRITERION_IDS),
  /** The group the criterion belongs to; null for `needs-fit`, which stands above the groups. */
  group: z.nullable(z.enum(CRITERION_GROUP_IDS)),
  /** Indicators that inform the answer: financial ones (derived from figures) and measurable outcomes. */
  indicators: z.array(IndicatorId),
  /** Keys of the evidence hints, text in `messages.scoring.criteria[id].evidence[key]`. */
  evidence: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9-]+$/))).check(z.minLength(1)),
});
export type Criterion = z.infer<typeof Criterion>;

export const criteria: readonly Criterion[] = [
  {
    id: 'needs-fit',
    group: null,
    indicators: ['beneficiaries-direct', 'beneficiaries-indirect'],
    evidence: ['territorial-diagnosis', 'user-demand', 'beneficiary-feedback'],
  },
  // Costs and revenues
  {
    id: 'financial-autonomy',
    group: 'economics',
    indicators: ['subsidy-dependence', 'largest-funder-share', 'equity-ratio', 'revenue-concentration'],
    evidence: ['annual-accounts', 'funding-plan'],
  },
  {
    id: 'subsidy-access',
    group: 'economics',
    indicators: ['funder-herfindahl', 'largest-funder-share', 'resources-mobilised', 'local-cofinancing-share'],
    evidence: ['multi-year-agreements', 'funder-list', 'approvals'],
  },
  {
    id: 'financial-management',
    group: 'economics',
    indicators: [
      'working-capital',
      'working-capital-days',
      'working-capital-need',
      'net-cash',
      'net-cash-days',
      'operating-margin',
      'admin-cost-ratio',
    ],
    evidence: ['cash-plan', 'budget-monitoring', 'accounting-support'],
  },
  {
    id: 'market-hybridisation',
    group: 'economics',
    indicators: ['market-revenue-share', 'revenue-concentration'],
    evidence: ['price-list', 'customer-base'],
  },
  {
    id: 'investment-capacity',
    group: 'economics',
    indicators: ['self-financing-capacity', 'self-financing-ratio', 'equity-ratio'],
    evidence: ['investment-plan', 'loans-or-guarantees'],
  },
  {
    id: 'spreading',
    group: 'economics',
    indicators: ['jobs-created'],
    evidence: ['replication', 'documented-method'],
  },
  {
    id: 'activity-diversification',
    group: 'economics',
    indicators: ['revenue-concentration'],
    evidence: ['activity-list', 'revenue-by-activity'],
  },
  // Team
  { id: 'mission-fit', group: 'team', indicators: [], evidence: ['founders-story', 'governance'] },
  { id: 'entrepreneurial-personality', group: 'team', indicators: [], evidence: ['track-record', 'initiatives'] },
  { id: 'skills-growth', group: 'team', indicators: ['jobs-consolidated'], evidence: ['training-plan', 'support-received'] },
  {
    id: 'stakeholder-mobilisation',
    group: 'team',
    indicators: ['resources-mobilised'],
    evidence: ['volunteers', 'governance-members'],
  },
  // Partners and ecosystem
  {
    id: 'operational-partners',
    group: 'ecosystem',
    indicators: ['partner-satisfaction'],
    evidence: ['partnership-agreements', 'pooled-resources'],
  },
  { id: 'local-media', group: 'ecosystem', indicators: [], evidence: ['press-coverage', 'own-channels'] },
  {
    id: 'inhabitants',
    group: 'ecosystem',
    indicators: ['public-satisfaction', 'beneficiaries-direct'],
    evidence: ['participation', 'local-volunteers'],
  },
  { id: 'networks', group: 'ecosystem', indicators: [], evidence: ['memberships', 'pooling'] },
  { id: 'territory-sensitivity', group: 'ecosystem', indicators: [], evidence: ['local-ess-policy', 'ess-events'] },
  {
    id: 'public-authorities',
    group: 'ecosystem',
    indicators: ['local-cofinancing-share'],
    evidence: ['public-support', 'co-construction'],
  },
];

const byId = new Map(criteria.map((c) => [c.id, c]));

/** The criterion with this id. */
export function criterionById(id: CriterionId): Criterion {
  return byId.get(id) as Criterion;
}

/** The criteria of a group, in catalogue order. */
export function criteriaOfGroup(group: CriterionGroupId): Criterion[] {
  return criteria.filter((c) => c.group === group);
}
