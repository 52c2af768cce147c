// Who may use which instrument for which actor: the legal rule table (issue 11). One row per rule,
// with its article, its dates, its source (a text we checked, or the team's reading when we could
// not check it) and its test: which decision-makers, which units (actions without instruments, or
// instruments), which actors (company or not, types, activities, approvals) and, where a plain
// list is not enough, a named condition evaluated by recommend/eligibility.ts.
//
// Effects: `forbid` closes the unit with the row's exclusion code; `lift` reopens what the rules it
// names forbid (a narrow legal route), and may add a caution; `caution` keeps the unit open with
// something to check. A forbidding row is applied only between its dates, so a recommendation for a
// past day follows the law of that day. Tests: test/core/data/competence-rules.test.ts (an allowed
// and a forbidden case per row) and the property "no forbidden instrument is ever eligible".
import * as z from 'zod/mini';
import { IsoDate } from '../schema/actor.js';
import { ACTION_IDS, ACTIVITY_IDS, ACTOR_TYPE_IDS, APPROVAL_IDS, DECISION_MAKER_IDS, INSTRUMENT_IDS, LEGAL_PARAMETER_IDS } from './ids.js';
import type { ActionId, ActivityId, DecisionMakerId, InstrumentId } from './ids.js';

/** Conditions a plain list cannot say (recommend/eligibility.ts evaluates them). */
export const RULE_CONDITION_IDS = [
  'scic-cap-reached',
  'scic-cap-crossed',
  'scic-share-unknown',
  'reserved-ess-recent',
  'reserved-ess-history-unknown',
  'service-not-in-annex',
  'no-public-interest',
  'public-interest-unknown',
  'no-employee',
  'no-current-support',
  'state-declared-late',
] as const;
export type RuleConditionId = (typeof RULE_CONDITION_IDS)[number];

export const RULE_CODES = [
  // forbid
  'excluded-departement-business-aid',
  'excluded-notre-departement',
  'excluded-business-aid-without-region',
  'excluded-scic-public-capital-cap',
  'excluded-regie-without-iae-convention',
  'excluded-reserved-ess-recent-holder',
  'excluded-service-not-listed',
  'excluded-staff-no-public-interest-mission',
  'excluded-nothing-to-secure',
  // caution
  'caution-business-aid-convention',
  'caution-scic-cap-crossed',
  'caution-scic-cap-unknown',
  'caution-reserved-ess-history',
  'caution-staff-public-interest',
  'caution-dla-first-employer',
  'caution-state-payment-declared-late',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

const Unit = z.union([z.enum(ACTION_IDS), z.enum(INSTRUMENT_IDS)]);

export const CompetenceRule = z.object({
  id: /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9-]+$/)),
  effect: z.enum(['forbid', 'lift', 'caution']),
  /** Exclusion code (forbid) or caution code (lift, caution). */
  code: z.optional(z.enum(RULE_CODES)),
  /** For `lift`: the forbidding rules it reopens. */
  lifts: z.optional(z.array(z.string())),
  /** Decision-maker kinds the row concerns. */
  who: /* @__PURE__ */ z.array(z.enum(DECISION_MAKER_IDS)).check(z.minLength(1)),
  /** Only when acting together with this partner (declared in decisionMaker.partners). */
  withPartner: z.optional(z.enum(DECISION_MAKER_IDS)),
  /** Actions without instruments, or instruments, the row concerns. */
  units: /* @__PURE__ */ z.array(Unit).check(z.minLength(1)),
  /** Which actors: `company` true for commercial companies and cooperatives, false for the others. */
  actor: z.optional(
    z.object({
      company: z.optional(z.boolean()),
      types: z.optional(z.array(z.enum(ACTOR_TYPE_IDS))),
      activitiesAny: z.optional(z.array(z.enum(ACTIVITY_IDS))),
      /** The row applies when the actor holds none of these approvals. */
      approvalsNone: z.optional(z.array(z.enum(APPROVAL_IDS))),
    }),
  ),
  condition: z.optional(z.enum(RULE_CONDITION_IDS)),
  /** The article(s) the row reads (the rule itself is said by its code's text in messages.recommend.reasons). */
  article: /* @__PURE__ */ z.string().check(z.minLength(1)),
  validFrom: IsoDate,
  validTo: z.optional(IsoDate),
  /** A page of the text we checked, or `our-reading` when the row is the team's reading of the law. */
  source: z.union([z.object({ url: /* @__PURE__ */ z.string().check(z.regex(/^https:\/\//)) }), z.literal('our-reading')]),
  /** The dated legal parameter that gives the row's figures, if any. */
  parameterId: z.optional(z.enum(LEGAL_PARAMETER_IDS)),
});
export type CompetenceRule = z.infer<typeof CompetenceRule>;

/** Subsidies in the broad sense (a sum of money given). */
export const SUBSIDY_UNITS: readonly (ActionId | InstrumentId)[] = [
  'operating-subsidy',
  'investment-subsidy',
  'direct-grant',
  'call-for-projects',
  'sectoral-aid',
  'label-support',
  'iae-top-up',
  'evs-approval',
  'multi-year-agreement',
  'renewal',
];
/** Money the law treats as business aid when the beneficiary is a company (subsidies but the insertion top-up, advances, equipment). */
const COMPANY_AID_UNITS: readonly (ActionId | InstrumentId)[] = [
  ...SUBSIDY_UNITS.filter((u) => u !== 'iae-top-up' && u !== 'evs-approval'),
  'advance-funds',
  'equipment',
];
const PREMISES_UNITS: readonly (ActionId | InstrumentId)[] = ['public-premises', 'atelier-relais'];
const PUBLIC_KINDS: readonly DecisionMakerId[] = ['commune', 'epci', 'departement', 'region', 'service-etat', 'collectivite-unique'];
const ALL_KINDS: readonly DecisionMakerId[] = [...DECISION_MAKER_IDS];

/** Activities of farming, forestry and fisheries production, processing and sale (L3232-1-2), as we map them. */
export const AGRICULTURE_ACTIVITIES: readonly ActivityId[] = ['short-circuit', 'food-workshop'];

/** The CGCT on Légifrance (the article is named in each row's `article`). */
const LEGIFRANCE_CGCT = 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006070633';

const rows: z.input<typeof CompetenceRule>[] = [
  {
    id: 'departement-no-business-aid',
    effect: 'forbid',
    code: 'excluded-departement-business-aid',
    who: ['departement'],
    units: ['business-aid'],
    article: 'CGCT, art. L1511-2',
    validFrom: '2015-08-09',
    source: { url: LEGIFRANCE_CGCT },
    parameterId: 'business-aid-competence',
  },
  {
    id: 'departement-no-company-aid',
    effect: 'forbid',
    code: 'excluded-notre-departement',
    who: ['departement'],
    units: [...COMPANY_AID_UNITS, ...PREMISES_UNITS],
    actor: { company: true },
    article: 'CGCT, art. L1511-2 et L1511-3',
    validFrom: '2015-08-09',
    source: { url: LEGIFRANCE_CGCT },
    parameterId: 'business-aid-competence',
  },
  {
    id: 'departement-agriculture-convention',
    effect: 'lift',
    code: 'caution-business-aid-convention',
    lifts: ['departement-no-business-aid', 'departement-no-company-aid'],
    who: ['departement'],
    withPartner: 'region',
    units: ['business-aid', ...COMPANY_AID_UNITS],
    actor: { activitiesAny: [...AGRICULTURE_ACTIVITIES] },
    article: 'CGCT, art. L3232-1-2',
    validFrom: '2015-08-09',
    source: 'our-reading',
    parameterId: 'departement-agriculture-aid',
  },
  {
    id: 'departement-premises-delegated',
    effect: 'lift',
    code: 'caution-business-aid-convention',
    lifts: ['departement-no-company-aid'],
    who: ['departement'],
    withPartner: 'epci',
    units: [...PREMISES_UNITS],
    article: 'CGCT, art. L1511-3',
    validFrom: '2015-08-09',
    source: 'our-reading',
    parameterId: 'business-aid-competence',
  },
  {
    id: 'commune-epci-company-aid',
    effect: 'forbid',
    code: 'excluded-business-aid-without-region',
    who: ['commune', 'epci'],
    units: [...COMPANY_AID_UNITS],
    actor: { company: true },
    article: 'CGCT, art. L1511-2',
    validFrom: '2015-08-09',
    source: { url: LEGIFRANCE_CGCT },
    parameterId: 'business-aid-competence',
  },
  {
    id: 'commune-epci-business-aid',
    effect: 'forbid',
    code: 'excluded-business-aid-without-region',
    who: ['commune', 'epci'],
    units: ['business-aid'],
    article: 'CGCT, art. L1511-2 et L1511-3',
    validFrom: '2015-08-09',
    source: { url: LEGIFRANCE_CGCT },
    parameterId: 'business-aid-competence',
  },
  {
    id: 'commune-epci-in-region-scheme',
    effect: 'lift',
    code: 'caution-business-aid-convention',
    lifts: ['commune-epci-company-aid', 'commune-epci-business-aid'],
    who: ['commune', 'epci'],
    withPartner: 'region',
    units: [...COMPANY_AID_UNITS, 'business-aid'],
    article: 'CGCT, art. L1511-2, al. 2',
    validFrom: '2015-08-09',
    source: { url: LEGIFRANCE_CGCT },
    parameterId: 'business-aid-competence',
  },
  {
    id: 'scic-subsidies',
    effect: 'lift',
    lifts: ['commune-epci-company-aid', 'departement-no-company-aid'],
    who: ['commune', 'epci', 'departement'],
    units: SUBSIDY_UNITS.filter((u) => u !== 'iae-top-up' && u !== 'evs-approval'),
    actor: { types: ['scic'] },
    article: 'Loi n° 47-1775, art. 19 decies',
    validFrom: '2001-07-18',
    source: 'our-reading',
    parameterId: 'scic-subsidies',
  },
  {
    id: 'scic-public-capital-cap',
    effect: 'forbid',
    code: 'excluded-scic-public-capital-cap',
    who: [...PUBLIC_KINDS],
    units: ['scic-shares'],
    condition: 'scic-cap-reached',
    article: 'Loi n° 47-1775, art. 19 septies',
    validFrom: '2014-08-02',
    source: 'our-reading',
    parameterId: 'scic-public-capital-cap',
  },
  {
    id: 'scic-cap-crossed',
    effect: 'caution',
    code: 'caution-scic-cap-crossed',
    who: [...PUBLIC_KINDS],
    units: ['scic-shares'],
    condition: 'scic-cap-crossed',
    article: 'Loi n° 47-1775, art. 19 septies',
    validFrom: '2014-08-02',
    source: 'our-reading',
    parameterId: 'scic-public-capital-cap',
  },
  {
    id: 'scic-share-unknown',
    effect: 'caution',
    code: 'caution-scic-cap-unknown',
    who: [...PUBLIC_KINDS],
    units: ['scic-shares'],
    condition: 'scic-share-unknown',
    article: 'Loi n° 47-1775, art. 19 septies',
    validFrom: '2014-08-02',
    source: 'our-reading',
    parameterId: 'scic-public-capital-cap',
  },
  {
    id: 'regie-needs-iae-convention',
    effect: 'forbid',
    code: 'excluded-regie-without-iae-convention',
    who: [...ALL_KINDS],
    units: ['reserved-siae', 'reserved-inclusive', 'iae-top-up'],
    actor: { types: ['regie-de-quartier'], approvalsNone: ['aci', 'ai', 'ei', 'etti'] },
    article: 'Code du travail, art. L5132-2 et L5132-4',
    validFrom: '2019-01-01',
    source: 'our-reading',
    parameterId: 'reserved-contract-siae',
  },
  {
    id: 'reserved-ess-annex-services',
    effect: 'forbid',
    code: 'excluded-service-not-listed',
    who: [...ALL_KINDS],
    units: ['reserved-ess'],
    condition: 'service-not-in-annex',
    article: 'CCP, art. L2113-15 et R2113-8',
    validFrom: '2019-04-01',
    source: 'our-reading',
    parameterId: 'reserved-contract-ess',
  },
  {
    id: 'reserved-ess-recent-holder',
    effect: 'forbid',
    code: 'excluded-reserved-ess-recent-holder',
    who: [...ALL_KINDS],
    units: ['reserved-ess'],
    condition: 'reserved-ess-recent',
    article: 'CCP, art. L2113-15',
    validFrom: '2019-04-01',
    source: 'our-reading',
    parameterId: 'reserved-contract-ess',
  },
  {
    id: 'reserved-ess-history-unknown',
    effect: 'caution',
    code: 'caution-reserved-ess-history',
    who: [...ALL_KINDS],
    units: ['reserved-ess'],
    condition: 'reserved-ess-history-unknown',
    article: 'CCP, art. L2113-15',
    validFrom: '2019-04-01',
    source: 'our-reading',
    parameterId: 'reserved-contract-ess',
  },
  {
    id: 'staff-public-interest-only',
    effect: 'forbid',
    code: 'excluded-staff-no-public-interest-mission',
    who: [...ALL_KINDS],
    units: ['staff'],
    condition: 'no-public-interest',
    article: 'CGFP, art. L512-8 4°',
    validFrom: '2019-01-01',
    source: { url: 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000044416551/LEGISCTA000044422794' },
    parameterId: 'staff-secondment',
  },
  {
    id: 'staff-public-interest-unknown',
    effect: 'caution',
    code: 'caution-staff-public-interest',
    who: [...ALL_KINDS],
    units: ['staff'],
    condition: 'public-interest-unknown',
    article: 'CGFP, art. L512-8 4°',
    validFrom: '2019-01-01',
    source: { url: 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000044416551/LEGISCTA000044422794' },
    parameterId: 'staff-secondment',
  },
  {
    id: 'dla-first-employer',
    effect: 'caution',
    code: 'caution-dla-first-employer',
    who: [...ALL_KINDS],
    units: ['dla-funding'],
    condition: 'no-employee',
    article: 'Loi n° 2014-856, art. 61',
    validFrom: '2014-08-02',
    source: 'our-reading',
    parameterId: 'dla-eligibility',
  },
  {
    id: 'state-declared-late',
    effect: 'caution',
    code: 'caution-state-payment-declared-late',
    who: [...ALL_KINDS],
    units: ['advance-funds'],
    condition: 'state-declared-late',
    article: 'Code du travail, art. R5132-1 et s.',
    validFrom: '2019-01-01',
    source: 'our-reading',
    parameterId: 'late-payment-state',
  },
  {
    id: 'secure-needs-current-support',
    effect: 'forbid',
    code: 'excluded-nothing-to-secure',
    who: [...ALL_KINDS],
    units: ['multi-year-agreement', 'renewal'],
    condition: 'no-current-support',
    article: 'Règle du modèle Terreau',
    validFrom: '2019-01-01',
    source: 'our-reading',
  },
];

/** The rule table, validated. */
export const competenceRules: readonly CompetenceRule[] = rows.map((r) => CompetenceRule.parse(r));

/**
 * Single territorial authorities (collectivité territoriale de Guyane, de Martinique, collectivité de
 * Corse) hold a Région's and a Département's competences: for each unit they act as a Région where
 * the catalogue names one, else as a Département. Rules written for Départements do not bind them.
 */
export const SINGLE_AUTHORITY_BASIS = {
  article: 'CGCT, art. L7111-1 et L7211-1 (loi n° 2011-884 du 27 juillet 2011 : Guyane et Martinique) ; art. L4421-1 (loi n° 2015-991, art. 30 : collectivité de Corse au 1er janvier 2018)',
  validFrom: '2016-01-01',
  source: 'our-reading' as const,
};
