// End-to-end runs of the built `terreau` command (npm test builds first) on generated fixtures.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvText } from '@terreau/core';
// @ts-expect-error — plain JS fixture generator shared with the bench
import { sireneLines } from '../../../bench/lib/sirene-fixture.js';

const cli = join(__dirname, '../../../packages/core/dist/node/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'terreau-cli-'));
const run = (args: string[], input?: string | Buffer) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first (npm run build): the CLI tests run the built terreau command.');
});

describe('terreau validate', () => {
  it('keeps rows in = out + rejects, names row, column, value and reason of every broken row, exits 1', () => {
    const broken = new Map<number, string>();
    const text = [...(sireneLines({ rows: 300, broken: 0.2, seed: 11, onBroken: (k: string, i: number) => broken.set(i, k) }) as Iterable<string>)].join('\r\n');
    writeFileSync(join(dir, 'in.csv'), text);
    const r = run(['validate', 'in.csv', '--out', 'out.csv', '--lang', 'en']);
    expect(r.code).toBe(1);
    const out = parseCsvText(readFileSync(join(dir, 'out.csv'), 'utf8'));
    const rejects = parseCsvText(readFileSync(join(dir, 'out.rejects.csv'), 'utf8'));
    const rejectedRows = new Set(rejects.rows.map((x) => Number(x['row'])));
    expect(out.rows.length + rejectedRows.size).toBe(300);
    expect(r.stderr).toContain(`300 records read = ${out.rows.length} valid + ${rejectedRows.size} rejected.`);
    for (const [i, kind] of broken) expect(rejectedRows.has(i + 1), kind).toBe(kind !== 'unknown-category');
    const byKind = (kind: string) => rejects.rows.filter((x) => broken.get(Number(x['row']) - 1) === kind);
    expect(byKind('bad-siret').some((x) => x['field'] === 'siret' && x['code'] === 'invalid_siret' && /^\d{14}$/.test(x['value'] ?? ''))).toBe(true);
    expect(byKind('bad-commune').some((x) => x['field'] === 'codeCommuneEtablissement' && x['value'] === '9X123')).toBe(true);
    expect(byKind('wrong-type').some((x) => x['field'] === 'longitude' && x['code'] === 'invalid_type')).toBe(true);
    expect(byKind('ragged').some((x) => x['code'] === 'ragged_row' && x['line'] !== '')).toBe(true);
    // a legal category that tells no type: the row is kept, as unclassified, not thrown away
    const unclassified = [...broken].filter(([, k]) => k === 'unknown-category').map(([i]) => `Structure ${i + 1}`);
    expect(unclassified.length).toBeGreaterThan(0);
    for (const name of unclassified) expect(out.rows.find((x) => x['name'] === name || x['name']?.startsWith(`${name},`))?.['type']).toBe('non-classe');
    expect(rejects.rows.every((x) => (x['reason'] ?? '').length > 10)).toBe(true);
  });

  it('exits 0 on a clean Windows-1252 file with ; and decimal commas, read from stdin', () => {
    const csv = 'nom;type;code_commune;latitude;longitude\nCafé associatif Léon;association;23096;45,95;2,17\n';
    const bytes = Buffer.from([...csv].map((c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));
    const r = run(['validate', '-', '--format', 'ndjson', '--rejects', 'none.csv'], bytes);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ name: 'Café associatif Léon', location: { lat: 45.95, lon: 2.17 } });
    expect(r.stderr).toContain('1 enregistrements lus = 1 valides + 0 rejetés.');
  });

  it('exits 2 with a message on bad usage or an unreadable input, writing nothing', () => {
    expect(run(['frobnicate', 'x.csv']).code).toBe(2);
    const missing = run(['validate', 'missing.csv', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read "missing.csv"');
    expect(run(['validate', 'in.csv', '--format', 'xml']).code).toBe(2);
    expect(run(['--help']).stdout).toContain('validate FICHIER');
  });
});

describe('Ctrl-C', () => {
  it('ends with exit 130, complete output lines and a partial summary, even while waiting for input', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [cli, 'validate', '-', '--format', 'ndjson', '--rejects', 'int.rejects.csv'], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // header and a few rows, then the input stays open (a pipe or a terminal still waiting)
    child.stdin.write('nom,type\nA,association\nB,scop\nC,nope\n');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stdout === '' || stdout.endsWith('\n')).toBe(true);
    for (const line of stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
    expect(stderr).toContain('Interrompu');
    expect(stderr).toMatch(/\d+ enregistrements lus = \d+ valides \+ \d+ rejetés\./);
  });
});

describe('terreau convert, classify, score, diagnose', () => {
  it('converts CSV to GeoJSON and back without losing a field', () => {
    writeFileSync(
      join(dir, 'a.csv'),
      'id,name,type,communeCode,lat,lon,activities,source,checkedAt\nr1,"Ressourcerie, du ""Lac""",association,74010,45.9,6.12,ressourcerie|fablab,survey,2025-05-01\n',
    );
    expect(run(['convert', 'a.csv', '--to', 'geojson', '--out', 'a.geojson']).code).toBe(0);
    const fc = JSON.parse(readFileSync(join(dir, 'a.geojson'), 'utf8'));
    expect(fc.features[0].geometry.coordinates).toEqual([6.12, 45.9]);
    const back = run(['convert', 'a.geojson', '--to', 'csv']);
    expect(back.code).toBe(0);
    expect(parseCsvText(back.stdout).rows[0]).toMatchObject({ id: 'r1', name: 'Ressourcerie, du "Lac"', activities: 'ressourcerie|fablab', lat: '45.9' });
  });

  it('classifies SIRENE rows from the legal category and ESS flag', () => {
    writeFileSync(join(dir, 's.csv'), 'siren,categorieJuridiqueUniteLegale,economieSocialeSolidaireUniteLegale\n120027016,9220,O\n120027016,5458,O\n120027016,5499,N\n');
    const r = run(['classify', 's.csv', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { type: string }) => x.type)).toEqual(['association', 'scop', '']);
  });

  it('scores records carrying answers as columns, and rejects an invalid answer', () => {
    writeFileSync(
      join(dir, 'sc.csv'),
      'id,name,type,answers.needs-fit,answers.financial-autonomy,answers.networks\na,A,scop,4,3,unknown\nb,B,scop,9,1,2\n',
    );
    const r = run(['score', 'sc.csv', '--date', '2026-01-01', '--format', 'ndjson']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].score.overall).toBeGreaterThan(70);
    expect(readFileSync(join(dir, 'sc.rejects.csv'), 'utf8')).toContain('needs-fit');
  });

  it('diagnoses a département: facets, needs without actor, duplicates', () => {
    writeFileSync(
      join(dir, 'd.csv'),
      'id,name,type,communeCode,activities\n1,Épicerie solidaire,association,23096,social-grocery\n2,Epicerie Solidaire,association,23096,social-grocery\n3,Garage,association,69123,solidarity-garage\n',
    );
    const r = run(['diagnose', 'd.csv', '--departement', '23', '--format', 'json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.actors).toBe(2);
    expect(d.needs.missing).toContain('sustainable-mobility');
    expect(d.duplicates).toHaveLength(1);
  });
});
