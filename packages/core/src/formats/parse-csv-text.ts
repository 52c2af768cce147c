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
  /** Largest record (default 1 MiB of text, see CsvTokenizerOptions): a larger one is reported, its text skipped. */
  maxRecordBytes?: number;
  /** Field delimiter. Sniffed from the header line when absent: the most frequent of `,` `;` tab. */
  delimiter?: CsvDelimiter;
}

/** A problem found while reading a CSV row; the row itself is still returned. */
export interface CsvIssue {
  /** Index of the row in `rows` (0 = first data row, after the header). */
  row: number;
  /** Physical line (1-based, the header is line 1) where the row starts. */
  line: number;
  /**
   * `ragged_row`: not as many fields as the header; `unclosed_quote`: a quote never closed before
   * the end; `record_too_large`: the record is larger than `maxRecordBytes` (its fields were skipped).
   */
  code: 'ragged_row' | 'unclosed_quote' | 'record_too_large';
  /** Number of fields the header has (`record_too_large`: the limit). */
  expected: number;
  /** Number of fields the row has (`record_too_large`: 0, no field was kept). */
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
  /** True when the record is larger than the limit (`maxRecordBytes`): its fields were not kept. */
  tooLarge?: boolean;
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

/** Default largest record (1 MiB, counted in characters of the text): a larger one is set aside, not held. */
export const DEFAULT_MAX_RECORD_BYTES = 1 << 20;

export interface CsvTokenizerOptions {
  /**
   * Largest record, counted from its first character to the line break that ends it (line breaks
   * inside quotes included), in characters of the decoded text (UTF-16 units: one per character of
   * French text; the CLI counts the input's bytes). A larger record comes out as one record with
   * `tooLarge` and no fields; its text is skipped as it is read, never held. Default 1 MiB.
   */
  maxRecordBytes?: number;
}

// Where the tokenizer stands between two characters (kept across chunks).
const AT_RECORD = 0; // before a record (or a blank line)
const AT_FIELD = 1; // after a delimiter: a field starts
const UNQUOTED = 2; // inside an unquoted field, or in the text after a closing quote
const QUOTED = 3; // inside a quoted field
const QUOTE_SEEN = 4; // a quote inside a quoted field: "" (a quote) or the closing one, told by the next character
const AFTER_CR = 5; // a CR ended a record or a blank line: an LF right after it belongs to it

/**
 * Incremental CSV tokenizer: `push` text chunks as they arrive, get back the complete records;
 * `end` returns the last one. Records may span chunks (quoted line breaks included): the fields
 * read so far, the field being read and the quote state are kept between chunks, so each character
 * is looked at once whatever the chunking (linear time, even for a single 50 MB line).
 */
export class CsvTokenizer {
  #delimiter: number;
  #max: number;
  #started = false;
  #state = AT_RECORD;
  /** Line the tokenizer is on (1-based), and the line the current record started on. */
  #line = 1;
  #recordLine = 1;
  #fields: string[] = [];
  /** The current field's text read so far (from earlier chunks). */
  #field = '';
  /** The previous character inside a quoted field was a CR (CRLF counts as one line break). */
  #quotedCr = false;
  /** Characters of the current record in earlier chunks. */
  #carried = 0;
  /** The current record is over the limit: it is read to its end without keeping its text. */
  #skipping = false;
  #unclosed = false;

  constructor(delimiter: CsvDelimiter, options: CsvTokenizerOptions = {}) {
    this.#delimiter = delimiter.charCodeAt(0);
    const max = options.maxRecordBytes;
    this.#max = max !== undefined && max > 0 ? max : DEFAULT_MAX_RECORD_BYTES;
  }

  push(chunk: string): CsvRecord[] {
    let text = chunk;
    if (!this.#started && text.length > 0) {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const out: CsvRecord[] = [];
    this.#scan(text, out);
    return out;
  }

  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    const state = this.#state;
    if (state === AT_FIELD || state === UNQUOTED || state === QUOTE_SEEN) {
      // "a,b," at the very end: a last empty field; otherwise the field being read ends here
      this.#endField();
      this.#endRecord(out, 0);
    } else if (state === QUOTED) {
      // unclosed quote: the rest of the text is the field
      this.#unclosed = true;
      this.#endField();
      this.#endRecord(out, 0);
    }
    this.#state = AT_RECORD;
    return out;
  }

  #endField(): void {
    const value = this.#field;
    this.#field = '';
    if (!this.#skipping) this.#fields.push(value.charCodeAt(0) === APOSTROPHE ? unguardCsvCell(value) : value);
  }

  /** Ends the current record; `size`: its characters in the current chunk. */
  #endRecord(out: CsvRecord[], size: number): void {
    const record: CsvRecord = { fields: this.#fields, line: this.#recordLine, unclosedQuote: this.#unclosed };
    if (this.#skipping || this.#carried + size > this.#max) {
      record.fields = [];
      record.tooLarge = true;
    }
    out.push(record);
    this.#fields = [];
    this.#carried = 0;
    this.#skipping = false;
    this.#unclosed = false;
  }

  /** Called when the record grows: past the limit, what was kept of it is let go. */
  #checkSize(size: number): void {
    if (!this.#skipping && this.#carried + size > this.#max) {
      this.#skipping = true;
      this.#fields = [];
      this.#field = '';
    }
  }

  #scan(text: string, out: CsvRecord[]): void {
    const d = this.#delimiter;
    const n = text.length;
    let state = this.#state;
    let i = 0;
    // where the current record's characters in this chunk begin
    let from = 0;
    while (i < n) {
      if (state === UNQUOTED) {
        let k = i;
        while (k < n) {
          const e = text.charCodeAt(k);
          if (e === d || e === LF || e === CR) break;
          k += 1;
        }
        if (!this.#skipping && k > i) this.#field += text.slice(i, k);
        i = k;
        if (k >= n) break;
        this.#endField();
        const e = text.charCodeAt(k);
        i = k + 1;
        if (e === d) {
          state = AT_FIELD;
          this.#checkSize(i - from);
          continue;
        }
        this.#endRecord(out, k - from);
        this.#line += 1;
        state = e === CR ? AFTER_CR : AT_RECORD;
        continue;
      }
      if (state === QUOTED) {
        const q = text.indexOf('"', i);
        const stop = q === -1 ? n : q;
        // line breaks inside the quotes: CRLF once, a lone CR once, an LF once
        let cr = this.#quotedCr;
        for (let k = i; k < stop; k += 1) {
          const c = text.charCodeAt(k);
          if (c === LF) {
            if (!cr) this.#line += 1;
            cr = false;
          } else if (c === CR) {
            this.#line += 1;
            cr = true;
          } else cr = false;
        }
        this.#quotedCr = cr;
        if (!this.#skipping && stop > i) this.#field += text.slice(i, stop);
        if (q === -1) {
          i = n;
          break;
        }
        i = q + 1;
        state = QUOTE_SEEN;
        continue;
      }
      if (state === QUOTE_SEEN) {
        this.#quotedCr = false;
        if (text.charCodeAt(i) === QUOTE) {
          if (!this.#skipping) this.#field += '"';
          i += 1;
          state = QUOTED;
        } else state = UNQUOTED; // closed: what follows up to the delimiter is kept literally (lenient)
        continue;
      }
      if (state === AT_FIELD) {
        if (text.charCodeAt(i) === QUOTE) {
          i += 1;
          state = QUOTED;
          this.#quotedCr = false;
        } else state = UNQUOTED;
        continue;
      }
      if (state === AFTER_CR) {
        if (text.charCodeAt(i) === LF) i += 1;
        state = AT_RECORD;
        continue;
      }
      // AT_RECORD
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        // blank line
        i += 1;
        this.#line += 1;
        if (c === CR) state = AFTER_CR;
        continue;
      }
      this.#recordLine = this.#line;
      this.#carried = 0;
      from = i;
      state = AT_FIELD;
    }
    if (state !== AT_RECORD && state !== AFTER_CR) {
      this.#carried += n - from;
      this.#checkSize(0);
    }
    this.#state = state;
  }
}

/**
 * The last line of the file a record holds text on: its own line plus the line breaks inside its
 * fields (an unclosed quote's record runs to the end of the file; a final line break opens no line).
 */
export function lastLineOfRecord(record: CsvRecord): number {
  let line = record.line;
  let endsWithBreak = false;
  for (const field of record.fields) {
    for (let i = 0; i < field.length; i += 1) {
      const c = field.charCodeAt(i);
      if (c === CR && field.charCodeAt(i + 1) === LF) i += 1;
      if (c === LF || c === CR) line += 1;
    }
    const last = field.charCodeAt(field.length - 1);
    endsWithBreak = last === LF || last === CR;
  }
  return endsWithBreak ? line - 1 : line;
}

/** What a malformed record's issue carries (ragged row or unclosed quote): the counts and the lines it spans. */
export function csvFaultParams(record: CsvRecord, expected: number): { expected: number; found: number; line: number; lastLine?: number } {
  const found = record.fields.length;
  return record.unclosedQuote ? { expected, found, line: record.line, lastLine: Math.max(record.line, lastLineOfRecord(record)) } : { expected, found, line: record.line };
}

/**
 * Turns raw records into rows keyed by the header (the first record). Used by `parseCsvText` and by
 * the Node streaming reader, so both give the same rows and the same issues.
 */
export class CsvRowBuilder {
  header: string[] | null = null;
  #count = 0;
  #max: number;

  /** `maxRecordBytes`: the tokenizer's limit, reported on records above it. */
  constructor(maxRecordBytes = DEFAULT_MAX_RECORD_BYTES) {
    this.#max = maxRecordBytes;
  }

  /** Counts a record set aside without being built; returns its index. */
  skip(): number {
    const index = this.#count;
    this.#count += 1;
    return index;
  }

  /** Returns null for the header record, otherwise the row and, when ragged, its issue. */
  add(record: CsvRecord): { row: Record<string, string>; line: number; index: number; issue?: CsvIssue } | null {
    if (record.tooLarge) {
      // one record set aside, whether it is the header or a data row (a header too large reads as none)
      if (this.header === null) this.header = [];
      const index = this.skip();
      return { row: {}, line: record.line, index, issue: { row: index, line: record.line, code: 'record_too_large', expected: this.#max, found: 0 } };
    }
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
  const max = options.maxRecordBytes !== undefined && options.maxRecordBytes > 0 ? options.maxRecordBytes : DEFAULT_MAX_RECORD_BYTES;
  const tokenizer = new CsvTokenizer(delimiter, { maxRecordBytes: max });
  const records = tokenizer.push(body);
  for (const r of tokenizer.end()) records.push(r);
  const builder = new CsvRowBuilder(max);
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
