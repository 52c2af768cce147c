// Hard eligibility rules. Each rule is a small pure function returning the reason codes that
// exclude an action or one of its instruments (empty: the rule lets it through). recommendActions
// never recommends what a rule excludes; it lists the exclusions with their codes instead.
import { DISABILITY_APPROVALS, IAE_APPROVALS } from '../data/actions.js';
import type { ActorRequirement, CompetenceEntry, Instrument, SupportAction } from '../data/actions.js';
import { isWithinFundingDomain } from '../data/decision-makers.js';
import type { ApprovalId, InstrumentId, NeedId, StageId } from '../data/ids.js';
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
}

/** Builds the context the rules read: approvals implied by the type, needs implied by activities. */
export function eligibilityContextOf(input: {
  actor: Actor;
  decisionMaker: DecisionMaker;
  targetApprovals?: readonly ApprovalId[] | undefined;
  stage?: StageId | undefined;
  publicCapitalShare?: number | undefined;
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
  };
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

/** Rule: public bodies together hold at most 50 % of a SCIC's capital (loi 1947, art. 19 septies). */
export function checkScicPublicCapitalCap(ctx: EligibilityContext, cap = 0.5): Reason[] {
  if (ctx.actor.type !== 'scic') return [{ code: 'excluded-share-capital-not-scic' }];
  const share = ctx.publicCapitalShare;
  if (share !== undefined && share >= cap) return [{ code: 'excluded-scic-public-capital-cap', value: share }];
  return [];
}

/** Rule: topping up funds tied to an approval needs an approval held or a label targeted. */
export function checkApprovalOrTargetLabel(ctx: EligibilityContext): Reason[] {
  return ctx.approvals.length > 0 || ctx.targetApprovals.length > 0 ? [] : [{ code: 'excluded-no-approval' }];
}

/**
 * Rule: the DLA serves associations, cooperatives, SIAE, entreprises adaptées and ESUS companies
 * with at least one employee.
 */
export function checkDlaEligible(ctx: EligibilityContext): Reason[] {
  const { actor, approvals } = ctx;
  const family = familyOf(actor.type);
  const byForm =
    family === 'associations' ||
    family === 'cooperatives' ||
    (actor.legalCategory !== undefined && ['associations', 'cooperatives'].includes(classifyLegalUnit({ categorieJuridique: actor.legalCategory }).family ?? ''));
  const byApproval = approvals.some((a) => IAE_APPROVALS.includes(a) || a === 'ea' || a === 'esus');
  if (!byForm && !byApproval) return [{ code: 'excluded-dla-not-eligible' }];
  if (actor.size?.employees === '0') return [{ code: 'excluded-dla-no-employee' }];
  return [];
}

/** Something the rules can judge: an action without instruments, or one instrument. */
type Unit = Pick<Instrument, 'decisionMakers' | 'requires' | 'rules'>;

/** All hard rules for one action or instrument; an empty list means eligible. */
export function exclusionsOf(unit: Unit, ctx: EligibilityContext): Reason[] {
  const reasons = [...checkCompetence(unit.decisionMakers[ctx.decisionMaker.kind], ctx), ...checkRequirement(unit.requires, ctx)];
  for (const rule of unit.rules) {
    if (rule === 'scic-public-capital-cap') reasons.push(...checkScicPublicCapitalCap(ctx));
    else if (rule === 'approval-or-target-label') reasons.push(...checkApprovalOrTargetLabel(ctx));
    else reasons.push(...checkDlaEligible(ctx));
  }
  return reasons.filter((r, i) => reasons.findIndex((o) => o.code === r.code) === i);
}

export interface ActionEligibility {
  eligible: boolean;
  /** Open instruments (empty for an action without instruments). */
  instruments: InstrumentId[];
  excludedInstruments: { instrumentId: InstrumentId; reasons: Reason[] }[];
  /** Why the whole action is excluded (empty when eligible). */
  reasons: Reason[];
}

/**
 * Judges an action for an actor and a decision-maker: the action is open when it has no
 * instruments and passes every rule, or when at least one of its instruments does.
 */
export function eligibilityOf(action: SupportAction, ctx: EligibilityContext): ActionEligibility {
  const target = checkEssActor(ctx);
  if (target.length > 0) return { eligible: false, instruments: [], excludedInstruments: [], reasons: target };
  if (action.instruments.length === 0) {
    const reasons = exclusionsOf(action, ctx);
    return { eligible: reasons.length === 0, instruments: [], excludedInstruments: [], reasons };
  }
  const instruments: InstrumentId[] = [];
  const excludedInstruments: ActionEligibility['excludedInstruments'] = [];
  for (const instrument of action.instruments) {
    const reasons = exclusionsOf(instrument, ctx);
    if (reasons.length === 0) instruments.push(instrument.id);
    else excludedInstruments.push({ instrumentId: instrument.id, reasons });
  }
  const eligible = instruments.length > 0;
  const reasons = eligible ? [] : excludedInstruments.flatMap((e) => e.reasons.map((r) => ({ ...r, instrumentId: e.instrumentId })));
  return { eligible, instruments, excludedInstruments, reasons };
}

/** Approvals that open reserved contracts (re-exported for callers' checks). */
export const RESERVED_CONTRACT_APPROVALS = { siae: IAE_APPROVALS, disability: DISABILITY_APPROVALS } as const;
