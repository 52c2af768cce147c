import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '@terreau/core';
import { runOfficialCommand } from '@terreau/core/node';

const small = new URL('../../../fixtures/aggregate/small.csv', import.meta.url).pathname;
const io = () => {
  const lines: string[] = [];
  return { lines, io: { say: (l: string) => void lines.push(l) } };
};

describe('terreau aggregate', { timeout: 60_000 }, () => {
  it('writes one CSV row per département with COG names and populations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terreau-agg-'));
    const out = join(dir, 'dep.csv');
    const { lines, io: cliIo } = io();
    expect(await runOfficialCommand(['aggregate', small, '--by', 'departement', '--date', '2026-12-02', '--out', out], cliIo)).toBe(0);
    const { rows } = parseCsvText(readFileSync(out, 'utf8'));
    expect(rows.map((r) => [r['code'], r['name'], r['actors']])).toEqual([
      ['', '', '1'],
      ['07', 'Ardèche', '1'],
      ['26', 'Drôme', '4'],
      ['974', 'La Réunion', '1'],
    ]);
    const drome = rows.find((r) => r['code'] === '26')!;
    const population = Number(drome['population']);
    expect(population).toBeGreaterThan(450_000);
    expect(Number(drome['actorsPer10000'])).toBeCloseTo((4 / population) * 10000, 2);
    expect(drome).toMatchObject({ employeesMin: '311', employeesMax: '', employeesOpenEnded: '1', 'zone:frr': '2', 'type:scop': '1' });
    expect(lines.join('\n')).toContain('7 acteurs valides répartis en 4 territoires (1 sans territoire connu) ; 0 rejetés.');
  });

  it('fills the EPCI from the commune (COG) and writes GeoJSON-ready features', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terreau-agg-'));
    const out = join(dir, 'epci.geojson');
    const { io: cliIo } = io();
    await runOfficialCommand(['aggregate', small, '--by', 'epci', '--format', 'geojson', '--out', out, '--quiet'], cliIo);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    // Crest (26108) belongs to the CC du Crestois et de Pays de Saillans (SIREN 200040509).
    const crest = fc.features.find((f: { properties: { actors: number; code: string } }) => f.properties.code === '200040509');
    expect(crest.properties.actors).toBe(2);
    expect(crest.properties.name).toMatch(/^CC du Crestois/);
    expect(crest.geometry.type).toBe('Point');
    expect(fc.features.reduce((s: number, f: { properties: { actors: number } }) => s + f.properties.actors, 0)).toBe(7);
  });

  it('needs --by (exit 2)', async () => {
    const { lines, io: cliIo } = io();
    expect(await runOfficialCommand(['aggregate', small, '--lang', 'en'], cliIo)).toBe(2);
    expect(lines.join('\n')).toContain('Give the level');
  });
});

describe('terreau aggregate through the CLI engine run(argv, io)', () => {
  it('reads stdin and writes stdout', async () => {
    const { runTerreau } = await import('../run-in-process.js');
    const { code, stdout, stderr } = await runTerreau(['aggregate', '-', '--by', 'region', '--format', 'json', '--lang', 'en'], readFileSync(small));
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { code: string; name: string | null; actors: number }[];
    expect(rows.map((r) => [r.code, r.actors])).toEqual([
      ['', 1],
      ['04', 1],
      ['84', 5],
    ]);
    expect(rows.find((r) => r.code === '84')?.name).toBe('Auvergne-Rhône-Alpes');
    expect(stderr).toContain('7 valid actors in 3 territories (1 with no known territory); 0 rejected.');
  }, 60_000);
});
