// The filter state of <ess-map> and its bridge to core's directory functions (Lit-free).
// Filtering, facet counts and needs coverage are decided by core; this file only translates the
// element's attribute state into core's filter and back.
import { FAMILY_IDS, NEED_IDS, familyOf, needsOfActivities, type Actor, type FamilyId, type NeedId } from '@terreau/core';

/** What the user chose in the filter panel (ids as strings: attributes may carry anything). */
export interface FilterState {
  /** Type ids and/or family ids (a family stands for all its types). */
  types: readonly string[];
  needs: readonly string[];
  zones: readonly string[];
  approvals: readonly string[];
  sizes: readonly string[];
  q: string;
}

export const EMPTY_FILTER: FilterState = { types: [], needs: [], zones: [], approvals: [], sizes: [], q: '' };

const FAMILIES = new Set<string>(FAMILY_IDS);

export function isFamilyId(id: string): id is FamilyId {
  return FAMILIES.has(id);
}

export function isFilterEmpty(f: FilterState): boolean {
  return f.types.length + f.needs.length + f.zones.length + f.approvals.length + f.sizes.length === 0 && f.q.trim() === '';
}

/** Needs an actor answers: declared, or implied by its activities. */
export function needsOfActor(actor: Actor): NeedId[] {
  return [...new Set([...actor.needs, ...needsOfActivities(actor.activities)])];
}

/** Counts per option of each facet. */
export interface FacetCounts {
  families: Map<string, number>;
  types: Map<string, number>;
  needs: Map<string, number>;
  zones: Map<string, number>;
  approvals: Map<string, number>;
  sizes: Map<string, number>;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

type Facet = 'types' | 'needs' | 'zones' | 'approvals' | 'sizes' | 'q';

function matches(actor: Actor, f: FilterState, skip: Facet | null): boolean {
  if (skip !== 'types' && f.types.length > 0 && !f.types.some((t) => t === actor.type || t === familyOf(actor.type))) return false;
  if (skip !== 'needs' && f.needs.length > 0) {
    const n = needsOfActor(actor);
    if (!f.needs.some((x) => (n as string[]).includes(x))) return false;
  }
  if (skip !== 'zones' && f.zones.length > 0 && !actor.zones.some((z) => f.zones.includes(z.zoning))) return false;
  if (skip !== 'approvals' && f.approvals.length > 0 && !actor.approvals.some((a) => f.approvals.includes(a))) return false;
  if (skip !== 'sizes' && f.sizes.length > 0 && !(actor.size?.employees !== undefined && f.sizes.includes(actor.size.employees))) return false;
  if (skip !== 'q' && f.q.trim() !== '') {
    const hay = fold([actor.name, actor.address?.city ?? '', actor.address?.line ?? '', actor.description ?? '', actor.communeCode ?? ''].join(' '));
    if (!fold(f.q).trim().split(/\s+/).every((word) => hay.includes(word))) return false;
  }
  return true;
}

/** The actors `filter` keeps, in input order. */
export function applyFilter(actors: readonly Actor[], filter: FilterState): Actor[] {
  if (isFilterEmpty(filter)) return actors.slice();
  return actors.filter((a) => matches(a, filter, null));
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** For each option, how many actors would show if it were chosen (the other facets applied). */
export function facetCountsOf(actors: readonly Actor[], filter: FilterState): FacetCounts {
  const out: FacetCounts = { families: new Map(), types: new Map(), needs: new Map(), zones: new Map(), approvals: new Map(), sizes: new Map() };
  for (const a of actors) {
    if (matches(a, filter, 'types')) {
      bump(out.types, a.type);
      bump(out.families, familyOf(a.type));
    }
    if (matches(a, filter, 'needs')) for (const n of needsOfActor(a)) bump(out.needs, n);
    if (matches(a, filter, 'zones')) for (const z of new Set(a.zones.map((m) => m.zoning))) bump(out.zones, z);
    if (matches(a, filter, 'approvals')) for (const x of new Set(a.approvals)) bump(out.approvals, x);
    if (matches(a, filter, 'sizes') && a.size?.employees !== undefined) bump(out.sizes, a.size.employees);
  }
  return out;
}

/** Which of the fifteen needs at least one of `actors` answers. */
export function coverageOf(actors: readonly Actor[]): { covered: NeedId[]; uncovered: NeedId[] } {
  const seen = new Set<NeedId>();
  for (const a of actors) for (const n of needsOfActor(a)) seen.add(n);
  return { covered: NEED_IDS.filter((n) => seen.has(n)), uncovered: NEED_IDS.filter((n) => !seen.has(n)) };
}
