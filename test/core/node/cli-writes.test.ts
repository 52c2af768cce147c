// Issue 17, "nothing lost, nothing run": what the `terreau` command writes when writing goes wrong
// (a full disk, a reader that goes away, Ctrl-C, two runs on one name, an output that is an input),
// and the options it refuses. Options and refusals run in-process (run(argv, io)); the disk, pipes,
// signals and worker threads run the built command in child processes.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, linkSync, openSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvText } from '@terreau/core';
import { runTerreau } from './run-in-process.js';
import { runOfficialCommand } from '../../../packages/core/src/node/commands/official.js';
// @ts-expect-error — plain JS fixture generator shared with the bench
import { sireneLines } from '../../../bench/lib/sirene-fixture.js';
// @ts-expect-error plain JS fixture
import { serveFakeCompanySearch } from '../../fixtures/recherche-entreprises/serve.js';

// Child processes on a machine shared by other jobs.
vi.setConfig({ testTimeout: 120_000 });

const cli = join(__dirname, '../../../packages/core/dist/node/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'terreau-writes-'));

/** A SIRENE-like CSV of `rows` rows, some broken; `rejected`: the 0-based rows the CLI sets aside. */
function fixture(rows: number, seed: number, broken = 0.05, name = (i: number) => `Structure ${i + 1}`): { text: string; rejected: Set<number> } {
  const kinds = new Map<number, string>();
  const lines = [...(sireneLines({ rows, broken, seed, onBroken: (k: string, i: number) => kinds.set(i, k) }) as Iterable<string>)];
  const text = `${lines.map((l, i) => (i === 0 ? l : l.replace(/Structure \d+/, name(i - 1)))).join('\n')}\n`;
  // a legal category that tells no type is kept (as unclassified), every other broken row is set aside
  return { text, rejected: new Set([...kinds].filter(([, k]) => k !== 'unknown-category').map(([i]) => i)) };
}

const big = join(dir, 'big.csv');
const bigRows = 20_000;
let bigRejected = new Set<number>();

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first (npm run build): these tests run the built terreau command.');
  const f = fixture(bigRows, 17);
  writeFileSync(big, f.text);
  bigRejected = f.rejected;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const terreau = runTerreau;

const runCli = (args: string[], input?: string) => {
  // killed after 90 s: a run that hangs fails instead of holding the suite for ever
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The numbers a FR or EN summary gives: records read, rejected. */
function summaryOf(stderr: string): { read: number; rejected: number } {
  const m = /(\d+) (?:enregistrements lus|records read) = \d+ \S+ \+ (\d+)/.exec(stderr);
  if (!m) throw new Error(`no summary in: ${stderr}`);
  return { read: Number(m[1]), rejected: Number(m[2]) };
}

/** The data rows (1-based, as the rejects file numbers them) a rejects file names. */
function rejectedRowsIn(path: string): Set<number> {
  const rows = parseCsvText(readFileSync(path, 'utf8')).rows;
  return new Set(rows.map((r) => Number(r['ligne_donnee'] ?? r['row'])));
}

describe('options in both spellings, dates and --jobs', { timeout: 60_000 }, () => {
  it('takes --lang=en, --out=FILE and --jobs=1 as it takes --lang en', async () => {
    const file = join(dir, 'eq.csv');
    writeFileSync(file, 'nom,type\nA,association\nB,scop\n');
    const out = join(dir, 'eq.out.csv');
    const r = await terreau(['validate', file, '--lang=en', `--out=${out}`, '--jobs=1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 records read = 2 valid + 0 rejected.');
    expect(parseCsvText(readFileSync(out, 'utf8')).rows).toHaveLength(2);
    const bad = await terreau(['validate', file, '--lang=en', '--format=xml']);
    expect(bad.stderr).toContain('Invalid value for --format: "xml"');
  });

  it('refuses an impossible calendar date in every date option, naming it', async () => {
    const file = join(dir, 'd.csv');
    writeFileSync(file, 'nom,type\nA,association\n');
    for (const argv of [
      ['score', file, '--date', '2026-02-30'],
      ['score', file, '--date=2026-02-30'],
      ['validate', file, '--checked-at', '2026-02-30'],
      ['aggregate', file, '--by', 'departement', '--date', '2026-02-30'],
    ]) {
      const r = await terreau([...argv, '--lang', 'en']);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('"2026-02-30"');
      expect(r.stderr).toContain('calendar day');
    }
    const fetch = await terreau(['fetch', '--commune', '26108', '--date', '2025-13-01']);
    expect(fetch.code).toBe(2);
    expect(fetch.stderr).toContain('« 2025-13-01 »');
    expect((await terreau(['score', file, '--date', '2024-02-29', '--jobs', '1'])).code).toBe(0);
  });

  it('refuses --jobs 0, negative or not whole, naming the value; caps it at the cores with a notice (none with --quiet)', async () => {
    for (const value of ['0', '-1', '1.5', 'deux']) {
      for (const spelling of [[`--jobs=${value}`], ['--jobs', value]]) {
        const r = await terreau(['validate', big, ...spelling, '--lang', 'en']);
        expect(r.code, spelling.join(' ')).toBe(2);
        expect(r.stderr).toContain(`--jobs: "${value}"`);
      }
    }
    // a header alone: no record, no worker thread started, whatever --jobs says
    const file = join(dir, 'header.csv');
    writeFileSync(file, 'nom,type\n');
    const cores = availableParallelism();
    const r = await terreau(['validate', file, '--jobs', '999', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('--jobs'))).toEqual([`--jobs 999 lowered to ${cores}: this machine has ${cores} core(s).`]);
    expect((await terreau(['validate', file, '--jobs', '999', '--quiet'])).stderr).toBe('');
  });
});

describe('an output that is an input', { timeout: 60_000 }, () => {
  it('is refused before anything is written: same path, a symbolic link, a hard link, the rejects, the official commands', async () => {
    const input = join(dir, 'keep.csv');
    const text = 'nom,type\nA,association\nB,nope\n';
    writeFileSync(input, text);
    symlinkSync(input, join(dir, 'keep-link.csv'));
    linkSync(input, join(dir, 'keep-hard.csv'));
    for (const argv of [
      ['validate', input, '--out', input],
      ['validate', input, '--out', join(dir, 'keep-link.csv')],
      ['convert', input, '--to', 'csv', '--out', join(dir, 'keep-hard.csv')],
      ['validate', input, '--out', join(dir, 'other.csv'), '--rejects', join(dir, 'keep-link.csv')],
      ['aggregate', input, '--by', 'departement', '--out', join(dir, 'keep-hard.csv')],
    ]) {
      const r = await terreau([...argv, '--lang', 'en']);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/is the input file ".*keep\.csv"/);
      expect(readFileSync(input, 'utf8')).toBe(text);
    }
    expect(existsSync(join(dir, 'other.csv'))).toBe(false);
    const fr = await terreau(['validate', input, '--out', input]);
    expect(fr.stderr).toContain('est le fichier lu');
    const same = await terreau(['validate', input, '--out', join(dir, 'o.csv'), '--rejects', join(dir, 'o.csv'), '--lang', 'en']);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('name the same file');
  });
});

describe('an output that is the file redirected to stdin (child process)', () => {
  it('`terreau validate - --out in.csv < in.csv` is refused, the input kept', () => {
    const input = join(dir, 'redirected.csv');
    const text = 'nom,type\nA,association\n';
    writeFileSync(input, text);
    const fd = openSync(input, 'r');
    const r = spawnSync(process.execPath, [cli, 'validate', '-', '--out', input, '--lang', 'en'], { cwd: dir, stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 90_000 });
    closeSync(fd);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is the input file "/dev/stdin"');
    expect(readFileSync(input, 'utf8')).toBe(text);
  });
});

describe('Ctrl-C and two runs on one name (child processes)', () => {
  const tempsOf = (name: string) => readdirSync(dir).filter((f) => f.startsWith(`.${name}.`));

  it('Ctrl-C leaves nothing under the names of --out and the rejects, and no temporary file', async () => {
    const child = spawn(process.execPath, [cli, 'validate', '-', '--out', 'int.csv', '--rejects', 'int.rejects.csv'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // stopped by Ctrl-C, the run reads no more: what is left in the pipe meets EPIPE
    child.stdin.on('error', () => {});
    child.stdin.write(fixture(3000, 4, 0.2).text);
    // the input stays open; wait until the run has opened what it writes
    while (!existsSync(join(dir, 'int.csv')) && tempsOf('int.csv').length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('Interrompu');
    expect(existsSync(join(dir, 'int.csv'))).toBe(false);
    expect(existsSync(join(dir, 'int.rejects.csv'))).toBe(false);
    expect([...tempsOf('int.csv'), ...tempsOf('int.rejects.csv')]).toEqual([]);
  });

  it('two concurrent runs writing the same --out each write a whole file: the last renamed is there, not a mix', async () => {
    const a = fixture(6000, 8, 0.05, (i) => `Alpha ${i + 1}`).text;
    const b = fixture(3000, 9, 0.05, (i) => `Beta ${i + 1}`).text;
    // what B alone writes
    expect(runCli(['validate', '-', '--out', 'b-alone.csv', '--rejects', 'b-alone.rejects.csv', '--jobs', '1'], b).code).toBe(1);
    const start = (name: string) => {
      const child = spawn(process.execPath, [cli, 'validate', '-', '--out', 'same.csv', '--rejects', `${name}.rejects.csv`, '--jobs', '1'], { cwd: dir });
      child.stderr.resume();
      return { child, exited: new Promise((resolve) => child.on('exit', resolve)) };
    };
    const cut = (text: string) => text.slice(0, text.indexOf('\n', Math.floor(text.length / 2)) + 1);
    const written = () => readdirSync(dir).filter((f) => f.includes('same.csv') && statSync(join(dir, f)).size > 0).length;
    const A = start('a');
    A.child.stdin.write(cut(a));
    while (written() < 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const B = start('b');
    B.child.stdin.write(cut(b));
    for (let waited = 0; written() < 2 && waited < 3000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    // A ends first, B last: B's file is the one left
    A.child.stdin.end(a.slice(cut(a).length));
    expect(await A.exited).toBe(1);
    B.child.stdin.end(b.slice(cut(b).length));
    expect(await B.exited).toBe(1);
    expect(readFileSync(join(dir, 'same.csv'), 'utf8')).toBe(readFileSync(join(dir, 'b-alone.csv'), 'utf8'));
    expect(tempsOf('same.csv')).toEqual([]);
  });
});

describe('a reader that goes away (`terreau validate big.csv | head -1`)', () => {
  it.each([[['--jobs', '1']], [[]]])('%j: ends without a stack trace or a wait, the rejects file complete for the records read, exit 1 as they hold rejects', async (jobs) => {
    const rejects = join(dir, `pipe${jobs.length}.rejects.csv`);
    const child = spawn(process.execPath, [cli, 'validate', big, '--rejects', rejects, ...jobs], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // the first line read, the pipe closed (what `head -1` does)
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(stderr).not.toMatch(/\n\s+at |Error/);
    expect(stderr).toContain('EPIPE');
    const { read, rejected } = summaryOf(stderr);
    // stopped early: the output is far larger than a pipe holds
    expect(read).toBeLessThan(bigRows);
    const expected = new Set([...bigRejected].filter((i) => i < read).map((i) => i + 1));
    expect(expected.size).toBeGreaterThan(0);
    expect(rejected).toBe(expected.size);
    expect(rejectedRowsIn(rejects)).toEqual(expected);
    expect(code).toBe(1);
  });
});

const isRoot = process.getuid?.() === 0;
if (!isRoot) console.warn('cli-writes.test.ts: the full-disk tests need root to mount a 256 KiB tmpfs; skipped (not root).');

describe.skipIf(!isRoot)('on a full disk (a 256 KiB tmpfs; needs root, skipped otherwise)', () => {
  const full = join(dir, 'full');
  let mounted = false;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    mkdirSync(full, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', full]);
    mounted = true;
    server = await serveFakeCompanySearch(8179);
  });
  afterAll(async () => {
    if (mounted) execFileSync('umount', [full]);
    await server?.close();
  });
  beforeEach(() => {
    for (const f of readdirSync(full)) rmSync(join(full, f), { force: true });
  });
  /** Fills the disk, leaving nothing free. */
  const fill = () => {
    try {
      writeFileSync(join(full, 'filler'), Buffer.alloc(512 * 1024));
    } catch {
      // ENOSPC: full
    }
  };
  const recordsIn = (stderr: string) => Number((/(?:après|after) ([\d\s\u202f,]+) (?:enregistrement|record)/.exec(stderr)?.[1] ?? '-1').replace(/[\s\u202f,]/g, ''));

  it('--jobs 1: exit 2, the path, ENOSPC and the records written said; the previous file kept, no temporary file left', () => {
    const out = join(full, 'out.csv');
    writeFileSync(out, 'previous\n');
    const r = runCli(['validate', big, '--out', out, '--rejects', join(dir, 'full1.rejects.csv'), '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Échec d’écriture dans « ${out} » : ENOSPC (disque plein), après `);
    expect(recordsIn(r.stderr)).toBeGreaterThan(0);
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    expect(readdirSync(full)).toEqual(['out.csv']);
    // a failed run leaves no rejects file either
    expect(existsSync(join(dir, 'full1.rejects.csv'))).toBe(false);
  });

  it('worker threads (the default): the same, in English, and the run ends', () => {
    const out = join(full, 'out.csv');
    const r = runCli(['validate', big, '--out', out, '--rejects', join(dir, 'full2.rejects.csv'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Write to "${out}" failed: ENOSPC (disk full), after `);
    expect(recordsIn(r.stderr)).toBeGreaterThan(0);
    expect(readdirSync(full)).toEqual([]);
  });

  it('the rejects file on a full disk fails the run the same way', () => {
    fill();
    const rejects = join(full, 'r.csv');
    const r = runCli(['validate', big, '--out', '/dev/null', '--rejects', rejects, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Write to "${rejects}" failed: ENOSPC (disk full)`);
    expect(readdirSync(full)).toEqual(['filler']);
  });

  it('aggregate and fetch report it too', async () => {
    fill();
    const agg = await terreau(['aggregate', big, '--by', 'departement', '--out', join(full, 'agg.csv'), '--lang', 'en']);
    expect(agg.code).toBe(2);
    expect(agg.stderr).toContain(`Write to "${join(full, 'agg.csv')}" failed: ENOSPC (disk full), after 0 record(s) written.`);
    const lines: string[] = [];
    const fetched = await runOfficialCommand(['fetch', '--commune', '26108', '--base-url', `${server.url}/ok`, '--out', join(full, 'f.csv')], { say: (l) => void lines.push(l) });
    expect(fetched).toBe(2);
    expect(lines.join('\n')).toContain(`Échec d’écriture dans « ${join(full, 'f.csv')} » : ENOSPC (disque plein)`);
    expect(readdirSync(full)).toEqual(['filler']);
  });
});
