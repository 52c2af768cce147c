import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Actor, defaultDataset, findDuplicates, nameKeyOf, parseDataset } from '@terreau/core';
import type { ActorInput } from '@terreau/core';
import { actorsArb, siretArb } from '../arbitraries.js';

const provenance = { source: 'test', checkedAt: '2026-01-15' };
function actor(input: Partial<ActorInput> & { id: string }): Actor {
  return Actor.parse({ name: input.id, type: 'association', provenance, ...input });
}
const [siret1, siret2] = fc.sample(siretArb('120027016'), 2);

describe('findDuplicates', () => {
  it('pairs records sharing a SIRET, a SIREN (given or read from the SIRET) or an RNA number', () => {
    const actors = [
      actor({ id: 'a', communeCode: '31555', identifiers: { siret: siret1 } }),
      actor({ id: 'b', communeCode: '86194', identifiers: { siret: siret1 } }),
      actor({ id: 'c', communeCode: '75056', identifiers: { siren: '120027016' } }),
      actor({ id: 'd', communeCode: '69123', identifiers: { rna: 'W751234567' } }),
      actor({ id: 'e', communeCode: '13055', identifiers: { rna: 'W751234567' } }),
      actor({ id: 'f', communeCode: '13055', identifiers: { rna: 'W751234568' } }),
    ];
    const pairs = findDuplicates(actors);
    expect(pairs.map((p) => [p.ids, p.reasons])).toEqual([
      [['a', 'b'], ['same-siret', 'same-siren']],
      [['a', 'c'], ['same-siren']],
      [['d', 'e'], ['same-rna']],
    ]);
  });

  it('two establishments of one legal unit share a SIREN but not a SIRET', () => {
    const pairs = findDuplicates([
      actor({ id: 'a', identifiers: { siret: siret1 } }),
      actor({ id: 'b', identifiers: { siret: siret2 } }),
    ]);
    expect(pairs.map((p) => p.reasons)).toEqual(siret1 === siret2 ? [['same-siret', 'same-siren']] : [['same-siren']]);
  });

  it('pairs near-identical names in the same commune, ignoring accents, case and legal-form words', () => {
    const pairs = findDuplicates([
      actor({ id: 'a', name: 'Café Pluche', communeCode: '24128' }),
      actor({ id: 'b', name: 'Association CAFE-PLUCHE', communeCode: '24128' }),
      actor({ id: 'c', name: 'Les Loco-Motivés', communeCode: '12120' }),
      actor({ id: 'd', name: 'Loco Motives', communeCode: '12120' }),
      actor({ id: 'e', name: 'Garage solidaire', communeCode: '12120' }),
      actor({ id: 'f', name: 'Épicerie solidaire', communeCode: '12120' }),
    ]);
    expect(pairs.map((p) => [p.ids, p.reasons, p.similarity])).toEqual([
      [['a', 'b'], ['similar-name'], 1],
      [['c', 'd'], ['similar-name'], 1],
    ]);
  });

  it('tolerates a typo but not a different name', () => {
    const pairs = findDuplicates([
      actor({ id: 'a', name: 'Ressourcerie du Val de Loire', communeCode: '37261' }),
      actor({ id: 'b', name: 'Ressourcerie du Val de Loir', communeCode: '37261' }),
      actor({ id: 'c', name: 'Recyclerie des Coteaux', communeCode: '37261' }),
    ]);
    expect(pairs.map((p) => p.ids)).toEqual([['a', 'b']]);
  });

  it('does not pair names that differ by a number', () => {
    const pairs = findDuplicates([
      actor({ id: 'a', name: 'Centre social 1', communeCode: '86194' }),
      actor({ id: 'b', name: 'Centre social 2', communeCode: '86194' }),
      actor({ id: 'c', name: 'Centre Social n°2', communeCode: '86194' }),
    ]);
    expect(pairs.map((p) => p.ids)).toEqual([['b', 'c']]);
  });

  it('finds no duplicate in the default dataset (case studies and their partners)', () => {
    const { actors, warnings } = parseDataset(defaultDataset);
    expect(actors.length).toBeGreaterThan(16);
    expect(warnings).toEqual([]);
    expect(findDuplicates(actors)).toEqual([]);
  });

  it('never pairs similar names across communes', () => {
    const pairs = findDuplicates([
      actor({ id: 'a', name: 'Café Pluche', communeCode: '24128' }),
      actor({ id: 'b', name: 'Café Pluche', communeCode: '24129' }),
    ]);
    expect(pairs).toEqual([]);
  });

  it('compares by city name when there is no commune code', () => {
    const pairs = findDuplicates([
      actor({ id: 'a', name: 'Café Pluche', address: { city: 'Comberanche-et-Épeluche' } }),
      actor({ id: 'b', name: 'Cafe Pluche', address: { city: 'COMBERANCHE ET EPELUCHE' } }),
      actor({ id: 'c', name: 'Cafe Pluche' }),
    ]);
    expect(pairs.map((p) => p.ids)).toEqual([['a', 'b']]);
  });

  it('nameKeyOf drops legal forms and link words, unless nothing else is left', () => {
    expect(nameKeyOf('SCIC Les Amis de la Pierre de Masgot')).toBe('amis pierre masgot');
    expect(nameKeyOf('Association')).toBe('association');
  });

  it('finds every copy of a record that has a commune or an identifier, and pairs names only within a commune (fast-check)', () => {
    fc.assert(
      fc.property(actorsArb(30), fc.array(fc.nat(), { maxLength: 5 }), (actors, picks) => {
        // Copies of some actors under new ids: each must be paired with something, with a reason.
        const copies = actors.length === 0 ? [] : picks.map((p, k) => ({ ...(actors[p % actors.length] as Actor), id: `copy-${k}` }));
        const all = [...actors, ...copies];
        const pairs = findDuplicates(all);
        copies.forEach((copy, k) => {
          const index = actors.length + k;
          const findable = copy.communeCode !== undefined || copy.identifiers.siren !== undefined || copy.identifiers.rna !== undefined;
          if (findable) expect(pairs.some((p) => p.first === index || p.second === index)).toBe(true);
        });
        for (const p of pairs) {
          expect(p.first).toBeLessThan(p.second);
          expect(p.reasons.length).toBeGreaterThan(0);
          const a = all[p.first] as Actor;
          const b = all[p.second] as Actor;
          if (p.reasons.includes('similar-name')) expect(a.communeCode ?? a.address?.city).toBe(b.communeCode ?? b.address?.city);
        }
      }),
    );
  });

  it('finds the same name pairs as comparing every pair of a commune (fast-check)', () => {
    const trigrams = (key: string) => {
      const padded = ` ${key} `;
      return new Set(Array.from({ length: Math.max(0, padded.length - 2) }, (_, i) => padded.slice(i, i + 3)));
    };
    const digits = (key: string) => key.split(' ').filter((w) => /^\d+$/.test(w)).join(' ');
    fc.assert(
      fc.property(
        actorsArb(30),
        fc.array(fc.constantFrom('', ' 2', 'e', ' solidaire', 's'), { minLength: 30, maxLength: 30 }),
        fc.constantFrom(0.5, 0.7, 0.8, 0.9),
        (base, suffixes, threshold) => {
          const actors = base.map((a, i) => ({ ...a, name: a.name + (suffixes[i] ?? ''), identifiers: {} }));
          const found = findDuplicates(actors, { threshold }).map((p) => `${p.first}:${p.second}`);
          const expected: string[] = [];
          for (let i = 0; i < actors.length; i += 1) {
            for (let j = i + 1; j < actors.length; j += 1) {
              const a = actors[i] as Actor;
              const b = actors[j] as Actor;
              if (a.communeCode === undefined || a.communeCode !== b.communeCode) continue;
              const ka = nameKeyOf(a.name);
              const kb = nameKeyOf(b.name);
              if (digits(ka) !== digits(kb)) continue;
              const ta = trigrams(ka);
              const tb = trigrams(kb);
              const shared = [...ta].filter((g) => tb.has(g)).length;
              if ((2 * shared) / (ta.size + tb.size) >= threshold) expected.push(`${i}:${j}`);
            }
          }
          expect(found).toEqual(expected);
        },
      ),
    );
  });
});
