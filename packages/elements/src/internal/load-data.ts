// Data loading for the widgets (Lit-free): fetch bytes with a timeout, then the validation chunk
// decodes them, sniffs the format and hands plain values to core's parsers. Every failure becomes a
// `LoadFailure` value — this module never lets a rejection escape — so the element can always show a
// retryable explanation. What reads the bytes (decoding, sniffing: read-bytes.ts, decode-bytes.ts)
// travels in the validation chunk, which is fetched alongside the data: the page's start file does
// not carry it.
import type { Actor, Partnership, RecordIssue } from '@terreau/core';
import type { DataErrorKind } from '../events/ess-data-error.js';

/** The shapes of data the widgets read. */
export type DataFormat = 'json' | 'dataset' | 'geojson' | 'csv';

/** Why loading failed; `status` for HTTP errors; `bytes` and `limit` for a body over the size limit. */
export interface LoadFailure {
  kind: DataErrorKind;
  status?: number;
  url?: string;
  /** `too-large`: the bytes read when the reading stopped. */
  bytes?: number;
  /** `too-large`: the limit in bytes (the `max-bytes` attribute). */
  limit?: number;
  /** `wrong-content`: what the bytes are when they are not text (core's sniffContent: gzip, zip, pdf, parquet). */
  found?: 'gzip' | 'zip' | 'pdf' | 'parquet';
}

/** Decoded, sniffed but not yet validated content: a JSON value or CSV text. */
export type RawData = { format: 'csv'; text: string } | { format: 'json'; value: unknown };

export type FetchOutcome = { ok: true; raw: RawData } | { ok: false; failure: LoadFailure };

export interface FetchOptions {
  /** Seconds before giving up (default 15). */
  timeout?: number;
  /** Aborts the request (a newer load supersedes this one). */
  signal?: AbortSignal;
  /** Most bytes of `src` read, once decompressed (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Fetches the validation chunk, which reads the bytes (default: validatorLoader); resolves to undefined when it cannot. */
  loadValidator?: () => Promise<ValidatorModule | undefined>;
  /** Fetches the full path of the validation (zod), when a record needs it (default: validate-data's fullValidatorLoader); undefined when it cannot. */
  loadFullValidator?: () => Promise<typeof import('./validate-full.js') | undefined>;
}

/** The validation chunk: core's validation, and the reading of bytes (decoding, sniffing). */
type ValidatorModule = typeof import('./validate-data.js');

/**
 * Default most bytes read from `src`, once decompressed: 50 MiB. The map draws about 100 000 points
 * at a usable speed (a first paint near 1 s, see the README's figures); a CSV row of an actor takes
 * 150–400 bytes and a JSON actor 300–600, so 50 MiB holds more actors than the map can show, and
 * stays far below what freezes a tab (a 200 MB body decoded, parsed and validated took 17 s and 1.6 GB).
 */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The limit to apply: a positive finite number of bytes, else the default. */
export function maxBytesOf(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_MAX_BYTES;
}

type BodyOutcome = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: number };

/**
 * Reads a response body chunk by chunk, counting the bytes (after the browser's decompression), and
 * cancels the stream as soon as the count passes `limit`: a small gzip that inflates to hundreds of
 * megabytes is never held in memory. Rejects when the connection breaks.
 */
export async function readBodyWithin(response: Response, limit: number): Promise<BodyOutcome> {
  if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, tooLarge: total };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: chunks.length === 1 ? (chunks[0] as Uint8Array) : new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer()) };
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
    const limit = maxBytesOf(options.maxBytes);
    let body: BodyOutcome;
    try {
      body = await readBodyWithin(response, limit);
    } catch {
      return fail({ kind: timedOut ? 'timeout' : 'truncated' });
    }
    if (!body.ok) return fail({ kind: 'too-large', bytes: body.tooLarge, limit });
    // The reading of the bytes is in the validation chunk (asked for with the data, so usually there).
    const reader = await (options.loadValidator ? options.loadValidator() : validatorLoader.load()).catch(() => undefined);
    if (!reader) return fail({ kind: 'network' });
    const read = reader.rawFromBytes(body.bytes, response.headers.get('content-type') ?? '', url);
    return read.ok ? read : fail(read.failure);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The text of an inline `<script type="application/json">` child, or null when there is none. Its
 * text is only read (then parsed as JSON), never executed (the browser does not run that type).
 */
export function inlineJsonText(host: Element): string | null {
  const script = Array.from(host.children).find(
    (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && /^application\/(geo\+)?json$/i.test(c.type.trim()),
  );
  return script ? (script.textContent ?? '') : null;
}

// ——— from raw content to validated actors (core decides what is valid) ———
// The validation itself is in validate-data.ts (core's fast path and CSV reader, zod-free), a chunk
// fetched with the data: its download runs while the data is fetched, so the page's first load does
// not carry it and the data comes no later. zod, core's schemas and error texts (validate-full.ts)
// are fetched only when a record needs them.

/** Where the data came from. */
export type DatasetOrigin = 'src' | 'inline' | 'property' | 'source' | 'default';

/** Validated data, ready to show; `issues` lists every record set aside and why. */
export interface LoadedDataset {
  origin: DatasetOrigin;
  format: DataFormat;
  actors: Actor[];
  partnerships: Partnership[];
  issues: RecordIssue[];
  /** What was tidied or decided on kept records (département suffix, unclassified type, merged conventions…). */
  warnings?: RecordIssue[];
  /** CSV: the columns recognised (and as which field) and those ignored. */
  columns?: { recognised: { column: string; field: string }[]; ignored: string[] };
  /**
   * A live source read only in part: `capped` when the API announced more results than can be read
   * (its 10 000 limit, or `source-max-results`), `partial` when reading stopped early on a failure.
   */
  notice?: { kind: 'capped'; read: number; announced: number } | { kind: 'partial'; read: number; failure: LoadFailure };
  /** What each official zoning list of the `zone-lists` attribute gave (in the attribute's order). */
  zoneLists?: ZoneListReport[];
}

/** An official zoning list named by the `zone-lists` attribute, fetched but not yet read. */
export interface FetchedZoneList {
  /** The zoning the user named before the URL ("" when none: the file's name is the hint). */
  zoning: string;
  url: string;
  outcome: FetchOutcome;
}

/**
 * What one official zoning list gave: the zonings it adds and the communes it lists, or why it was
 * not read (`failure`: the download; `reason`: the content). The data is shown either way.
 */
export type ZoneListReport =
  | { url: string; ok: true; zonings: string[]; communes: number; partly: number }
  | { url: string; ok: false; failure?: LoadFailure; reason?: 'not-csv' | 'no-commune-column' | 'no-zoning'; columns?: string[] };


/** Where a live source's reading is: units received, results announced, a wait after HTTP 429. */
export interface SourceProgress {
  received: number;
  announced: number;
  waitingMs?: number;
}

/** How the records of a file are read: the `columns` attribute, the file's name as default source. */
export interface ReadingOptions {
  columns?: string | undefined;
  /** Keep SIRENE units marked closed (core's includeClosed; default: set aside as closed_unit). */
  includeClosed?: boolean | undefined;
  source?: string | undefined;
  /** Converts projected coordinates to WGS84 (the projection chunk), for a file that has them. */
  project?: ((x: number, y: number, epsg?: string) => { lat: number; lon: number } | null) | undefined;
}


export type LoadOutcome = LoadedDataset | { failure: LoadFailure };

/**
 * How the validation code is fetched, when the first data is to be read: one dynamic import (the
 * browser keeps the module once fetched), behind an object so a test can make it fail.
 */
export const validatorLoader = {
  load: (): Promise<typeof import('./validate-data.js')> => import('./validate-data.js'),
};

export interface LoadDatasetOptions extends FetchOptions {
  /** The element, for its inline `<script type="application/json">` child. */
  host?: Element;
  src?: string | undefined;
  actors?: unknown[] | undefined;
  partnerships?: unknown[] | undefined;
  /** A live source (`source="annuaire-entreprises"`) and the territory and address it is read for. */
  source?: { territory: { level: 'commune' | 'epci'; code: string }; baseUrl?: string | undefined; maxResults?: number | undefined } | undefined;
  /** Fetches the live source's chunk (core's fetch loop); resolves to undefined when it cannot. Needed with `source`. */
  loadSource?: () => Promise<typeof import('./sources/annuaire-entreprises.js') | undefined>;
  /** Told at each page of a live source. */
  onSourceProgress?: (p: SourceProgress) => void;
  /** Column mapping of the `columns` attribute. */
  columns?: string | undefined;
  /** The `include-closed` attribute: keep SIRENE units marked closed (core's includeClosed). */
  includeClosed?: boolean | undefined;
  /** The `zone-lists` attribute: official zoning lists (URLs, each optionally `zoning:url`). */
  zoneLists?: string | undefined;
  /** Fetches the zoning lists' chunk (their reader and their words); undefined when it cannot. Needed with `zoneLists`. */
  loadZoneLists?: () => Promise<typeof import('./zone-lists.js') | undefined>;
  /** Fetches the projection chunk (proj4's core, Lambert-93 and UTM); undefined when it cannot. Without it projected coordinates are not read. */
  loadProjection?: () => Promise<typeof import('./project-coordinates.js') | undefined>;
  /** Fetches the embedded default dataset (default: a dynamic import); undefined when it cannot. */
  loadDefaultDataset?: () => Promise<unknown>;
}

/**
 * Loads from the first input given: the `actors` property, an inline JSON child, `src`, or else
 * the embedded default dataset (the sixteen case studies and their partners). Never rejects.
 */
export async function loadDataset(origin: DatasetOrigin, options: LoadDatasetOptions): Promise<LoadOutcome> {
  // Asked for at once, so its download runs alongside the data's; a chunk that cannot be fetched
  // (offline, a CMS that blocks the folder) is said as a network failure, with the retry button.
  const validating: Promise<ValidatorModule | undefined> = (options.loadValidator ? options.loadValidator() : validatorLoader.load()).then(
    (m) => m ?? undefined,
    () => undefined,
  );
  const networkFailure: LoadOutcome = { failure: { kind: 'network', ...(options.src ? { url: options.src } : {}) } };
  // Official zoning lists (`zone-lists`): their own chunk, then their downloads, alongside the data's.
  const zoneLists = options.zoneLists
    ? (options.loadZoneLists?.() ?? Promise.resolve(undefined)).then(
        (m) => (m ? m.readZoneLists(options.zoneLists as string, { ...options, loadValidator: () => validating }) : null),
        () => null,
      )
    : null;
  const validate = async (raw: RawData, from: DatasetOrigin): Promise<LoadOutcome> => {
    const chunk = await validating;
    if (!chunk) return networkFailure;
    const reading: ReadingOptions = { columns: options.columns, ...(options.includeClosed ? { includeClosed: true } : {}), ...(from === 'src' && options.src ? { source: chunk.fileNameOf(options.src) } : {}) };
    // zod's chunk (the full path) only when a record needs it, through the element's LazyController
    // (default: the validation chunk's own loader, which holds the import and its dependencies' list).
    const loadFull = options.loadFullValidator;
    let outcome = await chunk.datasetFromRaw(raw, from, reading, loadFull);
    if (outcome === null) return networkFailure;
    // Projected coordinates (geolocated SIRENE): read again with proj4's chunk, fetched only for such a
    // file. Without the chunk (offline) the actors stay, placed at their commune or listed unlocated.
    if (chunk.needsProjection(outcome)) {
      const projection = await options.loadProjection?.().catch(() => undefined);
      if (projection) outcome = (await chunk.datasetFromRaw(raw, from, { ...reading, project: projection.projectToWgs84 }, loadFull)) ?? outcome;
    }
    if (!zoneLists || 'failure' in outcome) return outcome;
    // A lists chunk that cannot be fetched: each list said unread (network), the data shown all the same.
    const apply = await zoneLists;
    const failed = (options.zoneLists as string).split(/\s+/).filter(Boolean).map((url): ZoneListReport => ({ url, ok: false, failure: { kind: 'network' } }));
    return { ...outcome, zoneLists: apply ? apply(outcome.actors) : failed };
  };
  try {
    if (origin === 'property') {
      const value = options.partnerships ? { actors: options.actors ?? [], partnerships: options.partnerships } : (options.actors ?? []);
      return await validate({ format: 'json', value }, origin);
    }
    if (origin === 'inline' && options.host) {
      const text = inlineJsonText(options.host);
      if (text !== null) {
        const chunk = await validating;
        if (!chunk) return networkFailure;
        const sniffed = chunk.sniffText(text, 'application/json');
        return sniffed.ok ? await validate(sniffed.raw, origin) : { failure: sniffed.failure };
      }
    }
    if (origin === 'source' && options.source) {
      // Its own chunk (core's fetch loop and mapping), fetched only by a map that names the source,
      // through the map's LazyController (the only caller that gives a source gives its loader).
      const m = await options.loadSource?.().catch(() => undefined);
      return m ? await m.loadCompanySearch({ ...options.source, signal: options.signal, onProgress: options.onSourceProgress }) : { failure: { kind: 'network' } };
    }
    if (origin === 'src' && options.src) {
      const fetched = await fetchData(options.src, { ...options, loadValidator: () => validating });
      return fetched.ok ? await validate(fetched.raw, origin) : { failure: fetched.failure };
    }
    // The embedded data is a chunk of its own, fetched only by a map given no data (through the
    // map's LazyController, the one caller that gives its loader): a page that brings its own actors
    // never loads it. Without a loader there is no default data; a chunk that cannot be fetched is a
    // network failure.
    if (!options.loadDefaultDataset) return { failure: { kind: 'empty' } };
    const defaultDataset = await options.loadDefaultDataset().then(
      (m) => m ?? null,
      () => null,
    );
    if (defaultDataset === null) return { failure: { kind: 'network' } };
    return await validate({ format: 'json', value: defaultDataset }, 'default');
  } catch {
    // Core's parsers do not throw on bad data; this only guards against the unforeseen.
    return { failure: { kind: 'wrong-content', ...(options.src ? { url: options.src } : {}) } };
  }
}
