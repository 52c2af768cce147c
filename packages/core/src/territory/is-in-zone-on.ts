// Zone membership on a date. A membership holds on a date when (1) the date lies within its own
// `from`/`to` if it has them, and (2) its zoning is in force on that date — through the version its
// official code belongs to when the code says (QPV "QP…" 2015 lists, "QN…" 2024–2025 lists), else
// through any version of the zoning. So a ZRR membership without dates stops holding after
// 2024-06-30, and a quarter of the 2015 QPV list stops holding after 2023-12-31 in mainland France.
import { ZONING_IDS } from '../data/ids.js';
import type { ZoningId } from '../data/ids.js';
import { dromMembershipOf, zoningPeriods, zoningVersions } from '../data/zonings.js';
import type { ZoneMembership } from '../schema/actor.js';
import type { CommuneZoneTable, ZoningPeriod, ZoningVersion } from '../schema/zoning.js';

/** A calendar day: an ISO date string "2025-01-01" or a Date (its UTC day is used). */
export type DayInput = string | Date;

/** The ISO day of a date input ("2025-01-01"). */
export function isoDayOf(date: DayInput): string {
  if (typeof date === 'string') return date.slice(0, 10);
  // An invalid Date gives an empty day, in no zone, rather than an exception.
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function inForce(v: ZoningPeriod, day: string): boolean {
  return v.validFrom <= day && (v.validTo === undefined || day <= v.validTo);
}

/** The versions of a zoning in force on a date (none when the zoning did not exist or had ended). */
export function zoningVersionsOn(zoning: ZoningId, date: DayInput): ZoningVersion[] {
  const day = isoDayOf(date);
  return zoningVersions.filter((v) => v.zoning === zoning && inForce(v, day));
}

const patternCache = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    re = new RegExp(pattern);
    patternCache.set(pattern, re);
  }
  return re;
}

/**
 * The periods a membership is tied to: those whose code pattern its code matches, else all of its
 * zoning. Read from the periods, not the versions, so that what tests a date carries no legal texts.
 */
function periodsOfMembership(m: ZoneMembership): ZoningPeriod[] {
  const all = zoningPeriods.filter((v) => v.zoning === m.zoning);
  if (m.code === undefined) return all;
  const code = m.code;
  const matching = all.filter((v) => v.codePattern !== undefined && compiled(v.codePattern).test(code));
  return matching.length > 0 ? matching : all;
}

/** The versions a membership is tied to: those whose code pattern its code matches, else all of its zoning. */
export function versionsOfMembership(m: ZoneMembership): ZoningVersion[] {
  const ids = periodsOfMembership(m).map((p) => p.id);
  return zoningVersions.filter((v) => ids.includes(v.id));
}

/** True when one membership holds on a date (see the rules at the top of this file). */
export function membershipHoldsOn(m: ZoneMembership, date: DayInput): boolean {
  const day = isoDayOf(date);
  if (m.from !== undefined && day < m.from) return false;
  if (m.to !== undefined && day > m.to) return false;
  return periodsOfMembership(m).some((v) => inForce(v, day));
}

/** True when one of the memberships places the actor or commune in `zoning` on `date`. */
export function isInZoneOn(memberships: readonly ZoneMembership[], zoning: ZoningId, date: DayInput): boolean {
  return memberships.some((m) => m.zoning === zoning && membershipHoldsOn(m, date));
}

/** The zonings the memberships place the actor or commune in on `date`, in catalogue order. */
export function zonesOn(memberships: readonly ZoneMembership[], date: DayInput): ZoningId[] {
  return ZONING_IDS.filter((z) => isInZoneOn(memberships, z, date));
}

/**
 * The zonings a commune is in on `date`, from a commune → memberships table the user built from
 * the official lists (see data/zonings.ts). DROM membership is derived from the code itself.
 * A commune missing from the table is in no listed zone.
 */
export function zonesOfCommune(code: string, table: CommuneZoneTable | ReadonlyMap<string, readonly ZoneMembership[]>, date: DayInput): ZoningId[] {
  const listed =
    (table instanceof Map ? table.get(code) : Object.hasOwn(table, code) ? (table as CommuneZoneTable)[code] : undefined) ?? [];
  const drom = dromMembershipOf(code);
  return zonesOn(drom ? [...listed, drom] : listed, date);
}
