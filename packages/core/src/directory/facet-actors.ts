import {
  ACTIVITY_IDS,
  ACTOR_TYPE_IDS,
  APPROVAL_IDS,
  ASSET_IDS,
  BUDGET_BAND_IDS,
  EMPLOYEE_BAND_IDS,
  FAMILY_IDS,
  NEED_IDS,
  THEME_IDS,
  ZONING_IDS,
} from '../data/ids.js';
import type {
  ActivityId,
  ActorTypeId,
  ApprovalId,
  AssetId,
  BudgetBandId,
  EmployeeBandId,
  FamilyId,
  NeedId,
  ThemeId,
  ZoningId,
} from '../data/ids.js';
import type { Actor } from '../schema/actor.js';
import type { ActorFilter } from './actor-filter.js';
import { FACET_IDS, actorMatchesWords, facetValuesOf } from './actor-facet-values.js';
import type { FacetId } from './actor-facet-values.js';
import { compileFilter, passesFacet } from './filter-actors.js';
import type { FilterOptions } from './filter-actors.js';

/** Counts per value of each facet. Catalogue facets list every id (0 included); open ones the values met or selected. */
export interface FacetCounts {
  types: Record<ActorTypeId, number>;
  families: Record<FamilyId, number>;
  needs: Record<NeedId, number>;
  activities: Record<ActivityId, number>;
  themes: Record<ThemeId, number>;
  zones: Record<ZoningId, number>;
  approvals: Record<ApprovalId, number>;
  assets: Record<AssetId, number>;
  employeeBands: Record<EmployeeBandId, number>;
  budgetBands: Record<BudgetBandId, number>;
  communes: Record<string, number>;
  epcis: Record<string, number>;
  departements: Record<string, number>;
  regions: Record<string, number>;
}

export interface ActorFacets {
  /** Number of actors the whole filter keeps: filterActors(actors, filter).length. */
  total: number;
  counts: FacetCounts;
}

function zeros(ids: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of ids) out[id] = 0;
  return out;
}

function emptyCounts(filter: ActorFilter): FacetCounts {
  const open = (selected: readonly string[] | undefined) => zeros(selected ?? []);
  return {
    types: zeros(ACTOR_TYPE_IDS) as FacetCounts['types'],
    families: zeros(FAMILY_IDS) as FacetCounts['families'],
    needs: zeros(NEED_IDS) as FacetCounts['needs'],
    activities: zeros(ACTIVITY_IDS) as FacetCounts['activities'],
    themes: zeros(THEME_IDS) as FacetCounts['themes'],
    zones: zeros(ZONING_IDS) as FacetCounts['zones'],
    approvals: zeros(APPROVAL_IDS) as FacetCounts['approvals'],
    assets: zeros(ASSET_IDS) as FacetCounts['assets'],
    employeeBands: zeros(EMPLOYEE_BAND_IDS) as FacetCounts['employeeBands'],
    budgetBands: zeros(BUDGET_BAND_IDS) as FacetCounts['budgetBands'],
    communes: open(filter.communes),
    epcis: open(filter.epcis),
    departements: open(filter.departements),
    regions: open(filter.regions),
  };
}

export interface FacetOptions extends FilterOptions {
  /**
   * The facets to count (default: all). The others keep their empty counts; `total` is the same. A
   * legend that shows the families needs only `['types']` (or `['families']`): over 100 000 actors
   * counting all fourteen facets took 0.3–0.4 s in Node and derives every actor's values.
   */
  facets?: readonly FacetId[];
}

/**
 * Counts per facet value, consistent with the filter, by **disjunctive faceting**: the counts of a
 * facet are computed with every other facet's selection (and the text search) applied, but not
 * its own. So `counts.types.scop` is exactly the number of actors `filterActors` would keep if the
 * types selection were `["scop"]`, and a panel can show how many each further value would add
 * (within a facet, values combine with OR). When a facet has no selection its counts describe the
 * filtered set itself; for a one-value-per-actor facet (type, family) they then add up to `total`.
 * An actor holding several values of a facet (needs, activities…) counts once for each.
 *
 * One pass over the actors: an actor failing no facet counts everywhere; failing exactly one
 * facet, it counts for that facet only; failing two or more, nowhere.
 */
export function facetActors(actors: readonly Actor[], filter: ActorFilter, options: FacetOptions = {}): ActorFacets {
  const { facets, words, date } = compileFilter(filter, options);
  const counted = options.facets ?? FACET_IDS;
  const counts = emptyCounts(filter) as unknown as Record<FacetId, Record<string, number>>;
  let total = 0;
  const add = (actor: Actor, facet: FacetId) => {
    const c = counts[facet];
    for (const v of facetValuesOf(actor, facet, date)) c[v] = (c[v] ?? 0) + 1;
  };
  for (const actor of actors) {
    if (!actorMatchesWords(actor, words)) continue;
    let failed: FacetId | undefined;
    let failures = 0;
    for (const { facet, selected } of facets) {
      if (!passesFacet(actor, facet, selected, date)) {
        failures += 1;
        failed = facet;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      total += 1;
      for (const facet of counted) add(actor, facet);
    } else if (failures === 1 && failed !== undefined && counted.includes(failed)) {
      add(actor, failed);
    }
  }
  return { total, counts: counts as unknown as FacetCounts };
}
