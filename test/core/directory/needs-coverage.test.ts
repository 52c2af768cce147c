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

  it('agrees with filtering by need (fast-check)', () => {
    fc.assert(
      fc.property(actorsArb(), (actors) => {
        const c = needsCoverage(actors);
        for (const need of NEED_IDS) {
          expect(c.actors[need]).toEqual(filterActors(actors, { needs: [need] }).map((a) => a.id));
        }
      }),
    );
  });
});
