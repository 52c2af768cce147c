// Counts of the visible actors by type, need and zoning, for a council report (Lit-free). The
// counting is core's facetActors with no filter: the same numbers the filter panel shows.
import { facetActors, type Actor } from '@terreau/core';

export interface Summary {
  total: number;
  /** [id, count] with count > 0, most frequent first, ties by id. */
  types: [string, number][];
  needs: [string, number][];
  zones: [string, number][];
}

function rows(counts: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** An actor counts once per need it answers (declared or through its activities) and once per zoning. */
export function summariseActors(actors: readonly Actor[]): Summary {
  const { total, counts } = facetActors(actors, {});
  return { total, types: rows(counts.types), needs: rows(counts.needs), zones: rows(counts.zones) };
}
