// What a file holds, from its first bytes — whatever its name says. Pure (bytes → kind), so the CLI,
// the Node readers and the browser widget tell the same things apart: a JSON file named .csv, a
// gzip or a spreadsheet (zip: xlsx, ods) or a PDF given as data, an HTML error page saved in place
// of the file, a text saved as UTF-16 ("Unicode text" of Excel). Without this they read as CSV of
// garbage or as "0 records". UTF-16 is not refused: the readers decode it (see `utf16Of`).

export type ContentKind =
  /** Nothing but blanks (or nothing). */
  | 'empty'
  | 'gzip'
  /** A zip archive: xlsx, ods, docx… */
  | 'zip'
  | 'pdf'
  | 'parquet'
  | 'html'
  | 'xml'
  /** Starts like a JSON array or object. */
  | 'json'
  | 'utf-16le'
  | 'utf-16be'
  /** Other text (CSV, or anything else that is not one of the above). */
  | 'text';

const HEAD = 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  for (let i = 0; i < signature.length; i += 1) if (bytes[at + i] !== signature[i]) return false;
  return true;
}

/**
 * UTF-16 without BOM, told by its NUL bytes: text in the Latin script has a 0 in one byte of each
 * pair (the high byte). Among the first pairs, most have a NUL on one side and none on the other.
 */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, HEAD) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.6 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.6 && odd === 0) return 'utf-16be';
  return null;
}

/** The encoding when `bytes` are UTF-16 (a BOM, or the pattern of NUL bytes), else null. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return utf16ByNuls(bytes);
}

/** What the first bytes of a file say it holds (only its first kilobyte is looked at). */
export function sniffContent(bytes: Uint8Array): ContentKind {
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  const utf16 = utf16Of(bytes);
  if (utf16) return utf16;
  // the first characters that are not blanks (after a UTF-8 BOM)
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const n = Math.min(bytes.length, HEAD);
  while (i < n && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i += 1;
  if (i >= n) return bytes.length > HEAD ? 'text' : 'empty';
  const first = bytes[i] as number;
  if (first === 0x3c /* < */) {
    const head = String.fromCharCode(...bytes.subarray(i, Math.min(n, i + 64))).toLowerCase();
    if (/^<(!doctype\s+html|html|head|body|meta|title|script|div|p[\s>])/.test(head)) return 'html';
    if (/^<(\?xml|!doctype|!--|svg[\s>]|rss[\s>]|feed[\s>])/.test(head)) return 'xml';
    return 'text';
  }
  if (first === 0x5b /* [ */ || first === 0x7b /* { */) {
    // the next character that is not blank must be one a JSON value can hold there
    let j = i + 1;
    while (j < n && (bytes[j] === 32 || bytes[j] === 9 || bytes[j] === 10 || bytes[j] === 13)) j += 1;
    if (j >= n) return 'json';
    const c = bytes[j] as number;
    if (first === 0x7b) return c === 0x22 || c === 0x7d ? 'json' : 'text';
    if (c === 0x7b || c === 0x5b || c === 0x22 || c === 0x5d || c === 0x2d || (c >= 0x30 && c <= 0x39)) return 'json';
    const word = String.fromCharCode(...bytes.subarray(j, Math.min(n, j + 5)));
    return /^(true|false|null)/.test(word) ? 'json' : 'text';
  }
  return 'text';
}

/**
 * Whether content of `kind` can be read as `expected` (csv, or one of the JSON forms): the kind
 * found when it cannot (the reader refuses the file, naming it), null when it can. UTF-16 can
 * (decoded), empty content can (it holds no record, said as such).
 */
export function contentMismatch(kind: ContentKind, expected: 'csv' | 'json' | 'ndjson' | 'geojson'): ContentKind | null {
  if (kind === 'gzip' || kind === 'zip' || kind === 'pdf' || kind === 'parquet' || kind === 'html' || kind === 'xml') return kind;
  if (expected === 'csv') return kind === 'json' ? kind : null;
  return kind === 'text' ? kind : null;
}
