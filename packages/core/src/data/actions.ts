// The nineteen support actions of the six levers (ANCT 2021 study, DOMAIN §7) as data: who can
// act and with what competence, hard eligibility (per instrument when the law distinguishes
// several ways of doing the action), the weak criteria each action answers, the zonings and
// stages where it weighs more, the steps to take, the dated legal parameters it rests on, and the
// case studies that illustrate it. Text (label, what it is, steps, competence notes, examples):
// messages.recommend.actions[id] and messages.recommend.competenceNotes[note].
import * as z from 'zod/mini';
import {
  ACTION_IDS,
  ACTIVITY_IDS,
  ACTOR_TYPE_IDS,
  APPROVAL_IDS,
  CRITERION_IDS,
  DECISION_MAKER_IDS,
  FUNDING_SOURCE_IDS,
  INSTRUMENT_IDS,
  LEGAL_PARAMETER_IDS,
  LEVER_IDS,
  STAGE_IDS,
  ZONING_IDS,
} from './ids.js';
import type { ActivityId, ApprovalId, DecisionMakerId } from './ids.js';

/** Codes given when a hard rule excludes an action or an instrument (text: messages.recommend.reasons). */
export const EXCLUSION_CODES = [
  'excluded-not-ess-actor',
  'excluded-not-competent',
  'excluded-notre-departement',
  'excluded-outside-competence',
  'excluded-share-capital-not-scic',
  'excluded-scic-public-capital-cap',
  'excluded-not-siae',
  'excluded-not-disability-employer',
  'excluded-not-inclusive-employer',
  'excluded-not-ess-enterprise',
  'excluded-service-not-listed',
  'excluded-no-approval',
  'excluded-not-iae',
  'excluded-evs-not-association',
  'excluded-dla-not-eligible',
  'excluded-dla-no-employee',
  'excluded-stage',
  // Added in 2026-12 (issue 11): the competence rule table (data/competence-rules.ts).
  'excluded-business-aid-without-region',
  'excluded-departement-business-aid',
  'excluded-regie-without-iae-convention',
  'excluded-reserved-ess-recent-holder',
  'excluded-staff-no-public-interest-mission',
  'excluded-nothing-to-secure',
  'excluded-rule-not-in-force',
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

/** Notes on a decision-maker's competence for an action (text: messages.recommend.competenceNotes). */
export const COMPETENCE_NOTE_IDS = [
  'region-leads-business-aid',
  'communes-epci-complement-region',
  'epci-business-premises',
  'departement-notre',
  'departement-with-region',
  'departement-social-competences',
  'caf-family-and-social-life',
  'caf-evs-approval',
  'state-sector-services',
  'state-funds-dla',
  'public-buyer',
  'social-landlord-premises',
  'broker-with-social-landlords',
  'scic-public-associate',
  'civil-servant-secondment',
  'iae-rsa-top-up',
] as const;
export type CompetenceNoteId = (typeof COMPETENCE_NOTE_IDS)[number];

/** Named hard rules that need more than a list check (recommend/eligibility.ts). */
export const SPECIAL_RULE_IDS = ['scic-public-capital-cap', 'approval-or-target-label', 'dla-eligible'] as const;
export type SpecialRuleId = (typeof SPECIAL_RULE_IDS)[number];

/** How a decision-maker can use an action or instrument. */
export const CompetenceEntry = z.object({
  /** `lead`: chef de file; `yes`: within its competences; `limited`: only under the conditions below. */
  level: z.enum(['lead', 'yes', 'limited']),
  note: z.optional(z.enum(COMPETENCE_NOTE_IDS)),
  /** Only when acting together with this partner (e.g. a Département within a Région's scheme). */
  partner: z.optional(z.object({ kind: z.enum(DECISION_MAKER_IDS), code: z.enum(EXCLUSION_CODES) })),
  /**
   * Only for actors inside the decision-maker's funding domain (data/decision-makers.ts); the
   * limit is lifted when it acts with `waivedWith`.
   */
  domain: z.optional(z.object({ code: z.enum(EXCLUSION_CODES), waivedWith: z.optional(z.enum(DECISION_MAKER_IDS)) })),
});
export type CompetenceEntry = z.infer<typeof CompetenceEntry>;

/** What the supported actor must be or hold. Each failed condition gives `code`. */
export const ActorRequirement = z.object({
  code: z.enum(EXCLUSION_CODES),
  types: z.optional(z.array(z.enum(ACTOR_TYPE_IDS))),
  /** At least one of these approvals, held or implied by the actor's type. */
  approvalsAny: z.optional(z.array(z.enum(APPROVAL_IDS))),
  /** An ESS enterprise within art. 1 of the 2014 law. */
  essEnterprise: z.optional(z.boolean()),
  /** At least one of these activities (a second code says the service is not in the list). */
  activitiesAny: z.optional(z.object({ ids: z.array(z.enum(ACTIVITY_IDS)), code: z.enum(EXCLUSION_CODES) })),
  /** Only at these life stages (when the stage is known). */
  stages: z.optional(z.array(z.enum(STAGE_IDS))),
});
export type ActorRequirement = z.infer<typeof ActorRequirement>;

const DecisionMakerMap = z.partialRecord(z.enum(DECISION_MAKER_IDS), CompetenceEntry);

export const Instrument = z.object({
  id: z.enum(INSTRUMENT_IDS),
  decisionMakers: DecisionMakerMap,
  requires: z.optional(ActorRequirement),
  rules: z._default(z.array(z.enum(SPECIAL_RULE_IDS)), []),
  legalBasis: z._default(z.array(z.enum(LEGAL_PARAMETER_IDS)), []),
});
export type Instrument = z.infer<typeof Instrument>;

export const SupportAction = z.object({
  id: z.enum(ACTION_IDS),
  leverId: z.enum(LEVER_IDS),
  /** Who can act when the action has no instruments; with instruments, each instrument says. */
  decisionMakers: DecisionMakerMap,
  requires: z.optional(ActorRequirement),
  rules: z._default(z.array(z.enum(SPECIAL_RULE_IDS)), []),
  /** Legally distinct ways of doing the action; the action stays if one of them is open. */
  instruments: z._default(z.array(Instrument), []),
  /** Weak criteria the action answers, most direct first. */
  answers: /* @__PURE__ */ z.array(z.enum(CRITERION_IDS)).check(z.minLength(1)),
  /** Zonings where the study finds the action weighs more. */
  zonings: z.array(z.enum(ZONING_IDS)),
  /** Life stages where the action fits best. */
  stages: z.array(z.enum(STAGE_IDS)),
  /** Activities for which the action is especially apt. */
  activities: z.array(z.enum(ACTIVITY_IDS)),
  /** Funding sources whose presence calls for this action (late payers for advance-funds). */
  fundingSources: z.array(z.enum(FUNDING_SOURCE_IDS)),
  /** Order of magnitude of what it costs the decision-maker. */
  cost: z.enum(['none', 'low', 'medium', 'high']),
  /** Keys of the concrete steps, in order (text: messages.recommend.actions[id].steps[key]). */
  steps: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.minLength(1))).check(z.minLength(2)),
  /** Legal parameters cited whatever the instrument. */
  legalBasis: z._default(z.array(z.enum(LEGAL_PARAMETER_IDS)), []),
  /** Ids of case-study actors of the default dataset (text: messages.recommend.actions[id].examples[actorId]). */
  examples: z.array(/* @__PURE__ */ z.string().check(z.minLength(1))),
});
export type SupportAction = z.infer<typeof SupportAction>;
export type SupportActionInput = z.input<typeof SupportAction>;

// ——— shorthand for the catalogue ———
const ALL: Record<DecisionMakerId, z.input<typeof CompetenceEntry>> = {
  commune: { level: 'yes' },
  epci: { level: 'yes' },
  departement: { level: 'yes' },
  region: { level: 'yes' },
  'service-etat': { level: 'yes' },
  caf: { level: 'yes' },
  'bailleur-social': { level: 'yes' },
  'collectivite-unique': { level: 'yes' },
};
const BUYER = { level: 'yes', note: 'public-buyer' } as const;
const BUYERS = Object.fromEntries(Object.keys(ALL).map((k) => [k, BUYER])) as Record<DecisionMakerId, typeof BUYER>;
/**
 * A Département funds only within its own competences (social action and insertion, autonomy,
 * childhood, and the shared culture, sport and tourism). Acting with the Région does not widen
 * them (L1511-2); companies are closed by the rule table (data/competence-rules.ts).
 */
const DEPT_DOMAIN = {
  level: 'limited',
  note: 'departement-social-competences',
  domain: { code: 'excluded-notre-departement' },
} as const;
const CAF_DOMAIN = { level: 'limited', note: 'caf-family-and-social-life', domain: { code: 'excluded-outside-competence' } } as const;
const LOCAL = { commune: { level: 'yes' }, epci: { level: 'yes' }, region: { level: 'yes' } } as const;

export const IAE_APPROVALS: readonly ApprovalId[] = ['aci', 'ai', 'ei', 'etti', 'regie-de-quartier'];
export const DISABILITY_APPROVALS: readonly ApprovalId[] = ['esat', 'ea'];
/**
 * Activities in the health, social, cultural, sport and training services that art. L2113-15 of
 * the code de la commande publique lets a buyer reserve to ESS enterprises.
 */
export const ESS_RESERVABLE_ACTIVITIES: readonly ActivityId[] = [
  'health-centre',
  'addiction-care',
  'patient-support',
  'carers-house',
  'adapted-sport',
  'sport-for-all',
  'personal-services',
  'insertion-scheme',
  'socio-aesthetic',
  'alternative-childcare',
  'toy-library',
  'inclusive-housing',
  'intergenerational-housing',
  'young-workers-housing',
  'digital-workshop',
  'cultural-support',
  'local-festival',
  'heritage-enhancement',
];

const catalogue: SupportActionInput[] = [
  // ——— Lever 1: direct financial partnerships ———
  {
    id: 'operating-subsidy',
    leverId: 'financial',
    decisionMakers: { ...LOCAL, 'service-etat': { level: 'yes' }, departement: DEPT_DOMAIN, caf: CAF_DOMAIN },
    answers: ['financial-autonomy', 'subsidy-access', 'public-authorities'],
    zonings: ['qpv', 'drom', 'frr', 'frr-plus'],
    stages: ['development', 'consolidation'],
    activities: [],
    fundingSources: [],
    cost: 'medium',
    steps: ['shared-goals', 'multi-year-agreement', 'payment-schedule', 'annual-review'],
    examples: ['cs-amis-pierre-masgot', 'cs-cap-sport', 'cs-reseau-pouce-pouce', 'cs-loco-motives', 'cs-8-fablab-drome'],
  },
  {
    id: 'investment',
    leverId: 'financial',
    decisionMakers: {},
    instruments: [
      {
        id: 'investment-subsidy',
        decisionMakers: { ...LOCAL, 'service-etat': { level: 'yes' }, departement: DEPT_DOMAIN },
      },
      {
        id: 'scic-shares',
        decisionMakers: {
          commune: { level: 'yes', note: 'scic-public-associate' },
          epci: { level: 'yes', note: 'scic-public-associate' },
          departement: { level: 'yes', note: 'scic-public-associate' },
          region: { level: 'yes', note: 'scic-public-associate' },
          'service-etat': { level: 'yes', note: 'scic-public-associate' },
        },
        requires: { code: 'excluded-share-capital-not-scic', types: ['scic'] },
        rules: ['scic-public-capital-cap'],
        legalBasis: ['scic-public-capital-cap'],
      },
    ],
    answers: ['investment-capacity', 'spreading', 'activity-diversification', 'public-authorities'],
    zonings: ['frr', 'frr-plus', 'zrr', 'montagne', 'territoire-industrie'],
    stages: ['creation', 'development'],
    activities: ['ressourcerie', 'fablab', 'citizen-energy', 'inclusive-housing', 'food-workshop'],
    fundingSources: [],
    cost: 'high',
    steps: ['investment-plan', 'co-funders', 'shares-or-subsidy', 'governance-seat'],
    examples: ['cs-habit-age', 'cs-bell-occas', 'cs-ambiance-bois', 'cs-8-fablab-drome'],
  },
  {
    id: 'project-funding',
    leverId: 'financial',
    decisionMakers: {},
    instruments: [
      {
        id: 'direct-grant',
        decisionMakers: { ...LOCAL, 'service-etat': { level: 'yes' }, departement: DEPT_DOMAIN, caf: CAF_DOMAIN },
      },
      {
        id: 'evs-approval',
        decisionMakers: { caf: { level: 'lead', note: 'caf-evs-approval' } },
        requires: { code: 'excluded-evs-not-association', types: ['association', 'centre-social', 'maison-des-associations'] },
        legalBasis: ['evs-funding'],
      },
      {
        id: 'call-for-projects',
        decisionMakers: { ...LOCAL, 'service-etat': { level: 'yes' }, departement: DEPT_DOMAIN, caf: CAF_DOMAIN },
      },
    ],
    answers: ['subsidy-access', 'activity-diversification', 'spreading', 'needs-fit'],
    zonings: ['qpv', 'drom', 'frr'],
    stages: ['emergence', 'creation', 'development'],
    activities: ['associative-cafe', 'mutual-aid', 'digital-workshop', 'mobility-platform', 'fablab'],
    fundingSources: [],
    cost: 'medium',
    steps: ['project-scope', 'choose-channel', 'open-call', 'project-report'],
    examples: ['cs-8-fablab-drome', 'cs-reseau-pouce-pouce', 'cs-cpie-haut-doubs', 'cs-amis-pierre-masgot', 'cs-cafe-pluche'],
  },
  {
    id: 'sector-policies',
    leverId: 'financial',
    decisionMakers: {},
    instruments: [
      {
        id: 'business-aid',
        decisionMakers: {
          region: { level: 'lead', note: 'region-leads-business-aid' },
          epci: { level: 'limited', note: 'communes-epci-complement-region' },
          commune: { level: 'limited', note: 'communes-epci-complement-region' },
          // Only through the narrow routes of the rule table (farming, forestry, fisheries with the Région).
          departement: {
            level: 'limited',
            note: 'departement-with-region',
            partner: { kind: 'region', code: 'excluded-departement-business-aid' },
          },
        },
        legalBasis: ['business-aid-competence'],
      },
      {
        id: 'sectoral-aid',
        decisionMakers: {
          'service-etat': { level: 'yes', note: 'state-sector-services' },
          ...LOCAL,
          departement: DEPT_DOMAIN,
          caf: CAF_DOMAIN,
        },
      },
    ],
    answers: ['subsidy-access', 'market-hybridisation', 'investment-capacity', 'public-authorities'],
    zonings: ['territoire-industrie', 'frr', 'frr-plus', 'acv', 'pvd'],
    stages: ['development', 'consolidation'],
    activities: ['cultural-support', 'local-festival', 'heritage-enhancement', 'sport-for-all', 'citizen-energy', 'fablab', 'eco-logistics'],
    fundingSources: [],
    cost: 'high',
    steps: ['map-schemes', 'redirect', 'joint-file', 'align-policy'],
    examples: ['cs-8-fablab-drome', 'cs-espace-culturel-chaillol'],
  },
  {
    id: 'approval-top-up',
    leverId: 'financial',
    decisionMakers: {},
    instruments: [
      {
        id: 'iae-top-up',
        decisionMakers: {
          departement: { level: 'yes', note: 'iae-rsa-top-up' },
          region: { level: 'yes' },
          epci: { level: 'yes' },
          commune: { level: 'yes' },
        },
        requires: { code: 'excluded-not-iae', approvalsAny: [...IAE_APPROVALS] },
      },
      {
        id: 'label-support',
        decisionMakers: {
          ...LOCAL,
          'service-etat': { level: 'yes', note: 'state-sector-services' },
          departement: DEPT_DOMAIN,
          caf: CAF_DOMAIN,
        },
        rules: ['approval-or-target-label'],
      },
    ],
    answers: ['subsidy-access', 'financial-autonomy', 'territory-sensitivity'],
    zonings: ['qpv', 'frr', 'frr-plus', 'drom'],
    stages: ['development', 'consolidation'],
    activities: ['insertion-scheme', 'ressourcerie', 'local-festival', 'cultural-support'],
    fundingSources: [],
    cost: 'medium',
    steps: ['check-approval', 'top-up-agreement', 'count-beneficiaries', 'joint-review'],
    examples: ['cs-bell-occas', 'cs-espace-culturel-chaillol'],
  },
  {
    id: 'advance-funds',
    leverId: 'financial',
    decisionMakers: { commune: { level: 'yes' }, epci: { level: 'yes' }, region: { level: 'yes' }, departement: DEPT_DOMAIN },
    answers: ['financial-management', 'financial-autonomy', 'subsidy-access'],
    zonings: ['drom', 'frr', 'frr-plus', 'zrr', 'qpv'],
    stages: ['development', 'consolidation', 'transition'],
    activities: [],
    fundingSources: ['fse', 'feder', 'leader', 'eu', 'state'],
    cost: 'medium',
    steps: ['list-receivables', 'advance-agreement', 'repayment-trigger', 'follow-payment'],
    examples: ['cs-bell-occas', 'cs-reseau-pouce-pouce'],
  },
  // ——— Lever 2: in-kind contributions ———
  {
    id: 'equipment',
    leverId: 'in-kind',
    decisionMakers: { ...LOCAL, departement: { level: 'yes' }, 'service-etat': { level: 'yes' }, 'bailleur-social': { level: 'yes' } },
    answers: ['investment-capacity', 'activity-diversification', 'financial-autonomy'],
    zonings: ['frr', 'frr-plus', 'zrr', 'montagne'],
    stages: ['emergence', 'creation', 'development'],
    activities: ['fablab', 'digital-workshop', 'ressourcerie', 'food-workshop', 'bike-workshop', 'local-festival'],
    fundingSources: [],
    cost: 'low',
    steps: ['inventory', 'loan-agreement', 'resale-option'],
    examples: ['cs-bell-occas'],
  },
  {
    id: 'premises',
    leverId: 'in-kind',
    decisionMakers: {},
    instruments: [
      {
        id: 'public-premises',
        decisionMakers: { ...LOCAL, departement: { level: 'yes' } },
      },
      {
        id: 'atelier-relais',
        decisionMakers: { epci: { level: 'lead', note: 'epci-business-premises' }, commune: { level: 'yes', note: 'epci-business-premises' } },
        requires: { code: 'excluded-stage', stages: ['creation', 'development', 'consolidation'] },
        legalBasis: ['business-aid-competence'],
      },
      {
        id: 'social-landlord-premises',
        decisionMakers: {
          'bailleur-social': { level: 'lead', note: 'social-landlord-premises' },
          commune: { level: 'yes', note: 'broker-with-social-landlords' },
          epci: { level: 'yes', note: 'broker-with-social-landlords' },
        },
      },
    ],
    answers: ['investment-capacity', 'financial-autonomy', 'inhabitants', 'operational-partners'],
    zonings: ['qpv', 'acv', 'pvd', 'frr'],
    stages: ['emergence', 'creation', 'development'],
    activities: [
      'cultural-support',
      'local-festival',
      'sport-for-all',
      'adapted-sport',
      'associative-cafe',
      'ressourcerie',
      'health-centre',
      'coworking',
      'fablab',
      'heritage-enhancement',
    ],
    fundingSources: [],
    cost: 'low',
    steps: ['list-vacant', 'occupancy-agreement', 'show-room', 'path-to-ownership'],
    examples: ['cs-amis-pierre-masgot', 'cs-cap-sport', 'cs-habit-age', 'cs-hercule-insertion', 'cs-ambiance-bois', 'cs-desbals-services'],
  },
  {
    id: 'staff',
    leverId: 'in-kind',
    decisionMakers: {
      commune: { level: 'yes', note: 'civil-servant-secondment' },
      epci: { level: 'yes', note: 'civil-servant-secondment' },
      departement: { level: 'yes', note: 'civil-servant-secondment' },
      region: { level: 'yes', note: 'civil-servant-secondment' },
      'service-etat': { level: 'yes', note: 'civil-servant-secondment' },
    },
    answers: ['skills-growth', 'operational-partners', 'stakeholder-mobilisation'],
    zonings: ['qpv', 'frr', 'frr-plus', 'drom'],
    stages: ['development', 'consolidation'],
    activities: ['health-centre', 'insertion-scheme', 'digital-workshop', 'patient-support'],
    fundingSources: [],
    cost: 'medium',
    steps: ['define-mission', 'secondment-agreement', 'reimbursement', 'review-secondment'],
    legalBasis: ['staff-secondment'],
    examples: ['cs-centre-sante-3-cites'],
  },
  // ——— Lever 3: responsible public procurement ———
  {
    id: 'prior-exchanges',
    leverId: 'procurement',
    decisionMakers: BUYERS,
    answers: ['market-hybridisation', 'public-authorities', 'operational-partners'],
    zonings: [],
    stages: ['development', 'consolidation'],
    activities: [],
    fundingSources: [],
    cost: 'none',
    steps: ['sourcing', 'meet-operators', 'adapt-specs', 'publish-fairly'],
    legalBasis: ['prior-market-consultation', 'spaser'],
    examples: ['cs-8-fablab-drome'],
  },
  {
    id: 'direct-purchase',
    leverId: 'procurement',
    decisionMakers: {},
    instruments: [
      {
        id: 'small-purchase',
        decisionMakers: BUYERS,
        legalBasis: ['no-publicity-threshold-supplies', 'no-publicity-threshold-works', 'social-specific-services'],
      },
      {
        id: 'reserved-disability',
        decisionMakers: BUYERS,
        requires: { code: 'excluded-not-disability-employer', approvalsAny: [...DISABILITY_APPROVALS] },
        legalBasis: ['reserved-contract-disability'],
      },
      {
        id: 'reserved-siae',
        decisionMakers: BUYERS,
        requires: { code: 'excluded-not-siae', approvalsAny: [...IAE_APPROVALS] },
        legalBasis: ['reserved-contract-siae'],
      },
      {
        id: 'reserved-inclusive',
        decisionMakers: BUYERS,
        requires: { code: 'excluded-not-inclusive-employer', approvalsAny: [...IAE_APPROVALS, ...DISABILITY_APPROVALS] },
        legalBasis: ['reserved-contract-inclusive'],
      },
      {
        id: 'reserved-ess',
        decisionMakers: BUYERS,
        // The annexed list of services and the three-year rule: data/competence-rules.ts.
        requires: { code: 'excluded-not-ess-enterprise', essEnterprise: true },
        legalBasis: ['reserved-contract-ess'],
      },
    ],
    answers: ['market-hybridisation', 'financial-autonomy', 'activity-diversification'],
    zonings: ['frr', 'frr-plus', 'zrr', 'drom'],
    stages: ['creation', 'development', 'consolidation'],
    activities: ['personal-services', 'solidarity-concierge', 'ressourcerie', 'short-circuit', 'fablab', 'eco-logistics', 'insertion-scheme'],
    fundingSources: ['sales'],
    cost: 'none',
    steps: ['estimate-need', 'pick-procedure', 'ask-quotes', 'multi-year-contract'],
    examples: ['cs-loco-motives', 'cs-ambiance-bois', 'cs-hercule-insertion'],
  },
  {
    id: 'procurement-access',
    leverId: 'procurement',
    decisionMakers: {},
    instruments: [
      { id: 'social-clause', decisionMakers: BUYERS, legalBasis: ['social-clause', 'social-condition-above-eu'] },
      { id: 'environmental-clause', decisionMakers: BUYERS, legalBasis: ['environmental-condition'] },
      { id: 'allotment', decisionMakers: BUYERS, legalBasis: ['allotment', 'eu-threshold-supplies-local', 'eu-threshold-works'] },
    ],
    answers: ['market-hybridisation', 'operational-partners', 'activity-diversification'],
    zonings: ['qpv', 'territoire-industrie'],
    stages: ['development', 'consolidation'],
    activities: ['insertion-scheme', 'ressourcerie', 'personal-services', 'eco-logistics', 'food-waste'],
    fundingSources: ['sales'],
    cost: 'none',
    steps: ['clause-facilitator', 'split-lots', 'subcontracting', 'observe-together'],
    examples: ['cs-bell-occas'],
  },
  // ——— Lever 4: support and engineering ———
  {
    id: 'technical-engineering',
    leverId: 'support',
    decisionMakers: ALL,
    answers: ['entrepreneurial-personality', 'skills-growth', 'spreading', 'needs-fit'],
    zonings: ['frr', 'frr-plus', 'zrr', 'montagne', 'drom'],
    stages: ['emergence', 'creation', 'transition'],
    activities: [],
    fundingSources: [],
    cost: 'low',
    steps: ['name-referent', 'key-moments', 'introductions', 'board-seat'],
    examples: ['cs-cap-sport', 'cs-loco-motives', 'cs-habit-age'],
  },
  {
    id: 'financial-engineering',
    leverId: 'support',
    decisionMakers: {},
    instruments: [
      {
        id: 'financial-advice',
        decisionMakers: { ...LOCAL, departement: { level: 'yes' }, 'service-etat': { level: 'yes' }, caf: { level: 'yes' } },
      },
      {
        id: 'dla-funding',
        decisionMakers: { ...LOCAL, departement: { level: 'yes' }, 'service-etat': { level: 'lead', note: 'state-funds-dla' } },
        rules: ['dla-eligible'],
        legalBasis: ['dla-eligibility'],
      },
    ],
    answers: ['financial-management', 'subsidy-access', 'investment-capacity', 'financial-autonomy'],
    zonings: ['drom', 'frr', 'frr-plus', 'qpv'],
    stages: ['development', 'consolidation', 'transition'],
    activities: [],
    fundingSources: ['leader', 'fse', 'feder', 'eu'],
    cost: 'low',
    steps: ['budget-review', 'funders-visit', 'dla-referral', 'adapt-budget-lines'],
    examples: ['cs-reseau-pouce-pouce', 'cs-espace-culturel-chaillol', 'cs-hercule-insertion'],
  },
  // ——— Lever 5: promotion to the public ———
  {
    id: 'institutional-communication',
    leverId: 'promotion',
    decisionMakers: ALL,
    answers: ['local-media', 'inhabitants', 'territory-sensitivity'],
    zonings: ['frr', 'frr-plus', 'zrr', 'montagne', 'drom', 'qpv', 'pvd'],
    stages: ['creation', 'development'],
    activities: ['associative-cafe', 'social-grocery', 'mutual-aid', 'intergenerational-housing'],
    fundingSources: [],
    cost: 'none',
    steps: ['editorial-slot', 'key-moments-news', 'impact-story', 'mayor-backing'],
    examples: ['cs-ambiance-bois', 'cs-cafe-pluche'],
  },
  {
    id: 'territorial-marketing',
    leverId: 'promotion',
    decisionMakers: { ...LOCAL, departement: { level: 'yes' }, caf: { level: 'limited', note: 'caf-evs-approval' } },
    answers: ['territory-sensitivity', 'local-media', 'public-authorities'],
    zonings: ['frr', 'frr-plus', 'zrr', 'montagne', 'pvd', 'acv'],
    stages: ['development', 'consolidation'],
    activities: ['heritage-enhancement', 'local-festival', 'holiday-village', 'alternative-accommodation', 'short-circuit', 'associative-cafe'],
    fundingSources: [],
    cost: 'low',
    steps: ['showcase-list', 'welcome-newcomers', 'labels', 'tourism-office'],
    examples: ['cs-ambiance-bois', 'cs-amis-pierre-masgot', 'cs-cafe-pluche'],
  },
  {
    id: 'crowdfunding',
    leverId: 'promotion',
    decisionMakers: { ...LOCAL, departement: { level: 'yes' } },
    answers: ['inhabitants', 'stakeholder-mobilisation', 'investment-capacity'],
    zonings: ['frr', 'frr-plus', 'montagne'],
    stages: ['emergence', 'creation', 'development'],
    activities: ['citizen-energy', 'associative-cafe', 'cooperative-grocery', 'local-festival', 'shared-garden'],
    fundingSources: ['crowdfunding'],
    cost: 'low',
    steps: ['platform-partner', 'match-funding', 'crowd-acting', 'thank-contributors'],
    examples: ['cs-ambiance-bois'],
  },
  // ——— Lever 6: co-animating collective dynamics ———
  {
    id: 'groupings',
    leverId: 'collective',
    decisionMakers: { ...LOCAL, departement: { level: 'yes' }, 'service-etat': { level: 'yes' } },
    answers: ['networks', 'operational-partners', 'skills-growth', 'stakeholder-mobilisation'],
    zonings: ['frr', 'frr-plus', 'zrr', 'drom', 'montagne'],
    stages: ['development', 'consolidation', 'transition'],
    activities: ['coworking', 'fablab', 'insertion-scheme', 'mobility-platform', 'social-grocery'],
    fundingSources: [],
    cost: 'low',
    steps: ['convene', 'pool-resources', 'b2b-meetings', 'ptce-application'],
    legalBasis: ['ptce-call-funding'],
    examples: ['cs-8-fablab-drome', 'cs-la-pioche'],
  },
  {
    id: 'value-chains',
    leverId: 'collective',
    decisionMakers: { ...LOCAL, 'service-etat': { level: 'yes' }, departement: DEPT_DOMAIN },
    answers: ['networks', 'operational-partners', 'market-hybridisation', 'spreading'],
    zonings: ['frr', 'frr-plus', 'zrr', 'territoire-industrie', 'montagne'],
    stages: ['development', 'consolidation'],
    activities: [
      'short-circuit',
      'food-workshop',
      'social-grocery',
      'cooperative-grocery',
      'shared-garden',
      'food-waste',
      'ressourcerie',
      'citizen-energy',
      'eco-logistics',
    ],
    fundingSources: [],
    cost: 'medium',
    steps: ['needs-analysis', 'joint-application', 'feasibility-study', 'share-knowledge'],
    examples: ['cs-bell-occas', 'cs-loco-motives'],
  },
  // ——— Added in 2026-12 (issue 11): secure what already works ———
  {
    id: 'secure-existing',
    leverId: 'financial',
    decisionMakers: {},
    instruments: [
      {
        id: 'multi-year-agreement',
        decisionMakers: { ...LOCAL, 'service-etat': { level: 'yes' }, departement: DEPT_DOMAIN, caf: CAF_DOMAIN, 'collectivite-unique': { level: 'yes' } },
        legalBasis: ['subsidy-convention-threshold'],
      },
      { id: 'renewal', decisionMakers: ALL },
    ],
    answers: ['public-authorities', 'financial-autonomy', 'subsidy-access', 'operational-partners'],
    zonings: [],
    stages: ['development', 'consolidation'],
    activities: [],
    fundingSources: [],
    cost: 'low',
    steps: ['list-current', 'renew-early', 'multi-year', 'shared-review'],
    examples: ['cs-cap-sport', 'cs-reseau-pouce-pouce', 'cs-amis-pierre-masgot'],
  },
];

/** The nineteen actions, validated, in ACTION_IDS order. */
export const supportActions: readonly SupportAction[] = catalogue.map((a) => SupportAction.parse(a));

const actionById = new Map(supportActions.map((a) => [a.id, a]));

/** The catalogue entry of an action. */
export function supportActionOf(id: (typeof ACTION_IDS)[number]): SupportAction {
  return actionById.get(id) as SupportAction;
}
