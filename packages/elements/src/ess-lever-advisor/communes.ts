// Finding a commune the user typed (INSEE code or name) among the communes core knows, and the
// zonings core says it is in on a date. Known communes are those of core's default dataset (its
// commune → zones table, names from its actors' addresses); any well-formed INSEE code is accepted
// too (its zones, DROM aside, are then left to the user). Lit-free.
import { caseStudyCommuneZones, defaultCommuneNames, dromMembershipOf, zonesOfCommune, type ZoningId } from '@terreau/core';

export interface FoundCommune {
  code: string;
  name: string;
}

const CODE = /^(\d{5}|2[AB]\d{3})$/i;
// core's small commune module, not the dataset itself: the advisor must not load the map's data.
const table = caseStudyCommuneZones;

let names: Map<string, string> | null = null;
/** Commune names by code, from the dataset's actors (built on first use). */
function communeNames(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(defaultCommuneNames));
  return names;
}

/** Lower-case, accents and punctuation removed: "Saint-Étienne" → "saint etienne". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The commune a text names: a known code or name, or any well-formed INSEE code; null otherwise. */
export function findCommune(text: string): FoundCommune | null {
  const t = text.trim();
  if (CODE.test(t)) {
    const code = t.toUpperCase();
    return { code, name: communeNames().get(code) ?? code };
  }
  const folded = fold(t);
  if (!folded) return null;
  for (const [code, name] of communeNames()) {
    if (fold(name) === folded) return { code, name };
  }
  return null;
}

/** Zonings of a commune on a date, from core's table (DROM derived from the code). */
export function zonesForCommune(code: string, date: string): ZoningId[] {
  const zones = new Set(zonesOfCommune(code, table, date));
  if (dromMembershipOf(code)) zones.add('drom');
  return [...zones];
}
