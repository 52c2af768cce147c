import type { Actor } from '../schema/actor.js';
import { todayIso } from '../formats/today-iso.js';
import type { ActorFilter } from './actor-filter.js';
import { FACET_IDS, actorMatchesWords, facetValuesOf, queryWords } from './actor-facet-values.js';
import type { FacetId } from './actor-facet-values.js';

export interface FilterOptions {
  /** Day on which zone memberships are read, when the filter itself gives no `date` (default: today, so an expired zoning never counts). */
  date?: string;
}

/** A filter reduced to what tests actors: its non-empty facets and its folded search words. */
export interface CompiledFilter {
  facets: { facet: FacetId; selected: ReadonlySet<string> }[];
  words: string[];
  date: string;
}

/** Keeps only what filters: empty facets and blank text do not. */
export function compileFilter(filter: ActorFilter, options: FilterOptions = {}): CompiledFilter {
  const facets: CompiledFilter['facets'] = [];
  for (const facet of FACET_IDS) {
    const selected = filter[facet];
    if (selected !== undefined && selected.length > 0) facets.push({ facet, selected: new Set<string>(selected) });
  }
  return { facets, words: queryWords(filter.q), date: filter.date ?? options.date ?? todayIso() };
}

/** True when the actor holds one of the selected values of the facet. */
export function passesFacet(actor: Actor, facet: FacetId, selected: ReadonlySet<string>, date: string | undefined): boolean {
  return facetValuesOf(actor, facet, date).some((v) => selected.has(v));
}

/**
 * The actors matching a filter, in input order: every facet given must match (AND), and within a
 * facet any of its values will do (OR); `q` must match every one of its words, ignoring case,
 * accents and punctuation ("pole" finds "Pôle"). See ActorFilter for what each facet reads.
 */
export function filterActors(actors: readonly Actor[], filter: ActorFilter, options: FilterOptions = {}): Actor[] {
  const { facets, words, date } = compileFilter(filter, options);
  if (facets.length === 0 && words.length === 0) return [...actors];
  return actors.filter(
    (actor) => facets.every(({ facet, selected }) => passesFacet(actor, facet, selected, date)) && actorMatchesWords(actor, words),
  );
}
