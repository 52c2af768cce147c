// Stable ids shared by the catalogues and the schemas. They are a public contract: researchers,
// widgets and saved answers reference them, so never rename one; add new ids at the end.

/** Families of the actor typology (roots of the family → type tree). */
export const FAMILY_IDS = [
  'associations',
  'cooperatives',
  'mutuelles',
  'fondations',
  'societes-ess',
  'insertion',
  'public',
  'financeurs',
  'accompagnateurs',
  'reseaux',
  'prives-engages',
  'collectifs',
] as const;
export type FamilyId = (typeof FAMILY_IDS)[number];

/** Actor types (leaves of the typology tree). */
export const ACTOR_TYPE_IDS = [
  // ESS legal families
  'association',
  'scop',
  'scic',
  'cae',
  'cooperative',
  'mutuelle',
  'fondation',
  'fonds-de-dotation',
  'societe-commerciale-ess',
  // insertion by economic activity (IAE) and disability employers
  'aci',
  'ai',
  'ei',
  'etti',
  'regie-de-quartier',
  'geiq',
  'esat',
  'entreprise-adaptee',
  // local authorities and public bodies
  'commune',
  'epci',
  'departement',
  'region',
  'service-etat',
  'caf',
  'parc-naturel-regional',
  'gip',
  'bailleur-social',
  // funders
  'mecene',
  'france-active',
  'banque-des-territoires',
  'bpifrance',
  'fonds-europeens',
  'financement-participatif',
  'fonds-solidaire-local',
  // support structures
  'dla',
  'incubateur',
  'fabrique-a-initiatives',
  'chambre-consulaire',
  // networks
  'cress',
  'mouvement-associatif',
  'reseau-iae',
  'reseau-local',
  'centre-social',
  'maison-des-associations',
  'club-entrepreneurs',
  // engaged private firms
  'entreprise-a-mission',
  'pme-locale',
  // collective forms
  'ptce',
  'ges',
  'tiers-lieu',
  'maison-ess',
] as const;
export type ActorTypeId = (typeof ACTOR_TYPE_IDS)[number];

/** The fifteen territorial needs (DOMAIN §4). */
export const NEED_IDS = [
  'local-know-how',
  'renewable-energy',
  'healthy-food',
  'freight-mobility',
  'territorial-reach',
  'employment-access',
  'sustainable-mobility',
  'housing',
  'digital-inclusion',
  'dependency',
  'care-access',
  'parenting',
  'culture-sport',
  'social-ties',
  'waste-resource',
] as const;
export type NeedId = (typeof NEED_IDS)[number];

/** The four themes grouping the needs. */
export const THEME_IDS = ['responsible-consumption', 'attractiveness', 'social-cohesion', 'inclusion'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** Social-utility activities; each answers one or more needs (see data/needs.ts). */
export const ACTIVITY_IDS = [
  'short-circuit',
  'local-currency',
  'solidarity-concierge',
  'citizen-energy',
  'food-workshop',
  'social-grocery',
  'cooperative-grocery',
  'shared-garden',
  'eco-logistics',
  'holiday-village',
  'alternative-accommodation',
  'heritage-enhancement',
  'insertion-scheme',
  'collective-entrepreneurship',
  'socio-aesthetic',
  'personal-services',
  'solidarity-garage',
  'bike-workshop',
  'social-driving-school',
  'mobility-platform',
  'inclusive-housing',
  'intergenerational-housing',
  'young-workers-housing',
  'digital-workshop',
  'adapted-sport',
  'patient-support',
  'carers-house',
  'addiction-care',
  'health-centre',
  'alternative-childcare',
  'toy-library',
  'local-festival',
  'cultural-support',
  'sport-for-all',
  'associative-cafe',
  'mutual-aid',
  'fablab',
  'coworking',
  'food-waste',
  'ressourcerie',
] as const;
export type ActivityId = (typeof ACTIVITY_IDS)[number];

/** Approvals, conventions and labels an actor may hold. */
export const APPROVAL_IDS = [
  'aci',
  'ai',
  'ei',
  'etti',
  'esat',
  'ea',
  'esus',
  'evs',
  'centre-social',
  'regie-de-quartier',
  'geiq',
  'jep',
  'rup',
  'sport',
  'scene-conventionnee',
  'bistrot-de-pays',
] as const;
export type ApprovalId = (typeof APPROVAL_IDS)[number];

/** Kinds of zoning (each has dated versions in data/zonings.ts). */
export const ZONING_IDS = ['qpv', 'zrr', 'frr', 'frr-plus', 'montagne', 'drom', 'acv', 'pvd', 'territoire-industrie'] as const;
export type ZoningId = (typeof ZONING_IDS)[number];

/** The five assets an actor can bring to a partnership (DOMAIN §2). */
export const ASSET_IDS = ['terrain', 'skills', 'finance', 'network', 'legitimacy'] as const;
export type AssetId = (typeof ASSET_IDS)[number];

/** Roles of partners in a project (seed 000). */
export const PARTNER_ROLE_IDS = ['design', 'carrying', 'resource', 'legitimacy'] as const;
export type PartnerRoleId = (typeof PARTNER_ROLE_IDS)[number];

/** Employee bands (grouping INSEE's "tranche d'effectifs" codes, see data/size-bands.ts). */
export const EMPLOYEE_BAND_IDS = ['0', '1-9', '10-49', '50-249', '250+'] as const;
export type EmployeeBandId = (typeof EMPLOYEE_BAND_IDS)[number];

/** Annual budget bands, in euros. */
export const BUDGET_BAND_IDS = ['lt-50k', '50k-200k', '200k-1m', '1m-5m', 'gt-5m'] as const;
export type BudgetBandId = (typeof BUDGET_BAND_IDS)[number];

/** Groups of the pérennité criteria; `needs-fit` stands above them. */
export const CRITERION_GROUP_IDS = ['economics', 'team', 'ecosystem'] as const;
export type CriterionGroupId = (typeof CRITERION_GROUP_IDS)[number];

/** The overarching condition (`needs-fit`) then the seventeen criteria, in their groups' order. */
export const CRITERION_IDS = [
  'needs-fit',
  'financial-autonomy',
  'subsidy-access',
  'financial-management',
  'market-hybridisation',
  'investment-capacity',
  'spreading',
  'activity-diversification',
  'mission-fit',
  'entrepreneurial-personality',
  'skills-growth',
  'stakeholder-mobilisation',
  'operational-partners',
  'local-media',
  'inhabitants',
  'networks',
  'territory-sensitivity',
  'public-authorities',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/** The six support levers of a local public decision-maker. */
export const LEVER_IDS = ['financial', 'in-kind', 'procurement', 'support', 'promotion', 'collective'] as const;
export type LeverId = (typeof LEVER_IDS)[number];

/** The nineteen support actions, grouped by lever in this order. */
export const ACTION_IDS = [
  'operating-subsidy',
  'investment',
  'project-funding',
  'sector-policies',
  'approval-top-up',
  'advance-funds',
  'equipment',
  'premises',
  'staff',
  'prior-exchanges',
  'direct-purchase',
  'procurement-access',
  'technical-engineering',
  'financial-engineering',
  'institutional-communication',
  'territorial-marketing',
  'crowdfunding',
  'groupings',
  'value-chains',
  /** Added in 2026-12 (issue 11): renew what already works, make it multi-year. */
  'secure-existing',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** Who decides: the kinds of local public decision-maker the recommender advises. */
export const DECISION_MAKER_IDS = [
  'commune',
  'epci',
  'departement',
  'region',
  'service-etat',
  'caf',
  'bailleur-social',
  /** A single territorial authority holding both a Région's and a Département's competences (Guyane, Martinique, Corse). */
  'collectivite-unique',
] as const;
export type DecisionMakerId = (typeof DECISION_MAKER_IDS)[number];

/** Life stage of an ESS enterprise. */
export const STAGE_IDS = ['emergence', 'creation', 'development', 'consolidation', 'transition'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/**
 * Financial indicators derived from an actor's figures (DOMAIN §11, scoring/compute-indicators.ts).
 * `revenue-concentration`, `equity-ratio`, `admin-cost-ratio` and `operating-margin` are Tuckman &
 * Chang's four vulnerability indicators.
 */
export const FINANCIAL_INDICATOR_IDS = [
  'working-capital',
  'working-capital-days',
  'working-capital-need',
  'net-cash',
  'net-cash-days',
  'self-financing-capacity',
  'self-financing-ratio',
  'subsidy-dependence',
  'largest-funder-share',
  'funder-herfindahl',
  'market-revenue-share',
  'equity-ratio',
  'revenue-concentration',
  'admin-cost-ratio',
  'operating-margin',
] as const;
export type FinancialIndicatorId = (typeof FINANCIAL_INDICATOR_IDS)[number];

/** Measurable outcome indicators named in the seeds (monitoring a partnership, KPIs). */
export const OUTCOME_INDICATOR_IDS = [
  'beneficiaries-direct',
  'beneficiaries-indirect',
  'survival-12-months',
  'survival-36-months',
  'resources-mobilised',
  'local-cofinancing-share',
  'partner-satisfaction',
  'public-satisfaction',
  'jobs-created',
  'jobs-consolidated',
] as const;
export type OutcomeIndicatorId = (typeof OUTCOME_INDICATOR_IDS)[number];

/**
 * Instruments: the legally distinct ways of carrying out some actions (an investment can be a
 * subsidy or SCIC shares; a direct purchase can be a small purchase or a reserved contract).
 * Eligibility rules apply per instrument (recommend/eligibility.ts).
 */
export const INSTRUMENT_IDS = [
  'investment-subsidy',
  'scic-shares',
  'direct-grant',
  'evs-approval',
  'call-for-projects',
  'business-aid',
  'sectoral-aid',
  'iae-top-up',
  'label-support',
  'public-premises',
  'atelier-relais',
  'social-landlord-premises',
  'small-purchase',
  'reserved-disability',
  'reserved-siae',
  'reserved-inclusive',
  'reserved-ess',
  'social-clause',
  'environmental-clause',
  'allotment',
  'financial-advice',
  'dla-funding',
  /** Added in 2026-12: the ways of securing what already works (secure-existing). */
  'multi-year-agreement',
  'renewal',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** Dated legal parameters and rules cited by recommendations (data/legal-parameters.ts, DOMAIN §10). */
export const LEGAL_PARAMETER_IDS = [
  'no-publicity-threshold-supplies',
  'no-publicity-threshold-works',
  'eu-threshold-supplies-local',
  'eu-threshold-works',
  'prior-market-consultation',
  'reserved-contract-disability',
  'reserved-contract-siae',
  'reserved-contract-inclusive',
  'reserved-contract-ess',
  'social-clause',
  'allotment',
  'scic-public-capital-cap',
  'evs-funding',
  'dla-eligibility',
  'esus-conditions',
  'ptce-call-funding',
  'staff-secondment',
  'business-aid-competence',
  // Added in 2026-12 (issue 11).
  'environmental-condition',
  'social-condition-above-eu',
  'social-specific-services',
  'spaser',
  'subsidy-convention-threshold',
  'contrat-engagement-republicain',
  'de-minimis-ceiling',
  'sieg-de-minimis-ceiling',
  'elected-member-conflict',
  'scic-subsidies',
  'departement-agriculture-aid',
  'late-payment-state',
] as const;
export type LegalParameterId = (typeof LEGAL_PARAMETER_IDS)[number];

/** Where an actor's money comes from; `fse`, `feder`, `leader`, `eu` and `state` typically pay late. */
export const FUNDING_SOURCE_IDS = [
  'fse',
  'feder',
  'leader',
  'state',
  'region',
  'departement',
  'epci',
  'commune',
  'caf',
  'foundation',
  'france-active',
  'bpifrance',
  'crowdfunding',
  'sales',
  /** EU funds when the fund is not specified (a figures line with funderKind "eu"). */
  'eu',
] as const;
export type FundingSourceId = (typeof FUNDING_SOURCE_IDS)[number];

/** Animation actions a local authority takes for its whole territory (DOMAIN §8, territory mode). */
export const TERRITORY_ACTION_IDS = [
  'shared-diagnosis',
  'call-for-projects',
  'club-or-ptce',
  'fund-support-structures',
  'maison-ess',
  'reciprocal-charter',
  'mois-ess',
  'ess-council',
  'single-entry-point',
  'land-and-premises',
  'seed-funding',
  'ess-communication',
] as const;
export type TerritoryActionId = (typeof TERRITORY_ACTION_IDS)[number];

/**
 * What the decision-maker is asked for (the request the recommendation answers first). Labels:
 * messages.recommend.requests[id]; the actions answering each: data/requests.ts.
 */
export const REQUEST_IDS = [
  'operating',
  'investment',
  'premises',
  'purchase',
  'label',
  'advice',
  'visibility',
  'cash-flow',
  'project',
  'cooperation',
  'staff',
  'equipment',
] as const;
export type RequestId = (typeof REQUEST_IDS)[number];

/** Items of the checklist every subsidy carries (recommend/subsidy-checklist.ts). */
export const CHECKLIST_ITEM_IDS = ['convention-above-threshold', 'contrat-engagement-republicain', 'de-minimis-or-sieg', 'elected-member-conflict'] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];
