// `terreau … --jobs N`: worker threads must not change a byte of what the command writes.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvText } from '@terreau/core';
import { readActors, readRecords } from '@terreau/core/node';
// @ts-expect-error — plain JS fixture generator shared with the bench
import { sireneLines } from '../../../bench/lib/sirene-fixture.js';

// Property runs and child processes: slow on a machine shared by other jobs.
vi.setConfig({ testTimeout: 60_000 });

const cli = join(__dirname, '../../../packages/core/dist/node/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'terreau-jobs-'));

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first (npm run build): the CLI tests run the built terreau command.');
});

/**
 * A generated SIRENE-like file with broken rows of every kind and repeated ids: some repeats ragged,
 * some repeats of broken rows, most a copy of a row (its SIRET again: another convention, merged),
 * some a row and its copy both without SIRET (the id is then the SIREN: a duplicate, set aside).
 */
function fixture(seed: number, rows: number): string {
  const lines = [...(sireneLines({ rows, broken: 0.08, seed }) as Iterable<string>)];
  const header = lines.shift() as string;
  let state = seed * 7919 + 1;
  const rand = () => ((state = (state * 48271) % 2147483647) / 2147483647);
  for (let k = 0; k < rows / 25; k += 1) {
    const from = Math.floor(rand() * lines.length);
    if (k % 4 === 1) lines[from] = (lines[from] as string).replace(/,\d{14},/, ',,');
    const copy = lines[from] as string;
    const to = Math.min(lines.length, from + 1 + Math.floor(rand() * 3000));
    lines.splice(to, 0, k % 4 === 0 ? copy.split(',').slice(0, -1).join(',') : copy);
  }
  return `${[header, ...lines].join(k0(seed))}\n`;
}
const k0 = (seed: number) => (seed % 2 === 0 ? '\n' : '\r\n');

function runCli(args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

/** A SIRENE-like file with blank lines, quoted line breaks, stray quotes, a BOM, lone CRs and an unclosed quote at the end. */
function writeNasty(): void {
  const lines = [...(sireneLines({ rows: 4000, broken: 0.05, seed: 5 }) as Iterable<string>)];
  const header = lines.shift() as string;
  const body = lines.map((l, i) => {
    const k = i % 10;
    if (k === 0) return `${l}\n`;
    if (k === 1) return l.replace(/Structure (\d+)/, '"Struc\r\nture $1"');
    if (k === 2) return l.replace(/Structure (\d+)/, 'Str"uc"ture $1');
    if (k === 3) return l.replace(/Structure (\d+)/, '"Str""uc" ture $1');
    if (k === 4) return `${l}\r`;
    return l;
  });
  const bytes = Buffer.from(`\uFEFF${header}\r\n${body.join('\n')}\n"unclosed,quote`, 'utf8');
  writeFileSync(join(dir, 'nasty.csv'), bytes);
}

describe('terreau --jobs', () => {
  for (const seed of [1, 2, 3]) {
    it(`writes the same output, rejects, summary and exit code with 1 and 2 threads (seed ${seed})`, () => {
      const rows = 6000;
      const input = `in-${seed}.csv`;
      writeFileSync(join(dir, input), fixture(seed, rows));
      const commands: [string, string[]][] = [
        ['validate', ['--to', 'csv']],
        ['validate', ['--to', 'json']],
        ['score', ['--to', 'csv']],
        ['score', ['--to', 'ndjson']],
        ['recommend', ['--decision-maker', 'commune', '--to', 'csv']],
      ];
      for (const [command, extra] of commands) {
        const outputs = [1, 2].map((jobs) => {
          const out = `${command}-${seed}-${jobs}.out`;
          const rejects = `${command}-${seed}-${jobs}.rejects.csv`;
          const r = runCli([command, input, ...extra, '--date', '2026-03-01', '--jobs', String(jobs), '--out', out, '--rejects', rejects, '--lang', 'en']);
          return { ...r, stderr: r.stderr.replace(rejects, 'REJECTS'), out: readFileSync(join(dir, out), 'utf8'), rejects: readFileSync(join(dir, rejects), 'utf8') };
        });
        const [one, two] = outputs as [(typeof outputs)[0], (typeof outputs)[0]];
        expect(two.code).toBe(one.code);
        expect(two.stderr).toBe(one.stderr);
        expect(two.out === one.out).toBe(true);
        expect(two.rejects === one.rejects).toBe(true);
        expect(one.rejects).toContain('duplicate_id');
        expect(one.rejects).toContain('ragged_row');
        expect(one.stderr).toContain('merged');
        if (command === 'validate' && extra[1] === 'csv') {
          // rows in = rows out + rejects + merged (a copied row repeats its SIRET: merged as another convention)
          const total = rows + Math.floor(rows / 25);
          const written = parseCsvText(two.out).rows.length;
          const rejected = new Set(parseCsvText(two.rejects).rows.map((x) => x['row'])).size;
          const merged = total - written - rejected;
          expect(merged).toBeGreaterThan(0);
          expect(two.stderr).toContain(`${total} records read = ${written} valid + ${rejected} rejected + ${merged} merged`);
        }
      }
      // a file with repeated SIRETs is read three times (the merges found, then written): slow on a loaded machine
    }, 360_000);
  }

  it('keys CSV rows the same way in the threads: repeated column names, numeric and odd names, short and long rows', () => {
    const rows = ['name,type,name,2,1,__proto__,communeCode'];
    for (let i = 0; i < 3000; i += 1) {
      const base = [`A${i}`, i % 3 === 0 ? 'association' : 'scop', `B${i % 7}`, 'x', 'y', 'z', i % 11 === 0 ? '9X' : '74010'];
      rows.push((i % 13 === 0 ? base.slice(0, 3) : i % 17 === 0 ? [...base, 'extra'] : base).join(','));
    }
    writeFileSync(join(dir, 'odd.csv'), `${rows.join('\n')}\n`);
    const [one, two] = [1, 2].map((jobs) => {
      const r = runCli(['validate', 'odd.csv', '--to', 'ndjson', '--jobs', String(jobs), '--out', `odd-${jobs}.ndjson`, '--rejects', 'odd.rejects.csv']);
      return { ...r, out: readFileSync(join(dir, `odd-${jobs}.ndjson`), 'utf8'), rejects: readFileSync(join(dir, 'odd.rejects.csv'), 'utf8') };
    }) as [{ code: number | null; stderr: string; out: string; rejects: string }, { code: number | null; stderr: string; out: string; rejects: string }];
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.out === one.out).toBe(true);
    expect(two.rejects === one.rejects).toBe(true);
    expect(one.rejects).toContain('ragged_row');
  }, 60_000);

  it('reads CSV as readActors does: the same actors, and the same rows and lines set aside (blank lines, quoted line breaks, stray quotes, BOM, CR)', async () => {
    writeNasty();
    const actors: string[] = [];
    const setAside: string[] = [];
    for await (const r of readActors(join(dir, 'nasty.csv'))) {
      if (r.actor) actors.push(JSON.stringify(r.actor));
      else setAside.push(`${r.index + 1}:${r.line}`);
    }
    for (const jobs of [1, 2]) {
      const r = runCli(['validate', 'nasty.csv', '--to', 'ndjson', '--jobs', String(jobs), '--out', 'nasty.ndjson', '--rejects', 'nasty.rejects.csv']);
      expect(r.code).toBe(1);
      expect(readFileSync(join(dir, 'nasty.ndjson'), 'utf8').split('\n').filter(Boolean)).toEqual(actors);
      const rejected = [...new Set(parseCsvText(readFileSync(join(dir, 'nasty.rejects.csv'), 'utf8')).rows.map((x) => `${x['ligne_donnee']}:${x['ligne_fichier']}`))];
      expect(rejected).toEqual(setAside);
    }
    expect(actors.length).toBeGreaterThan(3000);
    expect(setAside.length).toBeGreaterThan(150);
  }, 60_000);

  it('classifies on the threads too: the same output with 1 and 2 threads, one line per record read, form faults set aside', async () => {
    writeNasty();
    let records = 0;
    let faulty = 0;
    for await (const r of readRecords(join(dir, 'nasty.csv'))) {
      records += 1;
      if (r.issues) faulty += 1;
    }
    const [one, two] = [1, 2].map((jobs) => {
      const r = runCli(['classify', 'nasty.csv', '--jobs', String(jobs), '--out', `nasty-classify-${jobs}.csv`, '--rejects', 'nasty-classify.rejects.csv', '--lang', 'en']);
      return { ...r, out: readFileSync(join(dir, `nasty-classify-${jobs}.csv`), 'utf8'), rejects: readFileSync(join(dir, 'nasty-classify.rejects.csv'), 'utf8') };
    }) as [{ code: number | null; stderr: string; out: string; rejects: string }, { code: number | null; stderr: string; out: string; rejects: string }];
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.out === one.out).toBe(true);
    expect(two.rejects === one.rejects).toBe(true);
    const out = parseCsvText(one.out).rows;
    expect(out.length).toBe(records - faulty);
    expect(faulty).toBeGreaterThan(0);
    expect(new Set(parseCsvText(one.rejects).rows.map((x) => x['row'])).size).toBe(faulty);
    expect(out.filter((x) => x['type'] !== '').length).toBeGreaterThan(out.length * 0.8);
  }, 60_000);

  it('ends on complete lines with exit 130 and a partial summary on Ctrl-C while the threads work', async () => {
    writeFileSync(join(dir, 'head.csv'), `${[...(sireneLines({ rows: 3000, broken: 0.05, seed: 9 }) as Iterable<string>)].join('\n')}\n`);
    const child = spawn(process.execPath, [cli, 'validate', '-', '--to', 'ndjson', '--jobs', '2', '--rejects', 'int-jobs.rejects.csv'], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // several batches, then the input stays open (a pipe still waiting)
    child.stdin.write(readFileSync(join(dir, 'head.csv')));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stdout === '' || stdout.endsWith('\n')).toBe(true);
    const lines = stdout.split('\n').filter(Boolean);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(stderr).toContain('Interrompu');
    const summary = /(\d+) enregistrements lus = (\d+) valides \+ (\d+) rejetés\./.exec(stderr);
    expect(summary).not.toBeNull();
    const [, read, valid, rejected] = (summary as RegExpExecArray).map(Number) as number[];
    expect(valid).toBe(lines.length);
    expect((valid as number) + (rejected as number)).toBe(read);
  }, 30_000);
});
