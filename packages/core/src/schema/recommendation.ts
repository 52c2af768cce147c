// Input and output of recommendActions (recommend/recommend-actions.ts). Results carry codes;
// formatReason renders them with messages.recommend.reasons[code].
import * as z from 'zod/mini';
import { EXCLUSION_CODES } from '../data/actions.js';
import {
  ACTION_IDS,
  ACTIVITY_IDS,
  APPROVAL_IDS,
  CHECKLIST_ITEM_IDS,
  CRITERION_IDS,
  DECISION_MAKER_IDS,
  FUNDING_SOURCE_IDS,
  INSTRUMENT_IDS,
  LEGAL_PARAMETER_IDS,
  LEVER_IDS,
  NEED_IDS,
  REQUEST_IDS,
  STAGE_IDS,
  TERRITORY_ACTION_IDS,
  ZONING_IDS,
} from '../data/ids.js';
import { LegalUnit } from '../data/legal-parameters.js';
import { Actor, IsoDate } from './actor.js';
import { Answers } from './answers.js';
import { DecisionMaker } from './decision-maker.js';
import { Figures } from './figures.js';
import { PerenniteScore } from './perennite-score.js';
import { WeightProfile } from './weight-profile.js';

/** Why an action is recommended (the "why"). */
export const WHY_CODES = [
  'weak-criterion',
  'in-zone',
  'stage-fit',
  'activity-fit',
  'holds-approval',
  'targets-label',
  'late-funder',
  'reserved-contract-open',
  'scic-open-to-public-capital',
  'evs-open',
  'dla-open',
  'lead-competence',
  'acts-with-partner',
  'within-competence-domain',
  'budget-stretch',
  'structuring-ambition',
  // Added in 2026-12 (issue 11).
  'answers-request',
  'used-in-similar-cases',
  'secures-strength',
  'already-supported',
  'small-territory',
] as const;

/**
 * The one-line why of an action marked "à faire en premier" (at most three per result), by order of
 * precedence: it answers the request; it secures support that already works; it answers the
 * weakest criterion; it protects cash flow from a late payer; similar case studies used it; it
 * costs little and starts the relation.
 */
export const FIRST_WHY_CODES = [
  'first-answers-request',
  'first-secures-what-works',
  'first-weakest-criterion',
  'first-late-payment',
  'first-similar-cases',
  'first-low-cost-start',
] as const;
export type FirstWhyCode = (typeof FIRST_WHY_CODES)[number];

/** Cautions: the action stays open but something must be checked or kept within a limit. */
export const CAUTION_CODES = [
  'caution-scic-cap-crossed',
  'caution-scic-cap-unknown',
  'caution-dla-first-employer',
  'caution-staff-public-interest',
  'caution-reserved-ess-history',
  'caution-business-aid-convention',
  'caution-state-payment-declared-late',
] as const;
export type CautionCode = (typeof CAUTION_CODES)[number];

/** Facts about the whole result (confidence, dates, data gaps). */
export const NOTICE_CODES = [
  'context-only',
  'few-answers',
  'date-defaulted-today',
  'date-invalid-today-used',
  'legal-parameter-not-in-force',
  'actor-outside-territory',
  'not-ess-actor',
  'unanswered-could-change',
  // Added in 2026-12 (issue 11).
  'score-range-spans-bands',
  'economics-guard-applied',
  'request-not-answerable',
] as const;

/** Why a territory animation action is recommended (recommend/recommend-territory-actions.ts). */
export const TERRITORY_REASON_CODES = [
  'needs-without-actor',
  'needs-thinly-covered',
  'isolated-actors',
  'no-network-present',
  'many-fragile',
  'no-support-structure',
  'many-support-structures',
  'no-shared-place',
  'many-associations',
  'mois-ess-upcoming',
  'mois-ess-yearly',
  'ecosystem-size',
  'few-premises-offered',
  'many-young-actors',
  'no-seed-fund',
  'incomplete-knowledge',
  'weak-visibility',
  'few-actors',
  // Added in 2026-12 (issue 11).
  'actors-largely-unknown',
  'too-small-for-ptce',
  'too-small-for-seed-fund',
  'fits-decision-maker',
  'territory-population',
] as const;

/** Items of the subsidy checklist (text: messages.recommend.checklist[item]). */
export const CHECKLIST_CODES = CHECKLIST_ITEM_IDS;

export const REASON_CODES = [
  ...WHY_CODES,
  ...EXCLUSION_CODES,
  ...NOTICE_CODES,
  ...TERRITORY_REASON_CODES,
  ...FIRST_WHY_CODES,
  ...CAUTION_CODES,
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** One reason: a code and the facts it refers to (text: messages.recommend.reasons[code]). */
export const Reason = z.object({
  code: z.enum(REASON_CODES),
  criterionId: z.optional(z.enum(CRITERION_IDS)),
  /** The criterion's score (0–100) when the reason is a weak criterion. */
  score: z.optional(z.number()),
  zoning: z.optional(z.enum(ZONING_IDS)),
  stage: z.optional(z.enum(STAGE_IDS)),
  activity: z.optional(z.enum(ACTIVITY_IDS)),
  need: z.optional(z.enum(NEED_IDS)),
  approval: z.optional(z.enum(APPROVAL_IDS)),
  fundingSource: z.optional(z.enum(FUNDING_SOURCE_IDS)),
  instrumentId: z.optional(z.enum(INSTRUMENT_IDS)),
  decisionMaker: z.optional(z.enum(DECISION_MAKER_IDS)),
  parameterId: z.optional(z.enum(LEGAL_PARAMETER_IDS)),
  date: z.optional(z.string()),
  /** A count or share the reason quotes (public capital share, number of actors…). */
  value: z.optional(z.number()),
  /** The request the reason refers to (first-answers-request, answers-request). */
  request: z.optional(z.enum(REQUEST_IDS)),
  /** The competence rule behind an exclusion or a caution (data/competence-rules.ts). */
  ruleId: z.optional(z.string()),
});
export type Reason = z.infer<typeof Reason>;

/** A legal parameter as in force on the recommendation's date. */
export const LegalBasisEntry = z.object({
  parameterId: z.enum(LEGAL_PARAMETER_IDS),
  value: z.nullable(z.number()),
  unit: LegalUnit,
  validFrom: IsoDate,
  validTo: z.optional(IsoDate),
  extra: z.optional(z.record(z.string(), z.number())),
  approximate: z.optional(z.boolean()),
  source: z.string(),
});
export type LegalBasisEntry = z.infer<typeof LegalBasisEntry>;

export const Priority = z.enum(['high', 'medium', 'low']);
export type Priority = z.infer<typeof Priority>;

export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

/** One item of the checklist a subsidy carries (loi 2000-321 art. 10, loi 2021-1109, de minimis/SIEG, conflicts of interest). */
export const ChecklistItem = z.object({
  itemId: z.enum(CHECKLIST_ITEM_IDS),
  /** `required`: the law requires it here; `check`: depends on facts not given (amount, economic activity, board members). */
  status: z.enum(['required', 'check']),
  /** The dated legal parameter it rests on, as in force on the result's date. */
  parameterId: z.enum(LEGAL_PARAMETER_IDS),
  /** The figure in force (threshold in €), when the item has one. */
  value: z.optional(z.nullable(z.number())),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** An action marked "à faire en premier", with its one-line why. */
export const FirstPick = z.object({
  /** 1..3. */
  order: /* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(3)),
  why: Reason,
});
export type FirstPick = z.infer<typeof FirstPick>;

export const RecommendedAction = z.object({
  actionId: z.enum(ACTION_IDS),
  leverId: z.enum(LEVER_IDS),
  /** 0–100: how well the action answers the actor's weak criteria and context. */
  score: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(100)),
  priority: Priority,
  /** 1 for the first action; ranks are 1..n without gaps. */
  rank: /* @__PURE__ */ z.number().check(z.int(), z.gte(1)),
  /** The why: weak criteria first, then context facts. */
  reasons: z.array(Reason),
  /** Instruments open to this decision-maker for this actor (empty for actions without instruments). */
  instruments: z.array(z.enum(INSTRUMENT_IDS)),
  /** Instruments closed by a hard rule, with the rule's code. */
  excludedInstruments: z.array(z.object({ instrumentId: z.enum(INSTRUMENT_IDS), reasons: z.array(Reason) })),
  /** The decision-maker's competence for the action (its best level over the open instruments). */
  competence: z.object({ level: z.enum(['lead', 'yes', 'limited']), notes: z.array(z.string()) }),
  /** The how: step keys (text: messages.recommend.actions[actionId].steps[key]). */
  steps: z.array(z.string()),
  legalBasis: z.array(LegalBasisEntry),
  /** Case-study actor ids (text: messages.recommend.actions[actionId].examples[id]). */
  examples: z.array(z.string()),
  /** True when the action answers the decision-maker's request. */
  answersRequest: z.boolean(),
  /** Set on at most three actions: "à faire en premier", with the one-line why. Null for the others. */
  first: z.nullable(FirstPick),
  /** What must be checked or kept within a limit (the action stays open). */
  cautions: z.array(Reason),
  /** Checklist of a subsidy (empty for actions that are not subsidies). */
  checklist: z.array(ChecklistItem),
});
export type RecommendedAction = z.infer<typeof RecommendedAction>;

export const ExcludedAction = z.object({
  actionId: z.enum(ACTION_IDS),
  leverId: z.enum(LEVER_IDS),
  reasons: z.array(Reason),
});
export type ExcludedAction = z.infer<typeof ExcludedAction>;

export const RecommendationResult = z.object({
  /** The day whose law the legal bases cite. */
  date: IsoDate,
  /** `given` when the caller passed a valid date, else `today` (the clock was read). */
  dateSource: z.enum(['given', 'today']),
  confidence: Confidence,
  /** Share of the criteria weight answered (0–1), from the pérennité score. */
  completeness: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(1)),
  /** The pérennité score the weak criteria come from; null when nothing was answered. */
  score: z.nullable(PerenniteScore),
  actions: z.array(RecommendedAction),
  excluded: z.array(ExcludedAction),
  notices: z.array(Reason),
  /** The request the ranking started from; null when none was given. */
  request: z.nullable(z.enum(REQUEST_IDS)),
  /** The actions to do first (at most three), in order. */
  first: z.array(z.enum(ACTION_IDS)),
  /** The other actions, grouped by lever (levers in the study's order, actions by rank). */
  groups: z.array(z.object({ leverId: z.enum(LEVER_IDS), actionIds: z.array(z.enum(ACTION_IDS)) })),
});
export type RecommendationResult = z.infer<typeof RecommendationResult>;

export const RecommendationInput = z.object({
  actor: Actor,
  answers: z.optional(Answers),
  figures: z.optional(Figures),
  decisionMaker: DecisionMaker,
  /** ISO date whose law applies; defaults to the current date (read from the clock). */
  date: z.optional(IsoDate),
  profile: z.optional(WeightProfile),
  stage: z.optional(z.enum(STAGE_IDS)),
  fundingSources: z.optional(z.array(z.enum(FUNDING_SOURCE_IDS))),
  /** Approvals or labels the actor is preparing for (opens label support). */
  targetApprovals: z.optional(z.array(z.enum(APPROVAL_IDS))),
  /** Share of a SCIC's capital already held by public bodies together (0–1). */
  publicCapitalShare: z.optional(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(1))),
  /** Share of the SCIC's capital this decision-maker proposes to take (0–1): warned when it would cross the cap. */
  proposedCapitalShare: z.optional(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(1))),
  /** What the decision-maker is asked for: actions answering it rank first. */
  request: z.optional(z.enum(REQUEST_IDS)),
  /** Support this decision-maker already gives the actor (secure-existing opens with it). */
  currentSupport: z.optional(z.array(z.enum(ACTION_IDS))),
  /** Last day of an ESS-reserved contract (L2113-15) this buyer awarded the actor, if any. */
  reservedEssContractEnded: z.optional(IsoDate),
  /** Whether the actor carries a public-interest mission (staff can be made available only then). */
  publicInterestMission: z.optional(z.boolean()),
  /** Funders the actor says actually pay late on its files (the State is not a late payer by default). */
  latePayers: z.optional(z.array(z.enum(FUNDING_SOURCE_IDS))),
});
export type RecommendationInput = z.infer<typeof RecommendationInput>;
/** What callers write: defaults (empty lists) may be left out. */
export type RecommendationInputData = z.input<typeof RecommendationInput>;

export const RecommendedTerritoryAction = z.object({
  actionId: z.enum(TERRITORY_ACTION_IDS),
  score: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(100)),
  priority: Priority,
  rank: /* @__PURE__ */ z.number().check(z.int(), z.gte(1)),
  /** The why: facts of the diagnosis (text: messages.recommend.reasons[code]). */
  reasons: z.array(Reason),
  /** The how (text: messages.recommend.territoryActions[actionId].steps[key]). */
  steps: z.array(z.string()),
  legalBasis: z.array(LegalBasisEntry),
});
export type RecommendedTerritoryAction = z.infer<typeof RecommendedTerritoryAction>;

export const TerritoryRecommendation = z.object({
  date: IsoDate,
  dateSource: z.enum(['given', 'today']),
  /** Figures of the diagnosis the reasons quote. */
  facts: z.object({
    actors: z.number(),
    essActors: z.number(),
    associations: z.number(),
    missingNeeds: z.array(z.enum(NEED_IDS)),
    /** Share of ESS actors without any known partnership; null when partnerships were not given. */
    isolatedShare: z.nullable(z.number()),
    /** Share of scored actors in the fragile band; null when no score was given. */
    fragileShare: z.nullable(z.number()),
    youngShare: z.nullable(z.number()),
    /** Population of the territory, when given (from the COG). */
    population: z.optional(z.nullable(z.number())),
    /** Share of the ESS actors whose activity and needs are unknown (0–1); null without actors. */
    unknownShare: z.optional(z.nullable(z.number())),
  }),
  /** Who the diagnosis was scaled for; null when not given. */
  decisionMaker: z.optional(z.nullable(z.enum(DECISION_MAKER_IDS))),
  actions: z.array(RecommendedTerritoryAction),
  notices: z.array(Reason),
});
export type TerritoryRecommendation = z.infer<typeof TerritoryRecommendation>;
