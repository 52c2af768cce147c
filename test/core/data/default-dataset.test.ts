import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Actor, CommuneZoneTable, Partnership, caseStudies, defaultDataset, familyOf, parseDataset, zonesOfCommune } from '@terreau/core';

const require = createRequire(import.meta.url);
interface Commune { code: string; nom: string; type: string; departement: string; region: string; siren?: string; codesPostaux?: string[] }
interface Epci { code: string; membres: { code: string }[] }
const communes = (require('@etalab/decoupage-administratif/data/communes.json') as Commune[]).filter((c) => c.type === 'commune-actuelle');
const epcis = require('@etalab/decoupage-administratif/data/epci.json') as Epci[];
const communeByCode = new Map(communes.map((c) => [c.code, c]));

describe('default dataset', () => {
  it('holds the sixteen case studies', () => {
    expect(caseStudies).toHaveLength(16);
    expect(caseStudies.every((a) => a.id.startsWith('cs-'))).toBe(true);
  });

  it('parses every actor with the Actor schema', () => {
    for (const a of defaultDataset.actors) {
      const r = Actor.safeParse(a);
      expect(r.success, `${a.id}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });

  it('parses every partnership and links existing actors, case study to partner, once', () => {
    const ids = new Set(defaultDataset.actors.map((a) => a.id));
    expect(ids.size).toBe(defaultDataset.actors.length);
    const pairs = new Set<string>();
    for (const p of defaultDataset.partnerships) {
      expect(Partnership.safeParse(p).success, JSON.stringify(p)).toBe(true);
      expect(ids.has(p.actorId), p.actorId).toBe(true);
      expect(ids.has(p.partnerId), p.partnerId).toBe(true);
      pairs.add(`${p.actorId}→${p.partnerId}`);
    }
    expect(pairs.size).toBe(defaultDataset.partnerships.length);
  });

  it('gives every partner at least one partnership, and most case studies an ecosystem', () => {
    const linked = new Set(defaultDataset.partnerships.flatMap((p) => [p.actorId, p.partnerId]));
    for (const a of defaultDataset.actors.filter((x) => !x.id.startsWith('cs-'))) expect(linked.has(a.id), a.id).toBe(true);
    expect(caseStudies.filter((a) => linked.has(a.id)).length).toBeGreaterThanOrEqual(13);
  });

  it('uses real commune codes with their département, région, SIREN, postcode and EPCI (COG, etalab)', () => {
    for (const a of defaultDataset.actors) {
      if (a.communeCode === undefined) continue;
      const c = communeByCode.get(a.communeCode);
      expect(c, `${a.id} ${a.communeCode}`).toBeDefined();
      expect(a.address?.city, a.id).toBe(c?.nom);
      expect(a.departementCode, a.id).toBe(c?.departement);
      expect(a.regionCode, a.id).toBe(c?.region);
      if (a.address?.postcode) expect(c?.codesPostaux, a.id).toContain(a.address.postcode);
      if (a.type === 'commune') expect(a.identifiers?.siren, a.id).toBe(c?.siren);
      if (a.epciCode !== undefined && a.type !== 'epci') {
        const epci = epcis.find((e) => e.code === a.epciCode);
        expect(epci?.membres.some((m) => m.code === a.communeCode), `${a.id} in ${a.epciCode}`).toBe(true);
      }
    }
  });

  it('places the located actors in France (mainland box or their overseas département)', () => {
    for (const a of defaultDataset.actors) {
      if (!a.location) continue;
      expect(a.location.precision).toBe('commune');
      if (a.departementCode?.startsWith('97')) continue;
      expect(a.location.lat, a.id).toBeGreaterThan(41);
      expect(a.location.lat, a.id).toBeLessThan(51.2);
      expect(a.location.lon, a.id).toBeGreaterThan(-5.5);
      expect(a.location.lon, a.id).toBeLessThan(9.7);
    }
  });

  it('ships commune zones readable on a date (ZRR before July 2024, not after; DROM from the code)', () => {
    expect(zonesOfCommune('23077', defaultDataset.communeZones, '2023-06-01')).toEqual(['zrr', 'montagne']);
    expect(zonesOfCommune('23077', defaultDataset.communeZones, '2025-01-01')).toEqual(['montagne']);
    expect(zonesOfCommune('97213', defaultDataset.communeZones, '2025-01-01')).toEqual(['qpv', 'drom']);
  });

  it('passes parseDataset without a single issue, and its zone table parses', () => {
    expect(parseDataset({ actors: defaultDataset.actors, partnerships: defaultDataset.partnerships }).issues).toEqual([]);
    expect(CommuneZoneTable.safeParse(defaultDataset.communeZones).success).toBe(true);
  });

  it('types every actor within the typology', () => {
    for (const a of defaultDataset.actors) expect(familyOf(a.type)).toBeTruthy();
  });
});
