// The COG side of the commands on official data (Node only): which commune codes a territory
// holds (for filtering SIRENE files early), its name and population (summed over its current
// communes), and the territory of an actor at a level when the record does not say it.
import type { Actor } from '../schema/actor.js';
import type { TerritoryLevel, TerritoryRef } from '../sources/company-search-query.js';
import { departementOfCommune } from '../directory/actor-facet-values.js';
import type { TerritoryFacts } from '../analysis/aggregate-row.js';
import { listCommuneCodes, lookupArea, lookupCommune, lookupEpci } from './lookup-commune.js';

type Entry = ReturnType<typeof listCommuneCodes>[number];
let entries: Entry[] | null = null;
const all = (): Entry[] => (entries ??= listCommuneCodes());

const levelOf = (e: Entry, level: TerritoryLevel): string | undefined =>
  level === 'commune' ? e.communeCode : level === 'epci' ? e.epci : level === 'departement' ? e.departement : e.region;

/** Every code SIRENE may use for an establishment in the territory (communes and their parts); null when the COG does not know it. */
export function communeCodesOf(territory: TerritoryRef): string[] | null {
  const codes = all().filter((e) => levelOf(e, territory.level) === territory.code).map((e) => e.code);
  return codes.length > 0 ? codes : null;
}

const factsCache = new Map<string, TerritoryFacts>();
const populations = new Map<TerritoryLevel, Map<string, number>>();

/** Population per territory code at a level: the sum over its current communes (once per level). */
function populationsAt(level: TerritoryLevel): Map<string, number> {
  let sums = populations.get(level);
  if (!sums) {
    sums = new Map();
    for (const e of all()) {
      const code = levelOf(e, level);
      if (!e.current || code === undefined || e.population === null) continue;
      sums.set(code, (sums.get(code) ?? 0) + e.population);
    }
    populations.set(level, sums);
  }
  return sums;
}

/** Name and population of a territory (population: sum of its current communes'); {} when unknown. */
export function territoryFacts(level: TerritoryLevel, code: string): TerritoryFacts {
  const key = `${level}:${code}`;
  const known = factsCache.get(key);
  if (known) return known;
  let name: string | undefined;
  if (level === 'commune') name = lookupCommune(code)?.name;
  else if (level === 'epci') name = lookupEpci(code)?.name;
  else name = lookupArea(level, code)?.name;
  const population = populationsAt(level).get(code) ?? null;
  const facts: TerritoryFacts = { ...(name !== undefined ? { name } : {}), population };
  factsCache.set(key, facts);
  return facts;
}

/**
 * The code of an actor's territory at `level`: the record's own field, else the COG's answer for
 * its commune (a municipal arrondissement counts in its commune).
 */
export function territoryOfActor(level: TerritoryLevel): (actor: Actor) => string | undefined {
  return (actor) => {
    const own = level === 'epci' ? actor.epciCode : level === 'departement' ? actor.departementCode : level === 'region' ? actor.regionCode : undefined;
    if (own !== undefined) return own;
    if (actor.communeCode === undefined) return undefined;
    const info = lookupCommune(actor.communeCode);
    if (level === 'commune') return info?.communeCode ?? actor.communeCode;
    if (level === 'epci') return info?.epci?.code;
    if (level === 'departement') return info?.departement?.code ?? departementOfCommune(actor.communeCode);
    return info?.region?.code;
  };
}
