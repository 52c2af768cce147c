import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Actor, filterActors } from '@terreau/core';
import type { ActorInput } from '@terreau/core';
import { actorArb, actorFilterArb, actorsArb, withoutAccents } from '../arbitraries.js';

const provenance = { source: 'test', checkedAt: '2026-01-15' };
function actor(input: Partial<ActorInput> & { id: string }): Actor {
  return Actor.parse({ name: input.id, type: 'association', provenance, ...input });
}

const pole = actor({ id: 'pole', name: 'Pôle Territorial de Coopération', type: 'ptce', communeCode: '26108', activities: ['fablab'] });
const scop = actor({ id: 'scop', name: 'Ambiance Bois', type: 'scop', communeCode: '23076', approvals: ['esus'], zones: [{ zoning: 'zrr' }] });
const aci = actor({ id: 'aci', name: "Bell'Occas", type: 'aci', communeCode: '08031', activities: ['ressourcerie'], description: 'Recyclerie et réemploi' });
const reunion = actor({ id: 'sos', name: 'SOS Gramounes Isolés', communeCode: '97411', needs: ['housing'] });
const all = [pole, scop, aci, reunion];
const ids = (actors: readonly Actor[]) => actors.map((a) => a.id);

describe('filterActors', () => {
  it('finds "Pôle" when searching "pole", and the other way round', () => {
    expect(ids(filterActors(all, { q: 'pole' }))).toEqual(['pole']);
    expect(ids(filterActors([actor({ id: 'x', name: 'Pole emploi' })], { q: 'Pôle' }))).toEqual(['x']);
  });

  it('searches description and commune, word by word, ignoring punctuation', () => {
    expect(ids(filterActors(all, { q: 'réemploi' }))).toEqual(['aci']);
    expect(ids(filterActors(all, { q: 'bell occas' }))).toEqual(['aci']);
    expect(ids(filterActors(all, { q: 'BELLOCCAS' }))).toEqual(['aci']);
    expect(ids(filterActors(all, { q: 'bois 23076' }))).toEqual(['scop']);
    expect(ids(filterActors(all, { q: 'bois poitiers' }))).toEqual([]);
  });

  it('combines facets with AND and values within a facet with OR', () => {
    expect(ids(filterActors(all, { types: ['scop', 'aci'] }))).toEqual(['scop', 'aci']);
    expect(ids(filterActors(all, { types: ['scop', 'aci'], approvals: ['esus'] }))).toEqual(['scop']);
    expect(ids(filterActors(all, { families: ['collectifs'] }))).toEqual(['pole']);
  });

  it('reads needs through activities, approvals through the type, département through the commune', () => {
    expect(ids(filterActors(all, { needs: ['waste-resource'] }))).toEqual(['aci']);
    expect(ids(filterActors(all, { approvals: ['aci'] }))).toEqual(['aci']);
    expect(ids(filterActors(all, { departements: ['974', '08'] }))).toEqual(['aci', 'sos']);
    expect(ids(filterActors(all, { themes: ['social-cohesion'] }))).toEqual(['pole', 'sos']); // fab-lab → social ties
  });

  it('reads zones on a date: a ZRR membership no longer holds after June 2024; DROM comes from the commune', () => {
    // Without a date, zones are read today: the ZRR ended on 2024-06-30, so it no longer counts.
    expect(ids(filterActors(all, { zones: ['zrr'] }))).toEqual([]);
    expect(ids(filterActors(all, { zones: ['zrr'], date: '2023-01-01' }))).toEqual(['scop']);
    expect(ids(filterActors(all, { zones: ['zrr'], date: '2025-01-01' }))).toEqual([]);
    expect(ids(filterActors(all, { zones: ['zrr'] }, { date: '2025-01-01' }))).toEqual([]);
    expect(ids(filterActors(all, { zones: ['drom'] }))).toEqual(['sos']);
  });

  it('treats empty selections and blank text as no filter', () => {
    expect(filterActors(all, { types: [], q: '  ' })).toEqual(all);
  });

  it('is idempotent: filtering the result again changes nothing (fast-check)', () => {
    fc.assert(
      fc.property(actorsArb(), actorFilterArb, (actors, filter) => {
        const once = filterActors(actors, filter);
        expect(filterActors(once, filter)).toEqual(once);
      }),
    );
  });

  it('does not depend on input order: a shuffled input gives the same set (fast-check)', () => {
    fc.assert(
      fc.property(
        actorsArb().chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length }))),
        actorFilterArb,
        ([actors, shuffled], filter) => {
          const a = ids(filterActors(actors, filter)).sort();
          const b = ids(filterActors(shuffled, filter)).sort();
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('keeps a subset of the input, in input order (fast-check)', () => {
    fc.assert(
      fc.property(actorsArb(), actorFilterArb, (actors, filter) => {
        const kept = filterActors(actors, filter);
        const positions = kept.map((a) => actors.indexOf(a));
        expect(positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] as number)))).toBe(true);
      }),
    );
  });

  it('search is accent-insensitive: a name is found by its accent-free and upper-case forms, and vice versa (fast-check)', () => {
    fc.assert(
      fc.property(actorArb, (a) => {
        const plain = withoutAccents(a.name);
        expect(filterActors([a], { q: plain })).toHaveLength(1);
        expect(filterActors([a], { q: a.name.toUpperCase() })).toHaveLength(1);
        const unaccented = { ...a, name: plain };
        expect(filterActors([unaccented], { q: a.name })).toHaveLength(1);
      }),
    );
  });
});
