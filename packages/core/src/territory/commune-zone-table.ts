// Builds a commune → zone memberships table (schema/zoning.ts `CommuneZoneTable`) from the rows of an
// official list, for zonesOfCommune. The rows are plain records (a parsed CSV: see formats/ or the
// Node entry); the mapping names the columns. Rows that cannot be used are returned with the
// reason, never dropped silently. See data/zonings.ts for which official file feeds which zoning.
import type { ZoningId } from '../data/ids.js';
import type { ZoneMembership } from '../schema/actor.js';
import { isValidCommuneCode } from '../schema/identifiers.js';
import type { CommuneZoneTable } from '../schema/zoning.js';

export interface ZoneRowMapping {
  /** Zonings each kept row puts its commune in (FRR+ rows: ['frr', 'frr-plus']). */
  zonings: readonly ZoningId[];
  /** Column holding the commune INSEE code ("insee_com", "CODGEO"…). */
  communeColumn: string;
  /** Column holding the zone's own code, if any ("code_qp" for QPV lists). */
  codeColumn?: string;
  /** Keep only rows whose value in `column` starts with one of `prefixes` (e.g. ZRR_SIMP: ["C", "P"]). */
  keep?: { column: string; prefixes: readonly string[] };
  /**
   * Rows whose value in `column` starts with one of `prefixes` classify only part of their commune
   * (ZRR_SIMP "P - partiellement classée", an FRR list's `partially_zoned` 1). The list does not
   * say which part, so no actor of the commune is put in the zone: set aside as `partly-zoned`.
   */
  part?: { column: string; prefixes: readonly string[] };
  /** Dates to put on every membership (ISO), when the list says from or until when it applies. */
  from?: string;
  to?: string;
}

export interface SkippedZoneRow {
  index: number;
  reason: 'invalid-commune-code' | 'filtered-out' | 'partly-zoned';
  value: string;
}

/** Adds the rows of one official list to a table (a new one by default); returns it with the rows skipped. */
export function communeZoneTableFromRows(
  rows: Iterable<Readonly<Record<string, string | undefined>>>,
  mapping: ZoneRowMapping,
  into: CommuneZoneTable = {},
): { table: CommuneZoneTable; skipped: SkippedZoneRow[] } {
  const skipped: SkippedZoneRow[] = [];
  let index = 0;
  for (const row of rows) {
    const i = index;
    index += 1;
    if (mapping.keep) {
      const v = (row[mapping.keep.column] ?? '').trim();
      if (!mapping.keep.prefixes.some((p) => v.startsWith(p))) {
        skipped.push({ index: i, reason: 'filtered-out', value: v });
        continue;
      }
    }
    if (mapping.part) {
      const v = (row[mapping.part.column] ?? '').trim();
      if (mapping.part.prefixes.some((p) => v.startsWith(p))) {
        skipped.push({ index: i, reason: 'partly-zoned', value: (row[mapping.communeColumn] ?? '').trim() });
        continue;
      }
    }
    // Spreadsheets drop the leading zero of codes such as 01001: put it back.
    let code = (row[mapping.communeColumn] ?? '').trim().toUpperCase();
    if (/^\d{4}$/.test(code)) code = `0${code}`;
    if (!isValidCommuneCode(code)) {
      skipped.push({ index: i, reason: 'invalid-commune-code', value: code });
      continue;
    }
    const zoneCode = mapping.codeColumn !== undefined ? (row[mapping.codeColumn] ?? '').trim() : '';
    const list = Object.hasOwn(into, code) ? (into[code] as ZoneMembership[]) : (into[code] = []);
    for (const zoning of mapping.zonings) {
      const m: ZoneMembership = {
        zoning,
        source: 'official-list',
        ...(zoneCode !== '' ? { code: zoneCode } : {}),
        ...(mapping.from !== undefined ? { from: mapping.from } : {}),
        ...(mapping.to !== undefined ? { to: mapping.to } : {}),
      };
      if (!list.some((x) => x.zoning === m.zoning && x.code === m.code && x.from === m.from && x.to === m.to)) list.push(m);
    }
  }
  return { table: into, skipped };
}
