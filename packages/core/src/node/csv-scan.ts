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
