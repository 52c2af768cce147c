// Bytes → text, as <ess-map> reads a data file and the advisor reads a saved state (Lit-free). Its
// own module: the map's start file does not carry it (the validation chunk does), the advisor's does.
import { utf16Of } from '@terreau/core';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const CP1252 = new TextDecoder('windows-1252');

/**
 * Bytes → text: strict UTF-8 (a BOM is removed), else Windows-1252 — the encoding of spreadsheets
 * exported "CSV (séparateur : point-virgule)" by French office suites.
 */
export function decodeBytes(bytes: Uint8Array): string {
  let text: string;
  // UTF-16 (Excel's "Unicode text"): told by its BOM or its NUL bytes, as the CLI does (core's utf16Of).
  const utf16 = utf16Of(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, '');
  try {
    text = UTF8.decode(bytes);
  } catch {
    text = CP1252.decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
