import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOfficialCommand } from '@terreau/core/node';
// @ts-expect-error plain JS fixture
import { serveFakeCompanySearch } from '../../../fixtures/recherche-entreprises/serve.js';

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await serveFakeCompanySearch(8162);
});
afterAll(async () => {
  await server.close();
});

function io() {
  const lines: string[] = [];
  return { lines, io: { say: (l: string) => void lines.push(l) } };
}

describe('terreau fetch', { timeout: 60_000 }, () => {
  it('writes the actors of a commune read from the API, the rejects apart, and says how many', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terreau-fetch-'));
    const out = join(dir, 'crest.csv');
    const { lines, io: cliIo } = io();
    const code = await runOfficialCommand(['fetch', '--commune', '26108', '--base-url', `${server.url}/ok`, '--out', out, '--date', '2026-12-02', '--cache-dir', join(dir, 'cache')], cliIo);
    expect(code).toBe(1); // one unit rejected
    const csv = readFileSync(out, 'utf8').trim().split('\n');
    expect(csv).toHaveLength(1 + 7);
    expect(csv[0]).toMatch(/^id,name,type,/);
    expect(csv.some((l) => l.includes('RESSOURCERIE DE LA DROME') && l.includes(',aci,'))).toBe(true);
    const rejects = readFileSync(join(dir, 'crest.rejects.csv'), 'utf8');
    expect(rejects).toContain('10000006600017');
    expect(lines.join('\n')).toMatch(/8 unités lues = 7 acteurs \+ 1 rejetés, en 1 requêtes \(0 pages du cache\)/);
    expect(readdirSync(join(dir, 'cache'))).toHaveLength(1);
    // Again: from the cache, no request.
    const again = io();
    await runOfficialCommand(['fetch', '--commune', '26108', '--base-url', `${server.url}/ok`, '--out', out, '--cache-dir', join(dir, 'cache'), '--lang', 'en'], again.io);
    expect(again.lines.join('\n')).toMatch(/8 units read = 7 actors \+ 1 rejected, in 0 requests \(1 pages from the cache\)/);
  });

  it('says the search was capped and points to the stock files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terreau-fetch-'));
    const { lines, io: cliIo } = io();
    const code = await runOfficialCommand(['fetch', '--region', '84', '--base-url', `${server.url}/big`, '--max-results', '50', '--format', 'ndjson', '--out', join(dir, 'r.ndjson'), '--lang', 'en'], cliIo);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'r.ndjson'), 'utf8').trim().split('\n')).toHaveLength(50);
    expect(lines.join('\n')).toContain('the API announces 10000 results or more and serves only 10 000');
    expect(lines.join('\n')).toContain('terreau sirene');
  });

  it('keeps what was read when the API fails, and exits 1 with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terreau-fetch-'));
    const { lines, io: cliIo } = io();
    const code = await runOfficialCommand(['fetch', '--commune', '26108', '--base-url', `${server.url}/400`, '--out', join(dir, 'x.csv')], cliIo);
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('HTTP 400 (Veuillez indiquer un code commune valide.)');
    expect(readFileSync(join(dir, 'x.csv'), 'utf8').trim().split('\n')).toHaveLength(1); // header only
  });

  it('refuses bad usage with a clear message (exit 2)', async () => {
    const cases: [string[], RegExp][] = [
      [['fetch'], /Donnez un territoire/],
      [['fetch', '--commune', '261'], /Code de commune invalide : « 261 »/],
      [['fetch', '--commune', '26108', '--epci', '242600252'], /Un seul territoire/],
      [['fetch', '--commune', '26108', '--only', 'scop'], /--only : « scop »/],
      [['fetch', '--commune', '26108', '--lang', 'en', '--format', 'xlsx'], /Invalid value for --format: "xlsx"/],
    ];
    for (const [argv, message] of cases) {
      const { lines, io: cliIo } = io();
      expect(await runOfficialCommand(argv, cliIo)).toBe(2);
      expect(lines.join('\n')).toMatch(message);
    }
  });
});
