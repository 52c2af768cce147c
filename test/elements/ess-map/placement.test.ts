// Where each actor stands (placement.ts) and the header's "N on the map (M at their commune)": the
// counts and the map's visibility mask for any filter, the whole data included (a first paint).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Actor } from '@terreau/core';
import { APPROXIMATE, UNPLACED, countPlaced, placeActors, visibleMask } from '../../../packages/elements/src/ess-map/placement.js';

// Actors at their own point, at their commune only (approximate), or with no position; the contour
// holds the centre of commune 26362, so an actor with only that code is drawn there.
const contour = { type: 'Feature', properties: { code: '26362', nom: 'Valence' }, geometry: { type: 'Polygon', coordinates: [[[4.85, 44.9], [4.95, 44.9], [4.95, 44.97], [4.85, 44.97], [4.85, 44.9]]] } };
const actor = fc.record({
  where: fc.constantFrom('exact', 'commune', 'code-only', 'nowhere'),
  type: fc.constantFrom('association', 'scic', 'commune', 'aci'),
});
const actors = fc.array(actor, { minLength: 1, maxLength: 40 }).map((xs) =>
  xs.map(({ where, type }, i) => ({
    id: `a${i}`,
    name: `Acteur ${i}`,
    type,
    ...(where === 'exact' || where === 'commune' ? { location: { lat: 44.93, lon: 4.89, precision: where } } : {}),
    ...(where === 'code-only' ? { communeCode: '26362' } : {}),
  })) as unknown as Actor[],
);

describe('placement', () => {
  it('counts the kept actors on the map and at their commune, and masks the others, for any filter and for none', () => {
    fc.assert(
      fc.property(actors, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.boolean(), (all, keep, everything) => {
        const { placement } = placeActors(all, contour);
        const byId = new Map(all.map((a, i) => [a.id, i]));
        const visible = everything ? [...all] : all.filter((_, i) => keep[i]);
        const kept = new Set(visible.map((a) => a.id));
        const mask = visibleMask(all.length, visible, byId);
        expect(Array.from(mask)).to.deep.equal(all.map((a) => (kept.has(a.id) ? 1 : 0)));
        const on = all.filter((a, i) => kept.has(a.id) && placement[i] !== UNPLACED);
        expect(countPlaced(visible, placement, byId)).to.deep.equal({
          placed: on.length,
          approximate: on.filter((a) => placement[byId.get(a.id)!] === APPROXIMATE).length,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('places an actor with only its commune code at its commune, approximate, and one with nothing nowhere', () => {
    const all = [
      { id: 'x', name: 'X', type: 'association', location: { lat: 44.93, lon: 4.89, precision: 'exact' } },
      { id: 'c', name: 'C', type: 'association', communeCode: '26362' },
      { id: 'n', name: 'N', type: 'association' },
    ] as unknown as Actor[];
    const { placement } = placeActors(all, contour);
    expect(Array.from(placement)).to.deep.equal([1, APPROXIMATE, UNPLACED]);
    expect(countPlaced(all, placement, new Map(all.map((a, i) => [a.id, i])))).to.deep.equal({ placed: 2, approximate: 1 });
  });
});
