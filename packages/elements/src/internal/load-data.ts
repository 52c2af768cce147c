// Data loading for the widgets (Lit-free): fetch bytes with a timeout, decode, sniff the format,
// and hand plain values to core's parsers. Every failure becomes a `LoadFailure` value — this module
// never lets a rejection escape — so the element can always show a retryable explanation.
import {
  actorFromRow,
  actorsFromGeoJson,
  parseActors,
  parseCsvText,
  parseDataset,
  type Actor,
  type Partnership,
  type RecordIssue,
} from '@terreau/core';
import type { DataErrorKind } from '../events/ess-data-error.js';

/** The shapes of data the widgets read. */
export type DataFormat = 'json' | 'dataset' | 'geojson' | 'csv';

/** Why loading failed; `status` for HTTP errors. */
export interface LoadFailure {
  kind: DataErrorKind;
  status?: number;
  url?: string;
}

/** Decoded, sniffed but not yet validated content: a JSON value or CSV text. */
export type RawData = { format: 'csv'; text: string } | { format: 'json'; value: unknown };

export type FetchOutcome = { ok: true; raw: RawData } | { ok: false; failure: LoadFailure };

export interface FetchOptions {
  /** Seconds before giving up (default 15). */
  timeout?: number;
  /** Aborts the request (a newer load supersedes this one). */
  signal?: AbortSignal;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const CP1252 = new TextDecoder('windows-1252');

/**
 * Bytes → text: strict UTF-8 (a BOM is removed), else Windows-1252 — the encoding of spreadsheets
 * exported "CSV (séparateur : point-virgule)" by French office suites.
 */
export function decodeBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    text = CP1252.decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

/**
 * Fetches `url` as bytes under a timeout and returns its sniffed content, or the reason it failed.
 * Never rejects.
 */
export async function fetchData(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const seconds = options.timeout !== undefined && Number.isFinite(options.timeout) && options.timeout > 0 ? options.timeout : 15;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, seconds * 1000);
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const fail = (failure: Omit<LoadFailure, 'url'>): FetchOutcome => ({ ok: false, failure: { ...failure, url } });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json, application/geo+json, text/csv;q=0.9, */*;q=0.5' } });
    } catch {
      return fail({ kind: timedOut ? 'timeout' : 'network' });
    }
    if (!response.ok) {
      // Drain nothing: the status says it all.
      void response.body?.cancel().catch(() => undefined);
      return fail({ kind: 'http', status: response.status });
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch {
      return fail({ kind: timedOut ? 'timeout' : 'truncated' });
    }
    const sniffed = sniffText(decodeBytes(bytes), response.headers.get('content-type') ?? '', url);
    return sniffed.ok ? sniffed : fail(sniffed.failure);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Reads the JSON of an inline `<script type="application/json">` child. Its text is only parsed,
 * never executed (the browser does not run that type).
 */
export function readInlineJson(host: Element): { found: false } | { found: true; outcome: FetchOutcome } {
  const script = Array.from(host.children).find(
    (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && /^application\/(geo\+)?json$/i.test(c.type.trim()),
  );
  if (!script) return { found: false };
  const sniffed = sniffText(script.textContent ?? '', 'application/json');
  return { found: true, outcome: sniffed };
}

// ——— from raw content to validated actors (core decides what is valid) ———

/** Where the data came from. */
export type DatasetOrigin = 'src' | 'inline' | 'property' | 'default';

/** Validated data, ready to show; `issues` lists every record set aside and why. */
export interface LoadedDataset {
  origin: DatasetOrigin;
  format: DataFormat;
  actors: Actor[];
  partnerships: Partnership[];
  issues: RecordIssue[];
}

export type LoadOutcome = LoadedDataset | { failure: LoadFailure };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * GeoJSON features → actor candidates, one per feature (so issue indices are feature indices). A
 * feature core cannot read (not a Feature, a Polygon where a Point is expected) still goes to
 * parseActors as is, which rejects it with a message naming the field: nothing is dropped silently.
 */
function candidatesFromGeoJson(value: unknown): unknown[] {
  const features = isRecord(value) && Array.isArray(value['features']) ? (value['features'] as unknown[]) : [];
  const read = actorsFromGeoJson(value);
  const candidates: unknown[] = features.map((feature) =>
    isRecord(feature) && isRecord(feature['properties']) ? { ...actorFromRow(feature['properties']), location: feature['geometry'] } : feature,
  );
  read.candidates.forEach((candidate, i) => {
    const at = read.indexes[i];
    if (at !== undefined) candidates[at] = candidate;
  });
  return candidates;
}

/** Validates sniffed content through core. */
export function datasetFromRaw(raw: RawData, origin: DatasetOrigin): LoadOutcome {
  if (raw.format === 'csv') {
    const table = parseCsvText(raw.text);
    if (table.rows.length === 0) return { failure: { kind: 'empty' } };
    const parsed = parseActors(table.rows.map((row, index) => actorFromRow(row, { index })));
    return { origin, format: 'csv', actors: parsed.actors, partnerships: [], issues: parsed.issues };
  }
  const shape = jsonFormatOf(raw.value);
  if (!shape.ok) return { failure: shape.failure };
  if (shape.format === 'dataset') {
    const parsed = parseDataset(raw.value);
    return { origin, format: 'dataset', actors: parsed.actors, partnerships: parsed.partnerships, issues: parsed.issues };
  }
  const parsed = parseActors(shape.format === 'geojson' ? candidatesFromGeoJson(raw.value) : raw.value);
  return { origin, format: shape.format, actors: parsed.actors, partnerships: [], issues: parsed.issues };
}

export interface LoadDatasetOptions extends FetchOptions {
  /** The element, for its inline `<script type="application/json">` child. */
  host?: Element;
  src?: string | undefined;
  actors?: unknown[] | undefined;
  partnerships?: unknown[] | undefined;
}

/**
 * Loads from the first input given: the `actors` property, an inline JSON child, `src`, or else
 * the embedded default dataset (the sixteen case studies and their partners). Never rejects.
 */
export async function loadDataset(origin: DatasetOrigin, options: LoadDatasetOptions): Promise<LoadOutcome> {
  try {
    if (origin === 'property') {
      const value = options.partnerships ? { actors: options.actors ?? [], partnerships: options.partnerships } : (options.actors ?? []);
      return datasetFromRaw({ format: 'json', value }, origin);
    }
    if (origin === 'inline' && options.host) {
      const inline = readInlineJson(options.host);
      if (inline.found) return inline.outcome.ok ? datasetFromRaw(inline.outcome.raw, origin) : { failure: inline.outcome.failure };
    }
    if (origin === 'src' && options.src) {
      const fetched = await fetchData(options.src, options);
      return fetched.ok ? datasetFromRaw(fetched.raw, origin) : { failure: fetched.failure };
    }
    // The embedded data is a chunk of its own, fetched only by a map given no data: a page that
    // brings its own actors never loads it. A chunk that cannot be fetched is a network failure.
    const defaultDataset = await import('@terreau/core/default-dataset').then(
      (m) => m.defaultDataset,
      () => null,
    );
    if (defaultDataset === null) return { failure: { kind: 'network' } };
    return datasetFromRaw({ format: 'json', value: defaultDataset }, 'default');
  } catch {
    // Core's parsers do not throw on bad data; this only guards against the unforeseen.
    return { failure: { kind: 'wrong-content', ...(options.src ? { url: options.src } : {}) } };
  }
}
