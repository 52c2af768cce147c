import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACET_IDS, facetActors, filterActors } from '@terreau/core';
import type { ActorFilter, FacetId } from '@terreau/core';
import { actorFilterArb, actorsArb } from '../arbitraries.js';

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('facetActors', () => {
  it('gives the filtered count as total (fast-check)', () => {
    fc.assert(
      fc.property(actorsArb(), actorFilterArb, (actors, filter) => {
        expect(facetActors(actors, filter).total).toBe(filterActors(actors, filter).length);
      }),
    );
  });

  it('counts of a value = what selecting that value alone in its facet would keep (fast-check)', () => {
    fc.assert(
      fc.property(actorsArb(25), actorFilterArb, (actors, filter) => {
        const { counts } = facetActors(actors, filter);
        for (const facet of FACET_IDS) {
          for (const [value, count] of Object.entries(counts[facet])) {
            const narrowed: ActorFilter = { ...filter, [facet]: [value] };
            expect(count, `${facet}=${value}`).toBe(filterActors(actors, narrowed).length);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('for a single-valued facet left unselected, its counts add up to the filtered total (fast-check)', () => {
    const singleValued: FacetId[] = ['types', 'families'];
    fc.assert(
      fc.property(actorsArb(), actorFilterArb, (actors, filter) => {
        for (const facet of singleValued) {
          const open: ActorFilter = { ...filter, [facet]: [] };
          const { total, counts } = facetActors(actors, open);
          expect(sum(counts[facet])).toBe(total);
        }
      }),
    );
  });

  it('counting only some facets (a legend) gives those facets and the total as counting all would, the others empty (fast-check)', () => {
    fc.assert(
      fc.property(actorsArb(), actorFilterArb, fc.subarray([...FACET_IDS]), (actors, filter, only) => {
        const all = facetActors(actors, filter);
        const some = facetActors(actors, filter, { facets: only });
        const none = facetActors([], filter);
        expect(some.total).toBe(all.total);
        for (const facet of FACET_IDS) expect(some.counts[facet], facet).toEqual(only.includes(facet) ? all.counts[facet] : none.counts[facet]);
      }),
    );
  });

  it('lists every catalogue value (zeros included) and the selected open values', () => {
    const { total, counts } = facetActors([], { communes: ['31555'] });
    expect(total).toBe(0);
    expect(Object.keys(counts.needs)).toHaveLength(15);
    expect(counts.communes).toEqual({ '31555': 0 });
  });
});
