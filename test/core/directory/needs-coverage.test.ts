import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Actor, NEED_IDS, filterActors, needsCoverage } from '@terreau/core';
import { actorsArb } from '../arbitraries.js';

const provenance = { source: 'test', checkedAt: '2026-01-15' };

describe('needsCoverage', () => {
  it('lists the actors answering each need, through activities or declared needs, and the needs nobody answers', () => {
    const actors = [
      Actor.parse({ id: 'pioche', name: 'La Pioche', type: 'association', activities: ['social-grocery'], provenance }),
      Actor.parse({ id: 'habitage', name: 'Habit’Âge', type: 'association', needs: ['housing'], provenance }),
    ];
    const c = needsCoverage(actors);
    expect(c.actors['healthy-food']).toEqual(['pioche']);
    expect(c.actors.housing).toEqual(['habitage']);
    expect(c.covered).toContain('healthy-food');
    expect(c.missing).toContain('renewable-energy');
    expect(c.covered.length + c.missing.length).toBe(15);
  });

  it('agrees with filtering by need when nothing is inferred, and only adds inferred answers otherwise (fast-check)', () => {
    fc.assert(
      fc.property(actorsArb(), (actors) => {
        const stated = needsCoverage(actors, { infer: false });
        const c = needsCoverage(actors);
        for (const need of NEED_IDS) {
          expect(stated.actors[need]).toEqual(filterActors(actors, { needs: [need] }).map((a) => a.id));
          expect(c.actors[need].filter((id) => !c.inferred[need].includes(id))).toEqual(stated.actors[need]);
        }
        expect(c.covered.length + c.missing.length + c.unknown.length).toBe(15);
      }),
    );
  });

  it('infers access to work for insertion structures that declare no need, marked inferred, and says "unknown" rather than "no actor" when most actors say nothing', () => {
    const siae = (id: string, type: 'aci' | 'ai' | 'association', naf?: string) =>
      Actor.parse({ id, name: id, type, ...(naf ? { naf } : {}), provenance: { source: 'DGEFP' } });
    const c = needsCoverage([siae('a', 'aci'), siae('b', 'ai'), siae('c', 'association', '88.91A'), siae('d', 'association')]);
    expect(c.actors['employment-access']).toEqual(['a', 'b']);
    expect(c.inferred['employment-access']).toEqual(['a', 'b']);
    expect(c.actors.parenting).toEqual(['c']);
    expect(c.silentShare).toBe(1);
    expect(c.missing).toEqual([]);
    expect(c.unknown).toContain('housing');
    expect(c.unknown).not.toContain('employment-access');
  });
});
