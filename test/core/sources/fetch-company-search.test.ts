import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCompanySearch, COMPANY_SEARCH_MAX_RESULTS } from '@terreau/core';
import type { FetchCompanySearchOptions, PageCache } from '@terreau/core';
// @ts-expect-error plain JS fixture
import { serveFakeCompanySearch } from '../../fixtures/recherche-entreprises/serve.js';

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await serveFakeCompanySearch(8161);
});
afterAll(async () => {
  await server.close();
});

/** A fake clock: sleeping moves it on at once, and every request start and wait is recorded. */
function clock() {
  let t = 1_000_000;
  const starts: number[] = [];
  const waits: number[] = [];
  return {
    starts,
    waits,
    now: () => t,
    sleep: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
    fetch: ((url: string, init?: RequestInit) => {
      starts.push(t);
      t += 20; // each answer takes 20 ms
      return fetch(url, init);
    }) as unknown as FetchCompanySearchOptions['fetch'],
  };
}

const base = (mode: string) => `${server.url}/${mode}`;
const crest = { level: 'commune', code: '26108' } as const;

describe('fetchCompanySearch against a local server in the documented shape', { timeout: 60_000 }, () => {
  it('maps the units of a commune to actors with provenance; rows in = actors + rejected', async () => {
    const c = clock();
    const r = await fetchCompanySearch({ territory: crest, baseUrl: base('ok'), fetch: c.fetch, now: c.now, sleep: c.sleep, retrievedAt: '2026-12-02' });
    expect(r.error).toBeUndefined();
    expect(r.records).toBe(8);
    expect(r.actors.length + r.rejected.length).toBe(8);
    expect(r.rejected).toHaveLength(1);
    // The individual entrepreneur: no type can be deduced from category 1000, said so on `type`.
    expect(r.issues.map((i) => [i.id, i.path])).toEqual([['10000006600017', 'type']]);
    const byName = new Map(r.actors.map((a) => [a.name, a]));
    const velo = byName.get('ATELIER VELO DU CRESTOIS')!;
    expect(velo).toMatchObject({
      type: 'association',
      legalCategory: '9220',
      communeCode: '26108',
      epciCode: '200040509',
      departementCode: '26',
      regionCode: '84',
      naf: '95.29Z',
      size: { employees: '1-9' },
      creationYear: 2012,
      identifiers: { siren: '100000009', siret: '10000000900017', rna: 'W261001234' },
      location: { lat: 44.7291, lon: 5.0215, precision: 'exact' },
      provenance: { source: 'API Recherche d’entreprises (DINUM)', checkedAt: '2026-12-02', url: 'https://annuaire-entreprises.data.gouv.fr/entreprise/100000009' },
    });
    // A SIAE kind gives its type and approval.
    expect(byName.get('RESSOURCERIE DE LA DROME')).toMatchObject({ type: 'aci', approvals: ['aci'], size: { employees: '10-49' } });
    expect(byName.get('INSERTION VALLEE')).toMatchObject({ type: 'ei', approvals: ['ei'] });
    // Siège in Valence: placed at its open establishment in Crest, not the closed one nor the siège.
    expect(byName.get('SCOP BOIS ET TERRITOIRES')).toMatchObject({
      type: 'scop',
      communeCode: '26108',
      identifiers: { siret: '10000002500039' },
      location: { lat: 44.727, lon: 5.03 },
    });
    // No coordinates: no location, and no commune centre made up; nom_complet stands in for a missing name.
    const cafe = byName.get('CAFE ASSOCIATIF LE PREAU')!;
    expect(cafe.location).toBeUndefined();
    expect(cafe.size).toBeUndefined();
    expect(byName.get('MUTUELLE DU VAL DE DROME')?.type).toBe('mutuelle');
  });

  it('keeps to 7 requests a second and merges several filters by SIREN', async () => {
    const c = clock();
    const r = await fetchCompanySearch({ territory: crest, filters: ['ess', 'siae', 'association'], baseUrl: base('ok'), fetch: c.fetch, now: c.now, sleep: c.sleep });
    expect(r.requests).toBe(3);
    expect(r.records).toBe(8);
    expect(r.totals).toEqual({ ess: 8, siae: 2, association: 3 });
    for (let i = 1; i < c.starts.length; i += 1) expect(c.starts[i]! - c.starts[i - 1]!).toBeGreaterThanOrEqual(1000 / 7 - 1e-6);
  });

  it('waits what Retry-After says on HTTP 429, then goes on', async () => {
    const c = clock();
    const r = await fetchCompanySearch({ territory: crest, baseUrl: base(`429-once/t${Date.now()}`), fetch: c.fetch, now: c.now, sleep: c.sleep });
    expect(r.error).toBeUndefined();
    expect(r.retries).toBe(1);
    expect(c.waits).toContain(1000);
    expect(r.records).toBe(8);
  });

  it('retries a 5xx with growing back-off and a cut body once', async () => {
    const c = clock();
    const r = await fetchCompanySearch({ territory: crest, baseUrl: base(`500-twice/t${Date.now()}`), fetch: c.fetch, now: c.now, sleep: c.sleep });
    expect(r.error).toBeUndefined();
    expect(r.retries).toBe(2);
    expect(c.waits.filter((w) => w >= 1000)).toEqual([1000, 2000]);
    const c2 = clock();
    const r2 = await fetchCompanySearch({ territory: crest, baseUrl: base(`cut-once/t${Date.now()}`), fetch: c2.fetch, now: c2.now, sleep: c2.sleep });
    expect(r2.error).toBeUndefined();
    expect(r2.records).toBe(8);
  });

  it('gives up on a body cut every time, saying so, without throwing', async () => {
    const c = clock();
    const r = await fetchCompanySearch({ territory: crest, baseUrl: base('cut'), fetch: c.fetch, now: c.now, sleep: c.sleep, maxRetries: 2 });
    expect(r.error).toMatchObject({ kind: 'body' });
    expect(r.requests).toBe(3);
    expect(r.actors).toEqual([]);
  });

  it('does not retry a 400 and passes on the API’s own words', async () => {
    const c = clock();
    const r = await fetchCompanySearch({ territory: crest, baseUrl: base('400'), fetch: c.fetch, now: c.now, sleep: c.sleep });
    expect(r.error).toMatchObject({ kind: 'http', status: 400, detail: 'Veuillez indiquer un code commune valide.' });
    expect(r.requests).toBe(1);
  });

  it('stops at the 10 000-result cap and says the search was capped', async () => {
    const c = clock();
    const r = await fetchCompanySearch({ territory: { level: 'region', code: '84' }, baseUrl: base('big'), fetch: c.fetch, now: c.now, sleep: c.sleep });
    expect(r.error).toBeUndefined();
    expect(r.capped).toBe(true);
    expect(r.totals.ess).toBe(10000);
    expect(r.requests).toBe(COMPANY_SEARCH_MAX_RESULTS / 25);
    expect(r.records).toBe(COMPANY_SEARCH_MAX_RESULTS);
    expect(r.actors).toHaveLength(COMPANY_SEARCH_MAX_RESULTS);
  }, 60_000);

  it('reads pages from a cache when it has them', async () => {
    const store = new Map<string, string>();
    const cache: PageCache = { get: (u) => store.get(u), set: (u, t) => void store.set(u, t) };
    const c = clock();
    await fetchCompanySearch({ territory: crest, baseUrl: base('ok'), fetch: c.fetch, now: c.now, sleep: c.sleep, cache });
    const again = await fetchCompanySearch({ territory: crest, baseUrl: base('ok'), fetch: c.fetch, now: c.now, sleep: c.sleep, cache });
    expect(again.requests).toBe(0);
    expect(again.pagesFromCache).toBe(1);
    expect(again.records).toBe(8);
  });

  it('stops when aborted, keeping what was read', async () => {
    const controller = new AbortController();
    const c = clock();
    const r = await fetchCompanySearch({
      territory: { level: 'region', code: '84' },
      baseUrl: base('big'),
      fetch: c.fetch,
      now: c.now,
      sleep: c.sleep,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.page === 3) controller.abort();
      },
    });
    expect(r.error).toMatchObject({ kind: 'aborted' });
    expect(r.records).toBe(75);
  });
});

describe('actorFromCompany on a real answer of the API', () => {
  it('reads every field it maps, and a unit whose form maps to no type is rejected with the field named', async () => {
    const { readFileSync } = await import('node:fs');
    const page = JSON.parse(readFileSync(new URL('../../fixtures/real/recherche-entreprises-search-page.json', import.meta.url), 'utf8'));
    const { actorFromCompany, parseActors } = await import('@terreau/core');
    const candidate = actorFromCompany(page.results[0], { source: 'API', retrievedAt: '2026-12-02' });
    expect(candidate).toMatchObject({
      id: '51076150500013',
      name: 'CARREFOUR',
      legalCategory: '9900',
      naf: '68.32A',
      communeCode: '06030',
      epciCode: '200039915',
      departementCode: '06',
      regionCode: '93',
      identifiers: { siren: '510761505', siret: '51076150500013' },
      address: { line: '15 AVENUE DES ECOLES 06110 LE CANNET', postcode: '06110', city: 'LE CANNET' },
      location: { lat: 43.570079, lon: 7.005921, precision: 'exact' },
      creationYear: 2009,
    });
    // "NN" (no employee count) is no band: size is left out, not guessed.
    expect(candidate['size']).toBeUndefined();
    const parsed = parseActors([candidate]);
    expect(parsed.rejected).toEqual([0]);
    expect(parsed.issues.map((i) => i.path)).toEqual(['type']);
  });
});
