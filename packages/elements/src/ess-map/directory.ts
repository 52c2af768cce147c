// The filter state of <ess-map> and its bridge to core's directory functions (Lit-free).
// Filtering, facet counts and needs coverage are decided by core (filterActors, facetActors,
// needsCoverage); this file only translates the element's attribute state into core's filter.
import {
  ACTOR_TYPE_IDS,
  APPROVAL_IDS,
  EMPLOYEE_BAND_IDS,
  FAMILY_IDS,
  NEED_IDS,
  ZONING_IDS,
  typesOfFamily,
  type ActorFilter,
  type ActorFacets,
  type ActorTypeId,
  type FamilyId,
} from '@terreau/core';
import { formatList, parseList } from './map-state.js';

/** What the user chose in the filter panel (ids as strings: attributes may carry anything). */
export interface FilterState {
  /** Type ids and/or family ids (a family stands for all its types; the two combine with OR). */
  types: readonly string[];
  needs: readonly string[];
  zones: readonly string[];
  approvals: readonly string[];
  sizes: readonly string[];
  q: string;
}

const FAMILIES = new Set<string>(FAMILY_IDS);

export function isFamilyId(id: string): id is FamilyId {
  return FAMILIES.has(id);
}

function known<T extends string>(ids: readonly T[], values: readonly string[]): T[] {
  const set = new Set<string>(ids);
  return values.filter((v): v is T => set.has(v));
}

/**
 * The element's state as core's ActorFilter. Family ids expand to their types, so "associations,scic"
 * means an association-family actor OR a SCIC. Ids core does not know are left out (a typo in an
 * attribute must not empty the map).
 */
export function toActorFilter(state: FilterState): ActorFilter {
  const types = new Set<ActorTypeId>(known(ACTOR_TYPE_IDS, state.types));
  for (const family of known(FAMILY_IDS, state.types)) for (const t of typesOfFamily(family)) types.add(t);
  const filter: ActorFilter = {};
  if (types.size > 0) filter.types = [...types];
  const needs = known(NEED_IDS, state.needs);
  if (needs.length > 0) filter.needs = needs;
  const zones = known(ZONING_IDS, state.zones);
  if (zones.length > 0) filter.zones = zones;
  const approvals = known(APPROVAL_IDS, state.approvals);
  if (approvals.length > 0) filter.approvals = approvals;
  const sizes = known(EMPLOYEE_BAND_IDS, state.sizes);
  if (sizes.length > 0) filter.employeeBands = sizes;
  const q = state.q.trim().slice(0, 500);
  if (q !== '') filter.q = q;
  return filter;
}

/** Count of a family in the typology facet: the sum of its types' counts. */
export function familyCount(facets: ActorFacets, family: FamilyId): number {
  let n = 0;
  for (const t of typesOfFamily(family)) n += facets.counts.types[t] ?? 0;
  return n;
}

/** `list` with `id` added (`on`) or taken out, in the same order. */
export function toggleIn(list: readonly string[], id: string, on: boolean): string[] {
  const next = list.filter((x) => x !== id);
  if (on) next.push(id);
  return next;
}

/**
 * The `types` attribute with a type or family id ticked (`on`) or not. A family stands for its
 * types: ticking it drops the type ids it now holds. Null when nothing is left (no attribute).
 */
export function toggleType(types: string | null, id: string, on: boolean): string | null {
  let ids = parseList(types).filter((x) => x !== id);
  if (isFamilyId(id)) {
    const own = new Set<string>(typesOfFamily(id));
    ids = ids.filter((x) => !own.has(x));
  }
  if (on) ids.push(id);
  return formatList(ids);
}
