import { describe, expect, it } from 'vitest';
import { caseStudyCommuneZones, defaultCommuneNames, defaultDataset } from '@terreau/core';

// The commune lookup reads these instead of the whole dataset: they must say what the dataset says.
describe('defaultCommuneNames / caseStudyCommuneZones', () => {
  it('names exactly the communes of the default dataset, as its actors write them', () => {
    const fromActors = new Map<string, string>();
    for (const a of defaultDataset.actors) {
      if (a.communeCode && a.address?.city && !fromActors.has(a.communeCode)) fromActors.set(a.communeCode, a.address.city);
    }
    expect(new Map(Object.entries(defaultCommuneNames))).toEqual(fromActors);
  });

  it('is the commune → zones table the dataset ships', () => {
    expect(defaultDataset.communeZones).toBe(caseStudyCommuneZones);
  });
});
