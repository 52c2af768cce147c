// Where each actor stands on the map (Lit-free): at its own coordinates, at the centre of its commune
// when the boundaries hold it (an approximate position), or nowhere. The points the view draws, the
// families the legend lists, the counts line and the list's badges all read this one placement.
import { FAMILY_IDS, familyOf, type Actor, type FamilyId } from '@terreau/core';
import { communeCentres } from './geo.js';
import type { MapPoints as ViewPoints } from './map-view.js';

/** Where an actor is on the map: not there, at its own coordinates, or at its commune (approximate). */
export const UNPLACED = 0;
export const PLACED = 1;
export const APPROXIMATE = 2;

/** The view's points without their labels (the element adds those when it hands them over). */
export type MapPoints = Omit<ViewPoints, 'label'>;

export interface Placement {
  /** The families of the data, in catalogue order (the legend's buttons). */
  presentFamilies: FamilyId[];
  /** Per actor index: UNPLACED, PLACED or APPROXIMATE. */
  placement: Uint8Array;
  /** One map point per actor (same index); NaN where the actor is not on the map. */
  points: MapPoints;
}

/** The commune an actor is listed under: its address's city, else its INSEE code. */
export function communeOf(actor: Actor): string {
  return actor.address?.city ?? actor.communeCode ?? '';
}

/**
 * One map point per actor (same index). An actor without a location is drawn at the centre of its
 * commune when the boundaries hold it (an approximate position); else it stays off the map.
 */
export function placeActors(all: readonly Actor[], boundaries: unknown): Placement {
  const n = all.length;
  const present = new Uint8Array(FAMILY_IDS.length);
  const lon = new Float64Array(n).fill(Number.NaN);
  const lat = new Float64Array(n).fill(Number.NaN);
  const category = new Uint8Array(n);
  const placement = new Uint8Array(n);
  const centres = boundaries !== null ? communeCentres(boundaries) : null;
  all.forEach((a, i) => {
    if (a.location) {
      lon[i] = a.location.lon;
      lat[i] = a.location.lat;
      placement[i] = a.location.precision === 'exact' ? PLACED : APPROXIMATE;
    } else {
      const centre = a.communeCode ? centres?.get(a.communeCode.toUpperCase()) : undefined;
      if (centre) {
        lon[i] = centre[0];
        lat[i] = centre[1];
        placement[i] = APPROXIMATE;
      }
    }
    present[(category[i] = Math.max(0, FAMILY_IDS.indexOf(familyOf(a.type))))] = 1;
  });
  return { presentFamilies: FAMILY_IDS.filter((_, c) => present[c]), placement, points: { lon, lat, category } };
}

/** How an actor of the data is placed (UNPLACED when it is not in the data). */
export function placementOf(placement: Uint8Array, byId: ReadonlyMap<string, number>, actor: Actor): number {
  return placement[byId.get(actor.id) ?? -1] ?? UNPLACED;
}

type Placed = { placed: number; approximate: number };
/** The last count of each filtered list, with the placement it was made against. */
const counted = new WeakMap<readonly Actor[], { placement: Uint8Array; result: Placed }>();

/**
 * Of `visible`, how many are on the map, and how many of those only at their commune. Counted once
 * per filtered list and placement (the header asks at every render: four times over 100 000 actors
 * during a first paint).
 */
export function countPlaced(visible: readonly Actor[], placement: Uint8Array, byId: ReadonlyMap<string, number>): Placed {
  const last = counted.get(visible);
  if (last?.placement === placement) return last.result;
  const result = countPlacedNow(visible, placement, byId);
  counted.set(visible, { placement, result });
  return result;
}

function countPlacedNow(visible: readonly Actor[], placement: Uint8Array, byId: ReadonlyMap<string, number>): Placed {
  let placed = 0;
  let approximate = 0;
  // The filter keeps every actor (a first paint, most often): their placements as they are, no lookup by id.
  for (const p of visible.length === placement.length ? placement : visible.map((a) => placementOf(placement, byId, a))) {
    if (p !== UNPLACED) placed++;
    if (p === APPROXIMATE) approximate++;
  }
  return { placed, approximate };
}

/** Per actor index, 1 when the filter shows it (the map hides the others). */
export function visibleMask(count: number, visible: readonly Actor[], byId: ReadonlyMap<string, number>): Uint8Array {
  // Every actor kept (the filter's result is drawn from the data): all shown, no lookup by id.
  if (visible.length === count) return new Uint8Array(count).fill(1);
  const mask = new Uint8Array(count);
  for (const a of visible) {
    const i = byId.get(a.id);
    if (i !== undefined) mask[i] = 1;
  }
  return mask;
}
