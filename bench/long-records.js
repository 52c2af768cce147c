// Long-records bench (issue 17): a CSV whose one record is a 50 MB line, and one whose record holds
// a 50 MB quoted field with line breaks. Wall time and peak RSS of `terreau validate --jobs 1` and
// of readActors over each, in child processes, for the code of a former commit ("before", default
// 3fb1960, when a record cut by a chunk was parsed again from its start) and for the working tree
// ("after": with the default 1 MiB limit, the record is set aside unread; with the limit raised,
// it is read whole). Both are bundled the same way (esbuild, from the TypeScript sources).
// Prints JSON and writes bench/results/long-records.json.
// Options: --mb N (default 50), --before REF (default 3fb1960), --skip-before (keeps the "before"
// figures of the last results file), --timeout S (a run
// still going after S seconds, default 300, is stopped and reported as such: the former code is
// quadratic on these files).
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const mb = Number(opt('--mb', '50'));
const beforeRef = opt('--before', '3fb1960');
const skipBefore = args.includes('--skip-before');
const timeoutMs = Number(opt('--timeout', '300')) * 1000;

const dir = join(tmpdir(), `terreau-bench-long-${process.pid}`);
mkdirSync(dir, { recursive: true });
// bundles live under node_modules so that esbuild resolves zod from the repository
const impl = join(root, 'node_modules', '.terreau-bench-long');

async function bundle(label, srcRoot) {
  const out = join(impl, label);
  for (const [entry, name] of [['node/cli.ts', 'cli.js'], ['node/index.ts', 'index.js']]) {
    await build({ entryPoints: [join(srcRoot, 'packages/core/src', entry)], bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile: join(out, name), logLevel: 'error', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
  }
  return out;
}

async function writeFile(path, parts) {
  const stream = createWriteStream(path);
  for (const p of parts()) if (!stream.write(p)) await new Promise((r) => stream.once('drain', r));
  await new Promise((r) => stream.end(r));
}
const size = mb * 1024 * 1024;
const lineFile = join(dir, 'long-line.csv');
const quotedFile = join(dir, 'long-quoted.csv');
await writeFile(lineFile, function* () {
  yield 'id,name,type,description\na1,Alpha,association,';
  const piece = 'x'.repeat(1 << 20);
  for (let i = 0; i < mb; i += 1) yield piece;
  yield '\nb2,Beta,association,fin\n';
});
await writeFile(quotedFile, function* () {
  yield 'id,name,type,description\na1,Alpha,association,"';
  const piece = 'une ligne de texte, avec une virgule et des ""guillemets""\r\n'.repeat(Math.ceil((1 << 20) / 60)).slice(0, 1 << 20);
  for (let i = 0; i < mb; i += 1) yield piece;
  yield '"\nb2,Beta,association,fin\n';
});

const peakProbe = join(dir, 'peak.cjs');
writeFileSync(peakProbe, `process.on('exit', () => { try { const s = require('fs').readFileSync('/proc/self/status', 'utf8'); const m = /VmHWM:\\s+(\\d+) kB/.exec(s); if (m) require('fs').writeFileSync(process.env.TERREAU_PEAK_FILE, m[1]); } catch {} });\n`);
const reader = join(dir, 'read.mjs');
writeFileSync(reader, `const { readActors } = await import(process.argv[2]);
const options = process.argv[4] ? { maxRecordBytes: Number(process.argv[4]) } : {};
let valid = 0, rejected = 0;
for await (const r of readActors(process.argv[3], options)) r.actor ? (valid += 1) : (rejected += 1);
console.log(JSON.stringify({ valid, rejected }));
`);

async function measure(name, argv) {
  const peakFile = join(dir, `${name.replace(/\W+/g, '-')}.peak`);
  const start = performance.now();
  let stdout = '';
  let timedOut = false;
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=6144', '--require', peakProbe, ...argv], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, TERREAU_PEAK_FILE: peakFile } });
    child.stdout.on('data', (d) => (stdout += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  const wallMs = Math.round(performance.now() - start);
  let peakRssMb = null;
  try {
    peakRssMb = Math.round(Number(readFileSync(peakFile, 'utf8')) / 1024);
  } catch {}
  const counts = /\{"valid".*\}/.exec(stdout)?.[0];
  const result = timedOut ? { timedOut: true, stoppedAfterMs: wallMs } : { wallMs, peakRssMb, exitCode: code, ...(counts ? JSON.parse(counts) : {}) };
  console.error(`  ${name}: ${timedOut ? `stopped after ${wallMs} ms` : `${wallMs} ms, peak RSS ${peakRssMb} MB, exit ${code}${counts ? ` ${counts}` : ''}`}`);
  return result;
}

async function runAll(label, out, raisedLimit) {
  const cli = join(out, 'cli.js');
  const api = join(out, 'index.js');
  const results = {};
  for (const [name, file] of [['line', lineFile], ['quoted', quotedFile]]) {
    results[`${name}.cli`] = await measure(`${label} ${name} cli`, [cli, 'validate', file, '--jobs', '1', '--out', join(dir, 'out.csv'), '--rejects', join(dir, 'rejects.csv'), '--quiet']);
    results[`${name}.readActors`] = await measure(`${label} ${name} readActors`, [reader, api, file]);
    if (raisedLimit) {
      results[`${name}.cli.limit-raised`] = await measure(`${label} ${name} cli --max-record-size ${2 * mb}M`, [cli, 'validate', file, '--jobs', '1', '--max-record-size', `${2 * mb}M`, '--out', join(dir, 'out.csv'), '--rejects', join(dir, 'rejects.csv'), '--quiet']);
      results[`${name}.readActors.limit-raised`] = await measure(`${label} ${name} readActors maxRecordBytes ${2 * mb} MiB`, [reader, api, file, String(2 * size)]);
    }
  }
  return results;
}

const loadBefore = loadavg().map((x) => Math.round(x * 100) / 100);
const report = { bench: 'long-records', date: new Date().toISOString(), node: process.version, cores: availableParallelism(), recordMb: mb, loadAverage: { before: loadBefore } };
if (!skipBefore) {
  const src = join(dir, 'before');
  mkdirSync(src, { recursive: true });
  execFileSync('sh', ['-c', `git -C ${JSON.stringify(root)} archive ${beforeRef} packages/core/src | tar -x -C ${JSON.stringify(src)}`]);
  // resolve zod from the repository
  execFileSync('ln', ['-s', join(root, 'node_modules'), join(src, 'node_modules')]);
  report.before = { ref: beforeRef, results: await runAll('before', await bundle('before', src), false) };
}
if (skipBefore) {
  // keep the former code's figures of an earlier run (they take minutes: the code was quadratic)
  try {
    const previous = JSON.parse(readFileSync(join(here, 'results', 'long-records.json'), 'utf8'));
    if (previous.before && previous.recordMb === mb) report.before = { ...previous.before, measuredOn: previous.date, loadAverage: previous.loadAverage };
  } catch {}
}
report.after = { ref: execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD']).toString().trim() + (execFileSync('git', ['-C', root, 'status', '--porcelain', 'packages/core/src']).length > 0 ? '+changes' : ''), results: await runAll('after', await bundle('after', root), true) };
report.loadAverage.after = loadavg().map((x) => Math.round(x * 100) / 100);
const json = JSON.stringify(report, null, 2);
console.log(json);
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'long-records.json'), `${json}\n`);
rmSync(dir, { recursive: true, force: true });
rmSync(impl, { recursive: true, force: true });
