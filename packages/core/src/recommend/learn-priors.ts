// Priors of the ranking, learnt from documented cases (by default the sixteen case studies of the
// ANCT study and the support each received, data/case-study-actions.ts). The prior of an action for
// an actor is the share of similar cases that used it, smoothed towards its share over all cases:
// similarity counts what the study says matters for the choice of levers — activity and theme,
// legal family, kind of territory, insertion approvals. How much that similarity counts against the
// plain share of each action is not set by hand: learnActionPriors chooses it by leave-one-out on
// the cases it learns from (on the sixteen case studies the plain share wins: the similar cases do
// not predict the support better than how often it is used). Honest use: never learn from the case
// you rank (recommendActions leaves a case study out of its own priors, blend included;
// bench/recommend.js measures the ranking with leave-one-out, the blend chosen inside each fold).
import { caseStudyActions, caseStudyFacts } from '../data/case-study-actions.js';
import { ACTION_IDS } from '../data/ids.js';
import type { ActionId, ThemeId, ZoningId } from '../data/ids.js';
import { activities as activityCatalogue, themeOfNeed } from '../data/needs.js';
import { familyOf } from '../data/typology.js';
import { Actor } from '../schema/actor.js';
import { IAE_APPROVALS } from '../data/actions.js';
import { isCompany } from './eligibility.js';

/** A documented case: an actor and the actions it received. */
export interface PriorCase {
  actor: Actor;
  used: readonly ActionId[];
}

/** Similarity weights and smoothing of the priors (model choices, documented). */
export const PRIOR_SETTINGS = {
  base: 1,
  sameTheme: 2,
  sharedActivity: 3,
  sameFamily: 2,
  sameTerritory: 2,
  bothInsertion: 2,
  sameCompanyFlag: 1,
  /** Weight of the overall share of each action (pseudo-cases). */
  smoothing: 1,
  /**
   * Candidate weights of the similarity-weighted share against the plain share (0 = how often the
   * action is used, 1 = among similar cases only). learnActionPriors keeps the one whose top
   * `top` actions find most of each case's documented support when that case is left out (ties:
   * the smaller weight, the simpler model).
   */
  similarityBlends: [0, 0.5, 1],
  top: 5,
} as const;

export interface ActionPriors {
  cases: readonly PriorCase[];
  /** Share of the cases that used each action. */
  base: Readonly<Record<ActionId, number>>;
  /** Weight of the similarity-weighted share against the plain share (0–1), chosen by leave-one-out on `cases`. */
  similarityBlend: number;
  /** Leave-one-out recall@top of each candidate blend on `cases` (how the blend was chosen). */
  blendRecall: readonly { blend: number; recall: number }[];
}

function shareOf(cases: readonly PriorCase[]): Record<ActionId, number> {
  const base = {} as Record<ActionId, number>;
  for (const id of ACTION_IDS) base[id] = cases.length === 0 ? 0 : cases.filter((c) => c.used.includes(id)).length / cases.length;
  return base;
}

/** The prior of each action for an actor from `cases` (none of them left out), for a given blend. */
function blendedPriors(cases: readonly PriorCase[], base: Readonly<Record<ActionId, number>>, actor: Actor, blend: number): Record<ActionId, number> {
  const weights = cases.map((c) => similarityOf(actor, c.actor));
  const total = weights.reduce((s, w) => s + w, 0);
  const k = PRIOR_SETTINGS.smoothing;
  const out = {} as Record<ActionId, number>;
  for (const id of ACTION_IDS) {
    let hit = 0;
    cases.forEach((c, i) => {
      if (c.used.includes(id)) hit += weights[i] as number;
    });
    const similar = total + k === 0 ? 0 : (hit + k * base[id]) / (total + k);
    out[id] = blend * similar + (1 - blend) * base[id];
  }
  return out;
}

/** The `top` actions of a prior (ties in catalogue order). */
function topOf(prior: Readonly<Record<ActionId, number>>, top: number): ActionId[] {
  return [...ACTION_IDS].sort((a, b) => prior[b] - prior[a] || ACTION_IDS.indexOf(a) - ACTION_IDS.indexOf(b)).slice(0, top);
}

/** Leave-one-out recall@top of each candidate blend on `cases` (priors of each case from the others only). */
function blendRecallOf(cases: readonly PriorCase[]): { blend: number; recall: number }[] {
  const scored = cases.filter((c) => c.used.length > 0);
  return PRIOR_SETTINGS.similarityBlends.map((blend) => {
    if (scored.length === 0) return { blend, recall: 0 };
    let sum = 0;
    for (const held of scored) {
      const others = cases.filter((c) => c !== held);
      const top = topOf(blendedPriors(others, shareOf(others), held.actor, blend), PRIOR_SETTINGS.top);
      sum += held.used.filter((a) => top.includes(a)).length / held.used.length;
    }
    return { blend, recall: sum / scored.length };
  });
}

/**
 * Learns priors from documented cases: the share of the cases that used each action, and how much
 * the similarity between actors counts, chosen by leave-one-out on these cases only (the blend with
 * the best recall of the documented support; ties to the smaller blend). Pass `similarityBlend` to
 * fix it instead.
 */
export function learnActionPriors(cases: readonly PriorCase[], options: { similarityBlend?: number } = {}): ActionPriors {
  const base = shareOf(cases);
  if (options.similarityBlend !== undefined) return { cases, base, similarityBlend: Math.min(1, Math.max(0, options.similarityBlend)), blendRecall: [] };
  const blendRecall = blendRecallOf(cases);
  let best = blendRecall[0] ?? { blend: 0, recall: 0 };
  for (const r of blendRecall) if (r.recall > best.recall + 1e-9) best = r;
  return { cases, base, similarityBlend: best.blend, blendRecall };
}

function themeOf(actor: Actor): ThemeId | undefined {
  const first = actor.activities[0];
  if (first !== undefined) return activityCatalogue.find((a) => a.id === first)?.theme;
  const need = actor.needs[0];
  return need === undefined ? undefined : themeOfNeed(need);
}

const RURAL: readonly ZoningId[] = ['zrr', 'frr', 'frr-plus', 'montagne'];
function territoryOf(actor: Actor): 'drom' | 'qpv' | 'rural' | 'other' {
  const zones = actor.zones.map((z) => z.zoning);
  if (zones.includes('drom') || /^97/.test(actor.communeCode ?? '')) return 'drom';
  if (zones.includes('qpv')) return 'qpv';
  if (zones.some((z) => RURAL.includes(z))) return 'rural';
  return 'other';
}
const insertion = (a: Actor) => a.approvals.some((x) => IAE_APPROVALS.includes(x));

/** How alike two actors are for the choice of support (≥ 1). */
export function similarityOf(a: Actor, b: Actor): number {
  const S = PRIOR_SETTINGS;
  let s = S.base;
  const ta = themeOf(a);
  if (ta !== undefined && ta === themeOf(b)) s += S.sameTheme;
  if (a.activities.some((x) => b.activities.includes(x))) s += S.sharedActivity;
  if (familyOf(a.type) === familyOf(b.type)) s += S.sameFamily;
  if (territoryOf(a) === territoryOf(b)) s += S.sameTerritory;
  if (insertion(a) && insertion(b)) s += S.bothInsertion;
  if (isCompany(a) === isCompany(b)) s += S.sameCompanyFlag;
  return s;
}

/**
 * The prior of each action for an actor (0–1), leaving out any case with the actor's id: then the
 * share and the blend are learnt again from the other cases (the blend chosen without that case).
 */
export function priorsFor(priors: ActionPriors, actor: Actor): Record<ActionId, number> {
  const others = priors.cases.filter((c) => c.actor.id !== actor.id);
  const learnt = others.length === priors.cases.length ? priors : learnActionPriors(others, priors.blendRecall.length === 0 ? { similarityBlend: priors.similarityBlend } : {});
  return blendedPriors(others, learnt.base, actor, learnt.similarityBlend);
}

/** The sixteen case studies with their documented support, as prior cases (the facts priors compare). */
export function caseStudyPriorCases(): PriorCase[] {
  return Object.entries(caseStudyFacts).map(([id, facts]) => ({
    actor: Actor.parse({
      id,
      name: id,
      type: facts.type,
      ...(facts.legalCategory !== undefined ? { legalCategory: facts.legalCategory } : {}),
      activities: facts.activities,
      approvals: facts.approvals,
      zones: facts.zones.map((zoning) => ({ zoning, source: 'declared' })),
      provenance: { source: 'ANCT 2021', checkedAt: '2026-11-22' },
    }),
    used: (caseStudyActions[id] ?? []).map((s) => s.action),
  }));
}

let defaultPriors: ActionPriors | undefined;
/** Priors learnt from the sixteen case studies (computed once). */
export function caseStudyPriors(): ActionPriors {
  defaultPriors ??= learnActionPriors(caseStudyPriorCases());
  return defaultPriors;
}
