// Column mapping: which column of a file holds which actor field, when its name is none of the
// aliases of the field table — `name=DENOMINATION_SOCIALE,type=MESURE` — and constants for a whole
// file — `type='geiq'` (a value in quotes). One syntax for the CLI's --map (or a mapping file), the
// Node API's `columns` option and <ess-map columns="…">. Also the report of which columns were
// recognised and which ignored. Pure.
import { actorFieldOf, isField, normaliseHeader } from './field-table.js';
import type { Field } from './field-table.js';

export interface ColumnMap {
  /** field → the file's column holding it. */
  columns: Partial<Record<Field, string>>;
  /** field → a value given to every record of the file (`type='geiq'`). */
  constants: Partial<Record<Field, string>>;
}

/** A fault in a mapping text, with the part at fault. */
export interface ColumnMapFault {
  code: 'unknown_field' | 'bad_mapping';
  part: string;
}

/**
 * Reads a mapping: pairs `field=Column` (or `field='constant'`) separated by `,`, `;` or new lines;
 * a JSON object `{ "name": "DENOMINATION_SOCIALE" }` is accepted too (a mapping file). Lines
 * starting with `#` are comments. Unknown fields are faults (a typo must not pass unseen).
 */
export function parseColumnMap(text: string): { map: ColumnMap; faults: ColumnMapFault[] } {
  const map: ColumnMap = { columns: {}, constants: {} };
  const faults: ColumnMapFault[] = [];
  const trimmed = text.trim();
  let pairs: [string, string][] = [];
  if (trimmed.startsWith('{')) {
    try {
      const o = JSON.parse(trimmed) as unknown;
      if (typeof o === 'object' && o !== null && !Array.isArray(o)) {
        pairs = Object.entries(o as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : String(v)]);
      } else faults.push({ code: 'bad_mapping', part: trimmed.slice(0, 80) });
    } catch {
      faults.push({ code: 'bad_mapping', part: trimmed.slice(0, 80) });
    }
  } else {
    for (const raw of trimmed.split(/[,;\n]/)) {
      const part = raw.trim();
      if (part === '' || part.startsWith('#')) continue;
      const eq = part.indexOf('=');
      if (eq <= 0) {
        faults.push({ code: 'bad_mapping', part });
        continue;
      }
      pairs.push([part.slice(0, eq).trim(), part.slice(eq + 1).trim()]);
    }
  }
  for (const [key, value] of pairs) {
    const field = isField(key) ? key : actorFieldOf(key);
    if (field === null) {
      faults.push({ code: 'unknown_field', part: key });
      continue;
    }
    const constant = /^(['"])(.*)\1$/s.exec(value);
    if (constant) map.constants[field] = constant[2] as string;
    else if (value === '') faults.push({ code: 'bad_mapping', part: `${key}=` });
    else map.columns[field] = value;
  }
  return { map, faults };
}

/** True when the map says nothing (no column, no constant). */
export function isEmptyColumnMap(map: ColumnMap | undefined): boolean {
  return map === undefined || (Object.keys(map.columns).length === 0 && Object.keys(map.constants).length === 0);
}

/** Prefix of a column set aside by a mapping (another column was mapped to its field). */
export const SET_ASIDE = 'ignored:';

/**
 * The header as the reader should key rows: each mapped column renamed to its field (matched by
 * name, then without case or accents), and any other column the table would read into a mapped
 * field set aside (so the mapping wins). Columns the map does not touch keep their name.
 */
export function mapHeader(header: readonly string[], map: ColumnMap | undefined): string[] {
  if (map === undefined || Object.keys(map.columns).length === 0) return [...header];
  const out = [...header];
  const mappedFields = new Set<Field>();
  for (const [field, column] of Object.entries(map.columns) as [Field, string][]) {
    let at = header.indexOf(column);
    if (at < 0) at = header.findIndex((h) => normaliseHeader(h) === normaliseHeader(column));
    if (at < 0) continue;
    out[at] = field;
    mappedFields.add(field);
  }
  for (let i = 0; i < out.length; i += 1) {
    const h = out[i] as string;
    if (mappedFields.has(h as Field) && header[i] !== h && isMappedAt(map, h as Field, header[i] as string)) continue;
    const f = actorFieldOf(h);
    if (f !== null && mappedFields.has(f) && !isMappedAt(map, f, header[i] as string)) out[i] = `${SET_ASIDE}${header[i]}`;
  }
  return out;
}

function isMappedAt(map: ColumnMap, field: Field, column: string): boolean {
  const c = map.columns[field];
  return c !== undefined && (c === column || normaliseHeader(c) === normaliseHeader(column));
}

/** Columns of the map that the header does not have (said to the user: a mapping that maps nothing). */
export function missingMappedColumns(header: readonly string[], map: ColumnMap | undefined): string[] {
  if (map === undefined) return [];
  const names = new Set(header.map(normaliseHeader));
  return Object.values(map.columns).filter((c): c is string => c !== undefined && !header.includes(c) && !names.has(normaliseHeader(c)));
}

/** Which columns of a header were recognised (and as which field), which were ignored. */
export interface ColumnReport {
  recognised: { column: string; field: Field }[];
  ignored: string[];
}

/** The report of a header as given (before mapHeader) under `map`. */
export function reportColumns(header: readonly string[], map?: ColumnMap): ColumnReport {
  const mapped = mapHeader(header, map);
  const report: ColumnReport = { recognised: [], ignored: [] };
  header.forEach((column, i) => {
    const key = mapped[i] as string;
    const field = key.startsWith(SET_ASIDE) ? null : actorFieldOf(key);
    if (field === null) {
      if (column.trim() !== '') report.ignored.push(column);
    } else report.recognised.push({ column, field });
  });
  return report;
}

/** A row with the map's constants filled in where the row has no value of its own. */
export function withConstants<T extends Record<string, unknown>>(row: T, map: ColumnMap | undefined): T {
  if (map === undefined) return row;
  const entries = Object.entries(map.constants) as [Field, string][];
  if (entries.length === 0) return row;
  const out: Record<string, unknown> = { ...row };
  for (const [field, value] of entries) {
    let present = false;
    for (const key in row) {
      const v = row[key];
      if (actorFieldOf(key) === field && v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')) present = true;
    }
    if (!present) out[field] = value;
  }
  return out as T;
}
