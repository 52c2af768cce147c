import { describe, expect, it } from 'vitest';
import {
  ZONING_IDS,
  ZoningVersion,
  communeZoneTableFromRows,
  isInZoneOn,
  versionsOfMembership,
  versionsOfZoning,
  zonesOfCommune,
  zonesOn,
  zoningPeriods,
  zoningVersions,
  zoningVersionsOn,
} from '@terreau/core';
import type { CommuneZoneTable, ZoneMembership } from '@terreau/core';

describe('zoning versions', () => {
  it('parse with their schema, have unique ids and cover every zoning', () => {
    const ids = zoningVersions.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of zoningVersions) expect(ZoningVersion.safeParse(v).success, v.id).toBe(true);
    for (const z of ZONING_IDS) expect(versionsOfZoning(z).length, z).toBeGreaterThan(0);
  });

  it('are the periods (what a date is tested against) with their sources, one for one', () => {
    expect(zoningVersions.map(({ sources, ...period }) => period)).toEqual(zoningPeriods);
    for (const v of zoningVersions) expect(v.sources.length, v.id).toBeGreaterThan(0);
  });

  it('tie a membership to the versions its code names, with their sources', () => {
    expect(versionsOfMembership({ zoning: 'qpv', code: 'QN03107M' }).map((v) => v.id)).toEqual(['qpv-2024-mainland']);
    expect(versionsOfMembership({ zoning: 'qpv', code: 'QP972004' }).map((v) => v.id)).toEqual(['qpv-2015-overseas']);
    expect(versionsOfMembership({ zoning: 'qpv' })).toHaveLength(4);
    expect(versionsOfMembership({ zoning: 'zrr' })[0]?.sources[0]?.text).toMatch(/1465 A/);
  });

  it('replace ZRR by FRR on 1 July 2024, FRR+ from 1 January 2025', () => {
    expect(zoningVersionsOn('zrr', '2024-06-30')).toHaveLength(1);
    expect(zoningVersionsOn('zrr', '2024-07-01')).toHaveLength(0);
    expect(zoningVersionsOn('frr', '2024-06-30')).toHaveLength(0);
    expect(zoningVersionsOn('frr', '2024-07-01')).toHaveLength(1);
    expect(zoningVersionsOn('frr-plus', '2024-12-31')).toHaveLength(0);
    expect(zoningVersionsOn('frr-plus', '2025-01-01')).toHaveLength(1);
  });
});

describe('isInZoneOn', () => {
  const zrr: ZoneMembership[] = [{ zoning: 'zrr' }];
  it('holds an undated ZRR membership until 30 June 2024, not after', () => {
    expect(isInZoneOn(zrr, 'zrr', '2020-05-01')).toBe(true);
    expect(isInZoneOn(zrr, 'zrr', '2024-06-30')).toBe(true);
    expect(isInZoneOn(zrr, 'zrr', '2024-07-01')).toBe(false);
    expect(isInZoneOn(zrr, 'zrr', '2025-01-01')).toBe(false);
  });

  it('holds an FRR membership from 1 July 2024 only', () => {
    const frr: ZoneMembership[] = [{ zoning: 'frr' }];
    expect(isInZoneOn(frr, 'frr', '2024-06-30')).toBe(false);
    expect(isInZoneOn(frr, 'frr', '2024-07-01')).toBe(true);
    expect(isInZoneOn(frr, 'frr', new Date('2026-03-15T12:00:00Z'))).toBe(true);
  });

  it('ties a QPV code to its list: 2015 "QP" codes end in 2023 in mainland France, 2024 "QN" codes start in 2024', () => {
    const old: ZoneMembership[] = [{ zoning: 'qpv', code: 'QP031009' }];
    const fresh: ZoneMembership[] = [{ zoning: 'qpv', code: 'QN03107M' }];
    expect(isInZoneOn(old, 'qpv', '2023-12-31')).toBe(true);
    expect(isInZoneOn(old, 'qpv', '2024-01-01')).toBe(false);
    expect(isInZoneOn(fresh, 'qpv', '2023-12-31')).toBe(false);
    expect(isInZoneOn(fresh, 'qpv', '2024-01-01')).toBe(true);
  });

  it('keeps overseas 2015 QPV codes in force through 2024, until the 2025 overseas list', () => {
    const old: ZoneMembership[] = [{ zoning: 'qpv', code: 'QP972004' }];
    expect(isInZoneOn(old, 'qpv', '2024-06-01')).toBe(true);
    expect(isInZoneOn(old, 'qpv', '2025-01-01')).toBe(false);
    expect(isInZoneOn([{ zoning: 'qpv', code: 'QN97201M' }], 'qpv', '2025-01-01')).toBe(true);
  });

  it('holds an undated QPV membership without code whenever a QPV list is in force', () => {
    expect(isInZoneOn([{ zoning: 'qpv' }], 'qpv', '2014-12-31')).toBe(false);
    expect(isInZoneOn([{ zoning: 'qpv' }], 'qpv', '2019-01-01')).toBe(true);
    expect(isInZoneOn([{ zoning: 'qpv' }], 'qpv', '2026-01-01')).toBe(true);
  });

  it('respects the membership own dates', () => {
    const pvd: ZoneMembership[] = [{ zoning: 'pvd', from: '2021-03-01', to: '2022-12-31' }];
    expect(isInZoneOn(pvd, 'pvd', '2021-02-28')).toBe(false);
    expect(isInZoneOn(pvd, 'pvd', '2021-03-01')).toBe(true);
    expect(isInZoneOn(pvd, 'pvd', '2023-01-01')).toBe(false);
  });

  it('answers "no zone" for an unreadable date instead of throwing', () => {
    expect(isInZoneOn(zrr, 'zrr', new Date('not a date'))).toBe(false);
    expect(isInZoneOn(zrr, 'zrr', '')).toBe(false);
  });

  it('does not confuse zonings', () => {
    expect(isInZoneOn([{ zoning: 'montagne' }], 'zrr', '2020-01-01')).toBe(false);
  });
});

describe('zonesOn', () => {
  it('lists the zonings in force on the date, in catalogue order', () => {
    const m: ZoneMembership[] = [{ zoning: 'montagne' }, { zoning: 'frr' }, { zoning: 'zrr' }];
    expect(zonesOn(m, '2023-01-01')).toEqual(['zrr', 'montagne']);
    expect(zonesOn(m, '2025-01-01')).toEqual(['frr', 'montagne']);
    expect(zonesOn([], '2025-01-01')).toEqual([]);
  });
});

describe('zonesOfCommune', () => {
  const table: CommuneZoneTable = {
    '23079': [{ zoning: 'zrr' }, { zoning: 'frr' }],
    '97213': [{ zoning: 'qpv', code: 'QP972004' }],
  };
  it('reads the user table and derives DROM from the commune code', () => {
    expect(zonesOfCommune('23079', table, '2024-01-01')).toEqual(['zrr']);
    expect(zonesOfCommune('23079', table, '2024-07-01')).toEqual(['frr']);
    expect(zonesOfCommune('97213', table, '2024-01-01')).toEqual(['qpv', 'drom']);
    expect(zonesOfCommune('97611', table, '2024-01-01')).toEqual(['drom']);
    expect(zonesOfCommune('75056', table, '2024-01-01')).toEqual([]);
  });
  it('accepts a Map as table', () => {
    expect(zonesOfCommune('23079', new Map(Object.entries(table)), '2020-01-01')).toEqual(['zrr']);
  });
  it('does not read inherited keys as communes', () => {
    expect(zonesOfCommune('constructor', table, '2020-01-01')).toEqual([]);
  });
});

describe('communeZoneTableFromRows', () => {
  it('builds a table from an official QPV list, one row per quarter × commune', () => {
    const rows = [
      { code_qp: 'QN03107M', insee_com: '31555' },
      { code_qp: 'QN03108M', insee_com: '31555' },
      { code_qp: 'QN08601M', insee_com: '86194' },
    ];
    const { table, skipped } = communeZoneTableFromRows(rows, { zonings: ['qpv'], communeColumn: 'insee_com', codeColumn: 'code_qp' });
    expect(skipped).toEqual([]);
    expect(table['31555']).toHaveLength(2);
    expect(zonesOfCommune('31555', table, '2024-06-01')).toEqual(['qpv']);
    expect(zonesOfCommune('31555', table, '2023-06-01')).toEqual([]);
  });

  it('keeps only wholly classified ZRR rows, restores the leading zero, and reports every skipped row (a partly classified commune too)', () => {
    const rows = [
      { CODGEO: '1001', ZRR_SIMP: 'C - Classée en ZRR' },
      { CODGEO: '23077', ZRR_SIMP: 'P - Commune partiellement classée en ZRR' },
      { CODGEO: '75056', ZRR_SIMP: 'NC - Non classée' },
      { CODGEO: 'xx', ZRR_SIMP: 'C - Classée en ZRR' },
    ];
    const { table, skipped } = communeZoneTableFromRows(rows, {
      zonings: ['zrr'],
      communeColumn: 'CODGEO',
      keep: { column: 'ZRR_SIMP', prefixes: ['C', 'P'] },
      part: { column: 'ZRR_SIMP', prefixes: ['P'] },
    });
    expect(Object.keys(table).sort()).toEqual(['01001']);
    expect(skipped).toEqual([
      { index: 1, reason: 'partly-zoned', value: '23077' },
      { index: 2, reason: 'filtered-out', value: 'NC - Non classée' },
      { index: 3, reason: 'invalid-commune-code', value: 'XX' },
    ]);
    expect(zonesOfCommune('01001', table, '2024-06-30')).toEqual(['zrr']);
    expect(zonesOfCommune('01001', table, '2024-07-01')).toEqual([]);
  });

  it('adds a second list to the same table (FRR+ communes are FRR too)', () => {
    const { table } = communeZoneTableFromRows([{ code: '23077' }], { zonings: ['montagne'], communeColumn: 'code' });
    communeZoneTableFromRows([{ code: '23077' }], { zonings: ['frr', 'frr-plus'], communeColumn: 'code' }, table);
    expect(zonesOfCommune('23077', table, '2025-02-01')).toEqual(['frr', 'frr-plus', 'montagne']);
    expect(zonesOfCommune('23077', table, '2024-09-01')).toEqual(['frr', 'montagne']);
  });
});
