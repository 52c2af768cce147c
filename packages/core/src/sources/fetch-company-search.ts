// Reads every page of a search of the API Recherche d'entreprises, politely: at most 7 requests a
// second, waiting what `Retry-After` says (or backing off) on HTTP 429, retrying a 5xx, a network
// failure or a cut body a few times, and never asking past the API's 10 000-result cap (the
// result says `capped`). It needs only a `fetch` function: the widget passes the browser's, the
// CLI Node's, tests a local server's. Results become actors through parseActors, so records in =
// actors + rejected. Nothing is thrown for a failed search: the result says why (`error`) and
// keeps what was read before.
import { parseActors } from '../schema/parse-actors.js';
import type { Actor } from '../schema/actor.js';
import type { RecordIssue } from '../schema/record-issue.js';
import { actorFromCompany, COMPANY_SEARCH_SOURCE } from './actor-from-company.js';
import type { ActorCandidate } from '../formats/actor-row.js';
import {
  COMPANY_SEARCH_BASE_URL,
  COMPANY_SEARCH_MAX_RESULTS,
  COMPANY_SEARCH_PER_PAGE,
  COMPANY_SEARCH_RATE_PER_SECOND,
  companySearchUrl,
  readablePages,
} from './company-search-query.js';
import type { CompanySearchFilter, TerritoryRef } from './company-search-query.js';

/** The part of an SignalLike used here (core assumes no DOM types). */
export interface SignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** The part of a fetch Response read here (the browser's and Node's both fit). */
export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchLike = (url: string, init?: { signal?: SignalLike; headers?: Record<string, string> }) => Promise<FetchResponseLike>;

/** A store for page texts (the widget: sessionStorage; the CLI: a folder); it decides how long they keep. */
export interface PageCache {
  get(url: string): Promise<string | undefined> | string | undefined;
  set(url: string, text: string): Promise<void> | void;
}

export interface CompanySearchProgress {
  filter: CompanySearchFilter;
  page: number;
  /** Pages to read for this filter (after the cap). */
  pages: number;
  /** Results announced by the API for this filter. */
  total: number;
  /** Units received so far, all filters together (before removing repeats). */
  received: number;
  /** Set while waiting after a 429 or a failure: milliseconds to wait. */
  waitingMs?: number;
}

export interface FetchCompanySearchOptions {
  territory: TerritoryRef;
  /** Default ['ess']; several filters are read one after the other and merged by SIREN. */
  filters?: readonly CompanySearchFilter[];
  fetch: FetchLike;
  baseUrl?: string;
  /** Retrieval date written as provenance (YYYY-MM-DD); default today (UTC). */
  retrievedAt?: string;
  /** At most this many results per filter (≤ 10 000, the API's cap). */
  maxResults?: number;
  ratePerSecond?: number;
  /** Attempts after the first for one page (429, 5xx, network, cut body); default 4. */
  maxRetries?: number;
  cache?: PageCache;
  signal?: SignalLike;
  onProgress?: (p: CompanySearchProgress) => void;
  /** Injected clock and timer (tests); default Date.now and setTimeout. */
  now?: () => number;
  sleep?: (ms: number, signal?: SignalLike) => Promise<void>;
}

export type CompanySearchErrorKind = 'http' | 'network' | 'body' | 'rate-limited' | 'aborted';

export interface CompanySearchError {
  kind: CompanySearchErrorKind;
  url: string;
  /** HTTP status when there was one. */
  status?: number;
  /** What the server or the runtime said (plain text, shortened). */
  detail?: string;
}

export interface CompanySearchResult {
  actors: Actor[];
  issues: RecordIssue[];
  rejected: number[];
  warnings: RecordIssue[];
  /** Units read (repeats across filters removed) = actors + rejected. */
  records: number;
  /** Results announced by the API, per filter. */
  totals: Partial<Record<CompanySearchFilter, number>>;
  /**
   * True when a filter announced more results than can be read: more than `maxResults`, or 10 000
   * (the API counts no further, so 10 000 announced may be many more).
   */
  capped: boolean;
  /** Set when reading stopped early: what was read before is kept. */
  error?: CompanySearchError;
  requests: number;
  retries: number;
  pagesFromCache: number;
  retrievedAt: string;
  source: string;
}

const timers = globalThis as unknown as { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(t: unknown): void };

function defaultSleep(ms: number, signal?: SignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError());
    const timer = timers.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      timers.clearTimeout(timer);
      reject(new AbortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

class AbortError extends Error {}
class PageError extends Error {
  constructor(
    readonly kind: CompanySearchErrorKind,
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined,
    detail: string,
  ) {
    super(detail);
  }
}

/** `Retry-After` in milliseconds: seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const s = value.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

interface PageBody {
  results: unknown[];
  total: number;
}

/** The page's JSON in the documented shape, or a PageError('body'). */
function pageOf(text: string): PageBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new PageError('body', 200, undefined, (e as Error).message);
  }
  const o = json as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null || !Array.isArray(o['results'])) throw new PageError('body', 200, undefined, 'results');
  const total = typeof o['total_results'] === 'number' ? o['total_results'] : o['results'].length;
  return { results: o['results'], total };
}

const shorten = (s: string): string => (s.length > 200 ? `${s.slice(0, 199)}…` : s);

/** Every page of the search (see the header). */
export async function fetchCompanySearch(options: FetchCompanySearchOptions): Promise<CompanySearchResult> {
  const filters = options.filters && options.filters.length > 0 ? [...new Set(options.filters)] : (['ess'] as const);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const interval = 1000 / Math.max(0.1, options.ratePerSecond ?? COMPANY_SEARCH_RATE_PER_SECOND);
  const maxRetries = options.maxRetries ?? 4;
  const maxResults = Math.min(options.maxResults ?? COMPANY_SEARCH_MAX_RESULTS, COMPANY_SEARCH_MAX_RESULTS);
  const retrievedAt = options.retrievedAt ?? new Date(now()).toISOString().slice(0, 10);
  const source = COMPANY_SEARCH_SOURCE;
  const stats = { requests: 0, retries: 0, pagesFromCache: 0 };
  let lastStart = -Infinity;
  let received = 0;

  const getPage = async (url: string, progress: CompanySearchProgress): Promise<PageBody> => {
    const cached = options.cache ? await options.cache.get(url) : undefined;
    if (cached !== undefined) {
      try {
        const page = pageOf(cached);
        stats.pagesFromCache += 1;
        return page;
      } catch {
        // a spoiled cache entry is read again from the API
      }
    }
    for (let attempt = 0; ; attempt += 1) {
      const wait = lastStart + interval - now();
      if (wait > 0) await sleep(wait, options.signal);
      lastStart = now();
      stats.requests += 1;
      try {
        let response: FetchResponseLike;
        try {
          response = await options.fetch(url, { ...(options.signal ? { signal: options.signal } : {}), headers: { accept: 'application/json' } });
        } catch (e) {
          if (options.signal?.aborted) throw new AbortError();
          throw new PageError('network', undefined, undefined, (e as Error).message ?? String(e));
        }
        if (response.status === 429) throw new PageError('rate-limited', 429, retryAfterMs(response.headers.get('retry-after'), now()), 'HTTP 429');
        let text: string;
        try {
          text = await response.text();
        } catch (e) {
          if (options.signal?.aborted) throw new AbortError();
          throw new PageError('body', response.status, undefined, (e as Error).message ?? String(e));
        }
        if (response.status < 200 || response.status >= 300) {
          let detail = `HTTP ${response.status}`;
          try {
            const j = JSON.parse(text) as Record<string, unknown>;
            if (typeof j['erreur'] === 'string') detail = j['erreur'];
          } catch {
            // not JSON: the status says enough
          }
          throw new PageError('http', response.status, undefined, detail);
        }
        const page = pageOf(text);
        if (options.cache) await options.cache.set(url, text);
        return page;
      } catch (e) {
        if (e instanceof AbortError || !(e instanceof PageError)) throw e;
        // A client error other than 429 will not change on retry (a bad code…).
        const retryable = e.kind !== 'http' || (e.status !== undefined && e.status >= 500);
        if (!retryable || attempt >= maxRetries) throw e;
        stats.retries += 1;
        const backoff = e.retryAfterMs ?? Math.min(30_000, 1000 * 2 ** attempt);
        options.onProgress?.({ ...progress, waitingMs: backoff });
        await sleep(backoff, options.signal);
      }
    }
  };

  const units: unknown[] = [];
  const seen = new Set<string>();
  const totals: Partial<Record<CompanySearchFilter, number>> = {};
  let capped = false;
  let error: CompanySearchError | undefined;
  outer: for (const filter of filters) {
    let pages = 1;
    for (let page = 1; page <= pages; page += 1) {
      const url = companySearchUrl(options.territory, filter, page, options.baseUrl ?? COMPANY_SEARCH_BASE_URL);
      const progress: CompanySearchProgress = { filter, page, pages, total: totals[filter] ?? 0, received };
      let body: PageBody;
      try {
        body = await getPage(url, progress);
      } catch (e) {
        if (e instanceof AbortError) error = { kind: 'aborted', url };
        else if (e instanceof PageError) error = { kind: e.kind, url, ...(e.status !== undefined ? { status: e.status } : {}), detail: shorten(e.message) };
        else error = { kind: 'network', url, detail: shorten(String(e)) };
        break outer;
      }
      if (page === 1) {
        totals[filter] = body.total;
        pages = readablePages(body.total, maxResults);
        // The API never announces more than 10 000: exactly that means "10 000 or more".
        if (body.total > maxResults || body.total >= COMPANY_SEARCH_MAX_RESULTS) capped = true;
      }
      received += body.results.length;
      for (const unit of body.results) {
        const siren = typeof unit === 'object' && unit !== null ? (unit as Record<string, unknown>)['siren'] : undefined;
        if (typeof siren === 'string') {
          if (seen.has(siren)) continue;
          seen.add(siren);
        }
        units.push(unit);
      }
      options.onProgress?.({ filter, page, pages, total: body.total, received });
      if (body.results.length < COMPANY_SEARCH_PER_PAGE) break;
    }
  }

  const candidates: ActorCandidate[] = units.map((u, i) => actorFromCompany(u, { source, retrievedAt }, i));
  const parsed = parseActors(candidates);
  return {
    actors: parsed.actors,
    issues: parsed.issues,
    rejected: parsed.rejected,
    warnings: parsed.warnings,
    records: units.length,
    totals,
    capped,
    ...(error ? { error } : {}),
    ...stats,
    retrievedAt,
    source,
  };
}
