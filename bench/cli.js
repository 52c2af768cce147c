// CLI bench: a generated 1 000 000-row SIRENE-like CSV in the temp dir; wall time and peak RSS of
// `terreau validate`, `classify` and `score`, and of csv-parse alone reading the same file (the
// floor), each in its own child process. Peak RSS is the child's VmHWM from /proc (Linux), read
// just before it exits. Prints JSON and writes bench/results/cli.json.
// Targets (issue #6): each command ≤ 2× the parse-only time; peak RSS ≤ 300 MB.
// Options: --rows N (default 1 000 000), --keep (leave the generated file), --baseline DIR (also run
// the CLI built in DIR — a checkout of another commit with its packages/core/dist — right after each
// command, in the same run and load: "<command> (baseline)"), --repeat N (N rounds of every run, each
// with its own csv-parse floor: the median wall time and ratio, and the highest peak, are reported —
// for a machine shared with other jobs, whose load comes and goes).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSireneCsv } from './lib/sirene-fixture.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'packages/core/dist/node/cli.js');
const args = process.argv.slice(2);
const rowsArg = args.indexOf('--rows');
const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_000_000;
const repeatArg = args.indexOf('--repeat');
const repeats = repeatArg >= 0 ? Math.max(1, Number(args[repeatArg + 1])) : 1;
const baselineArg = args.indexOf('--baseline');
const baselineCli = baselineArg >= 0 ? join(resolve(args[baselineArg + 1]), 'packages/core/dist/node/cli.js') : null;
if (baselineCli !== null && !existsSync(baselineCli)) {
  console.error(`No baseline build: ${baselineCli}`);
  process.exit(2);
}

if (!existsSync(cli)) {
  console.error('Build first: npm run build');
  process.exit(2);
}

const dir = join(tmpdir(), `terreau-bench-cli-${process.pid}`);
mkdirSync(dir, { recursive: true });
const file = join(dir, 'sirene.csv');
const t0 = performance.now();
await writeSireneCsv(file, { rows, seed: 2026, broken: 0.01 });
const generateMs = Math.round(performance.now() - t0);

// Reports the child's peak RSS (VmHWM) and CPU time (user + system, all its threads) to the parent on
// exit, without touching its stdout. CPU time moves less than wall time with the load of other jobs.
const peakProbe = join(dir, 'peak.cjs');
writeFileSync(
  peakProbe,
  `process.on('exit', () => { try { const s = require('fs').readFileSync('/proc/self/status', 'utf8'); const m = /VmHWM:\\s+(\\d+) kB/.exec(s); const c = process.cpuUsage(); if (m) require('fs').writeFileSync(process.env.TERREAU_PEAK_FILE, m[1] + ' ' + Math.round((c.user + c.system) / 1000)); } catch {} });\n`,
);
const parseOnly = join(dir, 'parse-only.mjs');
writeFileSync(
  parseOnly,
  `import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
const { parse } = require('csv-parse');
let n = 0;
const parser = createReadStream(process.argv[2]).pipe(parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }));
for await (const r of parser) n += 1;
console.log(n);
`,
);

async function measure(name, argv) {
  const peakFile = join(dir, `${name.replace(/\W+/g, '-')}.peak`);
  const start = performance.now();
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', peakProbe, ...argv], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'ignore'],
      env: { ...process.env, TERREAU_PEAK_FILE: peakFile },
    });
    child.on('exit', (c) => resolve(c));
  });
  const wallMs = Math.round(performance.now() - start);
  let peakRssMb = null;
  let cpuMs = null;
  try {
    const { readFileSync } = await import('node:fs');
    const [kb, cpu] = readFileSync(peakFile, 'utf8').split(' ');
    peakRssMb = Math.round(Number(kb) / 1024);
    cpuMs = Number(cpu);
  } catch {}
  console.error(`  ${name}: ${wallMs} ms, CPU ${cpuMs} ms, peak RSS ${peakRssMb} MB, exit ${code}`);
  return { wallMs, cpuMs, peakRssMb, exitCode: code };
}

const loadBefore = loadavg().map((x) => Math.round(x * 100) / 100);
/** Every measurement of each run, round after round, with its ratio to that round's csv-parse. */
const rounds = {};
const note = (name, m, floor) => (rounds[name] ??= []).push({ ...m, ratio: m.wallMs / floor.wallMs, cpuRatio: m.cpuMs / floor.cpuMs });
for (let round = 0; round < repeats; round += 1) {
  const parse = await measure('csv-parse', [parseOnly, file]);
  const floor = parse;
  note('csv-parse', parse, floor);
  for (const command of ['validate', 'classify', 'score']) {
    note(command, await measure(command, [cli, command, file, '--out', join(dir, `${command}.out.csv`), '--rejects', join(dir, `${command}.rejects.csv`), '--quiet']), floor);
    if (baselineCli !== null) note(`${command} (baseline)`, await measure(`${command} (baseline)`, [baselineCli, command, file, '--out', join(dir, `${command}.b.out.csv`), '--rejects', join(dir, `${command}.b.rejects.csv`), '--quiet']), floor);
  }
  // The same on one thread (`--jobs 1`; the default above is min(2, cores) threads): the gain of the worker threads, measured in the same run.
  for (const command of ['validate', 'score']) {
    note(`${command} --jobs 1`, await measure(`${command} --jobs 1`, [cli, command, file, '--jobs', '1', '--out', join(dir, `${command}.1.out.csv`), '--rejects', join(dir, `${command}.1.rejects.csv`), '--quiet']), floor);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const results = Object.fromEntries(
  Object.entries(rounds).map(([name, ms]) => [
    name,
    {
      wallMs: Math.round(median(ms.map((m) => m.wallMs))),
      cpuMs: ms.some((m) => m.cpuMs === null) ? null : Math.round(median(ms.map((m) => m.cpuMs))),
      peakRssMb: ms.some((m) => m.peakRssMb === null) ? null : Math.max(...ms.map((m) => m.peakRssMb)),
      exitCode: ms[ms.length - 1].exitCode,
      ratioToParse: Math.round(median(ms.map((m) => m.ratio)) * 100) / 100,
      ...(ms.length > 1 ? { ratios: ms.map((m) => Math.round(m.ratio * 100) / 100) } : {}),
      // CPU time over csv-parse's CPU time (the commands use 2 threads: this is not a wall-time ratio)
      cpuRatioToParse: ms.some((m) => m.cpuMs === null) ? null : Math.round(median(ms.map((m) => m.cpuRatio)) * 100) / 100,
    },
  ]),
);
const report = {
  bench: 'cli',
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
  rows,
  fileMb: Math.round(statSync(file).size / 1e5) / 10,
  brokenShare: 0.01,
  // 1/5/15-min load averages before and after the runs: the machine is shared (2 cores), so wall times vary with it; ratios less so
  loadAverage: { before: loadBefore, after: loadavg().map((x) => Math.round(x * 100) / 100) },
  generateMs,
  repeats,
  results,
  targets: { maxRatioToParse: 2, maxPeakRssMb: 300 },
};
report.meetsTargets = ['validate', 'classify', 'score'].every(
  (c) => report.results[c].ratioToParse <= 2 && report.results[c].peakRssMb !== null && report.results[c].peakRssMb <= 300,
);
console.log(JSON.stringify(report, null, 2));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'cli.json'), `${JSON.stringify(report, null, 2)}\n`);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
