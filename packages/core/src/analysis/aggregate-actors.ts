// One row per territory (commune, EPCI, département or région): how many actors, per family, type
// and need, with which approvals, how many in each zoning on a date, and their salaried headcount
// as a range. Pure and incremental (add actors one by one, a register's worth, in bounded memory).
// Every actor lands in exactly one row: those with no code at the level asked go to the row with
// code "" (unknown territory), so the rows' counts add up to the actors given.
import { EMPLOYEE_RANGES } from '../data/employee-ranges.js';
import { ACTOR_TYPE_IDS, APPROVAL_IDS, FAMILY_IDS, NEED_IDS, ZONING_IDS } from '../data/ids.js';
import type { ActorTypeId, ApprovalId, FamilyId, NeedId, ZoningId } from '../data/ids.js';
import { familyOf } from '../data/typology.js';
import type { Actor } from '../schema/actor.js';
import { isInZoneOn } from '../territory/is-in-zone-on.js';
import { departementOfCommune } from '../directory/actor-facet-values.js';
import { dromMembershipOf } from '../data/zonings.js';
import type { TerritoryLevel } from '../sources/company-search-query.js';

export interface TerritoryAggregate {
  level: TerritoryLevel;
  /** The territory's code; "" for actors with no code at this level. */
  code: string;
  actors: number;
  families: Record<FamilyId, number>;
  types: Record<ActorTypeId, number>;
  /** Actors answering each need (an actor may answer several). */
  needs: Record<NeedId, number>;
  /** Actors holding each approval. */
  approvals: Record<ApprovalId, number>;
  /** Actors in each zoning on the date asked. */
  zones: Record<ZoningId, number>;
  /** Salaried headcount: sum of the bands' bounds. `max` leaves out the open-ended actors. */
  employees: { min: number; max: number; openEnded: number; unknown: number };
  /** Actors with coordinates, and their mean position (null when none): where to pin the row on a map. */
  located: number;
  centroid: { lat: number; lon: number } | null;
}

export interface AggregateOptions {
  by: TerritoryLevel;
  /** Zonings are counted as in force on this day (YYYY-MM-DD). */
  date: string;
  /**
   * The code of an actor's territory at level `by`. Default: the actor's own field (communeCode,
   * epciCode, departementCode — else the commune's first digits —, regionCode). The Node side
   * passes a COG lookup to fill EPCI and région from the commune.
   */
  territoryOf?: (actor: Actor) => string | undefined;
}

const zeros = <K extends string>(ids: readonly K[]): Record<K, number> => Object.fromEntries(ids.map((id) => [id, 0])) as Record<K, number>;

function defaultTerritoryOf(by: TerritoryLevel): (actor: Actor) => string | undefined {
  switch (by) {
    case 'commune':
      return (a) => a.communeCode;
    case 'epci':
      return (a) => a.epciCode;
    case 'departement':
      return (a) => a.departementCode ?? (a.communeCode !== undefined ? departementOfCommune(a.communeCode) : undefined);
    case 'region':
      return (a) => a.regionCode;
  }
}

interface Acc extends TerritoryAggregate {
  latSum: number;
  lonSum: number;
}

export class ActorAggregator {
  readonly #rows = new Map<string, Acc>();
  readonly #by: TerritoryLevel;
  readonly #date: string;
  readonly #territoryOf: (actor: Actor) => string | undefined;

  constructor(options: AggregateOptions) {
    this.#by = options.by;
    this.#date = options.date;
    this.#territoryOf = options.territoryOf ?? defaultTerritoryOf(options.by);
  }

  add(actor: Actor): void {
    const code = this.#territoryOf(actor) ?? '';
    let row = this.#rows.get(code);
    if (!row) {
      row = {
        level: this.#by,
        code,
        actors: 0,
        families: zeros(FAMILY_IDS),
        types: zeros(ACTOR_TYPE_IDS),
        needs: zeros(NEED_IDS),
        approvals: zeros(APPROVAL_IDS),
        zones: zeros(ZONING_IDS),
        employees: { min: 0, max: 0, openEnded: 0, unknown: 0 },
        located: 0,
        centroid: null,
        latSum: 0,
        lonSum: 0,
      };
      this.#rows.set(code, row);
    }
    row.actors += 1;
    row.types[actor.type] += 1;
    row.families[familyOf(actor.type)] += 1;
    for (const need of new Set(actor.needs)) row.needs[need] += 1;
    for (const approval of new Set(actor.approvals)) row.approvals[approval] += 1;
    // Declared zones, plus DROM from the commune code (as the map's facets count it).
    const drom = actor.communeCode === undefined ? null : dromMembershipOf(actor.communeCode);
    const zones = drom !== null && !actor.zones.some((m) => m.zoning === 'drom') ? [...actor.zones, drom] : actor.zones;
    if (zones.length > 0) for (const zoning of ZONING_IDS) if (isInZoneOn(zones, zoning, this.#date)) row.zones[zoning] += 1;
    const band = actor.size?.employees;
    if (band === undefined) row.employees.unknown += 1;
    else {
      const range = EMPLOYEE_RANGES[band];
      row.employees.min += range.min;
      if (range.max === null) row.employees.openEnded += 1;
      else row.employees.max += range.max;
    }
    if (actor.location) {
      row.located += 1;
      row.latSum += actor.location.lat;
      row.lonSum += actor.location.lon;
    }
  }

  /** The rows, by code (the unknown territory "" first). */
  rows(): TerritoryAggregate[] {
    return [...this.#rows.values()]
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map(({ latSum, lonSum, ...row }) => ({
        ...row,
        employees: { ...row.employees },
        centroid: row.located > 0 ? { lat: round(latSum / row.located, 6), lon: round(lonSum / row.located, 6) } : null,
      }));
  }
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** The rows of a list of actors (see ActorAggregator). */
export function aggregateActors(actors: Iterable<Actor>, options: AggregateOptions): TerritoryAggregate[] {
  const agg = new ActorAggregator(options);
  for (const a of actors) agg.add(a);
  return agg.rows();
}
