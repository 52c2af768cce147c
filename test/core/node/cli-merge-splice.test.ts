// Other conventions of one SIRET, taken into a written output by splicing it (the actors they merge
// into written again in place, their duplicate_id lines taken out of the rejects): the files must be,
// byte for byte, those the CLI wrote when it read and validated the whole input a third time to
// write them again (main at 5a16ad7). The hashes below are of that CLI's files for this generated
// input; the repeats sit at the input's 64 KiB chunk borders (a structure ending a chunk, its other
// conventions opening the next), some names span two lines, some cells look like formulas.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTerreau } from './run-in-process.js';

const cli = join(__dirname, '../../../packages/core/dist/node/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'terreau-splice-'));
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first (npm run build -w @terreau/core): two threads run the built terreau command.');
});

/** `body` and the digit that makes it pass Luhn's check (SIREN, SIRET). */
function luhn(body: string): string {
  for (let d = 0; d <= 9; d += 1) {
    const s = `${body}${d}`;
    let sum = 0;
    for (let i = 0; i < s.length; i += 1) {
      let n = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

/** 4 000 records (~300 KB): structures, their other conventions (ACI, AI, EI…), a true conflict now and then (another structure's id), ragged rows. */
function fixture(rows = 4000): string {
  let seed = 12;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;
  const TYPES = ['aci', 'ai', 'ei', 'etti', 'association', 'scop'];
  const APPROVALS = ['aci', 'ai', 'ei', 'esus', ''];
  const ACTIVITIES = ['short-circuit', 'food-workshop', 'social-grocery', ''];
  const NEEDS = ['healthy-food', 'employment-access', ''];
  const header = 'id;nom;type;siret;approvals;activities;needs\n';
  const lines = [header];
  let size = header.length;
  const made: string[][] = [];
  const fresh = (i: number): string[] => {
    const siret = luhn(`${luhn(String(30000000 + i * 7919))}0001`);
    const name = i % 97 === 5 ? `"Atelier ${i}\nsur deux lignes"` : i % 89 === 3 ? `=HYPERLINK("x${i}")` : `Structure ${i}`;
    return [siret, name, pick(TYPES), siret, pick(APPROVALS), pick(ACTIVITIES), pick(NEEDS)];
  };
  const repeatOf = (cells: string[]): string[] => [cells[0] as string, `${cells[1]} bis`, pick(['aci', 'ai', 'ei']), cells[3] as string, pick(['aci', 'ai', 'ei', 'esus']), pick(ACTIVITIES), pick(NEEDS)];
  let border = 1 << 16;
  let crossed = 0;
  for (let i = 0; i < rows; i += 1) {
    let cells: string[];
    const near = size + 150 > border;
    if (crossed > 0 && made.length > 1) {
      // the first records of a chunk: other conventions of the structures that ended the one before
      cells = repeatOf(made[made.length - crossed] as string[]);
      crossed -= 1;
    } else if (near && made.length > 10 && rand() < 0.5) cells = repeatOf(made[Math.floor(rand() * made.length)] as string[]);
    else if (i % 401 === 17 && made.length > 3) cells = repeatOf(made[made.length - 2] as string[]);
    else if (i % 503 === 31 && made.length > 3) {
      cells = fresh(i);
      cells[0] = (made[0] as string[])[0] as string;
    } else if (i % 457 === 7) {
      cells = fresh(i);
      cells.pop();
    } else {
      cells = fresh(i);
      made.push(cells);
    }
    const text = `${cells.join(';')}\n`;
    lines.push(text);
    size += Buffer.byteLength(text);
    if (size > border) {
      border += 1 << 16;
      crossed = 2;
    }
  }
  return lines.join('');
}

/** The same records as NDJSON (cells as strings; a name on two lines is cut there, as it was when the hashes were taken). */
function ndjsonOf(csv: string): string {
  const [head, ...rest] = csv.split(/\n(?=[^\n]*;)/);
  const keys = (head as string).split(';');
  const objects = rest.filter((l) => l.trim() !== '').map((l) => JSON.stringify(Object.fromEntries(l.replace(/\n$/, '').split(';').map((v, i) => [keys[i] ?? `x${i}`, v.replace(/^"|"$/g, '')]))));
  return `${objects.join('\n')}\n`;
}

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

const CSV_SUMMARY = '4000 records read = 3960 valid + 17 rejected + 23 merged (other conventions of one SIRET, joined to the actor of its first row).';
const NDJSON_SUMMARY = '4043 records read = 3969 valid + 53 rejected + 21 merged (other conventions of one SIRET, joined to the actor of its first row).';
const CSV_REJECTS = 'aa0e348218e688657a729a1a054c9a7d187f5c26fa08050a01dd00e9c499ef74';
const NDJSON_REJECTS = '197475219fb09c8a60410445e633b792903c655ad56af91c8d576fbca23f0727';

/**
 * command, output format, input, and the sha256 of the output the third pass wrote — or, for
 * `recommend` (whose lines change whenever the ranking does), `null`: the expected output is then
 * `recommend` over the merged actors `validate` wrote (no repeat left in it, so nothing to splice).
 */
const CASES: [string, string, 'csv' | 'ndjson', string | null][] = [
  ['validate', 'csv', 'csv', 'ad3adbfdc87dbbd10c30b28be9e0972043cdee5acad13a6a29bdb9cfc60f69b0'],
  ['validate', 'ndjson', 'csv', '951b7d8dcfcab068ad37fa113ab8bf309f6ae871c62310261fe3e5b9b5c9a766'],
  ['validate', 'json', 'csv', '30b50575a2ee83e79bb6f2573a4ffdc5d5c667b4b7af24b7fd14b1d7fc32f65f'],
  ['validate', 'geojson', 'csv', '58d59b87da445cea45c3758c3cc765d4e664cecfa67675950869d2ace2f3a27b'],
  ['validate', 'table', 'csv', '62aacd5612534b0a7627de344cd76477d7e60bb52fb3ea8e629752fd7badd8bc'],
  ['score', 'csv', 'csv', '6a8298b8b4ea1e5030050938a1cb2c551f9e321ca69dbf0803d1646b9d27c2f2'],
  // recommend writes no line for an actor without actions: its place is kept all the same
  ['recommend', 'csv', 'csv', null],
  ['recommend', 'json', 'csv', null],
  ['validate', 'csv', 'ndjson', '190e0c1d2592012eec5de88b9de78047de2db4004206427a23d5b0e1d92252d0'],
  ['validate', 'json', 'ndjson', 'fa3fd8fe12077a0d5402dc8f5173cc5d5100e6494524edd2cf30c835a52d2d02'],
];

describe('terreau --out FILE with other conventions of one SIRET: the output spliced, not written again', { timeout: 600_000 }, () => {
  const csv = fixture();
  const files = { csv: join(dir, 'conventions.csv'), ndjson: join(dir, 'conventions.ndjson') };
  writeFileSync(files.csv, csv);
  writeFileSync(files.ndjson, ndjsonOf(csv));

  it('the generated input is the one the hashes were taken on', () => {
    expect(sha(readFileSync(files.csv))).toBe('62c5f8e73a7b2cd1d9828cf732d2b6a55b6dea094ec87c0dae5a5a66cb1f88e9');
  });

  /** sha256 of `recommend` (commune) over the actors `validate` merged, written without any splice. */
  async function recommendOfMerged(to: string): Promise<string> {
    const merged = join(dir, 'merged.csv');
    const common = ['--jobs', '1', '--lang', 'en', '--date', '2026-01-01'];
    await runTerreau(['validate', files.csv, '--to', 'csv', '--out', merged, '--rejects', join(dir, 'merged.rejects.csv'), ...common]);
    const out = join(dir, `merged-recommend.${to}`);
    const r = await runTerreau(['recommend', merged, '--to', to, '--out', out, '--decision-maker', 'commune', ...common]);
    expect(r.stderr).not.toContain('merged (other conventions');
    return sha(readFileSync(out));
  }

  for (const [command, to, input, pinned] of CASES) {
    it(`${command} --to ${to} on ${input}: the output, the rejects and the summary of the third pass, with 1 and 2 threads`, async () => {
      const expected = pinned ?? (await recommendOfMerged(to));
      for (const jobs of ['1', '2']) {
        const tag = `${command}-${to}-${input}-${jobs}`;
        const out = join(dir, `${tag}.out`);
        const rejects = join(dir, `${tag}.rejects.csv`);
        rmSync(rejects, { force: true });
        const argv = [command, files[input], '--to', to, '--out', out, '--rejects', rejects, '--jobs', jobs, '--lang', 'en', '--date', '2026-01-01', ...(command === 'recommend' ? ['--decision-maker', 'commune'] : [])];
        // one thread in-process from the sources; two: the built command (its workers are built files)
        const r = jobs === '1' ? await runTerreau(argv) : spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8' });
        expect(r.stderr).toContain(input === 'csv' ? CSV_SUMMARY : NDJSON_SUMMARY);
        expect(r.stderr).toContain(`conventions_merged ${input === 'csv' ? 23 : 21}`);
        expect(sha(readFileSync(out))).toBe(expected);
        expect(sha(readFileSync(rejects))).toBe(input === 'csv' ? CSV_REJECTS : NDJSON_REJECTS);
        // no temporary file left beside them
        expect(spawnSync('ls', ['-a', dir], { encoding: 'utf8' }).stdout).not.toContain('.tmp');
      }
    });
  }
});
