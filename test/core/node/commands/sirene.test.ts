import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOfficialCommand } from '@terreau/core/node';
// @ts-expect-error plain JS generator shared with the bench
import { writeSireneParquet } from '../../../../bench/lib/sirene-parquet.js';

interface Files {
  unites: string;
  etablissements: string;
  geo: string;
}
let files: Files;
let dir: string;
/** Independent expectation: the open establishments of ESS-flagged units, joined in JS. */
let expected: { siret: string; commune: string }[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'terreau-sirene-'));
  files = (await writeSireneParquet({ dir, establishments: 3000 })) as Files;
  const db = await DuckDBInstance.create();
  const c = await db.connect();
  const units = (await c.runAndReadAll(`SELECT siren, economieSocialeSolidaireUniteLegale FROM '${files.unites}'`)).getRowObjectsJS();
  const ess = new Set(units.filter((u) => u['economieSocialeSolidaireUniteLegale'] === 'O').map((u) => u['siren']));
  const etabs = (await c.runAndReadAll(`SELECT siren, siret, etatAdministratifEtablissement, codeCommuneEtablissement FROM '${files.etablissements}'`)).getRowObjectsJS();
  expected = etabs
    .filter((e) => e['etatAdministratifEtablissement'] === 'A' && ess.has(e['siren']))
    .map((e) => ({ siret: String(e['siret']), commune: String(e['codeCommuneEtablissement']) }));
  c.closeSync();
}, 60_000);

const io = () => {
  const lines: string[] = [];
  return { lines, io: { say: (l: string) => void lines.push(l) } };
};

describe('terreau sirene (official Parquet files)', () => {
  it('joins open establishments to their ESS-flagged unit; rows in = valid + rejected', async () => {
    const out = join(dir, 'ess.ndjson');
    const { lines, io: cliIo } = io();
    const code = await runOfficialCommand(['sirene', '--unites', files.unites, '--etablissements', files.etablissements, '--geo', files.geo, '--format', 'ndjson', '--out', out, '--lang', 'en'], cliIo);
    const actors = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const summary = lines.join('\n').match(/(\d+) establishments kept = (\d+) valid actors \+ (\d+) rejected/);
    expect(summary).not.toBeNull();
    const [, kept, valid, rejected] = summary!.map(Number);
    expect(kept).toBe(expected.length);
    expect(valid! + rejected!).toBe(kept);
    expect(actors).toHaveLength(valid!);
    const expectedSirets = new Set(expected.map((e) => e.siret));
    expect(actors.every((x) => expectedSirets.has(x.identifiers.siret))).toBe(true);
    expect(new Set(actors.map((x) => x.identifiers.siret)).size).toBe(actors.length);
    // Individual entrepreneurs flagged ESS have no type: they are the rejects, said so.
    if (rejected! > 0) expect(code).toBe(1);
    const a = actors.find((x) => x.location)!;
    expect(a.provenance.source).toBe('SIRENE (Insee), fichiers stock');
    expect(a.provenance.checkedAt).toMatch(/^2026-11-0\d$/);
    expect(a.location.precision).toBe('exact');
    expect(actors.filter((x) => x.location).length).toBeGreaterThan(actors.length * 0.8);
    expect(actors.every((x) => typeof x.type === 'string' && x.name.startsWith('STRUCTURE '))).toBe(true);
  }, 60_000);

  it('filters on the territory inside the engine (a département, arrondissements included)', async () => {
    const out = join(dir, 'd26.csv');
    const { io: cliIo } = io();
    await runOfficialCommand(['sirene', '--unites', files.unites, '--etablissements', files.etablissements, '--departement', '26', '--out', out, '--quiet'], cliIo);
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1);
    const in26 = expected.filter((e) => e.commune.startsWith('26'));
    expect(rows.length).toBeLessThanOrEqual(in26.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /,26\d{3},/.test(r))).toBe(true);
    const paris = join(dir, 'p.csv');
    await runOfficialCommand(['sirene', '--unites', files.unites, '--etablissements', files.etablissements, '--commune', '75056', '--out', paris, '--quiet'], cliIo);
    const parisRows = readFileSync(paris, 'utf8').trim().split('\n').slice(1);
    // The generator puts establishments in 75056 and in the 11th arrondissement (75111).
    expect(parisRows.some((r) => r.includes(',75111,'))).toBe(true);
  }, 60_000);

  it('names the official column a file lacks, and a missing file (exit 2)', async () => {
    const db = await DuckDBInstance.create();
    const c = await db.connect();
    const bad = join(dir, 'no-ess.parquet');
    await c.run(`COPY (SELECT * EXCLUDE (economieSocialeSolidaireUniteLegale) FROM '${files.unites}') TO '${bad}' (FORMAT parquet)`);
    c.closeSync();
    const one = io();
    expect(await runOfficialCommand(['sirene', '--unites', bad, '--etablissements', files.etablissements, '--out', join(dir, 'n.csv'), '--lang', 'en'], one.io)).toBe(2);
    expect(one.lines.join('\n')).toContain('Official column missing from');
    expect(one.lines.join('\n')).toContain('economieSocialeSolidaireUniteLegale');
    const two = io();
    expect(await runOfficialCommand(['sirene', '--unites', join(dir, 'nope.parquet'), '--etablissements', files.etablissements, '--out', join(dir, 'n.csv')], two.io)).toBe(2);
    expect(two.lines.join('\n')).toContain('nope.parquet');
    const three = io();
    expect(await runOfficialCommand(['sirene', '--unites', files.unites], three.io)).toBe(2);
    expect(three.lines.join('\n')).toContain('--etablissements');
  }, 60_000);
});
