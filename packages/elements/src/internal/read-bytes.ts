// What a data file is, from its bytes: an archive or a PDF (said as such), else its text decoded and
// sniffed as JSON (parsed) or CSV; and a URL's file name (the records' default source). Part of the
// validation chunk (validate-data.ts re-exports it), which is fetched alongside the data: the page's
// start file does not carry the decoding.
import { sniffContent } from '@terreau/core';
import { decodeBytes } from './decode-bytes.js';
import type { DataFormat, LoadFailure, RawData } from './load-data.js';

/** Reads fetched bytes: refused when not text (core's sniffContent), else decoded and sniffed. */
export function rawFromBytes(bytes: Uint8Array, contentType: string, url: string): { ok: true; raw: RawData } | { ok: false; failure: Omit<LoadFailure, 'url'> } {
  // A file that is not text at all (an archive, a PDF, a spreadsheet) is said as what it is.
  const kind = sniffContent(bytes);
  if (kind === 'gzip' || kind === 'zip' || kind === 'pdf' || kind === 'parquet') return { ok: false, failure: { kind: 'wrong-content', found: kind } };
  return sniffText(decodeBytes(bytes), contentType, url);
}

/** Decides how to read `text` from its content type, the URL's extension and its first character. */
export function sniffText(text: string, contentType = '', url = ''): { ok: true; raw: RawData } | { ok: false; failure: LoadFailure } {
  const body = text.trimStart();
  if (body.length === 0) return { ok: false, failure: { kind: 'empty' } };
  const first = body[0];
  const type = contentType.toLowerCase();
  const path = url.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (first === '<' || type.includes('text/html') || type.includes('xml')) {
    return { ok: false, failure: { kind: 'wrong-content' } };
  }
  const looksJson = first === '[' || first === '{';
  if (looksJson || type.includes('json') || /\.(geo)?json$/.test(path)) {
    try {
      return { ok: true, raw: { format: 'json', value: JSON.parse(body) as unknown } };
    } catch {
      return { ok: false, failure: { kind: 'invalid-json' } };
    }
  }
  return { ok: true, raw: { format: 'csv', text } };
}

/** Says which of the JSON shapes `value` has, or why none fits. */
export function jsonFormatOf(value: unknown): { ok: true; format: Exclude<DataFormat, 'csv'> } | { ok: false; failure: LoadFailure } {
  if (Array.isArray(value)) return value.length === 0 ? { ok: false, failure: { kind: 'empty' } } : { ok: true, format: 'json' };
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o['type'] === 'FeatureCollection') {
      const features = o['features'];
      if (!Array.isArray(features) || features.length === 0) return { ok: false, failure: { kind: 'empty' } };
      return { ok: true, format: 'geojson' };
    }
    if (Array.isArray(o['actors'])) {
      return o['actors'].length === 0 ? { ok: false, failure: { kind: 'empty' } } : { ok: true, format: 'dataset' };
    }
  }
  return { ok: false, failure: { kind: 'wrong-content' } };
}

/** The last part of a URL's path, decoded ("https://x.fr/data/liste-siae.csv?v=2" → "liste-siae.csv"); "" when none. */
export function fileNameOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last).slice(0, 200);
  } catch {
    return last.slice(0, 200);
  }
}
