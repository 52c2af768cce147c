// `<ess-map commune="26108" source="annuaire-entreprises">`: the actors of the territory read live
// from the public API Recherche d'entreprises by core's fetch loop (7 requests/s, Retry-After on
// 429, retries, the 10 000 cap), validated by core like any other data. A chunk of its own, fetched
// only by a map that names this source. Pages are kept in sessionStorage for an hour, so moving
// around a site does not ask the API again. The page's CSP must allow
// `connect-src https://recherche-entreprises.api.gouv.fr` (or the `source-url` given).
import '../strict-csp.js';
import { fetchCompanySearch } from '@terreau/core';
import type { CompanySearchResult, FetchLike, PageCache, TerritoryRef } from '@terreau/core';
import type { LoadFailure, LoadOutcome, SourceProgress } from '../load-data.js';

export { renderSourceNotice, renderSourceProgress } from './live-source-text.js';

export const SOURCE_NAME = 'annuaire-entreprises';
const CACHE_PREFIX = 'terreau:recherche-entreprises:';
const CACHE_TTL_MS = 60 * 60 * 1000;

/** sessionStorage pages, each with its time; a full or forbidden storage is simply not used. */
export function sessionPageCache(now: () => number = Date.now): PageCache {
  return {
    get(url) {
      try {
        const raw = sessionStorage.getItem(CACHE_PREFIX + url);
        if (raw === null) return undefined;
        const entry = JSON.parse(raw) as { at: number; text: string };
        return now() - entry.at <= CACHE_TTL_MS && typeof entry.text === 'string' ? entry.text : undefined;
      } catch {
        return undefined;
      }
    },
    set(url, text) {
      try {
        sessionStorage.setItem(CACHE_PREFIX + url, JSON.stringify({ at: now(), text }));
      } catch {
        // quota reached or storage disabled: no cache
      }
    },
  };
}

/** The failure the map shows (retry button) for a search that stopped early. */
function failureOf(result: CompanySearchResult): LoadFailure | null {
  const e = result.error;
  if (!e) return null;
  switch (e.kind) {
    case 'http':
      return { kind: 'http', url: e.url, ...(e.status !== undefined ? { status: e.status } : {}) };
    case 'rate-limited':
      return { kind: 'http', url: e.url, status: 429 };
    case 'body':
      return { kind: 'truncated', url: e.url };
    default:
      return { kind: 'network', url: e.url };
  }
}

export interface SourceOptions {
  territory: TerritoryRef;
  baseUrl?: string | undefined;
  /** At most this many results (the API gives at most 10 000). */
  maxResults?: number | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: SourceProgress) => void) | undefined;
}

/**
 * Reads the source for the territory; never rejects. What was read is kept and shown even when the
 * reading stopped early (an error after some pages) or could not read everything (the API's cap):
 * the outcome's `notice` says which, so the map never passes a part for the whole.
 */
export async function loadCompanySearch(options: SourceOptions): Promise<LoadOutcome> {
  const result = await fetchCompanySearch({
    territory: options.territory,
    fetch: ((url: string, init?: RequestInit) => fetch(url, init)) as unknown as FetchLike,
    cache: sessionPageCache(),
    maxRetries: 2,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.maxResults ? { maxResults: options.maxResults } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress
      ? {
          onProgress: (p) => {
            const announced = Math.min(p.total, options.maxResults ?? p.total);
            options.onProgress?.({ received: p.received, announced, ...(p.waitingMs !== undefined ? { waitingMs: p.waitingMs } : {}) });
          },
        }
      : {}),
  });
  const failure = failureOf(result);
  if (failure && result.records === 0) return { failure };
  if (result.records === 0) return { failure: { kind: 'empty' } };
  const announced = Math.max(0, ...Object.values(result.totals).map((n) => n ?? 0));
  const notice = failure
    ? { kind: 'partial' as const, read: result.records, failure }
    : result.capped
      ? { kind: 'capped' as const, read: result.records, announced }
      : undefined;
  return { origin: 'source', format: 'json', actors: result.actors, partnerships: [], issues: result.issues, ...(notice ? { notice } : {}) };
}
