import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMILY_IDS, aggregateActors, aggregateToFeature, aggregateToRow, actorFromRow, parseActors, parseCsvText } from '@terreau/core';
import type { Actor, TerritoryLevel } from '@terreau/core';
import { actorsArb } from '../arbitraries.js';

function smallFile(): Actor[] {
  const text = readFileSync(new URL('../../fixtures/aggregate/small.csv', import.meta.url), 'utf8');
  const { rows } = parseCsvText(text);
  const parsed = parseActors(rows.map((r, i) => actorFromRow(r, { index: i })));
  expect(parsed.rejected).toEqual([]);
  return parsed.actors;
}

describe('aggregateActors', { timeout: 60_000 }, () => {
  it('counts add up to the input, whatever the actors and the level', () => {
    fc.assert(
      fc.property(actorsArb(60), fc.constantFrom<TerritoryLevel>('commune', 'epci', 'departement', 'region'), (actors, by) => {
        const rows = aggregateActors(actors, { by, date: '2026-12-02' });
        const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
        expect(sum((r) => r.actors)).toBe(actors.length);
        expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
        for (const r of rows) {
          expect(FAMILY_IDS.reduce((s, f) => s + r.families[f], 0)).toBe(r.actors);
          expect(Object.values(r.types).reduce((s, n) => s + n, 0)).toBe(r.actors);
          const withBand = r.actors - r.employees.unknown;
          expect(withBand).toBeGreaterThanOrEqual(0);
          if (r.employees.openEnded === 0) expect(r.employees.min).toBeLessThanOrEqual(r.employees.max);
          for (const n of Object.values(r.needs)) expect(n).toBeLessThanOrEqual(r.actors);
        }
        expect(sum((r) => r.employees.unknown)).toBe(actors.filter((a) => a.size?.employees === undefined).length);
      }),
    );
  });

  it('gives the rows counted by hand on a small file, by département', () => {
    const rows = aggregateActors(smallFile(), { by: 'departement', date: '2026-12-02' });
    expect(rows.map((r) => [r.code, r.actors])).toEqual([
      ['', 1],
      ['07', 1],
      ['26', 4],
      ['974', 1],
    ]);
    const drome = rows.find((r) => r.code === '26')!;
    expect(drome.families).toMatchObject({ associations: 1, insertion: 1, cooperatives: 1, mutuelles: 1 });
    expect(drome.types).toMatchObject({ association: 1, aci: 1, scop: 1, mutuelle: 1 });
    expect(drome.needs).toMatchObject({ 'sustainable-mobility': 1, 'waste-resource': 1, 'employment-access': 1, 'care-access': 1 });
    expect(drome.approvals.aci).toBe(1);
    // FRR is in force from 2024-07-01 (a1, a2); QPV (2024 list) for a3.
    expect(drome.zones).toMatchObject({ frr: 2, qpv: 1, zrr: 0 });
    // 1–9 + 10–49 + 50–249 + 250 and more: at least 311, the upper bound left open.
    expect(drome.employees).toEqual({ min: 311, max: 307, openEnded: 1, unknown: 0 });
    expect(drome.located).toBe(3);
    expect(drome.centroid).toEqual({ lat: 44.79, lon: 4.983333 });
    // ZRR ended on 2024-06-30: not counted in December 2026, counted on a date before.
    expect(rows.find((r) => r.code === '07')!.zones.zrr).toBe(0);
    expect(aggregateActors(smallFile(), { by: 'departement', date: '2024-01-01' }).find((r) => r.code === '07')!.zones.zrr).toBe(1);
    // DROM comes from the commune code.
    expect(rows.find((r) => r.code === '974')!.zones.drom).toBe(1);
  });

  it('writes a flat row with actors per 10 000 inhabitants and a range, never a point', () => {
    const drome = aggregateActors(smallFile(), { by: 'departement', date: '2026-12-02' }).find((r) => r.code === '26')!;
    const row = aggregateToRow(drome, { name: 'Drôme', population: 520_000 });
    expect(row).toMatchObject({ level: 'departement', code: '26', name: 'Drôme', population: 520000, actors: 4, actorsPer10000: 0.08, employeesMin: 311, employeesMax: null, employeesOpenEnded: 1, 'type:scop': 1, 'zone:frr': 2 });
    expect(aggregateToRow(drome)).toMatchObject({ name: null, population: null, actorsPer10000: null });
    const feature = aggregateToFeature(drome, { name: 'Drôme' });
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [4.983333, 44.79] });
    expect(feature.properties.geometry).toBe('mean-of-located-actors');
    const nowhere = aggregateActors(smallFile(), { by: 'commune', date: '2026-12-02' }).find((r) => r.code === '07186')!;
    expect(aggregateToFeature(nowhere).geometry).toBeNull();
  });
});
