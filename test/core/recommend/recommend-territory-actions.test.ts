import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Actor,
  TERRITORY_ACTION_IDS,
  TerritoryRecommendation,
  defaultDataset,
  messagesEn,
  messagesFr,
  recommendTerritoryActions,
  territoryActions,
} from '@terreau/core';
import type { ActorInput } from '@terreau/core';
import { actorsArb } from '../arbitraries.js';

const make = (id: string, p: Partial<ActorInput> & Pick<ActorInput, 'type'>): Actor =>
  Actor.parse({ id, name: id, provenance: { source: 't', checkedAt: '2026-01-01' }, ...p });

describe('territory actions catalogue', () => {
  it('holds every id once, with FR/EN text for every step', () => {
    expect(territoryActions.map((a) => a.id)).toEqual([...TERRITORY_ACTION_IDS]);
    for (const m of [messagesFr, messagesEn]) {
      for (const a of territoryActions) {
        const t = m.recommend.territoryActions[a.id];
        expect(t.label.length).toBeGreaterThan(3);
        expect(Object.keys(t.steps).sort()).toEqual([...a.steps].sort());
      }
    }
  });
});

describe('recommendTerritoryActions', () => {
  const actors = [
    ...Array.from({ length: 6 }, (_, i) => make(`asso-${i}`, { type: 'association', activities: ['associative-cafe'], creationYear: 2025 })),
    make('coop', { type: 'scic', activities: ['fablab'], creationYear: 2010 }),
    make('mairie', { type: 'commune' }),
  ];

  it('calls for projects on the needs no actor answers, naming them', () => {
    const r = recommendTerritoryActions({ actors, date: '2026-05-01', priorityNeeds: ['social-ties', 'healthy-food', 'housing'] });
    const call = r.actions.find((a) => a.actionId === 'call-for-projects');
    expect(call?.reasons).toEqual([
      { code: 'needs-without-actor', need: 'healthy-food' },
      { code: 'needs-without-actor', need: 'housing' },
    ]);
    expect(r.facts.missingNeeds).toEqual(['healthy-food', 'housing']);
  });

  it('supports a club or PTCE where actors are isolated, citing the PTCE call', () => {
    const r = recommendTerritoryActions({ actors, date: '2026-05-01', partnerships: [{ actorId: 'asso-0', partnerId: 'mairie', roles: [], assets: [] }] });
    const club = r.actions.find((a) => a.actionId === 'club-or-ptce');
    expect(club?.reasons[0]).toMatchObject({ code: 'isolated-actors' });
    expect(r.facts.isolatedShare).toBeCloseTo(6 / 7, 2);
    expect(club?.legalBasis[0]).toMatchObject({ parameterId: 'ptce-call-funding', value: 100_000 });
  });

  it('funds accompaniment where many enterprises are fragile', () => {
    const scores = Object.fromEntries(actors.slice(0, 4).map((a) => [a.id, { band: 'fragile' as const, weaknesses: ['local-media' as const] }]));
    const r = recommendTerritoryActions({ actors, date: '2026-05-01', scores });
    expect(r.actions.find((a) => a.actionId === 'fund-support-structures')?.reasons).toContainEqual({ code: 'many-fragile', value: 1 });
    expect(r.actions.find((a) => a.actionId === 'ess-communication')?.reasons[0]).toMatchObject({ code: 'weak-visibility', criterionId: 'local-media' });
  });

  it('makes the ESS Month more pressing from August to October', () => {
    const sept = recommendTerritoryActions({ actors, date: '2026-09-10' }).actions.find((a) => a.actionId === 'mois-ess');
    const march = recommendTerritoryActions({ actors, date: '2026-03-10' }).actions.find((a) => a.actionId === 'mois-ess');
    expect(sept?.reasons[0]?.code).toBe('mois-ess-upcoming');
    expect(march?.reasons[0]?.code).toBe('mois-ess-yearly');
    expect(sept!.score).toBeGreaterThan(march!.score);
  });

  it('proposes a charter where associations are many, and seed funding where projects are young', () => {
    const r = recommendTerritoryActions({ actors, date: '2026-05-01' });
    expect(r.actions.find((a) => a.actionId === 'reciprocal-charter')?.reasons[0]).toEqual({ code: 'many-associations', value: 6 });
    expect(r.actions.find((a) => a.actionId === 'seed-funding')?.reasons.map((x) => x.code)).toEqual(['many-young-actors', 'no-seed-fund']);
  });

  it('runs on the default dataset', () => {
    const actorsOfDataset = defaultDataset.actors.map((a) => Actor.parse(a));
    const r = recommendTerritoryActions({ actors: actorsOfDataset, partnerships: defaultDataset.partnerships, date: '2026-10-01' });
    expect(TerritoryRecommendation.safeParse(r).success).toBe(true);
    expect(r.facts.essActors).toBeGreaterThanOrEqual(16);
  });

  it('always explains each action, ranks 1..n and is deterministic', () => {
    fc.assert(
      fc.property(actorsArb(30), fc.constantFrom('2026-01-15', '2026-09-01'), (list, date) => {
        const r = recommendTerritoryActions({ actors: list, date });
        expect(r.actions.map((a) => a.rank)).toEqual(r.actions.map((_, i) => i + 1));
        for (const a of r.actions) expect(a.reasons.length).toBeGreaterThan(0);
        expect(r).toEqual(recommendTerritoryActions({ actors: list, date }));
        expect(TerritoryRecommendation.safeParse(r).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
