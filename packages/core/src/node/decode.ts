// Bytes → text. UTF-8 (with or without BOM) when the bytes are valid UTF-8, Windows-1252 otherwise
// (spreadsheets saved as "CSV" on French Windows). Also a streaming decoder that decides from the
// first chunk(s) and keeps multi-byte characters split across chunks whole.
import { TextDecoder } from 'node:util';

import { utf16Of } from '../formats/sniff-content.js';

/** UTF-16 (Excel's "Unicode text") is told by its BOM or its NUL bytes (formats/sniff-content.ts). */
export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** True when `bytes` is valid UTF-8, as a strict decoder reads it (a sequence cut at the very end counts as valid when `partial`). */
export function isValidUtf8(bytes: Uint8Array, partial = false): boolean {
  return firstInvalidUtf8(bytes, partial) === bytes.length;
}

/** Offset of the first byte that is not part of valid UTF-8 (`bytes.length` when all are). */
export function firstInvalidUtf8(bytes: Uint8Array, partial = false): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k += 1) {
      if (i + k >= n) return partial ? n : i;
      const c = bytes[i + k] as number;
      // the second byte's range is narrower after E0, ED, F0, F4 (no overlong forms, no surrogates, nothing past U+10FFFF)
      const low = k > 1 ? 0x80 : b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const high = k > 1 ? 0xbf : b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (c < low || c > high) return i;
    }
    i += need + 1;
  }
  return n;
}

/** Which encoding `bytes` are in: UTF-8 if they are valid UTF-8, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array, partial = false): TextEncodingName {
  const utf16 = utf16Of(bytes);
  if (utf16) return utf16;
  return isValidUtf8(bytes, partial) ? 'utf-8' : 'windows-1252';
}

// Windows-1252 bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Node 20's
// TextDecoder('windows-1252') decodes them as Latin-1 control characters, so they are mapped here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const latin1 = new TextDecoder('latin1');

/** Decodes Windows-1252 bytes (single-byte: chunks can be decoded one by one). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = latin1.decode(bytes);
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string) : text;
}

/** Decodes bytes as UTF-8 (BOM dropped) or, when they are not valid UTF-8, as Windows-1252. */
export function decodeBytes(bytes: Uint8Array, encoding?: TextEncodingName): { text: string; encoding: TextEncodingName } {
  const enc = encoding ?? detectEncoding(bytes);
  const text = enc === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(enc).decode(bytes);
  return { text, encoding: enc };
}

/**
 * Decodes a stream of byte chunks. The encoding is decided on the first 64 KiB (or the whole input
 * if shorter); when a later chunk proves the text is not UTF-8 after all, the rest is decoded as
 * Windows-1252 (`onEncoding` is told each time the encoding is chosen).
 */
export async function* decodeStream(
  chunks: AsyncIterable<Uint8Array | string>,
  options: { encoding?: TextEncodingName; onEncoding?: (e: TextEncodingName) => void } = {},
): AsyncGenerator<string> {
  const SNIFF = 1 << 16;
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let decoder: TextDecoder | null = null;
  let encoding = options.encoding;
  // UTF-8 is decoded with `fatal`, so bytes that are not UTF-8 after all throw: the rest of the
  // input is then decoded as Windows-1252 (native decoders both; no byte loop in JavaScript).
  const start = (enc: TextEncodingName): TextDecoder => {
    options.onEncoding?.(enc);
    return new TextDecoder(enc === 'windows-1252' ? 'utf-8' : enc, { fatal: enc === 'utf-8' && options.encoding === undefined });
  };
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    if (encoding === 'windows-1252') return decodeWindows1252(bytes);
    const d = decoder as TextDecoder;
    try {
      return d.decode(bytes, { stream });
    } catch {
      encoding = 'windows-1252';
      decoder = start(encoding);
      return decodeWindows1252(bytes);
    }
  };
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    if (decoder === null) {
      if (encoding !== undefined) decoder = start(encoding);
      else {
        pending.push(chunk);
        pendingLength += chunk.length;
        if (pendingLength < SNIFF) continue;
        const all = concat(pending, pendingLength);
        pending = [];
        encoding = detectEncoding(all, true);
        decoder = start(encoding);
        yield decode(all, true);
        continue;
      }
    }
    yield decode(chunk, true);
  }
  if (decoder === null) {
    const all = concat(pending, pendingLength);
    encoding = encoding ?? detectEncoding(all);
    decoder = start(encoding);
    yield decode(all, false);
    return;
  }
  const tail = decode(new Uint8Array(0), false);
  if (tail) yield tail;
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(length);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
