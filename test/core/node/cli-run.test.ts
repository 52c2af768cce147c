// The CLI engine run in-process from the TypeScript sources (no build): run(argv, io).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvText } from '@terreau/core';
import { runTerreau } from './run-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'terreau-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const real = (name: string) => join(__dirname, '../../fixtures/real', name);

const terreau = runTerreau;

describe('terreau run(argv, io) in-process', { timeout: 60_000 }, () => {
  it('validates the real DGEFP list as published, with the file name as source, no invented date, columns reported', async () => {
    const outPath = join(dir, 'siae.csv');
    const r = await terreau(['validate', real('dgefp-liste-siae-2019-07.csv'), '--out', outPath, '--jobs', '1', '--lang', 'en']);
    const out = parseCsvText(readFileSync(outPath, 'utf8'));
    // the 3 later rows of a SIRET are its other conventions (ACI+AI, ACI+EI): merged into its first actor
    expect(out.rows).toHaveLength(24);
    expect(r.stderr).toContain('27 records read = 24 valid + 0 rejected + 3 merged');
    expect(r.code).toBe(0);
    expect(out.rows[0]).toMatchObject({ name: "AINTERIM'AIR", type: 'etti', departementCode: '01', source: 'dgefp-liste-siae-2019-07.csv', checkedAt: '' });
    expect(r.stderr).toMatch(/Columns recognised: .*MESURE→type|Columns recognised: .*type/);
    expect(r.stderr).toMatch(/Columns ignored: .*NATURE_JURIDIQUE/);
  });

  it('reads a GEIQ export with --map and --checked-at, and refuses an unknown field in --map', async () => {
    const r = await terreau(['validate', real('geiq-export-2019-11-21.csv'), '--map', "name=GEIQ,type='geiq'", '--checked-at', '2026-11-30', '--format', 'ndjson', '--jobs', '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; provenance: { checkedAt?: string } });
    expect(lines).toHaveLength(11);
    expect(lines.every((a) => a.type === 'geiq' && a.provenance.checkedAt === '2026-11-30')).toBe(true);
    const bad = await terreau(['validate', real('geiq-export-2019-11-21.csv'), '--map', 'nmae=GEIQ', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('nmae');
    expect((await terreau(['validate', real('geiq-export-2019-11-21.csv'), '--checked-at', '2026-02-30'])).code).toBe(2);
  });

  it('keeps a row whose type cannot be inferred, and says so in the summary', async () => {
    const file = join(dir, 'w.csv');
    writeFileSync(file, 'nom;categorie_juridique;departement\nSociété;5710;59L\nAsso;9220;001\n');
    const r = await terreau(['validate', file, '--jobs', '1', '--lang', 'en', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { type: string; departementCode: string }).type)).toEqual(['non-classe', 'association']);
    expect(r.stderr).toContain('Warnings (records kept): type_unclassified 1, departement_suffix_dropped 1.');
  });

  it('diagnoses a région from postcodes alone (commune, EPCI, département and région derived from the COG)', async () => {
    const file = join(dir, 'r.csv');
    writeFileSync(file, 'nom;type;code_postal;ville\nA;aci;01700;ST MAURICE DE BEYNOST\nB;ai;02000;LAON\n');
    const r = await terreau(['diagnose', file, '--region', '84', '--format', 'json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { actors: number; facets: { counts: { epcis: Record<string, number> } }; needs: { unknown: string[]; inferred: Record<string, string[]> } };
    expect(d.actors).toBe(1);
    expect(Object.values(d.facets.counts.epcis).reduce((a, b) => a + b, 0)).toBe(1);
    expect(d.needs.inferred['employment-access']).toEqual(['row-1']);
  });
});
