// The CSV tokenizer as it was before it became resumable (commit 3fb1960): it re-read a record cut
// by a chunk from its start (quadratic on long lines) but its rules are the reference the
// resumable tokenizer and the CLI's byte scanner (node/csv-scan.ts) must keep exactly.
import { unguardCsvCell } from '../../../packages/core/src/formats/parse-csv-text.js';
import type { CsvDelimiter, CsvRecord } from '../../../packages/core/src/formats/parse-csv-text.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const APOSTROPHE = 39;

/**
 * Incremental CSV tokenizer: `push` text chunks as they arrive, get back the complete records;
 * `end` returns the last one. Records may span chunks (quoted line breaks included).
 */
export class ReferenceCsvTokenizer {
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

