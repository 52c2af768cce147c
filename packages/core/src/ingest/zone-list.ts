// Official zoning lists as published (ANCT: QPV quarters with their communes, ZRR commune file,
// FRR/FRR+ commune list): the mapping of their columns guessed from the header, so
// `terreau … --zones liste-frr.csv` and the Node API read them as they come. The table itself is
// built by territory/commune-zone-table.ts; memberships carry source 'official-list' and hold only
// while their zoning is in force (ZRR ended on 2024-06-30: data/zonings.ts). Pure.
import type { ZoningId } from '../data/ids.js';
import { parseCsvText } from '../formats/parse-csv-text.js';
import { communeZoneTableFromRows } from '../territory/commune-zone-table.js';
import type { ZoneRowMapping } from '../territory/commune-zone-table.js';
import type { Actor, ZoneMembership } from '../schema/actor.js';
import type { CommuneZoneTable } from '../schema/zoning.js';
import { normaliseHeader } from './field-table.js';

const COMMUNE_COLUMNS = ['codgeo', 'insee_com', 'inseecom', 'code_insee', 'codeinsee', 'code_commune', 'depcom', 'com', 'insee', 'codecommune'];
const QPV_CODE_COLUMNS = ['code_qp', 'codeqp', 'code_qpv', 'codeqpv', 'qp', 'code_quartier'];
/** A column saying that a commune is only partly in the zone (1 / oui / true). */
const PART_COLUMNS = ['partially_zoned', 'partiellement_classee', 'partiellement_zonee', 'zonage_partiel', 'classement_partiel', 'partiel', 'partial'];
const YES = ['1', 'Oui', 'oui', 'OUI', 'O', 'true', 'True', 'TRUE'];

export type ZoneListGuess = { ok: true; mapping: ZoneRowMapping } | { ok: false; reason: 'no-commune-column' | 'no-zoning' };

function find(header: readonly string[], names: readonly string[]): string | undefined {
  const wanted = new Set(names.map(normaliseHeader));
  return header.find((h) => wanted.has(normaliseHeader(h)));
}

/**
 * The mapping of an official list from its header, and `hint` (a zoning id given by the user, or
 * the file's name: "communes-frr-2025.csv" says FRR). QPV lists: the quarter code column; ZRR
 * lists: the classification column (ZRR_SIMP: "C" classified, "P" partly); FRR lists: the column
 * saying "FRR"/"FRR+" (FRR+ communes are FRR communes too).
 */
export function guessZoneListMapping(header: readonly string[], hint = ''): ZoneListGuess {
  const communeColumn = find(header, COMMUNE_COLUMNS);
  if (communeColumn === undefined) return { ok: false, reason: 'no-commune-column' };
  const h = normaliseHeader(hint);
  const qpvCode = find(header, QPV_CODE_COLUMNS);
  if (qpvCode !== undefined || h.includes('qpv') || h.includes('quartier')) {
    return { ok: true, mapping: { zonings: ['qpv'], communeColumn, ...(qpvCode ? { codeColumn: qpvCode } : {}) } };
  }
  const zrrColumn = header.find((c) => /^zrr/.test(normaliseHeader(c)));
  if (zrrColumn !== undefined || h.includes('zrr')) {
    return {
      ok: true,
      mapping: { zonings: ['zrr'], communeColumn, ...(zrrColumn ? { keep: { column: zrrColumn, prefixes: ['C', 'P'] }, part: { column: zrrColumn, prefixes: ['P'] } } : {}) },
    };
  }
  const frrColumn = header.find((c) => /^frr|classement/.test(normaliseHeader(c)) && !PART_COLUMNS.includes(normaliseHeader(c)));
  if (frrColumn !== undefined || h.includes('frr')) {
    const partColumn = find(header, PART_COLUMNS);
    return {
      ok: true,
      mapping: {
        zonings: ['frr'],
        communeColumn,
        ...(frrColumn ? { keep: { column: frrColumn, prefixes: ['FRR', 'frr', 'Oui', 'oui', 'O', '1'] } } : {}),
        ...(partColumn ? { part: { column: partColumn, prefixes: YES } } : {}),
      },
    };
  }
  return { ok: false, reason: 'no-zoning' };
}

/** A table from the rows of an official list (FRR+ rows also put their commune in `frr-plus`). */
export function zoneTableOfList(rows: readonly Record<string, string>[], mapping: ZoneRowMapping, into: CommuneZoneTable = {}): { table: CommuneZoneTable; skipped: number; partly: number } {
  if (mapping.zonings.includes('frr') && mapping.keep) {
    const column = mapping.keep.column;
    const plus = rows.filter((r) => /\+|plus/i.test(r[column] ?? ''));
    communeZoneTableFromRows(plus, { ...mapping, zonings: ['frr-plus'] as ZoningId[] }, into);
  }
  const { table, skipped } = communeZoneTableFromRows(rows, mapping, into);
  return { table, skipped: skipped.length, partly: skipped.filter((r) => r.reason === 'partly-zoned').length };
}

/** The actor with the memberships the table lists for its commune added (official-list ones; none repeated). */
export function withListedZones(actor: Actor, table: CommuneZoneTable): Actor {
  const code = actor.communeCode;
  if (code === undefined || !Object.hasOwn(table, code)) return actor;
  const listed = table[code] as ZoneMembership[];
  const zones = [...actor.zones];
  for (const m of listed) {
    if (!zones.some((z) => z.zoning === m.zoning && z.code === m.code)) zones.push({ ...m });
  }
  actor.zones = zones;
  return actor;
}

/** What reading one official list gave. */
export type ZoneListReading =
  /** `skipped` counts every row set aside; `partly` those of them whose commune is only partly in the zone. */
  | { ok: true; table: CommuneZoneTable; zonings: ZoningId[]; rows: number; skipped: number; partly: number }
  | { ok: false; reason: 'no-commune-column' | 'no-zoning'; columns: string[] };

/**
 * Reads the text of an official list (CSV as published, any delimiter) into a commune → zonings
 * table, added to `into` when given. `hint` is the zoning named by the user or the file's name.
 * Pure: the CLI reads the file, the map fetches the URL, both call this.
 */
export function readZoneListText(text: string, hint: string, into: CommuneZoneTable = {}): ZoneListReading {
  const csv = parseCsvText(text);
  const guess = guessZoneListMapping(csv.header, hint);
  if (!guess.ok) return { ok: false, reason: guess.reason, columns: csv.header };
  const read = zoneTableOfList(csv.rows, guess.mapping, into);
  return { ok: true, table: read.table, zonings: [...guess.mapping.zonings], rows: csv.rows.length - read.skipped, skipped: read.skipped, partly: read.partly };
}
