// The values an actor holds for each directory facet, derived once and cached per actor object.
// Actors are treated as immutable: change an actor by replacing the object, not by mutating it.
import { activities as activityCatalogue, needsOfActivities, themeOfNeed } from '../data/needs.js';
import { approvalsImpliedBy, familyOf } from '../data/typology.js';
import { dromMembershipOf } from '../data/zonings.js';
import type { Actor, ZoneMembership } from '../schema/actor.js';
import { zonesOn } from '../territory/is-in-zone-on.js';
import type { NeedId, ThemeId, ZoningId } from '../data/ids.js';
import { normaliseText } from './normalise-text.js';

/** The facets of the directory, in the order a filter panel shows them. */
export const FACET_IDS = [
  'types',
  'families',
  'needs',
  'activities',
  'themes',
  'zones',
  'approvals',
  'assets',
  'employeeBands',
  'budgetBands',
  'communes',
  'epcis',
  'departements',
  'regions',
] as const;
export type FacetId = (typeof FACET_IDS)[number];

/** What has been derived so far for one actor; each part is computed the first time it is asked for. */
interface Derived {
  values: Partial<Record<Exclude<FacetId, 'zones' | 'types' | 'families'>, readonly string[]>>;
  zonesByDate?: Map<string, readonly ZoningId[]>;
  /** Folded searchable text with spaces removed, so "bell occas" and "belloccas" both match. */
  compactText?: string;
}

const cache = new WeakMap<Actor, Derived>();
const themeOfActivity = new Map(activityCatalogue.map((a) => [a.id, a.theme]));
const NONE: readonly string[] = [];
/** One shared value list per type, and per type its family's (see facetValuesOf). */
const typeList: Record<string, readonly string[]> = {};
const familyList: Record<string, readonly string[]> = {};

function list(value: string | undefined): readonly string[] {
  return value === undefined ? NONE : [value];
}

function unique(values: readonly string[]): readonly string[] {
  return values.length < 2 ? values : [...new Set(values)];
}

/** Département code of a commune code: "2A004" → "2A", "97209" → "972", "31555" → "31". */
export function departementOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

function needsOf(actor: Actor): string[] {
  const needs: string[] = needsOfActivities(actor.activities);
  for (const n of actor.needs) if (!needs.includes(n)) needs.push(n);
  return needs;
}

function themesOf(actor: Actor): string[] {
  const themes = new Set<ThemeId>(needsOf(actor).map((n) => themeOfNeed(n as NeedId)));
  for (const a of actor.activities) {
    const t = themeOfActivity.get(a);
    if (t !== undefined) themes.add(t);
  }
  return [...themes];
}

function computeFacet(actor: Actor, facet: Exclude<FacetId, 'zones' | 'types' | 'families'>): readonly string[] {
  switch (facet) {
    case 'needs':
      return needsOf(actor);
    case 'activities':
      return unique(actor.activities);
    case 'themes':
      return themesOf(actor);
    case 'approvals': {
      const implied = approvalsImpliedBy(actor.type);
      return implied.length === 0 ? unique(actor.approvals) : [...new Set([...actor.approvals, ...implied])];
    }
    case 'assets':
      return unique(actor.assets);
    case 'employeeBands':
      return list(actor.size?.employees);
    case 'budgetBands':
      return list(actor.size?.budget);
    case 'communes':
      return list(actor.communeCode);
    case 'epcis':
      return list(actor.epciCode);
    case 'departements':
      return list(actor.departementCode ?? (actor.communeCode === undefined ? undefined : departementOfCommune(actor.communeCode)));
    case 'regions':
      return list(actor.regionCode);
  }
}

function membershipsOf(actor: Actor): readonly ZoneMembership[] {
  const drom = actor.communeCode === undefined ? null : dromMembershipOf(actor.communeCode);
  return drom !== null && !actor.zones.some((m) => m.zoning === 'drom') ? [...actor.zones, drom] : actor.zones;
}

function searchableText(actor: Actor): string {
  const parts = [
    actor.name,
    actor.description,
    actor.address?.city,
    actor.address?.line,
    actor.address?.postcode,
    actor.communeCode,
    actor.identifiers.siren,
    actor.identifiers.siret,
    actor.identifiers.rna,
  ].filter((s): s is string => s !== undefined);
  return normaliseText(parts.join(' ')).replace(/ /g, '');
}

function derived(actor: Actor): Derived {
  let d = cache.get(actor);
  if (d === undefined) {
    d = { values: {} };
    cache.set(actor, d);
  }
  return d;
}

/**
 * The values an actor holds for a facet, without repeats. Needs include those of its activities;
 * themes those of its needs and activities; approvals those its type implies (an ACI holds the ACI
 * convention); the département is read from the commune code when not given; a DROM commune is in
 * the `drom` zoning. Zones are read on `date` (ISO day) when given, else every declared zoning counts.
 */
export function facetValuesOf(actor: Actor, facet: FacetId, date?: string): readonly string[] {
  // A type and its family are read straight from the actor, as one shared list per value: no entry
  // in the per-actor cache (a legend counting the types of 100 000 actors made 100 000 of them).
  if (facet === 'types') return (typeList[actor.type] ??= [actor.type]);
  if (facet === 'families') return (familyList[actor.type] ??= [familyOf(actor.type)]);
  const d = derived(actor);
  if (facet !== 'zones') {
    let values = d.values[facet];
    if (values === undefined) {
      values = computeFacet(actor, facet);
      d.values[facet] = values;
    }
    return values;
  }
  const key = date ?? '';
  d.zonesByDate ??= new Map();
  let zones = d.zonesByDate.get(key);
  if (zones === undefined) {
    const memberships = membershipsOf(actor);
    zones = date === undefined ? [...new Set(memberships.map((m) => m.zoning))] : zonesOn(memberships, date);
    d.zonesByDate.set(key, zones);
  }
  return zones;
}

/** True when the actor's searchable text contains every word of `words` (already folded, no spaces). */
export function actorMatchesWords(actor: Actor, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const d = derived(actor);
  d.compactText ??= searchableText(actor);
  const text = d.compactText;
  return words.every((w) => text.includes(w));
}

/** The words of a search query, folded: "Pôle  l'Atelier" → ["pole", "l", "atelier"]. */
export function queryWords(q: string | undefined): string[] {
  return q === undefined ? [] : normaliseText(q).split(' ').filter((w) => w.length > 0);
}
