// The values an actor holds for each directory facet, derived once and cached per actor object.
// Actors are treated as immutable: change an actor by replacing the object, not by mutating it.
import { activities as activityCatalogue, needsOfActivities, themeOfNeed } from '../data/needs.js';
import { approvalsImpliedBy, familyOf } from '../data/typology.js';
import { dromMembershipOf } from '../data/zonings.js';
import type { Actor, ZoneMembership } from '../schema/actor.js';
import { zonesOn } from '../territory/is-in-zone-on.js';
import type { ThemeId, ZoningId } from '../data/ids.js';
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

interface Derived {
  values: Record<Exclude<FacetId, 'zones'>, readonly string[]>;
  memberships: readonly ZoneMembership[];
  zonesByDate: Map<string, readonly ZoningId[]>;
  /** Folded searchable text with spaces removed, so "bell occas" and "belloccas" both match. */
  compactText: string;
}

const cache = new WeakMap<Actor, Derived>();
const themeOfActivity = new Map(activityCatalogue.map((a) => [a.id, a.theme]));

function list<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/** Département code of a commune code: "2A004" → "2A", "97209" → "972", "31555" → "31". */
export function departementOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

function derive(actor: Actor): Derived {
  const needs = needsOfActivities(actor.activities);
  for (const n of actor.needs) if (!needs.includes(n)) needs.push(n);
  const themes = new Set<ThemeId>(needs.map(themeOfNeed));
  for (const a of actor.activities) {
    const t = themeOfActivity.get(a);
    if (t !== undefined) themes.add(t);
  }
  const approvals = new Set([...actor.approvals, ...approvalsImpliedBy(actor.type)]);
  const departement = actor.departementCode ?? (actor.communeCode === undefined ? undefined : departementOfCommune(actor.communeCode));
  const drom = actor.communeCode === undefined ? null : dromMembershipOf(actor.communeCode);
  const memberships = drom !== null && !actor.zones.some((m) => m.zoning === 'drom') ? [...actor.zones, drom] : actor.zones;
  const text = [
    actor.name,
    actor.description,
    actor.address?.city,
    actor.address?.line,
    actor.address?.postcode,
    actor.communeCode,
    actor.identifiers.siren,
    actor.identifiers.siret,
    actor.identifiers.rna,
  ]
    .filter((s): s is string => s !== undefined)
    .join(' ');
  return {
    values: {
      types: [actor.type],
      families: [familyOf(actor.type)],
      needs,
      activities: [...new Set(actor.activities)],
      themes: [...themes],
      approvals: [...approvals],
      assets: [...new Set(actor.assets)],
      employeeBands: list(actor.size?.employees),
      budgetBands: list(actor.size?.budget),
      communes: list(actor.communeCode),
      epcis: list(actor.epciCode),
      departements: list(departement),
      regions: list(actor.regionCode),
    },
    memberships,
    zonesByDate: new Map(),
    compactText: normaliseText(text).replace(/ /g, ''),
  };
}

function derived(actor: Actor): Derived {
  let d = cache.get(actor);
  if (d === undefined) {
    d = derive(actor);
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
  const d = derived(actor);
  if (facet !== 'zones') return d.values[facet];
  const key = date ?? '';
  let zones = d.zonesByDate.get(key);
  if (zones === undefined) {
    zones = date === undefined ? [...new Set(d.memberships.map((m) => m.zoning))] : zonesOn(d.memberships, date);
    d.zonesByDate.set(key, zones);
  }
  return zones;
}

/** True when the actor's searchable text contains every word of `words` (already folded, no spaces). */
export function actorMatchesWords(actor: Actor, words: readonly string[]): boolean {
  const text = derived(actor).compactText;
  return words.every((w) => text.includes(w));
}

/** The words of a search query, folded: "Pôle  l'Atelier" → ["pole", "l", "atelier"]. */
export function queryWords(q: string | undefined): string[] {
  return q === undefined ? [] : normaliseText(q).split(' ').filter((w) => w.length > 0);
}
