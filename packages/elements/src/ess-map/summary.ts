// Counts of the visible actors by type, need and zoning, for a council report (Lit-free, pure).
import { needsOfActivities, type Actor } from '@terreau/core';

export interface Summary {
  total: number;
  /** [id, count], most frequent first, ties by id. */
  types: [string, number][];
  needs: [string, number][];
  zones: [string, number][];
}

function sorted(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** An actor counts once per need it answers (declared or implied by its activities) and once per zoning. */
export function summariseActors(actors: readonly Actor[]): Summary {
  const types = new Map<string, number>();
  const needs = new Map<string, number>();
  const zones = new Map<string, number>();
  for (const actor of actors) {
    add(types, actor.type);
    for (const need of new Set([...actor.needs, ...needsOfActivities(actor.activities)])) add(needs, need);
    for (const zoning of new Set(actor.zones.map((z) => z.zoning))) add(zones, zoning);
  }
  return { total: actors.length, types: sorted(types), needs: sorted(needs), zones: sorted(zones) };
}
