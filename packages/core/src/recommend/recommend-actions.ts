// Ranks the support actions a given decision-maker can take for a given ESS enterprise: what it is
// asked for first, then what the case studies received (priors learnt honestly, leaving the
// actor's own case out; similar cases weigh as much as leave-one-out says they help), the criteria the action answers (weak ones to strengthen, strong ones the
// support built and should keep), and context facts; with the how (steps), the legal basis as of the
// date, cautions and the subsidy checklist. Hard eligibility (recommend/eligibility.ts, with the
// rule table of data/competence-rules.ts) is applied first and never overridden by the ranking.
import { supportActions } from '../data/actions.js';
import type { CompetenceEntry, SupportAction } from '../data/actions.js';
import { ACTION_IDS, LEVER_IDS } from '../data/ids.js';
import type { ActionId, ApprovalId, FundingSourceId, InstrumentId, LegalParameterId, RequestId, StageId, ZoningId } from '../data/ids.js';
import { answersRequest, requestActions } from '../data/requests.js';
import { legalParameterOn, RULES_CREATED_AFTER_2019 } from '../data/legal-parameters.js';
import type { Actor } from '../schema/actor.js';
import { IsoDate } from '../schema/actor.js';
import type { Answers } from '../schema/answers.js';
import type { DecisionMaker, DecisionMakerInput } from '../schema/decision-maker.js';
import type { Figures } from '../schema/figures.js';
import type { PerenniteScore } from '../schema/perennite-score.js';
import type {
  Confidence,
  ExcludedAction,
  FirstPick,
  LegalBasisEntry,
  Priority,
  Reason,
  RecommendationResult,
  RecommendedAction,
} from '../schema/recommendation.js';
import type { WeightProfile } from '../schema/weight-profile.js';
import { scorePerennite } from '../scoring/score-perennite.js';
import { weightProfileOfContext } from '../scoring/weight-profile-of-context.js';
import { todayIso } from '../formats/today-iso.js';
import { zonesOn } from '../territory/is-in-zone-on.js';
import { checkEssActor, eligibilityContextOf, eligibilityOf } from './eligibility.js';
import type { EligibilityContext } from './eligibility.js';
import { caseStudyPriors, priorsFor } from './learn-priors.js';
import type { ActionPriors } from './learn-priors.js';
import { isSubsidy, subsidyChecklistOf } from './subsidy-checklist.js';

export interface RecommendActionsInput {
  /** A parsed actor (see parseActors / the Actor schema). */
  actor: Actor;
  /** Answers to the criteria grid; without them the recommendation rests on context alone. */
  answers?: Answers | undefined;
  /** Yearly figures: suggest answers for the economics criteria and reveal late funders. */
  figures?: Figures | undefined;
  decisionMaker: DecisionMaker | DecisionMakerInput;
  /**
   * ISO day whose law applies ("2026-04-01"). When omitted (or invalid, which adds a notice) the
   * current UTC date is read from the clock: pass a date to keep the result reproducible.
   */
  date?: string | undefined;
  /** Weights of the criteria; default: weightProfileFor(the actor's zones and theme). */
  profile?: WeightProfile | undefined;
  stage?: StageId | undefined;
  /** Where the actor's money comes from (EU funds and the State pay late: advance-funds). */
  fundingSources?: readonly FundingSourceId[] | undefined;
  /** Approvals or labels the actor prepares for. */
  targetApprovals?: readonly ApprovalId[] | undefined;
  /** Share of a SCIC's capital public bodies already hold together (0–1). */
  publicCapitalShare?: number | undefined;
  /** Share of the SCIC's capital this decision-maker proposes to take (0–1): a caution when it would cross the cap. */
  proposedCapitalShare?: number | undefined;
  /** What the decision-maker is asked for: eligible actions answering it rank first. */
  request?: RequestId | undefined;
  /** Support this decision-maker already gives the actor: opens "secure what already works". */
  currentSupport?: readonly ActionId[] | undefined;
  /** Last day of an ESS-reserved contract (L2113-15) this buyer awarded the actor. */
  reservedEssContractEnded?: string | undefined;
  /** Whether the actor carries a public-interest mission (staff can be made available only then). */
  publicInterestMission?: boolean | undefined;
  /** Funders that actually pay late on the actor's files; the State counts only when listed here. */
  latePayers?: readonly FundingSourceId[] | undefined;
  /** Yearly amount of a subsidy under discussion (€): decides the convention item of the checklist. */
  amount?: number | undefined;
  /** Priors of the ranking; default: learnt from the sixteen case studies, the actor's own case left out. */
  priors?: ActionPriors | undefined;
}

/**
 * Funders that typically pay after the action (EU funds, about two years later). The State is not
 * a late payer by default (insertion aid is paid monthly): it counts when declared in `latePayers`.
 */
export const LATE_FUNDERS: readonly FundingSourceId[] = ['fse', 'feder', 'leader', 'eu'];

/** Thresholds of the recommender (documented model choices, not official figures). */
export const RECOMMENDER_SETTINGS = {
  /** Criterion scores below this are named as weak criteria in the reasons. */
  weakBelow: 50,
  /** Criterion scores from this up are strengths the support built: a reason to keep it. */
  strongFrom: 75,
  /** Points from the prior (share of similar case studies that used the action, 0–1). */
  prior: 60,
  /** Points when the action answers the request, minus `requestStep` for each more direct answer listed before it. */
  request: 40,
  requestStep: 5,
  /** Points when the decision-maker already gives this support (renew it), and for securing it. */
  alreadySupported: 15,
  /**
   * Points when every criterion the action answers (and that is scored) is a strength the support
   * built; a share of them when some are. The share, not the count: an action answering many
   * criteria does not gain from their number (with uninformative answers it did: bench/recommend.js).
   */
  strength: 40,
  /** Points from criteria: `maxGap` × the largest weighted gap + `meanGap` × the mean one. */
  criteria: { maxGap: 25, meanGap: 6 },
  /** Context points are scaled by this factor. */
  contextScale: 1,
  /** Criteria points count fully for an action whose prior reaches `answersFullAt`, down to `answersFloor` of them. */
  answersFullAt: 0.5,
  answersFloor: 0.3,
  /** Points from context facts. */
  context: {
    zone: 8,
    stage: 8,
    activity: 6,
    holdsApproval: 15,
    targetsLabel: 10,
    lateFunder: 20,
    evs: 8,
    lead: 5,
    structuring: 5,
    fundingMatch: 4,
  },
  /** Budget fit: points added (or removed) by the decision-maker's means and the action's cost. */
  budget: { smallHigh: -12, smallMedium: -5, largeHigh: 3 },
  /** At most this many actions "à faire en premier"; the second and third need this score. */
  first: { max: 3, minScore: 25 },
  /** Priority: `high` for the actions to do first only; `medium` from this score. */
  priority: { medium: 30 },
  /** Confidence bands on completeness (share of criteria weight answered). */
  confidence: { high: 0.75, medium: 0.35 },
} as const;

const S = RECOMMENDER_SETTINGS;


/** Funding sources: as given, plus EU and State subsidy lines found in the figures. */
function fundingSourcesOf(input: RecommendActionsInput): FundingSourceId[] {
  const found = new Set<FundingSourceId>(input.fundingSources ?? []);
  for (const line of input.figures?.revenues?.subsidies ?? []) {
    if (line.funderKind === 'eu') found.add('eu');
    if (line.funderKind === 'state') found.add('state');
  }
  return [...found];
}

function confidenceOf(completeness: number): Confidence {
  if (completeness >= S.confidence.high) return 'high';
  if (completeness >= S.confidence.medium) return 'medium';
  return 'low';
}

function priorityOf(score: number, first: boolean): Priority {
  if (first) return 'high';
  return score >= S.priority.medium ? 'medium' : 'low';
}

/** Points and reasons from the pérennité score: the weak criteria the action answers. */
function criteriaPart(action: SupportAction, score: PerenniteScore | null): { points: number; reasons: Reason[] } {
  if (score === null) return { points: 0, reasons: [] };
  const positive = Object.values(score.criteria).filter((c) => c.weight > 0);
  const meanWeight = positive.length === 0 ? 1 : positive.reduce((s, c) => s + c.weight, 0) / positive.length;
  const gaps: number[] = [];
  const weak: { criterionId: (typeof action.answers)[number]; score: number; order: number }[] = [];
  action.answers.forEach((criterionId, order) => {
    const c = score.criteria[criterionId];
    if (c.score === null || c.weight <= 0) return;
    // Only weak criteria call for action (a partial answer is not a weakness to act on).
    if (c.score >= S.weakBelow) return;
    const factor = Math.min(1.5, Math.max(0.5, c.weight / meanWeight));
    gaps.push(Math.min(1, (1 - c.score / 100) * factor));
    weak.push({ criterionId, score: c.score, order });
  });
  const max = gaps.length === 0 ? 0 : Math.max(...gaps);
  const mean = gaps.length === 0 ? 0 : gaps.reduce((s, g) => s + g, 0) / gaps.length;
  weak.sort((a, b) => a.score - b.score || a.order - b.order);
  // A strength the support built is a reason to keep that support (answered by the user, not suggested).
  const scored = action.answers.filter((id) => score.criteria[id].score !== null && score.criteria[id].weight > 0);
  const strong = scored.filter((id) => {
    const c = score.criteria[id];
    return c.source === 'answer' && (c.score as number) >= S.strongFrom;
  });
  return {
    points: S.criteria.maxGap * max + S.criteria.meanGap * mean + S.strength * (scored.length === 0 ? 0 : strong.length / scored.length),
    reasons: [
      ...weak.map((w): Reason => ({ code: 'weak-criterion', criterionId: w.criterionId, score: w.score })),
      ...strong.slice(0, 2).map((criterionId): Reason => ({ code: 'secures-strength', criterionId, score: score.criteria[criterionId].score as number })),
    ],
  };
}

interface ContextFacts {
  ctx: EligibilityContext;
  zones: readonly ZoningId[];
  fundingSources: readonly FundingSourceId[];
}

/** Points and reasons from context: zones, stage, activities, approvals, funders, instruments, competence, means. */
function contextPart(action: SupportAction, instruments: readonly InstrumentId[], entries: readonly CompetenceEntry[], facts: ContextFacts): { points: number; reasons: Reason[] } {
  const { ctx, zones, fundingSources } = facts;
  const dm = ctx.decisionMaker;
  const reasons: Reason[] = [];
  let points = 0;

  const zoneHits = zones.filter((z) => action.zonings.includes(z));
  if (zoneHits.length > 0) {
    points += S.context.zone;
    for (const zoning of zoneHits) reasons.push({ code: 'in-zone', zoning });
  }
  if (ctx.stage !== undefined && action.stages.includes(ctx.stage)) {
    points += S.context.stage;
    reasons.push({ code: 'stage-fit', stage: ctx.stage });
  }
  const activityHits = ctx.actor.activities.filter((a) => action.activities.includes(a));
  if (activityHits.length > 0) {
    points += S.context.activity;
    for (const activity of activityHits.slice(0, 2)) reasons.push({ code: 'activity-fit', activity });
  }
  if (action.id === 'approval-top-up') {
    if (ctx.approvals.length > 0) {
      points += S.context.holdsApproval;
      for (const approval of ctx.approvals) reasons.push({ code: 'holds-approval', approval });
    }
    if (ctx.targetApprovals.length > 0) {
      points += S.context.targetsLabel;
      for (const approval of ctx.targetApprovals) reasons.push({ code: 'targets-label', approval });
    }
  }
  const funderHits = fundingSources.filter((f) => action.fundingSources.includes(f));
  const late = [...LATE_FUNDERS, ...(ctx.latePayers ?? [])];
  const lateHits = funderHits.filter((f) => late.includes(f));
  if (lateHits.length > 0) {
    points += action.id === 'advance-funds' ? S.context.lateFunder : S.context.fundingMatch;
    for (const fundingSource of lateHits) reasons.push({ code: 'late-funder', fundingSource });
  } else if (funderHits.length > 0) {
    points += S.context.fundingMatch;
  }
  // An instrument merely open to the actor (a reserved contract, SCIC shares, the DLA) is the
  // eligibility gate, said in the reasons, not a reason to rank the action higher: it holds for most
  // ESS actors and says nothing of what this one needs. (Points for it, 10 / 6 / 3 until 2026-12-03,
  // pushed a purchase above the support the case studies document: bench/recommend.js.)
  for (const instrumentId of instruments) {
    if (instrumentId.startsWith('reserved-')) {
      reasons.push({ code: 'reserved-contract-open', instrumentId });
    } else if (instrumentId === 'scic-shares') {
      reasons.push({ code: 'scic-open-to-public-capital', instrumentId });
    } else if (instrumentId === 'evs-approval') {
      const evsFit = ctx.approvals.includes('evs') || ctx.targetApprovals.includes('evs') || ctx.needs.includes('social-ties');
      if (evsFit) {
        points += S.context.evs;
        reasons.push({ code: 'evs-open', instrumentId });
      }
    } else if (instrumentId === 'dla-funding') {
      reasons.push({ code: 'dla-open', instrumentId });
    }
  }
  if (entries.some((e) => e.level === 'lead')) {
    points += S.context.lead;
    reasons.push({ code: 'lead-competence', decisionMaker: dm.kind });
  }
  const withPartner = entries.find((e) => e.partner !== undefined || (e.domain?.waivedWith !== undefined && dm.partners.includes(e.domain.waivedWith)));
  if (withPartner !== undefined) {
    const partner = withPartner.partner?.kind ?? withPartner.domain?.waivedWith;
    if (partner !== undefined && dm.partners.includes(partner)) reasons.push({ code: 'acts-with-partner', decisionMaker: partner });
  } else if (entries.some((e) => e.domain !== undefined)) {
    reasons.push({ code: 'within-competence-domain', decisionMaker: dm.kind });
  }
  if (dm.ambition === 'structuring' && (action.leverId === 'collective' || action.id === 'operating-subsidy')) {
    points += S.context.structuring;
    reasons.push({ code: 'structuring-ambition' });
  }
  if (dm.budget === 'small' && action.cost === 'high') {
    points += S.budget.smallHigh;
    reasons.push({ code: 'budget-stretch' });
  } else if (dm.budget === 'small' && action.cost === 'medium') {
    points += S.budget.smallMedium;
  } else if (dm.budget === 'large' && action.cost === 'high') {
    points += S.budget.largeHigh;
  }
  return { points, reasons };
}

/** The legal parameters an action cites, as in force on `date`; the others become notices. */
function legalBasisOf(ids: readonly LegalParameterId[], date: string, notices: Reason[]): LegalBasisEntry[] {
  const out: LegalBasisEntry[] = [];
  for (const id of ids) {
    const found = legalParameterOn(id, date);
    if (found.ok) {
      const { ok: _ok, parameterId, ...version } = found;
      out.push({ parameterId, ...version });
    } else if (found.code === 'before-first-version' && RULES_CREATED_AFTER_2019.includes(id)) {
      // A rule that did not exist yet on that day: nothing to cite, nothing to check.
    } else if (!notices.some((n) => n.code === 'legal-parameter-not-in-force' && n.parameterId === id)) {
      notices.push({ code: 'legal-parameter-not-in-force', parameterId: id, date });
    }
  }
  return out;
}

/** The why of an action to do first (precedence: securing, request, late payment, weakest criterion, similar cases, low cost). */
function firstWhyOf(a: Omit<RecommendedAction, 'rank' | 'first' | 'priority'>, parts: { prior: number; criteria: number }, request: RequestId | undefined, cost: string): Reason {
  if (a.actionId === 'secure-existing') return { code: 'first-secures-what-works' };
  if (a.answersRequest && request !== undefined) return { code: 'first-answers-request', request };
  const late = a.reasons.find((r) => r.code === 'late-funder');
  if (a.actionId === 'advance-funds' && late?.fundingSource !== undefined) return { code: 'first-late-payment', fundingSource: late.fundingSource };
  const weak = a.reasons.find((r) => r.code === 'weak-criterion');
  if (weak !== undefined && parts.criteria >= parts.prior) return { code: 'first-weakest-criterion', criterionId: weak.criterionId, score: weak.score };
  if (parts.prior >= S.prior * 0.25 || cost === 'medium' || cost === 'high') return { code: 'first-similar-cases' };
  return { code: 'first-low-cost-start' };
}

/**
 * The facts the hard rules read, from a recommendation input and the day whose law applies (one
 * home for recommendActions and for callers that re-judge its result). The decision-maker
 * "supports the actor now" when support is declared or the actor answers 3 or 4 to "role of
 * public authorities".
 */
export function eligibilityContextOfInput(input: RecommendActionsInput, date: string): EligibilityContext {
  const publicAuthorities = input.answers?.['public-authorities'];
  return eligibilityContextOf({
    actor: input.actor,
    decisionMaker: normaliseDecisionMaker(input.decisionMaker),
    targetApprovals: input.targetApprovals,
    stage: input.stage,
    publicCapitalShare: input.publicCapitalShare,
    proposedCapitalShare: input.proposedCapitalShare,
    date,
    reservedEssContractEnded: input.reservedEssContractEnded,
    publicInterestMission: input.publicInterestMission,
    supportedNow: (input.currentSupport ?? []).length > 0 || (typeof publicAuthorities === 'number' && publicAuthorities >= 3),
    latePayers: input.latePayers,
  });
}

function normaliseDecisionMaker(dm: DecisionMaker | DecisionMakerInput): DecisionMaker {
  return { ...dm, partners: [...(dm.partners ?? [])] } as DecisionMaker;
}

/** True when the decision-maker's declared territory does not contain the actor. */
function outsideTerritory(actor: Actor, dm: DecisionMaker): boolean {
  const t = dm.territory;
  if (t === undefined) return false;
  if (t.communeCodes !== undefined && t.communeCodes.length > 0 && actor.communeCode !== undefined) return !t.communeCodes.includes(actor.communeCode);
  if (t.epciCode !== undefined && actor.epciCode !== undefined) return t.epciCode !== actor.epciCode;
  if (t.departementCode !== undefined && actor.departementCode !== undefined) return t.departementCode !== actor.departementCode;
  if (t.regionCode !== undefined && actor.regionCode !== undefined) return t.regionCode !== actor.regionCode;
  return false;
}

/**
 * Recommends support actions for one ESS enterprise and one decision-maker.
 *
 * 1. Hard eligibility first (recommend/eligibility.ts): an action is kept only if the
 *    decision-maker is competent and at least one instrument is open to this actor; the others
 *    are listed in `excluded` with their codes.
 * 2. With answers (or figures), the pérennité score names the weak criteria each action answers.
 * 3. Context adds points: zones in force on `date`, stage, activities, approvals and targeted
 *    labels, late funders, open reserved contracts or SCIC shares, competence, budget, ambition.
 * 4. The ranking: what is asked for first (`request`), then the prior — the share of the case
 *    studies that received the action (blended with the share among similar ones as
 *    learnActionPriors chose by leave-one-out), learnt without the actor's own case —, the criteria the
 *    action answers (weak ones, and strengths the support built and should keep), support already
 *    given (renew it), and context. Ranks 1..n (ties in catalogue order).
 * 5. At most three actions "à faire en premier" (`first`, priority `high`), each with its one-line
 *    why; the others grouped by lever (`groups`). Subsidies carry their checklist; open instruments
 *    their cautions (SCIC cap, DLA first employer, public-interest mission…).
 *
 * `confidence` follows completeness: `low` without answers (the recommendation then rests on
 * context alone, notice `context-only`). Pure except for reading the clock when no valid `date`
 * is given (`dateSource: 'today'`). Deterministic for a given date. Never throws on bad data.
 */
export function recommendActions(input: RecommendActionsInput): RecommendationResult {
  const notices: Reason[] = [];
  let date: string;
  let dateSource: RecommendationResult['dateSource'];
  if (input.date !== undefined && IsoDate.safeParse(input.date).success) {
    date = input.date;
    dateSource = 'given';
  } else {
    date = todayIso();
    dateSource = 'today';
    notices.push({ code: input.date === undefined ? 'date-defaulted-today' : 'date-invalid-today-used', date });
  }

  const actor = input.actor;
  const decisionMaker = normaliseDecisionMaker(input.decisionMaker);
  const zones = zonesOn(actor.zones, date);
  const currentSupport = [...new Set(input.currentSupport ?? [])];
  const ctx = eligibilityContextOfInput(input, date);
  const request = input.request;
  const prior = priorsFor(input.priors ?? caseStudyPriors(), actor);
  const fundingSources = fundingSourcesOf(input);

  if (checkEssActor(ctx).length > 0) notices.push({ code: 'not-ess-actor' });
  if (outsideTerritory(actor, decisionMaker)) notices.push({ code: 'actor-outside-territory', decisionMaker: decisionMaker.kind });

  // Pérennité score: only when something was answered or figures were given.
  let score: PerenniteScore | null = null;
  const hasAnswers = input.answers !== undefined && Object.keys(input.answers).length > 0;
  if (hasAnswers || input.figures !== undefined) {
    const profile = input.profile ?? weightProfileOfContext({ zonings: zones, activities: actor.activities, needs: actor.needs });
    score = scorePerennite(profile, input.answers ?? {}, { ...(input.figures !== undefined ? { figures: input.figures } : {}), date });
  }
  const levels = score === null ? 0 : score.counts.answered + score.counts.suggested;
  const completeness = score === null ? 0 : score.completeness;
  const contextOnly = levels === 0;
  const confidence: Confidence = contextOnly ? 'low' : confidenceOf(completeness);
  if (contextOnly) notices.push({ code: 'context-only' });
  else if (confidence === 'low') notices.push({ code: 'few-answers', value: completeness });
  if (score !== null) {
    for (const u of score.unanswered.filter((x) => x.couldChangeBand).slice(0, 3)) {
      notices.push({ code: 'unanswered-could-change', criterionId: u.criterionId });
    }
    if (score.range.spansBands && score.range.min !== null && score.range.max !== null) {
      notices.push({ code: 'score-range-spans-bands', score: Math.round(score.range.min), value: Math.round(score.range.max) });
    }
    if (score.trace.economicsGuard.applied) notices.push({ code: 'economics-guard-applied', value: score.trace.economicsGuard.cap });
  }

  type Draft = Omit<RecommendedAction, 'rank' | 'first' | 'priority'> & { parts: { prior: number; criteria: number }; cost: string };
  const ranked: Draft[] = [];
  const excluded: ExcludedAction[] = [];
  for (const action of supportActions) {
    const eligibility = eligibilityOf(action, ctx);
    if (!eligibility.eligible) {
      excluded.push({ actionId: action.id, leverId: action.leverId, reasons: eligibility.reasons });
      continue;
    }
    const openUnits = action.instruments.length === 0 ? [action] : action.instruments.filter((i) => eligibility.instruments.includes(i.id));
    const entries = openUnits.map((u) => u.decisionMakers[decisionMaker.kind]).filter((e): e is CompetenceEntry => e !== undefined);
    const crit = criteriaPart(action, score);
    const context = contextPart(action, eligibility.instruments, entries, { ctx, zones, fundingSources });
    const priorPoints = S.prior * prior[action.id];
    const asked = answersRequest(request, action.id);
    const extra: Reason[] = [];
    let bonus = 0;
    if (asked && request !== undefined) {
      // The most direct answer to the request first (data/requests.ts lists them in that order).
      bonus += S.request - S.requestStep * requestActions[request].indexOf(action.id);
      extra.push({ code: 'answers-request', request });
    }
    if (currentSupport.includes(action.id) || (action.id === 'secure-existing' && ctx.supportedNow === true)) {
      bonus += S.alreadySupported;
      extra.push({ code: 'already-supported' });
    }
    if (prior[action.id] >= 0.3) extra.push({ code: 'used-in-similar-cases', value: Math.round(prior[action.id] * 100) / 100 });
    // Answers weigh on the actions similar cases used: they reorder the plausible actions rather than
    // pull in rarely used ones (an unanswered prior keeps at least `answersFloor` of their weight).
    const answerWeight = Math.min(1, Math.max(S.answersFloor, prior[action.id] / S.answersFullAt));
    const raw = priorPoints + bonus + answerWeight * crit.points + S.contextScale * Math.max(0, context.points);
    const value = Math.min(100, Math.max(0, Math.round(raw)));

    const legalIds = new Set<LegalParameterId>(action.legalBasis);
    for (const unit of openUnits) if ('legalBasis' in unit) for (const id of unit.legalBasis) legalIds.add(id);
    if (eligibility.instruments.includes('label-support') && (ctx.approvals.includes('esus') || ctx.targetApprovals.includes('esus'))) {
      legalIds.add('esus-conditions');
    }
    const level = entries.some((e) => e.level === 'lead') ? 'lead' : entries.some((e) => e.level === 'yes') ? 'yes' : 'limited';
    const notes = [...new Set(entries.flatMap((e) => (e.note === undefined ? [] : [e.note])))];

    ranked.push({
      actionId: action.id,
      leverId: action.leverId,
      score: value,
      reasons: [...extra, ...crit.reasons, ...context.reasons],
      instruments: eligibility.instruments,
      excludedInstruments: eligibility.excludedInstruments,
      competence: { level, notes },
      steps: [...action.steps],
      legalBasis: legalBasisOf([...legalIds], date, notices),
      examples: [...action.examples],
      answersRequest: asked,
      cautions: eligibility.cautions,
      checklist: isSubsidy(action.id, eligibility.instruments) ? subsidyChecklistOf(actor, date, input.amount) : [],
      parts: { prior: priorPoints, criteria: answerWeight * crit.points },
      cost: action.cost,
    });
  }
  // Unrounded points break ties before the catalogue order.
  // Eligible actions answering the request come first; then by score.
  ranked.sort((a, b) => Number(b.answersRequest) - Number(a.answersRequest) || b.score - a.score || b.parts.prior + b.parts.criteria - (a.parts.prior + a.parts.criteria) || ACTION_IDS.indexOf(a.actionId) - ACTION_IDS.indexOf(b.actionId));
  if (request !== undefined && !ranked.some((a) => a.answersRequest)) notices.push({ code: 'request-not-answerable', request });

  const actions: RecommendedAction[] = ranked.map(({ parts, cost, ...a }, i) => {
    const isFirst = i < S.first.max && (i === 0 || a.score >= S.first.minScore);
    const first: FirstPick | null = isFirst ? { order: i + 1, why: firstWhyOf(a, parts, request, cost) } : null;
    return { ...a, rank: i + 1, priority: priorityOf(a.score, isFirst), first };
  });
  const firstIds = actions.filter((a) => a.first !== null).map((a) => a.actionId);
  const groups = LEVER_IDS.map((leverId) => ({
    leverId,
    actionIds: actions.filter((a) => a.first === null && a.leverId === leverId).map((a) => a.actionId),
  })).filter((g) => g.actionIds.length > 0);

  return { date, dateSource, confidence, completeness, score, actions, excluded, notices, request: request ?? null, first: firstIds, groups };
}
