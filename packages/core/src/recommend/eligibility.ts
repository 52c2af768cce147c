// Hard eligibility rules. Each rule is a small pure function returning the reason codes that
// exclude an action or one of its instruments (empty: the rule lets it through). recommendActions
// never recommends what a rule excludes; it lists the exclusions with their codes instead.
import { DISABILITY_APPROVALS, ESS_RESERVABLE_ACTIVITIES, IAE_APPROVALS } from '../data/actions.js';
import { competenceRules } from '../data/competence-rules.js';
import type { CompetenceRule, RuleConditionId } from '../data/competence-rules.js';
import type { ActorRequirement, CompetenceEntry, Instrument, SupportAction } from '../data/actions.js';
import { isWithinFundingDomain } from '../data/decision-makers.js';
import type { ActionId, ApprovalId, DecisionMakerId, FundingSourceId, InstrumentId, NeedId, StageId } from '../data/ids.js';
import { classifyLegalUnit } from '../data/legal-categories.js';
import { needsOfActivities } from '../data/needs.js';
import { approvalsImpliedBy, familyOf, typeNodeOf } from '../data/typology.js';
import type { Actor } from '../schema/actor.js';
import type { DecisionMaker } from '../schema/decision-maker.js';
import type { Reason } from '../schema/recommendation.js';

/** What the rules look at, computed once per recommendation (see eligibilityContextOf). */
export interface EligibilityContext {
  actor: Actor;
  decisionMaker: DecisionMaker;
  /** Approvals held, declared or implied by the actor's type. */
  approvals: readonly ApprovalId[];
  /** Approvals or labels the actor prepares for. */
  targetApprovals: readonly ApprovalId[];
  /** Needs the actor answers, declared or through its activities. */
  needs: readonly NeedId[];
  stage?: StageId | undefined;
  /** Share of a SCIC's capital public bodies already hold together (0–1), when known. */
  publicCapitalShare?: number | undefined;
  /** Share this decision-maker proposes to take (0–1), when known. */
  proposedCapitalShare?: number | undefined;
  /** ISO day whose law applies (rules outside their dates do not apply); default: every rule applies. */
  date?: string | undefined;
  /** Last day of an ESS-reserved contract this buyer awarded the actor. */
  reservedEssContractEnded?: string | undefined;
  /** Whether the actor carries a public-interest mission (undefined: unknown). */
  publicInterestMission?: boolean | undefined;
  /** True when the decision-maker already supports the actor (declared, or a strong "public authorities" answer). */
  supportedNow?: boolean | undefined;
  /** Funders the actor declares as actually late. */
  latePayers?: readonly FundingSourceId[] | undefined;
}

/** Builds the context the rules read: approvals implied by the type, needs implied by activities. */
export function eligibilityContextOf(input: {
  actor: Actor;
  decisionMaker: DecisionMaker;
  targetApprovals?: readonly ApprovalId[] | undefined;
  stage?: StageId | undefined;
  publicCapitalShare?: number | undefined;
  proposedCapitalShare?: number | undefined;
  date?: string | undefined;
  reservedEssContractEnded?: string | undefined;
  publicInterestMission?: boolean | undefined;
  supportedNow?: boolean | undefined;
  latePayers?: readonly FundingSourceId[] | undefined;
}): EligibilityContext {
  const approvals = [...new Set([...input.actor.approvals, ...approvalsImpliedBy(input.actor.type)])];
  const needs = [...new Set([...input.actor.needs, ...needsOfActivities(input.actor.activities)])];
  return {
    actor: input.actor,
    decisionMaker: input.decisionMaker,
    approvals,
    targetApprovals: [...(input.targetApprovals ?? [])],
    needs,
    stage: input.stage,
    publicCapitalShare: input.publicCapitalShare,
    proposedCapitalShare: input.proposedCapitalShare,
    date: input.date,
    reservedEssContractEnded: input.reservedEssContractEnded,
    publicInterestMission: input.publicInterestMission,
    supportedNow: input.supportedNow,
    latePayers: input.latePayers,
  };
}

/**
 * True for a commercial company or a cooperative (SCOP, SCIC, CAE, SA, SAS, SARL…): aid to it is
 * business aid (CGCT L1511-2). The legal category decides when known (5xxx: commercial company;
 * 92xx: association); otherwise the family of the type; insertion types whose form varies (EI,
 * ETTI, entreprise adaptée) count as companies unless known otherwise — the safe side of the rule.
 */
export function isCompany(actor: Actor): boolean {
  const cat = actor.legalCategory;
  if (cat !== undefined) {
    if (cat.startsWith('5')) return true;
    if (cat.startsWith('9') || cat.startsWith('7') || cat.startsWith('8')) return false;
    const family = classifyLegalUnit({ categorieJuridique: cat }).family;
    if (family === 'cooperatives') return true;
    if (family === 'associations' || family === 'fondations' || family === 'mutuelles') return false;
  }
  const family = familyOf(actor.type);
  if (family === 'cooperatives' || family === 'societes-ess') return true;
  return ['ei', 'etti', 'entreprise-adaptee'].includes(actor.type);
}

/** The competence entry of a unit for a decision-maker kind; a single territorial authority acts as a Région, else as a Département. */
export function competenceEntryOf(map: Partial<Record<DecisionMakerId, CompetenceEntry>>, kind: DecisionMakerId): CompetenceEntry | undefined {
  if (kind !== 'collectivite-unique') return map[kind];
  return map['collectivite-unique'] ?? map.region ?? map.departement;
}

const addYears = (iso: string, years: number): string => `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;

/** The named conditions of the rule table. */
const conditions: Record<RuleConditionId, (ctx: EligibilityContext) => number | boolean> = {
  // Returns the share held when the cap is reached (the reason quotes it).
  'scic-cap-reached': (ctx) => (ctx.publicCapitalShare !== undefined && ctx.publicCapitalShare >= SCIC_PUBLIC_CAP ? ctx.publicCapitalShare : false),
  // Returns the room left (a share) when the proposed stake would cross the cap.
  'scic-cap-crossed': (ctx) => {
    const held = ctx.publicCapitalShare;
    const proposed = ctx.proposedCapitalShare;
    if (held === undefined || proposed === undefined || held >= SCIC_PUBLIC_CAP) return false;
    return held + proposed > SCIC_PUBLIC_CAP + 1e-9 ? Math.round((SCIC_PUBLIC_CAP - held) * 1000) / 1000 : false;
  },
  'scic-share-unknown': (ctx) => ctx.publicCapitalShare === undefined,
  'reserved-ess-recent': (ctx) => {
    const ended = ctx.reservedEssContractEnded;
    if (ended === undefined) return false;
    return ctx.date === undefined || addYears(ended, 3) >= ctx.date;
  },
  'reserved-ess-history-unknown': (ctx) => ctx.reservedEssContractEnded === undefined,
  'service-not-in-annex': (ctx) => !ctx.actor.activities.some((a) => ESS_RESERVABLE_ACTIVITIES.includes(a)),
  'no-public-interest': (ctx) => ctx.publicInterestMission === false,
  'public-interest-unknown': (ctx) => ctx.publicInterestMission === undefined,
  'no-employee': (ctx) => ctx.actor.size?.employees === '0',
  'no-current-support': (ctx) => ctx.supportedNow !== true,
  'state-declared-late': (ctx) => ctx.latePayers?.includes('state') === true,
};

/** The public-capital cap of a SCIC (loi 1947, art. 19 septies). */
export const SCIC_PUBLIC_CAP = 0.5;

/** True when a row of the rule table concerns this unit, decision-maker, actor and day (its condition aside). */
function rowMatches(rule: CompetenceRule, unitId: ActionId | InstrumentId, ctx: EligibilityContext): boolean {
  if (!rule.units.includes(unitId)) return false;
  if (!rule.who.includes(ctx.decisionMaker.kind)) return false;
  if (ctx.date !== undefined && (ctx.date < rule.validFrom || (rule.validTo !== undefined && ctx.date > rule.validTo))) return false;
  if (rule.withPartner !== undefined && !ctx.decisionMaker.partners.includes(rule.withPartner)) return false;
  const a = rule.actor;
  if (a !== undefined) {
    if (a.company !== undefined && isCompany(ctx.actor) !== a.company) return false;
    if (a.types !== undefined && !a.types.includes(ctx.actor.type)) return false;
    if (a.activitiesAny !== undefined && !a.activitiesAny.some((x) => ctx.actor.activities.includes(x))) return false;
    if (a.approvalsNone !== undefined && a.approvalsNone.some((x) => ctx.approvals.includes(x))) return false;
  }
  return true;
}

/**
 * Applies the rule table (data/competence-rules.ts) to one unit: the exclusions (forbidding rows
 * whose test holds and that no lifting row reopens) and the cautions (caution rows, and the
 * cautions of the lifting rows used). Each reason carries its rule id.
 */
export function ruleTableOf(unitId: ActionId | InstrumentId, ctx: EligibilityContext): { exclusions: Reason[]; cautions: Reason[] } {
  const exclusions: Reason[] = [];
  const cautions: Reason[] = [];
  const applicable = competenceRules.filter((r) => rowMatches(r, unitId, ctx));
  const held = (r: CompetenceRule): number | boolean => (r.condition === undefined ? true : conditions[r.condition](ctx));
  const lifts = applicable.filter((r) => r.effect === 'lift' && held(r) !== false);
  for (const rule of applicable) {
    if (rule.effect === 'lift') continue;
    const value = held(rule);
    if (value === false) continue;
    const reason: Reason = { code: rule.code as Reason['code'], ruleId: rule.id, ...(typeof value === 'number' ? { value } : {}) };
    if (rule.effect === 'caution') {
      cautions.push(reason);
      continue;
    }
    const lifting = lifts.filter((l) => l.lifts?.includes(rule.id));
    if (lifting.length === 0) {
      exclusions.push({ ...reason, decisionMaker: ctx.decisionMaker.kind });
      continue;
    }
    for (const l of lifting) if (l.code !== undefined && !cautions.some((c) => c.ruleId === l.id)) cautions.push({ code: l.code, ruleId: l.id });
  }
  return { exclusions, cautions };
}

/**
 * True for an ESS enterprise within art. 1 of the law of 31 July 2014: an association, cooperative,
 * mutuelle or foundation by its form; a commercial company of the ESS; an ESUS-approved company; or,
 * for types whose form varies (ACI, EI, tiers-lieux…), a legal category of the ESS.
 */
export function isEssEnterprise(actor: Actor, approvals: readonly ApprovalId[]): boolean {
  const membership = typeNodeOf(actor.type).essMembership;
  if (membership === 'status' || membership === 'conditions') return true;
  if (approvals.includes('esus')) return true;
  if (membership === 'form-varies' && actor.legalCategory !== undefined) {
    return classifyLegalUnit({ categorieJuridique: actor.legalCategory }).ess === true;
  }
  return false;
}

/**
 * Rule: the supported actor must be an enterprise of the ESS or of its insertion ecosystem, not a
 * public body, a funder or an ordinary company (they are partners, not beneficiaries, here).
 */
export function checkEssActor(ctx: EligibilityContext): Reason[] {
  const { actor, approvals } = ctx;
  if (isEssEnterprise(actor, approvals)) return [];
  const family = familyOf(actor.type);
  const membership = typeNodeOf(actor.type).essMembership;
  if (family === 'public' || family === 'financeurs' || family === 'prives-engages' || membership === 'no') {
    return [{ code: 'excluded-not-ess-actor' }];
  }
  return [];
}

/**
 * Rule: the decision-maker must hold the competence (who can act), act with the partner the law
 * requires (a Département grants business aid only inside a Région's scheme, NOTRe), and stay in
 * its funding domain when limited to it (a Département's social, insertion, culture, sport and
 * tourism competences; a CAF's family and social-life field).
 */
export function checkCompetence(entry: CompetenceEntry | undefined, ctx: EligibilityContext): Reason[] {
  const dm = ctx.decisionMaker;
  // A single territorial authority holds a Région's competences: it needs no Région partner.
  if (dm.kind === 'collectivite-unique' && entry !== undefined) return [];
  if (entry === undefined) return [{ code: 'excluded-not-competent', decisionMaker: dm.kind }];
  const reasons: Reason[] = [];
  if (entry.partner !== undefined && !dm.partners.includes(entry.partner.kind)) {
    reasons.push({ code: entry.partner.code, decisionMaker: dm.kind });
  }
  if (entry.domain !== undefined) {
    const waived = entry.domain.waivedWith !== undefined && dm.partners.includes(entry.domain.waivedWith);
    if (!waived && !isWithinFundingDomain(dm.kind, ctx.needs, ctx.approvals)) {
      reasons.push({ code: entry.domain.code, decisionMaker: dm.kind });
    }
  }
  return reasons;
}

/** Rule: the actor's type, approvals, ESS status, activities and stage meet the requirement. */
export function checkRequirement(req: ActorRequirement | undefined, ctx: EligibilityContext): Reason[] {
  if (req === undefined) return [];
  const { actor } = ctx;
  const reasons: Reason[] = [];
  if (req.types !== undefined && !req.types.includes(actor.type)) reasons.push({ code: req.code });
  if (req.approvalsAny !== undefined && !req.approvalsAny.some((a) => ctx.approvals.includes(a))) reasons.push({ code: req.code });
  if (req.essEnterprise === true && !isEssEnterprise(actor, ctx.approvals)) reasons.push({ code: req.code });
  if (req.activitiesAny !== undefined && !req.activitiesAny.ids.some((a) => actor.activities.includes(a))) {
    reasons.push({ code: req.activitiesAny.code });
  }
  if (req.stages !== undefined && ctx.stage !== undefined && !req.stages.includes(ctx.stage)) {
    reasons.push({ code: req.code, stage: ctx.stage });
  }
  // One code per failed requirement is enough: the same code twice says nothing more.
  return reasons.filter((r, i) => reasons.findIndex((o) => o.code === r.code) === i);
}

/** Rule: shares can be taken only in a SCIC (the 50 % cap itself is a row of the rule table). */
export function checkScicPublicCapitalCap(ctx: EligibilityContext): Reason[] {
  if (ctx.actor.type !== 'scic') return [{ code: 'excluded-share-capital-not-scic' }];
  return [];
}

/** Rule: topping up funds tied to an approval needs an approval held or a label targeted. */
export function checkApprovalOrTargetLabel(ctx: EligibilityContext): Reason[] {
  return ctx.approvals.length > 0 || ctx.targetApprovals.length > 0 ? [] : [{ code: 'excluded-no-approval' }];
}

/** Rule: the DLA serves associations, cooperatives, SIAE, entreprises adaptées and ESUS companies. */
export function checkDlaEligible(ctx: EligibilityContext): Reason[] {
  const { actor, approvals } = ctx;
  const family = familyOf(actor.type);
  const byForm =
    family === 'associations' ||
    family === 'cooperatives' ||
    (actor.legalCategory !== undefined && ['associations', 'cooperatives'].includes(classifyLegalUnit({ categorieJuridique: actor.legalCategory }).family ?? ''));
  const byApproval = approvals.some((a) => IAE_APPROVALS.includes(a) || a === 'ea' || a === 'esus');
  if (!byForm && !byApproval) return [{ code: 'excluded-dla-not-eligible' }];
  // No employee is a caution (a first hire can be prepared with the DLA): data/competence-rules.ts.
  return [];
}

/** Something the rules can judge: an action without instruments, or one instrument. */
type Unit = Pick<Instrument, 'decisionMakers' | 'requires' | 'rules'> & { id: ActionId | InstrumentId };

/** All hard rules for one action or instrument, and its cautions; no exclusion means eligible. */
export function judgeUnit(unit: Unit, ctx: EligibilityContext): { exclusions: Reason[]; cautions: Reason[] } {
  const reasons = [...checkCompetence(competenceEntryOf(unit.decisionMakers, ctx.decisionMaker.kind), ctx), ...checkRequirement(unit.requires, ctx)];
  for (const rule of unit.rules) {
    if (rule === 'scic-public-capital-cap') reasons.push(...checkScicPublicCapitalCap(ctx));
    else if (rule === 'approval-or-target-label') reasons.push(...checkApprovalOrTargetLabel(ctx));
    else reasons.push(...checkDlaEligible(ctx));
  }
  const table = ruleTableOf(unit.id, ctx);
  reasons.push(...table.exclusions);
  return { exclusions: reasons.filter((r, i) => reasons.findIndex((o) => o.code === r.code) === i), cautions: table.cautions };
}

/** All hard rules for one action or instrument; an empty list means eligible. */
export function exclusionsOf(unit: Unit, ctx: EligibilityContext): Reason[] {
  return judgeUnit(unit, ctx).exclusions;
}

export interface ActionEligibility {
  eligible: boolean;
  /** Open instruments (empty for an action without instruments). */
  instruments: InstrumentId[];
  excludedInstruments: { instrumentId: InstrumentId; reasons: Reason[] }[];
  /** Why the whole action is excluded (empty when eligible). */
  reasons: Reason[];
  /** Cautions of the open instruments (or of the action), each with its rule id. */
  cautions: Reason[];
}

/**
 * Judges an action for an actor and a decision-maker: the action is open when it has no
 * instruments and passes every rule, or when at least one of its instruments does.
 */
export function eligibilityOf(action: SupportAction, ctx: EligibilityContext): ActionEligibility {
  const target = checkEssActor(ctx);
  if (target.length > 0) return { eligible: false, instruments: [], excludedInstruments: [], reasons: target, cautions: [] };
  if (action.instruments.length === 0) {
    const judged = judgeUnit(action, ctx);
    const eligible = judged.exclusions.length === 0;
    return { eligible, instruments: [], excludedInstruments: [], reasons: judged.exclusions, cautions: eligible ? judged.cautions : [] };
  }
  const instruments: InstrumentId[] = [];
  const excludedInstruments: ActionEligibility['excludedInstruments'] = [];
  const cautions: Reason[] = [];
  for (const instrument of action.instruments) {
    const judged = judgeUnit(instrument, ctx);
    if (judged.exclusions.length === 0) {
      instruments.push(instrument.id);
      for (const c of judged.cautions) if (!cautions.some((o) => o.code === c.code)) cautions.push({ ...c, instrumentId: instrument.id });
    } else excludedInstruments.push({ instrumentId: instrument.id, reasons: judged.exclusions });
  }
  const eligible = instruments.length > 0;
  const reasons = eligible ? [] : excludedInstruments.flatMap((e) => e.reasons.map((r) => ({ ...r, instrumentId: e.instrumentId })));
  return { eligible, instruments, excludedInstruments, reasons, cautions };
}

/** Approvals that open reserved contracts (re-exported for callers' checks). */
export const RESERVED_CONTRACT_APPROVALS = { siae: IAE_APPROVALS, disability: DISABILITY_APPROVALS } as const;
