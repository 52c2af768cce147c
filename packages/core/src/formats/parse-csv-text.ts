// CSV text → rows keyed by header. Pure (no Node API): the <ess-map> widget parses dropped files
// with it, and the Node reader (node/read-actors.ts) feeds the same tokenizer chunk by chunk, so a
// file gives the same rows in the browser, in a script and in the CLI.
//
// RFC 4180: fields may be quoted with ", a doubled "" inside quotes is one ", quoted fields may hold
// delimiters and line breaks. Records end with CRLF, LF or a lone CR. A leading BOM is stripped.
// Blank lines are skipped (they hold no record). Rows whose field count differs from the header's
// are kept and reported ("ragged"), never dropped.

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvOptions {
  /** Field delimiter. Sniffed from the header line when absent: the most frequent of `,` `;` tab. */
  delimiter?: CsvDelimiter;
}

/** A problem found while reading a CSV row; the row itself is still returned. */
export interface CsvIssue {
  /** Index of the row in `rows` (0 = first data row, after the header). */
  row: number;
  /** Physical line (1-based, the header is line 1) where the row starts. */
  line: number;
  /** `ragged_row`: not as many fields as the header; `unclosed_quote`: a quote never closed before the end. */
  code: 'ragged_row' | 'unclosed_quote';
  /** Number of fields the header has. */
  expected: number;
  /** Number of fields the row has. */
  found: number;
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  header: string[];
  /** One object per data row, keyed by header name (missing trailing fields are absent). */
  rows: Record<string, string>[];
  /** Physical line (1-based) where each row starts, parallel to `rows`. */
  lines: number[];
  issues: CsvIssue[];
}

/** A raw record from the tokenizer: its fields and the line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
  /** True when the record ended inside an unclosed quote (only possible for the last record). */
  unclosedQuote: boolean;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Picks the delimiter that occurs most often (outside quotes) on the first line of `text`. */
export function sniffCsvDelimiter(text: string): CsvDelimiter {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === LF || c === CR) break;
    else if (c === 44) comma += 1;
    else if (c === 59) semicolon += 1;
    else if (c === 9) tab += 1;
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

/**
 * Incremental CSV tokenizer: `push` text chunks as they arrive, get back the complete records;
 * `end` returns the last one. Records may span chunks (quoted line breaks included).
 */
export class CsvTokenizer {
  #delimiter: number;
  #pending = '';
  #line = 1;
  #started = false;

  constructor(delimiter: CsvDelimiter) {
    this.#delimiter = delimiter.charCodeAt(0);
  }

  push(chunk: string): CsvRecord[] {
    let text = this.#pending + chunk;
    if (!this.#started && text.length > 0) {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return this.#parse(text, false);
  }

  end(): CsvRecord[] {
    const text = this.#pending;
    this.#pending = '';
    return this.#parse(text, true);
  }

  #parse(text: string, final: boolean): CsvRecord[] {
    const out: CsvRecord[] = [];
    const d = this.#delimiter;
    const n = text.length;
    let i = 0;
    let recordStart = 0;
    let line = this.#line;
    let recordLine = line;
    let fields: string[] = [];
    // A record is parsed field by field; when a chunk ends mid-record the record is parsed again
    // from its start with the next chunk (records are small, so this stays linear in practice).
    outer: while (i < n || (final && fields.length > 0)) {
      if (i >= n) {
        // final, and the last record had a trailing delimiter: "a,b," → a last empty field.
        fields.push('');
        out.push({ fields, line: recordLine, unclosedQuote: false });
        fields = [];
        break;
      }
      const c = text.charCodeAt(i);
      if (fields.length === 0 && (c === LF || c === CR)) {
        // blank line
        if (c === CR) {
          if (i + 1 >= n && !final) break;
          if (text.charCodeAt(i + 1) === LF) i += 1;
        }
        i += 1;
        line += 1;
        recordStart = i;
        recordLine = line;
        continue;
      }
      if (c === QUOTE) {
        // quoted field
        let value = '';
        let j = i + 1;
        let segment = j;
        let extraLines = 0;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            if (!final) break outer;
            // unclosed quote: the rest of the text is the field
            value += text.slice(segment);
            extraLines += countLineBreaks(text, j, n);
            fields.push(unguardCsvCell(value));
            out.push({ fields, line: recordLine, unclosedQuote: true });
            fields = [];
            line += extraLines;
            i = n;
            recordStart = n;
            break outer;
          }
          extraLines += countLineBreaks(text, j, q);
          if (q + 1 >= n && !final) break outer;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(segment, q + 1);
            j = q + 2;
            segment = j;
            continue;
          }
          value += text.slice(segment, q);
          j = q + 1;
          break;
        }
        // after the closing quote: anything up to the delimiter is kept literally (lenient)
        let k = j;
        while (k < n) {
          const e = text.charCodeAt(k);
          if (e === d || e === LF || e === CR) break;
          k += 1;
        }
        if (k > j) value += text.slice(j, k);
        line += extraLines;
        i = k;
        fields.push(value.charCodeAt(0) === APOSTROPHE ? unguardCsvCell(value) : value);
      } else {
        let k = i;
        while (k < n) {
          const e = text.charCodeAt(k);
          if (e === d || e === LF || e === CR) break;
          k += 1;
        }
        fields.push(text.charCodeAt(i) === APOSTROPHE ? unguardCsvCell(text.slice(i, k)) : text.slice(i, k));
        i = k;
      }
      // i is at a delimiter, a line break or the end
      if (i >= n) {
        if (!final) break;
        out.push({ fields, line: recordLine, unclosedQuote: false });
        fields = [];
        break;
      }
      const e = text.charCodeAt(i);
      if (e === d) {
        i += 1;
        continue;
      }
      // line break ends the record
      if (e === CR) {
        if (i + 1 >= n && !final) break;
        if (text.charCodeAt(i + 1) === LF) i += 1;
      }
      i += 1;
      line += 1;
      out.push({ fields, line: recordLine, unclosedQuote: false });
      fields = [];
      recordStart = i;
      recordLine = line;
    }
    if (!final) {
      // keep the incomplete record for the next chunk; its line is where it starts
      this.#pending = text.slice(recordStart);
      this.#line = recordLine;
    } else {
      this.#pending = '';
      this.#line = line;
    }
    return out;
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === LF) count += 1;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count += 1;
  }
  return count;
}

/**
 * Turns raw records into rows keyed by the header (the first record). Used by `parseCsvText` and by
 * the Node streaming reader, so both give the same rows and the same issues.
 */
export class CsvRowBuilder {
  header: string[] | null = null;
  #count = 0;

  /** Returns null for the header record, otherwise the row and, when ragged, its issue. */
  add(record: CsvRecord): { row: Record<string, string>; line: number; index: number; issue?: CsvIssue } | null {
    if (this.header === null) {
      this.header = record.fields.map((h) => h.trim());
      return null;
    }
    const header = this.header;
    const fields = record.fields;
    const row: Record<string, string> = {};
    const m = Math.min(header.length, fields.length);
    for (let f = 0; f < m; f += 1) row[header[f] as string] = fields[f] as string;
    const index = this.#count;
    this.#count += 1;
    if (record.unclosedQuote || fields.length !== header.length) {
      return {
        row,
        line: record.line,
        index,
        issue: {
          row: index,
          line: record.line,
          code: record.unclosedQuote ? 'unclosed_quote' : 'ragged_row',
          expected: header.length,
          found: fields.length,
        },
      };
    }
    return { row, line: record.line, index };
  }
}

/** Parses a whole CSV text into rows keyed by its header line. Never throws. */
export function parseCsvText(text: string, options: CsvOptions = {}): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = options.delimiter ?? sniffCsvDelimiter(body);
  const tokenizer = new CsvTokenizer(delimiter);
  const records = tokenizer.push(body);
  for (const r of tokenizer.end()) records.push(r);
  const builder = new CsvRowBuilder();
  const table: CsvTable = { delimiter, header: [], rows: [], lines: [], issues: [] };
  for (const record of records) {
    const built = builder.add(record);
    if (built === null) continue;
    table.rows.push(built.row);
    table.lines.push(built.line);
    if (built.issue) table.issues.push(built.issue);
  }
  table.header = builder.header ?? [];
  return table;
}

// Spreadsheet formula cells (CSV injection). Excel, LibreOffice Calc and Google Sheets run a cell
// whose first character is = + - @, a tab or a carriage return as a formula (OWASP "CSV Injection";
// ASVS 1.2.10 adds NUL; Japanese Excel also reads the full-width ＝ ＋ － ＠). Every CSV Terreau
// writes goes through formatCsvField, which puts one ' before such a cell: the spreadsheet shows it
// as text. A plain number ("-1.55", "+3", "-0,5") is not a formula and keeps its sign, so a
// longitude stays a number. The readers (CsvTokenizer) take that one ' off again, and to keep the
// round trip exact a cell that already starts with quotes before such a character gets one more:
//   write: ^'*[lead] and not a number → ' + value;   read: ^'+[lead] → drop the first '.
const FORMULA_LEAD = /^'*[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;
const GUARDED_LEAD = /^'+[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
const APOSTROPHE = 39;

/** The cell as written to a CSV file: one ' before a value a spreadsheet would run as a formula. */
export function guardCsvCell(value: string): string {
  return FORMULA_LEAD.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The value of a cell read from a CSV file: the ' that `guardCsvCell` put before a formula character taken off. */
export function unguardCsvCell(cell: string): string {
  return cell.charCodeAt(0) === APOSTROPHE && GUARDED_LEAD.test(cell) ? cell.slice(1) : cell;
}

/**
 * One CSV cell: formula-leading values guarded (`guardCsvCell`), then quoted when the cell holds the
 * delimiter, a quote, a line break or leading/trailing spaces.
 */
export function formatCsvField(raw: string, delimiter: CsvDelimiter = ','): string {
  if (raw === '') return '';
  const value = guardCsvCell(raw);
  let needs = value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32;
  if (!needs) {
    for (let i = 0; i < value.length; i += 1) {
      const c = value.charCodeAt(i);
      if (c === QUOTE || c === LF || c === CR || c === delimiter.charCodeAt(0)) {
        needs = true;
        break;
      }
    }
  }
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (no line break) from a list of values. */
export function formatCsvLine(values: readonly string[], delimiter: CsvDelimiter = ','): string {
  let out = '';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) out += delimiter;
    out += formatCsvField(values[i] ?? '', delimiter);
  }
  return out;
}
