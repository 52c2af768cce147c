// Real public files nobody here wrote (source, licence and how each sample was cut:
// test/fixtures/real/README.md), read the way a user reads them: the `terreau` command run
// in-process, and the Node API (readActors). What is asserted is what a user relies on: rows in =
// valid + rejected, the types inferred, the numbers pandas wrote, no verification date invented.
import { afterAll, describe, expect, it } from 'vitest';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCsvText, parseColumnMap, parseCsvText } from '@terreau/core';
import type { Actor, RecordIssue } from '@terreau/core';
import { readActors } from '@terreau/core/node';
import { runTerreau } from './run-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'terreau-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const real = (name: string): string => join(__dirname, '../../fixtures/real', name);

/** `terreau validate FILE` as a user runs it, outputs in a temporary folder; the written rows. */
async function validate(name: string, ...more: string[]) {
  const out = join(dir, `${name}.out.csv`);
  const r = await runTerreau(['validate', real(name), '--out', out, '--rejects', join(dir, `${name}.rejects.csv`), '--jobs', '1', '--lang', 'en', ...more]);
  const rows = r.code === 2 ? [] : parseCsvText(readFileSync(out, 'utf8')).rows;
  return { ...r, rows };
}

/** readActors on the file as published; actors, rejected row indexes, warnings. */
async function read(name: string, options: Parameters<typeof readActors>[1] = {}) {
  const got = { records: 0, actors: [] as Actor[], rejected: [] as number[], warnings: [] as RecordIssue[] };
  for await (const r of readActors(createReadStream(real(name)), { format: 'csv', source: name, ...options })) {
    got.records += 1;
    if (r.actor) got.actors.push(r.actor);
    else got.rejected.push(r.index);
    got.warnings.push(...(r.warnings ?? []));
  }
  return got;
}

function countTypes(types: readonly string[]): Record<string, number> {
  const n: Record<string, number> = {};
  for (const t of types) n[t] = (n[t] ?? 0) + 1;
  return n;
}

describe('SIRENE legal units with the ESS flag (StockUniteLegale columns, 200 rows)', { timeout: 60_000 }, () => {
  const file = 'sirene-ul-ess-flag-extract-2026.csv';
  const expected = { association: 176, 'societe-commerciale-ess': 13, cooperative: 9, scop: 2 };

  it('terreau validate keeps every row, the type inferred from the legal category and the ESS flag, no date invented', async () => {
    const r = await validate(file);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('200 records read = 200 valid + 0 rejected.');
    expect(countTypes(r.rows.map((row) => row['type'] as string))).toEqual(expected);
    const bySiren = new Map(r.rows.map((row) => [row['siren'], row]));
    expect(bySiren.get('334735032')).toMatchObject({ name: 'GEFISCOPE', legalCategory: '5458', type: 'scop' });
    expect(bySiren.get('311337240')).toMatchObject({ legalCategory: '5560', type: 'cooperative' });
    expect(bySiren.get('100070044')).toMatchObject({ name: 'TEAM MOVE', legalCategory: '5710', type: 'societe-commerciale-ess' });
    expect(bySiren.get('309266633')).toMatchObject({ legalCategory: '9260', type: 'association' });
    expect(r.rows.every((row) => row['checkedAt'] === '' && row['source'] === file)).toBe(true);
  });

  it('readActors gives the same actors: rows in = valid + rejected', async () => {
    const got = await read(file);
    expect(got.records).toBe(200);
    expect(got.actors.length + got.rejected.length).toBe(got.records);
    expect(got.rejected).toEqual([]);
    expect(countTypes(got.actors.map((a) => a.type))).toEqual(expected);
    expect(got.actors.every((a) => a.provenance.checkedAt === undefined)).toBe(true);
  });
});

describe('a pandas export of SIRENE units (9220.0, 84200.0, True/False; 40 rows)', { timeout: 60_000 }, () => {
  const file = 'sirene-ul-pandas-export-2026.csv';

  it('terreau validate keeps the unit whose activity is coded in an older nomenclature (45.2R): the code is left out with a warning', async () => {
    const r = await validate(file);
    expect(r.stderr).toContain('40 records read = 40 valid + 0 rejected.');
    expect(r.stderr).toContain('naf_old_nomenclature 1');
    expect(r.code).toBe(0);
    const tetra = r.rows.find((row) => row['siren'] === '062201199');
    expect(tetra).toMatchObject({ name: 'Le tiers lieu de carpentras', postcode: '84200', legalCategory: '5499', naf: '' });
  });

  it('readActors reads the numbers pandas wrote and, mapped, its True/False ESS flag', async () => {
    const { map } = parseColumnMap('ess=flag_ess_sirene');
    const got = await read(file, { columns: map });
    expect(got.records).toBe(40);
    expect(got.rejected).toEqual([]);
    expect(countTypes(got.actors.map((a) => a.type))).toEqual({ association: 31, 'societe-commerciale-ess': 6, 'non-classe': 3 });
    const junior = got.actors.find((a) => a.id === '100029172');
    expect(junior).toMatchObject({ type: 'association', legalCategory: '9220', identifiers: { rna: 'W832023177' }, naf: '62.01Z' });
    expect(got.actors.find((a) => a.id === '100070044')).toMatchObject({ name: 'TEAM MOVE', legalCategory: '5710', type: 'societe-commerciale-ess' });
    expect(got.actors.find((a) => a.id === '100526466')?.address).toEqual({ postcode: '16190', city: 'MONTMOREAU ST CYBARD' });
    const old = got.warnings.filter((w) => w.code === 'naf_old_nomenclature');
    expect(old.map((w) => [w.id, w.value])).toEqual([['062201199', '45.2R']]);
    expect(old[0]?.message.fr).toContain('45.2R');
    expect(got.actors.every((a) => a.provenance.checkedAt === undefined)).toBe(true);
  });

  it('leaves the creation year unknown where Sirene writes 1900-01-01 (12 old associations), with a warning; the others keep theirs', async () => {
    const got = await read(file);
    const unknown = got.warnings.filter((w) => w.code === 'creation_date_unknown');
    expect(unknown).toHaveLength(12);
    expect(unknown.every((w) => w.value === '1900-01-01' && w.path === 'creationYear')).toBe(true);
    expect(unknown[0]?.message.fr).toContain('laissée inconnue');
    const ids = new Set(unknown.map((w) => w.id));
    expect(got.actors.filter((a) => ids.has(a.id)).every((a) => a.creationYear === undefined)).toBe(true);
    // the others keep the year of their date (1962, 1974… 2026)
    expect(got.actors.filter((a) => !ids.has(a.id)).every((a) => typeof a.creationYear === 'number' && a.creationYear > 1900)).toBe(true);
    expect(got.actors.find((a) => a.id === '062201199')?.creationYear).toBe(1962);
    const r = await validate(file);
    expect(r.stderr).toContain('creation_date_unknown 12');
  });
});

describe('StockUniteLegale as INSEE publishes it (full header, 2019)', { timeout: 60_000 }, () => {
  const file = 'sirene-stock-unite-legale-2019-sample.csv';

  it('names a person’s legal unit by its first and last names and keeps a unit whose activity is coded in NAP (closed units kept on request)', async () => {
    const r = await validate(file, '--include-closed');
    expect(r.stderr).toContain('3 records read = 3 valid + 0 rejected.');
    expect(r.stderr).toContain('Warnings (records kept): type_unclassified 3, naf_old_nomenclature 1.');
    expect(r.rows.map((row) => [row['siren'], row['name'], row['naf'], row['checkedAt']])).toEqual([
      ['000325175', 'THIERRY JANOYER', '32.12Z', '2018-07-10'],
      ['001807254', 'JACQUES-LUCIEN BRETON', '85.59A', '2016-07-10'],
      ['005410220', 'GEORGES WATTEBLED', '', ''],
    ]);
    const got = await read(file, { includeClosed: true });
    expect(got.actors.map((a) => a.name)).toEqual(['THIERRY JANOYER', 'JACQUES-LUCIEN BRETON', 'GEORGES WATTEBLED']);
    expect(got.warnings.find((w) => w.code === 'naf_old_nomenclature')?.value).toBe('22.02');
  });

  it('sets aside the units INSEE marks ceased (etatAdministratifUniteLegale = C), saying the column and value, rows in = valid + rejected', async () => {
    const r = await validate(file);
    expect(r.stderr).toContain('3 records read = 1 valid + 2 rejected.');
    expect(r.rows.map((row) => row['name'])).toEqual(['THIERRY JANOYER']);
    const rejects = parseCsvText(readFileSync(join(dir, `${file}.rejects.csv`), 'utf8')).rows;
    expect(rejects.map((row) => row['code'])).toEqual(['closed_unit', 'closed_unit']);
    expect(rejects[0]?.['reason']).toContain('column etatAdministratifUniteLegale is “C”');
    expect(rejects.map((row) => row['line'])).toEqual(['3', '4']);
    const got = await read(file);
    expect(got.records).toBe(3);
    expect(got.actors.map((a) => a.name)).toEqual(['THIERRY JANOYER']);
    expect(got.rejected).toEqual([1, 2]);
  });
});

describe('the map reads these files as the command does (ingestCsvText = readActors)', { timeout: 60_000 }, () => {
  it.each(['sirene-ul-ess-flag-extract-2026.csv', 'sirene-ul-pandas-export-2026.csv', 'sirene-stock-unite-legale-2019-sample.csv'])('%s', async (file) => {
    const widget = ingestCsvText(readFileSync(real(file), 'utf8'), { source: file });
    const node = await read(file);
    expect(widget.actors).toEqual(node.actors);
    expect(widget.rejected).toEqual(node.rejected);
    expect(widget.warnings.map((w) => `${w.index}:${w.code}`)).toEqual(node.warnings.map((w) => `${w.index}:${w.code}`));
  });

  it('terreau classify names a person’s legal unit too, and sets aside the ceased ones as validate does', async () => {
    const classify = (...more: string[]) => runTerreau(['classify', real('sirene-stock-unite-legale-2019-sample.csv'), '--rejects', join(dir, 'classify.rejects.csv'), '--jobs', '1', '--lang', 'en', ...more]);
    const all = await classify('--include-closed');
    expect(parseCsvText(all.stdout).rows.map((row) => row['name'])).toEqual(['THIERRY JANOYER', 'JACQUES-LUCIEN BRETON', 'GEORGES WATTEBLED']);
    const active = await classify();
    expect(parseCsvText(active.stdout).rows.map((row) => row['name'])).toEqual(['THIERRY JANOYER']);
    expect(active.stderr).toContain('3 records read = 1 classified + 2 rejected');
  });
});

describe('a real FRR commune list read by --zones (test/fixtures/real/frr-2024-communes-tail-sample.csv)', { timeout: 60_000 }, () => {
  it('terreau validate puts the actors of wholly classified communes in FRR and says which communes are only partly classified', async () => {
    const actors = join(dir, 'actors-frr.csv');
    writeFileSync(actors, 'nom;type;code_commune\nRessourcerie;association;89248\nÉpicerie;association;97412\n');
    const out = join(dir, 'actors-frr.out.csv');
    const r = await runTerreau(['validate', actors, '--zones', `frr:${real('frr-2024-communes-tail-sample.csv')}`, '--out', out, '--jobs', '1', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('157 rows read');
    expect(r.stderr).toContain('(20 set aside)');
    expect(r.stderr).toContain('20 of them are communes only partly in the zone (frr)');
    const rows = parseCsvText(readFileSync(out, 'utf8')).rows;
    expect(rows.find((row) => row['name'] === 'Ressourcerie')?.['zones']).toContain('frr');
    expect(rows.find((row) => row['name'] === 'Épicerie')?.['zones']).toBe('');
  });
});
