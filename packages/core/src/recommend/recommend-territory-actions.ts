// Territory mode: from a diagnosis of a territory's ESS (its actors, the needs they cover, their
// partnerships, their pérennité scores), recommend the animation actions of the local authority
// itself (DOMAIN §8) — each with its why (facts of the diagnosis), how (steps) and legal basis.
import { todayIso } from '../formats/today-iso.js';
import { ACTOR_TYPE_IDS, NEED_IDS, TERRITORY_ACTION_IDS } from '../data/ids.js';
import type { ActorTypeId, CriterionId, DecisionMakerId, NeedId, TerritoryActionId } from '../data/ids.js';
import { territoryActions } from '../data/territory-actions.js';
import { familyOf } from '../data/typology.js';
import { needsCoverage as computeNeedsCoverage } from '../directory/needs-coverage.js';
import type { NeedsCoverage } from '../directory/needs-coverage.js';
import type { Actor, Partnership } from '../schema/actor.js';
import { IsoDate } from '../schema/actor.js';
import type { PerenniteScore } from '../schema/perennite-score.js';
import type { Reason, RecommendedTerritoryAction, TerritoryRecommendation } from '../schema/recommendation.js';
import { legalParameterOn } from '../data/legal-parameters.js';
import { checkEssActor, eligibilityContextOf } from './eligibility.js';

export interface TerritoryDiagnosis {
  /** Parsed actors of the territory (ESS enterprises and their partners). */
  actors: readonly Actor[];
  /** Needs coverage (directory/needsCoverage); computed from the ESS actors when omitted. */
  needsCoverage?: NeedsCoverage | undefined;
  /** Needs the territory has identified as its own; default: all fifteen. */
  priorityNeeds?: readonly NeedId[] | undefined;
  /** Known partnerships; without them isolation is not judged. */
  partnerships?: readonly Partnership[] | undefined;
  /** Pérennité scores by actor id (at least their band and weaknesses). */
  scores?: Readonly<Record<string, Pick<PerenniteScore, 'band' | 'weaknesses'>>> | undefined;
  /** ISO day of the diagnosis; default: the current UTC day (read from the clock). */
  date?: string | undefined;
  /** Who asks: actions it does not usually carry are left out (data/territory-actions.ts). */
  decisionMaker?: DecisionMakerId | undefined;
  /**
   * Population of the territory (INSEE, from the COG: core/node's commune lookup or
   * `@etalab/decoupage-administratif` give it); scales what is proposed. Core stays pure: pass it in.
   */
  population?: number | undefined;
}

/** Thresholds of territory mode (documented model choices). */
export const TERRITORY_SETTINGS = {
  fewActors: 5,
  councilActors: 15,
  maisonActors: 8,
  charterAssociations: 5,
  manySupportStructures: 3,
  /** Share of actors from which a fact counts as widespread. */
  widespread: 0.3,
  premisesShare: 0.2,
  youngYears: 3,
  priority: { high: 50, medium: 25 },
  /** Below these, no PTCE and no local seed fund: too few actors or inhabitants to carry them. */
  ptceMinActors: 8,
  ptceMinPopulation: 5_000,
  seedFundMinActors: 10,
  seedFundMinPopulation: 10_000,
  /** A Maison de l'ESS needs a town of this size. */
  maisonMinPopulation: 10_000,
  /** From this share of ESS actors with neither activity nor need known, knowing them comes first. */
  largelyUnknown: 0.5,
} as const;
const T = TERRITORY_SETTINGS;

const NETWORK_TYPES: readonly ActorTypeId[] = ['cress', 'mouvement-associatif', 'reseau-iae', 'reseau-local', 'club-entrepreneurs', 'ptce', 'ges'];
const SHARED_PLACE_TYPES: readonly ActorTypeId[] = ['maison-ess', 'tiers-lieu', 'maison-des-associations'];
const SEED_FUNDER_TYPES: readonly ActorTypeId[] = ['france-active', 'fonds-solidaire-local', 'financement-participatif'];
const VISIBILITY_CRITERIA: readonly CriterionId[] = ['local-media', 'territory-sensitivity'];

const isType = (types: readonly ActorTypeId[]) => (a: Actor) => types.includes(a.type);
const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/**
 * Recommends territory animation actions from a diagnosis. Each action comes with the facts that
 * call for it; an action with no such fact is left out. Ranked by score (ties in catalogue order).
 *
 * Scaled to who asks and where: with `decisionMaker`, only the actions it usually carries; with few
 * actors or few inhabitants (`population`), no PTCE and no local seed fund (notices say why); while
 * the actors are largely unknown, "know the actors" (shared-diagnosis) comes first.
 *
 * Pass the whole dataset of the territory, not a map's filtered view: the diagnosis of a territory
 * does not depend on what a visitor filters. Pure except for reading the clock when no valid date
 * is given. Never throws on bad data.
 */
export function recommendTerritoryActions(diagnosis: TerritoryDiagnosis): TerritoryRecommendation {
  const notices: Reason[] = [];
  const given = diagnosis.date !== undefined && IsoDate.safeParse(diagnosis.date).success;
  const date = given ? (diagnosis.date as string) : todayIso();
  if (!given) notices.push({ code: diagnosis.date === undefined ? 'date-defaulted-today' : 'date-invalid-today-used', date });
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));

  const actors = diagnosis.actors.filter((a) => (ACTOR_TYPE_IDS as readonly string[]).includes(a.type));
  const ess = actors.filter((a) => checkEssActor(eligibilityContextOf({ actor: a, decisionMaker: { kind: 'commune', partners: [] } })).length === 0);
  const n = ess.length;
  const associations = ess.filter((a) => familyOf(a.type) === 'associations' || a.legalCategory?.startsWith('92') === true).length;

  const coverage = diagnosis.needsCoverage ?? computeNeedsCoverage(ess);
  const priority = diagnosis.priorityNeeds ?? NEED_IDS;
  const missing = priority.filter((id) => coverage.missing.includes(id));
  const thin = priority.filter((id) => (coverage.actors[id]?.length ?? 0) === 1);

  let isolatedShare: number | null = null;
  if (diagnosis.partnerships !== undefined) {
    const linked = new Set(diagnosis.partnerships.flatMap((p) => [p.actorId, p.partnerId]));
    isolatedShare = share(ess.filter((a) => !linked.has(a.id)).length, n);
  }
  const scored = ess.flatMap((a) => {
    const s = diagnosis.scores?.[a.id];
    return s === undefined ? [] : [s];
  });
  const fragileShare = scored.length === 0 ? null : share(scored.filter((s) => s.band === 'fragile').length, scored.length);
  const dated = ess.filter((a) => a.creationYear !== undefined);
  const youngShare = dated.length === 0 ? null : share(dated.filter((a) => year - (a.creationYear as number) < T.youngYears).length, dated.length);
  const incompleteShare = share(ess.filter((a) => a.activities.length === 0 && a.needs.length === 0).length, n);
  const supportStructures = actors.filter((a) => familyOf(a.type) === 'accompagnateurs').length;
  const premisesShare = share(actors.filter((a) => a.assets.includes('terrain')).length, actors.length);

  const found: Record<TerritoryActionId, { points: number; reasons: Reason[] }> = Object.fromEntries(
    TERRITORY_ACTION_IDS.map((id) => [id, { points: 0, reasons: [] as Reason[] }]),
  ) as Record<TerritoryActionId, { points: number; reasons: Reason[] }>;
  const add = (id: TerritoryActionId, points: number, reason: Reason): void => {
    found[id].points += points;
    found[id].reasons.push(reason);
  };

  // Knowing the actors comes first when few are known or their records are thin.
  const population = diagnosis.population !== undefined && Number.isFinite(diagnosis.population) && diagnosis.population >= 0 ? diagnosis.population : undefined;
  const largelyUnknown = n < T.fewActors || (incompleteShare !== null && incompleteShare >= T.largelyUnknown);
  if (n < T.fewActors) add('shared-diagnosis', 50, { code: 'few-actors', value: n });
  if (incompleteShare !== null && incompleteShare >= T.widespread) add('shared-diagnosis', 20 + 40 * incompleteShare, { code: 'incomplete-knowledge', value: incompleteShare });
  if (largelyUnknown && incompleteShare !== null && incompleteShare >= T.largelyUnknown) found['shared-diagnosis'].reasons.unshift({ code: 'actors-largely-unknown', value: incompleteShare });

  // Needs nobody answers: an open call for projects.
  if (missing.length > 0) {
    found['call-for-projects'].points += 20 + 60 * (missing.length / Math.max(1, priority.length));
    for (const need of missing) found['call-for-projects'].reasons.push({ code: 'needs-without-actor', need });
  }
  if (thin.length > 0) {
    found['call-for-projects'].points += Math.min(15, 5 * thin.length);
    for (const need of thin) found['call-for-projects'].reasons.push({ code: 'needs-thinly-covered', need });
  }

  // Isolated actors: a club or a PTCE.
  if (isolatedShare !== null && isolatedShare >= T.widespread) add('club-or-ptce', 70 * isolatedShare, { code: 'isolated-actors', value: isolatedShare });
  if (n >= T.fewActors && !actors.some(isType(NETWORK_TYPES))) add('club-or-ptce', 20, { code: 'no-network-present' });

  // Many fragile enterprises: fund accompaniment.
  if (fragileShare !== null && fragileShare >= T.widespread) add('fund-support-structures', 70 * fragileShare, { code: 'many-fragile', value: fragileShare });
  if (n > 0 && supportStructures === 0) add('fund-support-structures', 20, { code: 'no-support-structure' });

  // A place of its own once the ecosystem is large enough.
  if (n >= T.maisonActors && !actors.some(isType(SHARED_PLACE_TYPES))) {
    add('maison-ess', 40, { code: 'no-shared-place' });
    found['maison-ess'].reasons.push({ code: 'ecosystem-size', value: n });
  }

  if (associations >= T.charterAssociations) add('reciprocal-charter', 30 + Math.min(30, associations), { code: 'many-associations', value: associations });

  // The ESS Month, every November: more urgent from August to October.
  if (month >= 8 && month <= 10) add('mois-ess', 50, { code: 'mois-ess-upcoming', date });
  else add('mois-ess', 20, { code: 'mois-ess-yearly' });

  if (n >= T.councilActors) add('ess-council', 40 + Math.min(20, n - T.councilActors), { code: 'ecosystem-size', value: n });

  if (supportStructures >= T.manySupportStructures) add('single-entry-point', 45, { code: 'many-support-structures', value: supportStructures });
  if (youngShare !== null && youngShare >= T.widespread) {
    add('single-entry-point', 15, { code: 'many-young-actors', value: youngShare });
    add('seed-funding', 20 + 50 * youngShare, { code: 'many-young-actors', value: youngShare });
    if (!actors.some(isType(SEED_FUNDER_TYPES))) add('seed-funding', 20, { code: 'no-seed-fund' });
  }

  if (n > 0 && premisesShare !== null && premisesShare < T.premisesShare) add('land-and-premises', 40, { code: 'few-premises-offered', value: premisesShare });

  if (scored.length > 0) {
    for (const criterionId of VISIBILITY_CRITERIA) {
      const weakShare = scored.filter((s) => s.weaknesses.includes(criterionId)).length / scored.length;
      if (weakShare >= T.widespread) add('ess-communication', 40 * weakShare + 10, { code: 'weak-visibility', criterionId, value: weakShare });
    }
  }

  // Scale to where: no PTCE nor local seed fund for a handful of actors or a village.
  const small = (minActors: number, minPopulation: number) => n < minActors || (population !== undefined && population < minPopulation);
  if (found['club-or-ptce'].reasons.length > 0 && small(T.ptceMinActors, T.ptceMinPopulation)) {
    found['club-or-ptce'] = { points: 0, reasons: [] };
    notices.push({ code: 'too-small-for-ptce', value: n });
  }
  if (found['seed-funding'].reasons.length > 0 && small(T.seedFundMinActors, T.seedFundMinPopulation)) {
    found['seed-funding'] = { points: 0, reasons: [] };
    notices.push({ code: 'too-small-for-seed-fund', value: n });
  }
  if (found['maison-ess'].reasons.length > 0 && population !== undefined && population < T.maisonMinPopulation) found['maison-ess'] = { points: 0, reasons: [] };
  if (population !== undefined) notices.push({ code: 'territory-population', value: population });
  // Knowing the actors comes first while they are largely unknown.
  if (largelyUnknown && found['shared-diagnosis'].reasons.length > 0) found['shared-diagnosis'].points = 1000;
  // Scale to who asks: only what it usually carries.
  const dmKind = diagnosis.decisionMaker;
  const carries = (a: (typeof territoryActions)[number]) => dmKind === undefined || a.decisionMakers.includes(dmKind) || (dmKind === 'collectivite-unique' && (a.decisionMakers.includes('region') || a.decisionMakers.includes('departement')));

  const ranked = territoryActions
    .filter((a) => found[a.id].reasons.length > 0 && carries(a))
    .map((a) => {
      const score = Math.min(100, Math.max(0, Math.round(found[a.id].points)));
      const legalBasis = a.legalBasis.flatMap((id) => {
        const v = legalParameterOn(id, date);
        if (v.ok) {
          const { ok: _ok, parameterId, ...version } = v;
          return [{ parameterId, ...version }];
        }
        notices.push({ code: 'legal-parameter-not-in-force', parameterId: id, date });
        return [];
      });
      return {
        actionId: a.id,
        score,
        priority: score >= T.priority.high ? 'high' : score >= T.priority.medium ? 'medium' : 'low',
        reasons: found[a.id].reasons,
        steps: [...a.steps],
        legalBasis,
      } satisfies Omit<RecommendedTerritoryAction, 'rank'>;
    })
    .sort((x, y) => y.score - x.score || TERRITORY_ACTION_IDS.indexOf(x.actionId) - TERRITORY_ACTION_IDS.indexOf(y.actionId));

  return {
    date,
    dateSource: given ? 'given' : 'today',
    facts: { actors: actors.length, essActors: n, associations, missingNeeds: missing, isolatedShare, fragileShare, youngShare, population: population ?? null, unknownShare: incompleteShare },
    decisionMaker: dmKind ?? null,
    actions: ranked.map((a, i) => ({ ...a, rank: i + 1 })),
    notices,
  };
}
