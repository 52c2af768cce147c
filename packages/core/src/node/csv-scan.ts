// Where CSV records end, found on the bytes without decoding them or cutting fields out: the CLI's
// main thread cuts the input into chunks of whole records this way and the worker threads do the
// rest (decode, tokenise, validate, render). The rules are CsvTokenizer's exactly (formats/
// parse-csv-text.ts: a quote opens a quoted field only at the start of a field, "" inside one is a
// quote, text after the closing quote is kept up to the delimiter, CRLF, LF or a lone CR end a
// record, blank lines hold none, an unclosed quote runs to the end), so the records a chunk holds
// and the lines they start on are those the tokenizer finds: the workers check the count.
// Delimiters, quotes and line breaks are ASCII, the same bytes in UTF-8 and Windows-1252.

const QUOTE = 34;
const LF = 10;
const CR = 13;

export interface CsvScan {
  /** Byte offset where the unfinished part begins (a record start): bytes before it are whole records (and blank lines). */
  end: number;
  /** Records that end before `end`. */
  records: number;
  /** Line breaks before `end`. */
  lines: number;
}

/**
 * Scans `bytes` from `start` (a record start) up to `limit`. When `final` is false, a record that
 * may go on past `limit` (no line break yet, a quote or CR as last byte) is left for the next
 * scan; when true, `limit` is the end of the input. `maxRecords` stops after that many records.
 */
export function scanCsvRecords(bytes: Uint8Array, start: number, limit: number, delimiter: number, final: boolean, maxRecords = Infinity): CsvScan {
  let i = start;
  let records = 0;
  let lines = 0;
  // where the current record began and the line count there: the resume point if it is cut off
  let recordStart = start;
  let recordLines = 0;
  outer: while (records < maxRecords) {
    if (i >= limit) break;
    let c = bytes[i] as number;
    if (c === LF || c === CR) {
      // blank line
      if (c === CR) {
        if (i + 1 >= limit && !final) break;
        if (bytes[i + 1] === LF) i += 1;
      }
      i += 1;
      lines += 1;
      recordStart = i;
      recordLines = lines;
      continue;
    }
    // one record, field by field
    for (;;) {
      if (c === QUOTE) {
        let j = i + 1;
        for (;;) {
          let q = j;
          while (q < limit && bytes[q] !== QUOTE) q += 1;
          if (q >= limit) {
            if (!final) break outer;
            // unclosed quote: the rest of the input is the field, and the record ends there
            lines += lineBreaks(bytes, i + 1, limit, limit);
            records += 1;
            i = limit;
            recordStart = limit;
            recordLines = lines;
            break outer;
          }
          if (q + 1 >= limit && !final) break outer;
          if (bytes[q + 1] === QUOTE) {
            j = q + 2;
            continue;
          }
          lines += lineBreaks(bytes, i + 1, q, limit);
          i = q + 1;
          break;
        }
      }
      // unquoted field, or the text after a closing quote: up to a delimiter or a line break
      while (i < limit) {
        c = bytes[i] as number;
        if (c === delimiter || c === LF || c === CR) break;
        i += 1;
      }
      if (i >= limit) {
        if (!final) break outer;
        records += 1;
        recordStart = limit;
        recordLines = lines;
        break outer;
      }
      if (c === delimiter) {
        i += 1;
        if (i >= limit) {
          if (!final) break outer;
          // "a,b," at the very end: a last empty field, and the record ends
          records += 1;
          recordStart = limit;
          recordLines = lines;
          break outer;
        }
        c = bytes[i] as number;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= limit && !final) break outer;
        if (bytes[i + 1] === LF) i += 1;
      }
      i += 1;
      lines += 1;
      records += 1;
      recordStart = i;
      recordLines = lines;
      continue outer;
    }
  }
  return { end: recordStart, records, lines: recordLines };
}

/** Line breaks between `from` and `to` as the tokenizer counts them (CRLF once, a lone CR once; nothing seen past `limit`). */
function lineBreaks(bytes: Uint8Array, from: number, to: number, limit: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = bytes[i];
    if (c === LF) n += 1;
    else if (c === CR && (i + 1 >= limit || bytes[i + 1] !== LF)) n += 1;
  }
  return n;
}

// The states of CsvRecordScanner, as CsvTokenizer's (kept across pieces of input).
const AT_RECORD = 0;
const AT_FIELD = 1;
const UNQUOTED = 2;
const QUOTED = 3;
const QUOTE_SEEN = 4;
const AFTER_CR = 5;

/** Why CsvRecordScanner stopped before the end of what it was given. */
export const enum ScanEvent {
  None = 0,
  /** The record being read went over the limit: take the whole records before `cut`, then drop its bytes as they are scanned. */
  Overflow = 1,
  /** A record over the limit ended at `cut`: it is the one record counted (`records` = 1). */
  TooLargeEnded = 2,
  /** `maxRecords` records were counted. */
  Enough = 3,
}

/**
 * scanCsvRecords made resumable, for inputs read piece by piece: `scan` goes on from where the
 * previous call stopped (inside a field, inside quotes, after a CR), so each byte is looked at once
 * however long a record is. It also measures each record (its bytes from the first one to the line
 * break that ends it) against `maxRecordBytes`: past it, the caller is told (`Overflow`) and may drop
 * the record's bytes as they come, the scanner following its quotes to find where it ends.
 *
 * Offsets are in the caller's buffer; `shift(n)` says its first n bytes were removed (n ≤ `cut`, or
 * any n while a record over the limit is being skipped).
 */
export class CsvRecordScanner {
  #d: number;
  #max: number;
  #state = AT_RECORD;
  #quotedCr = false;
  /** Bytes of the current record before `#from`, and where its bytes not yet counted begin. */
  #carried = 0;
  #from = 0;
  /** A CR ended a record (or a blank line): it is counted once the byte after it is known (an LF belongs to it). */
  #crRecord = false;
  /** Last record boundary seen: the bytes before it are whole records and blank lines. */
  cut = 0;
  /** Records, and line breaks, before `cut` (since the last shift). */
  records = 0;
  lines = 0;
  /** Line breaks seen up to where scanning stopped (since the last shift). */
  linesSeen = 0;
  /** The record being read is over the limit. */
  overflow = false;
  event: ScanEvent = ScanEvent.None;

  constructor(delimiter: number, maxRecordBytes: number) {
    this.#d = delimiter;
    this.#max = maxRecordBytes;
  }

  shift(n: number): void {
    this.#carried += Math.max(0, n - this.#from);
    this.#from = Math.max(0, this.#from - n);
    this.cut = Math.max(0, this.cut - n);
    this.linesSeen -= this.lines;
    this.records = 0;
    this.lines = 0;
    this.event = ScanEvent.None;
  }

  #grown(at: number): boolean {
    if (this.overflow || this.#carried + (at - this.#from) <= this.#max) return false;
    this.overflow = true;
    this.event = ScanEvent.Overflow;
    return true;
  }

  /** The boundary after a record or blank line, at `at`; true when the scan must stop there. */
  #boundary(at: number, record: boolean, maxRecords: number): boolean {
    this.cut = at;
    this.#from = at;
    this.#carried = 0;
    if (!record) {
      this.lines = this.linesSeen;
      return false;
    }
    this.records += 1;
    this.lines = this.linesSeen;
    if (this.overflow) {
      this.overflow = false;
      this.event = ScanEvent.TooLargeEnded;
      return true;
    }
    if (this.records >= maxRecords) {
      this.event = ScanEvent.Enough;
      return true;
    }
    return false;
  }

  /** Scans `bytes[from .. to)`; returns where it stopped (`to`, or where `event` happened). */
  scan(bytes: Uint8Array, from: number, to: number, maxRecords = Infinity): number {
    const d = this.#d;
    let state = this.#state;
    let i = from;
    this.event = ScanEvent.None;
    const stop = (): number => {
      this.#state = state;
      return i;
    };
    while (i < to) {
      if (state === UNQUOTED) {
        let c = 0;
        while (i < to) {
          c = bytes[i] as number;
          if (c === d || c === LF || c === CR) break;
          i += 1;
        }
        if (i >= to) break;
        if (c === d) {
          i += 1;
          state = AT_FIELD;
          if (this.#grown(i)) return stop();
          continue;
        }
        // a line break ends the record: over the limit, it is told first (and ends at the next scan)
        if (this.#grown(i)) return stop();
        i += 1;
        this.linesSeen += 1;
        if (c === CR) {
          state = AFTER_CR;
          this.#crRecord = true;
          continue;
        }
        state = AT_RECORD;
        if (this.#boundary(i, true, maxRecords)) return stop();
        continue;
      }
      if (state === QUOTED) {
        let cr = this.#quotedCr;
        while (i < to) {
          const c = bytes[i] as number;
          if (c === QUOTE) break;
          if (c === LF) {
            if (!cr) this.linesSeen += 1;
            cr = false;
          } else if (c === CR) {
            this.linesSeen += 1;
            cr = true;
          } else cr = false;
          i += 1;
        }
        this.#quotedCr = cr;
        if (i >= to) break;
        i += 1;
        state = QUOTE_SEEN;
        continue;
      }
      if (state === QUOTE_SEEN) {
        this.#quotedCr = false;
        if (bytes[i] === QUOTE) {
          i += 1;
          state = QUOTED;
        } else state = UNQUOTED;
        continue;
      }
      if (state === AT_FIELD) {
        if (bytes[i] === QUOTE) {
          i += 1;
          state = QUOTED;
          this.#quotedCr = false;
        } else state = UNQUOTED;
        continue;
      }
      if (state === AFTER_CR) {
        if (bytes[i] === LF) i += 1;
        state = AT_RECORD;
        const record = this.#crRecord;
        this.#crRecord = false;
        if (this.#boundary(i, record, maxRecords)) return stop();
        continue;
      }
      // AT_RECORD
      const c = bytes[i] as number;
      if (c === LF || c === CR) {
        // blank line: no record
        i += 1;
        this.linesSeen += 1;
        if (c === CR) {
          state = AFTER_CR;
          this.#crRecord = false;
        } else this.#boundary(i, false, maxRecords);
        continue;
      }
      this.#from = i;
      this.#carried = 0;
      state = AT_FIELD;
    }
    if (state !== AT_RECORD && state !== AFTER_CR && this.#grown(i)) return stop();
    return stop();
  }

  /** The end of the input at `end`: the record being read (if any) ends there. Sets `event` as `scan` does. */
  finish(end: number): void {
    this.event = ScanEvent.None;
    const state = this.#state;
    if (state === AT_RECORD) return;
    if (state === AFTER_CR) {
      this.#state = AT_RECORD;
      const record = this.#crRecord;
      this.#crRecord = false;
      this.#boundary(end, record, Infinity);
      return;
    }
    if (this.#grown(end)) return;
    this.#state = AT_RECORD;
    this.#boundary(end, true, Infinity);
  }
}
