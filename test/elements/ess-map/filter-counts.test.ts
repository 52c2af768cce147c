import { expect } from '@open-wc/testing';
import { facetActors, parseActors, type Actor } from '@terreau/core';
import { FilterCounts } from '../../../packages/elements/src/ess-map/filter-counts.js';
import { actorsFixture } from './helpers.js';

const actors = (): Actor[] => parseActors(actorsFixture()).actors;

describe('FilterCounts', () => {
  it('has nothing before data, then the kept actors and counts that match a full count, for each new filter', () => {
    const counts = new FilterCounts();
    expect(counts.visible).to.deep.equal([]);
    expect(counts.facets).to.equal(null);
    expect(counts.typeCounts).to.equal(null);
    const all = actors();
    for (const filter of [{}, { needs: ['sustainable-mobility' as const] }, { q: 'regie' }]) {
      counts.set(all, filter);
      const full = facetActors(all, filter);
      // The legend's counts first (the types alone), then the panel's: both what counting every facet gives.
      expect(counts.typeCounts!.counts.types).to.deep.equal(full.counts.types);
      expect(counts.facets).to.deep.equal(full);
      expect(counts.typeCounts!.counts.types).to.deep.equal(full.counts.types);
      expect(counts.visible.map((a) => a.id)).to.have.length(full.total);
    }
  });
});
