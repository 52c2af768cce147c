import { describe, expect, it } from 'vitest';
import { Actor, Partnership, assetCoverage } from '@terreau/core';

const provenance = { source: 'test', checkedAt: '2026-01-15' };
const commune = Actor.parse({ id: 'commune', name: 'Commune', type: 'commune', assets: ['terrain', 'legitimacy'], provenance });
const caf = Actor.parse({ id: 'caf', name: 'CAF', type: 'caf', assets: ['finance'], provenance });
const dla = Actor.parse({ id: 'dla', name: 'DLA', type: 'dla', assets: ['skills'], provenance });

describe('assetCoverage', () => {
  it('says which assets a set of actors covers, who brings each, and which are missing', () => {
    const c = assetCoverage([commune, caf, dla]);
    expect(c.covered).toEqual(['terrain', 'skills', 'finance', 'legitimacy']);
    expect(c.missing).toEqual(['network']);
    expect(c.providers.terrain).toEqual(['commune']);
    expect(c.providers.network).toEqual([]);
  });

  it('reads the assets each partner brings to a partnership, falling back on what the partner offers', () => {
    const partnerships = [
      Partnership.parse({ actorId: 'cafe', partnerId: 'commune', assets: ['terrain'] }),
      Partnership.parse({ actorId: 'cafe', partnerId: 'caf' }),
      Partnership.parse({ actorId: 'cafe', partnerId: 'commune', assets: ['network'] }),
    ];
    const without = assetCoverage(partnerships);
    expect(without.covered).toEqual(['terrain', 'network']);
    const withActors = assetCoverage(partnerships, { actors: [commune, caf, dla] });
    expect(withActors.covered).toEqual(['terrain', 'finance', 'network']);
    expect(withActors.missing).toEqual(['skills', 'legitimacy']);
    expect(withActors.providers.terrain).toEqual(['commune']);
  });

  it('reports all five missing for nobody', () => {
    expect(assetCoverage([]).missing).toHaveLength(5);
  });
});
