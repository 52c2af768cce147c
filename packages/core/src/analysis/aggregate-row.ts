// A territory's aggregate as one flat row (CSV, spreadsheet) and as a GeoJSON Feature (its
// properties are the same row), with the COG's name and population when the caller knows them.
// Actors per 10 000 inhabitants only when a population is known. Pure.
import { ACTOR_TYPE_IDS, APPROVAL_IDS, FAMILY_IDS, NEED_IDS, ZONING_IDS } from '../data/ids.js';
import type { TerritoryAggregate } from './aggregate-actors.js';

export interface TerritoryFacts {
  name?: string;
  /** Municipal population (INSEE), summed over the member communes for EPCI, département, région. */
  population?: number | null;
}

export const AGGREGATE_COLUMNS = [
  'level',
  'code',
  'name',
  'population',
  'actors',
  'actorsPer10000',
  'employeesMin',
  'employeesMax',
  'employeesOpenEnded',
  'employeesUnknown',
  'located',
  'lat',
  'lon',
  ...FAMILY_IDS.map((id) => `family:${id}`),
  ...ACTOR_TYPE_IDS.map((id) => `type:${id}`),
  ...NEED_IDS.map((id) => `need:${id}`),
  ...APPROVAL_IDS.map((id) => `approval:${id}`),
  ...ZONING_IDS.map((id) => `zone:${id}`),
] as const;

export type AggregateRow = Record<string, string | number | null>;

/** The flat row; `name` and `population` empty when unknown, never guessed. */
export function aggregateToRow(agg: TerritoryAggregate, facts: TerritoryFacts = {}): AggregateRow {
  const population = typeof facts.population === 'number' && facts.population > 0 ? facts.population : null;
  const row: AggregateRow = {
    level: agg.level,
    code: agg.code,
    name: facts.name ?? null,
    population,
    actors: agg.actors,
    actorsPer10000: population !== null ? Math.round((agg.actors / population) * 10000 * 100) / 100 : null,
    employeesMin: agg.employees.min,
    employeesMax: agg.employees.openEnded > 0 ? null : agg.employees.max,
    employeesOpenEnded: agg.employees.openEnded,
    employeesUnknown: agg.employees.unknown,
    located: agg.located,
    lat: agg.centroid?.lat ?? null,
    lon: agg.centroid?.lon ?? null,
  };
  for (const id of FAMILY_IDS) row[`family:${id}`] = agg.families[id];
  for (const id of ACTOR_TYPE_IDS) row[`type:${id}`] = agg.types[id];
  for (const id of NEED_IDS) row[`need:${id}`] = agg.needs[id];
  for (const id of APPROVAL_IDS) row[`approval:${id}`] = agg.approvals[id];
  for (const id of ZONING_IDS) row[`zone:${id}`] = agg.zones[id];
  return row;
}

export interface AggregateFeature {
  type: 'Feature';
  /** The mean position of the territory's located actors (property `geometry` says so), or null. */
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: AggregateRow & { geometry: 'mean-of-located-actors' | null };
}

/**
 * The row as a GeoJSON Feature: join it to official contours by `code` for a choropleth, or show
 * it at the mean position of its located actors (marked as such: not the territory's centre).
 */
export function aggregateToFeature(agg: TerritoryAggregate, facts: TerritoryFacts = {}): AggregateFeature {
  const row = aggregateToRow(agg, facts);
  return {
    type: 'Feature',
    geometry: agg.centroid ? { type: 'Point', coordinates: [agg.centroid.lon, agg.centroid.lat] } : null,
    properties: { ...row, geometry: agg.centroid ? 'mean-of-located-actors' : null },
  };
}
