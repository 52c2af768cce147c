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
    ...Array.from({ length: 9 }, (_, i) => make(`asso-${i}`, { type: 'association', activities: ['associative-cafe'], creationYear: 2025 })),
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
    expect(r.facts.isolatedShare).toBeCloseTo(9 / 10, 2);
    // 2026: the 2025 call (8 winners sharing 500 000 €); 2022: about 100 000 € each over two years.
    expect(club?.legalBasis[0]).toMatchObject({ parameterId: 'ptce-call-funding', value: 62_500, extra: { laureates: 8, totalEur: 500_000 } });
    const in2022 = recommendTerritoryActions({ actors, date: '2022-05-01', partnerships: [{ actorId: 'asso-0', partnerId: 'mairie', roles: [], assets: [] }] });
    expect(in2022.actions.find((a) => a.actionId === 'club-or-ptce')?.legalBasis[0]).toMatchObject({ value: 100_000 });
  });

  it('proposes no PTCE and no seed fund to a three-actor village, and puts knowing the actors first', () => {
    const village = [
      make('v1', { type: 'association', creationYear: 2025 }),
      make('v2', { type: 'association', creationYear: 2025 }),
      make('v3', { type: 'association', activities: ['associative-cafe'], creationYear: 2024 }),
    ];
    const r = recommendTerritoryActions({ actors: village, date: '2026-05-01', population: 240, partnerships: [] });
    const ids = r.actions.map((a) => a.actionId);
    expect(ids).not.toContain('club-or-ptce');
    expect(ids).not.toContain('seed-funding');
    expect(ids).not.toContain('maison-ess');
    expect(ids[0]).toBe('shared-diagnosis');
    expect(r.notices.map((n) => n.code)).toEqual(expect.arrayContaining(['too-small-for-ptce', 'too-small-for-seed-fund', 'territory-population']));
    expect(r.facts.population).toBe(240);
  });

  it('keeps the PTCE for a town with enough isolated actors', () => {
    const many = Array.from({ length: 12 }, (_, i) => make(`t${i}`, { type: 'association', activities: ['associative-cafe'] }));
    const r = recommendTerritoryActions({ actors: many, date: '2026-05-01', population: 40_000, partnerships: [] });
    expect(r.actions.map((a) => a.actionId)).toContain('club-or-ptce');
  });

  it('puts knowing the actors first while most are unknown, even in a large ecosystem', () => {
    const unknown = Array.from({ length: 20 }, (_, i) => make(`u${i}`, { type: 'association', ...(i < 4 ? { activities: ['associative-cafe'] } : {}) }));
    const r = recommendTerritoryActions({ actors: unknown, date: '2026-05-01' });
    expect(r.actions[0]?.actionId).toBe('shared-diagnosis');
    expect(r.actions[0]?.reasons[0]).toMatchObject({ code: 'actors-largely-unknown', value: 0.8 });
  });

  it('scales to who asks: a CAF gets no Maison de l’ESS, a commune gets what it carries', () => {
    const many = Array.from({ length: 16 }, (_, i) => make(`m${i}`, { type: 'association', activities: ['associative-cafe'] }));
    const caf = recommendTerritoryActions({ actors: many, date: '2026-05-01', decisionMaker: 'caf' });
    const commune = recommendTerritoryActions({ actors: many, date: '2026-05-01', decisionMaker: 'commune' });
    expect(caf.actions.map((a) => a.actionId)).not.toContain('maison-ess');
    expect(commune.actions.map((a) => a.actionId)).toContain('maison-ess');
    for (const a of caf.actions) expect(territoryActions.find((t) => t.id === a.actionId)?.decisionMakers).toContain('caf');
    expect(caf.decisionMaker).toBe('caf');
  });

  it('gives the same diagnosis whatever the order of the actors (it takes the whole dataset, not a filtered view)', () => {
    const whole = defaultDataset.actors.map((a) => Actor.parse(a));
    const a = recommendTerritoryActions({ actors: whole, date: '2026-05-01' });
    const b = recommendTerritoryActions({ actors: [...whole].reverse(), date: '2026-05-01' });
    expect(b).toEqual(a);
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
    expect(r.actions.find((a) => a.actionId === 'reciprocal-charter')?.reasons[0]).toEqual({ code: 'many-associations', value: 9 });
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
