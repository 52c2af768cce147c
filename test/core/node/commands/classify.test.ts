// `terreau classify` follows the readers' closed-unit rule (ingest/row-notes.ts' closedUnitFault):
// a SIRENE unit ceased (C) or establishment closed (F) is set aside into the rejects file with the
// very reason validate and score give, counted as rejected (rows in = classified + rejected), unless
// --include-closed. CSV (chunk path) and JSON (record path) alike. Run in-process from the sources.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvText } from '@terreau/core';
import { runTerreau } from '../run-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'terreau-classify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = join(__dirname, '../../../fixtures/ingest/sirene-closed-units.csv');

let runs = 0;
/** `terreau COMMAND FILE` in French, one thread; the rows written and the rejects (none when no file). */
async function run(command: string, file: string, ...more: string[]) {
  runs += 1;
  const out = join(dir, `${command}-${runs}.out.csv`);
  const rejects = join(dir, `${command}-${runs}.rejects.csv`);
  const r = await runTerreau([command, file, '--out', out, '--rejects', rejects, '--jobs', '1', ...more]);
  const rows = parseCsvText(readFileSync(out, 'utf8')).rows;
  const rejected = existsSync(rejects) ? parseCsvText(readFileSync(rejects, 'utf8')).rows : [];
  return { ...r, rows, rejected };
}

describe('terreau classify and closed SIRENE units', () => {
  it('sets aside a closed unit or establishment as validate does, with the same French reason', async () => {
    const classify = await run('classify', fixture);
    expect(classify.rows.map((row) => [row['name'], row['type']])).toEqual([
      ['ATELIER COOPERATIF', 'scop'],
      ['RESSOURCERIE', 'association'],
    ]);
    expect(classify.rejected.map((row) => [row['ligne_fichier'], row['code']])).toEqual([
      ['3', 'closed_unit'],
      ['4', 'closed_unit'],
    ]);
    expect(classify.rejected[0]?.['motif']).toContain('la colonne etatAdministratifEtablissement vaut «\u00a0F\u00a0»');
    expect(classify.stderr).toContain('4 enregistrements lus = 2 classés + 2 rejetés');
    const validate = await run('validate', fixture);
    expect(classify.rejected).toEqual(validate.rejected);
  });

  it('keeps them with --include-closed', async () => {
    const classify = await run('classify', fixture, '--include-closed');
    expect(classify.rows.map((row) => row['name'])).toEqual(['ATELIER COOPERATIF', 'ASSOCIATION DU QUARTIER', 'ANCIENNE SCIC', 'RESSOURCERIE']);
    expect(classify.rejected).toEqual([]);
  });

  it('reads the state from a column of another name, or a constant of the column mapping, as validate does', async () => {
    const file = join(dir, 'renamed.csv');
    writeFileSync(file, readFileSync(fixture, 'utf8').replace('etatAdministratifEtablissement', 'etat_etab'));
    const renamed = await run('classify', file, '--map', 'sireneState=etat_etab');
    expect(renamed.rows.map((row) => row['name'])).toEqual(['ATELIER COOPERATIF', 'RESSOURCERIE']);
    const plain = join(dir, 'plain.csv');
    writeFileSync(plain, 'siren,denominationUniteLegale,categorieJuridiqueUniteLegale\n350992335,ATELIER COOPERATIF,5458\n');
    const ceased = await run('classify', plain, '--map', "sireneState='C'");
    expect(ceased.rows).toEqual([]);
    expect(ceased.rejected.map((row) => row['code'])).toEqual(['closed_unit']);
    expect(ceased.rejected).toEqual((await run('validate', plain, '--map', "sireneState='C'")).rejected);
  });

  it('applies the same rule to JSON records', async () => {
    const file = join(dir, 'units.ndjson');
    const { rows } = parseCsvText(readFileSync(fixture, 'utf8'));
    writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n'));
    const classify = await run('classify', file);
    expect(classify.rows.map((row) => row['name'])).toEqual(['ATELIER COOPERATIF', 'RESSOURCERIE']);
    expect(classify.rejected.map((row) => row['code'])).toEqual(['closed_unit', 'closed_unit']);
    expect((await run('classify', file, '--include-closed')).rows).toHaveLength(4);
  });
});
