// CLI bench: a generated 1 000 000-row SIRENE-like CSV in the temp dir; wall time and peak RSS of
// `terreau validate`, `classify` and `score`, and of csv-parse alone reading the same file (the
// floor), each in its own child process. Peak RSS is the child's VmHWM from /proc (Linux), read
// just before it exits. Prints JSON and writes bench/results/cli.json.
// Targets (issue #6): each command ≤ 2× the parse-only time; peak RSS ≤ 300 MB.
// Options: --rows N (default 1 000 000), --keep (leave the generated file).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSireneCsv } from './lib/sirene-fixture.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'packages/core/dist/node/cli.js');
const args = process.argv.slice(2);
const rowsArg = args.indexOf('--rows');
const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_000_000;

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

// Reports the child's peak RSS (VmHWM) to the parent on exit, without touching its stdout.
const peakProbe = join(dir, 'peak.cjs');
writeFileSync(
  peakProbe,
  `process.on('exit', () => { try { const s = require('fs').readFileSync('/proc/self/status', 'utf8'); const m = /VmHWM:\\s+(\\d+) kB/.exec(s); if (m) require('fs').writeFileSync(process.env.TERREAU_PEAK_FILE, m[1]); } catch {} });\n`,
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
  try {
    const { readFileSync } = await import('node:fs');
    peakRssMb = Math.round(Number(readFileSync(peakFile, 'utf8')) / 1024);
  } catch {}
  console.error(`  ${name}: ${wallMs} ms, peak RSS ${peakRssMb} MB, exit ${code}`);
  return { wallMs, peakRssMb, exitCode: code };
}

const loadBefore = loadavg().map((x) => Math.round(x * 100) / 100);
const results = {};
results['csv-parse'] = await measure('csv-parse', [parseOnly, file]);
for (const command of ['validate', 'classify', 'score']) {
  results[command] = await measure(command, [cli, command, file, '--out', join(dir, `${command}.out.csv`), '--rejects', join(dir, `${command}.rejects.csv`), '--quiet']);
}
// The same on one thread (`--jobs 1`; the default above is min(2, cores) threads): the gain of the worker threads, measured in the same run.
for (const command of ['validate', 'score']) {
  results[`${command} --jobs 1`] = await measure(`${command} --jobs 1`, [cli, command, file, '--jobs', '1', '--out', join(dir, `${command}.1.out.csv`), '--rejects', join(dir, `${command}.1.rejects.csv`), '--quiet']);
}
const floor = results['csv-parse'].wallMs;
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
  results: Object.fromEntries(
    Object.entries(results).map(([k, v]) => [k, { ...v, ratioToParse: Math.round((v.wallMs / floor) * 100) / 100 }]),
  ),
  targets: { maxRatioToParse: 2, maxPeakRssMb: 300 },
};
report.meetsTargets = ['validate', 'classify', 'score'].every(
  (c) => report.results[c].ratioToParse <= 2 && report.results[c].peakRssMb !== null && report.results[c].peakRssMb <= 300,
);
console.log(JSON.stringify(report, null, 2));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'cli.json'), `${JSON.stringify(report, null, 2)}\n`);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
