// Priors of the ranking, learnt from documented cases (by default the sixteen case studies of the
// ANCT study and the support each received, data/case-study-actions.ts). The prior of an action for
// an actor is the share of similar cases that used it, smoothed towards its share over all cases:
// similarity counts what the study says matters for the choice of levers — activity and theme,
// legal family, kind of territory, insertion approvals. Honest use: never learn from the case you
// rank (recommendActions leaves a case study out of its own priors; bench/recommend.js measures
// the ranking with leave-one-out).
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
} as const;

export interface ActionPriors {
  cases: readonly PriorCase[];
  /** Share of the cases that used each action. */
  base: Readonly<Record<ActionId, number>>;
}

/** Learns priors from documented cases. */
export function learnActionPriors(cases: readonly PriorCase[]): ActionPriors {
  const base = {} as Record<ActionId, number>;
  for (const id of ACTION_IDS) base[id] = cases.length === 0 ? 0 : cases.filter((c) => c.used.includes(id)).length / cases.length;
  return { cases, base };
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

/** The prior of each action for an actor (0–1), leaving out any case with the actor's id. */
export function priorsFor(priors: ActionPriors, actor: Actor): Record<ActionId, number> {
  const others = priors.cases.filter((c) => c.actor.id !== actor.id);
  const weights = others.map((c) => similarityOf(actor, c.actor));
  const total = weights.reduce((s, w) => s + w, 0);
  const k = PRIOR_SETTINGS.smoothing;
  const base = others.length === priors.cases.length ? priors.base : learnActionPriors(others).base;
  const out = {} as Record<ActionId, number>;
  for (const id of ACTION_IDS) {
    let hit = 0;
    others.forEach((c, i) => {
      if (c.used.includes(id)) hit += weights[i] as number;
    });
    out[id] = total + k === 0 ? 0 : (hit + k * base[id]) / (total + k);
  }
  return out;
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
