// Parquet bench: generated SIRENE-shaped Parquet files with INSEE's column names (10 M
// establishments, ≈ 7 M legal units, the geolocated file; bench/lib/sirene-parquet.js), kept
// under tmp/bench-parquet/ (gitignored) and reused. Each case runs in its own child process;
// peak RSS is the child's VmHWM (/proc, Linux), wall time from the parent.
//   engine-scan       DuckDB alone reads the establishments' 13 columns `terreau sirene` uses (in-engine)
//   engine-to-js      DuckDB alone streams those columns to JS objects (the floor of any JS pipeline)
//   sirene-france     `terreau sirene` on all France: join on siren, ESS units only, open establishments, validated, NDJSON written
//   sirene-departement `terreau sirene --departement 26` (the territory filtered inside the engine)
// rows/s counts establishments in the file per second of wall time. Writes bench/results/parquet.json.
// Options: --rows N (default 10 000 000). Run it with `nice`: other jobs share the cores.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSireneParquet } from './lib/sirene-parquet.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const coreNode = join(root, 'packages/core/dist/node/index.js');
const args = process.argv.slice(2);
const rowsArg = args.indexOf('--rows');
const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 10_000_000;
if (!existsSync(coreNode)) {
  console.error('Build first: npm run build');
  process.exit(2);
}

const dir = join(root, 'tmp', 'bench-parquet', String(rows));
const files = {
  unites: join(dir, 'StockUniteLegale.parquet'),
  etablissements: join(dir, 'StockEtablissement.parquet'),
  geo: join(dir, 'GeolocalisationEtablissement.parquet'),
};
let generateMs = null;
if (!Object.values(files).every((f) => existsSync(f))) {
  const t0 = performance.now();
  await writeSireneParquet({ dir, establishments: rows });
  generateMs = Math.round(performance.now() - t0);
}
const sizes = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, Math.round(statSync(f).size / 1e5) / 10]));

const work = join(dir, 'work');
mkdirSync(work, { recursive: true });
const peakProbe = join(work, 'peak.cjs');
writeFileSync(
  peakProbe,
  `process.on('exit', () => { try { const s = require('fs').readFileSync('/proc/self/status', 'utf8'); const m = /VmHWM:\\s+(\\d+) kB/.exec(s); if (m) require('fs').writeFileSync(process.env.TERREAU_PEAK_FILE, m[1]); } catch {} });\n`,
);
const columns = [
  'siren', 'siret', 'etatAdministratifEtablissement', 'codeCommuneEtablissement', 'codePostalEtablissement', 'libelleCommuneEtablissement',
  'numeroVoieEtablissement', 'typeVoieEtablissement', 'libelleVoieEtablissement', 'enseigne1Etablissement', 'activitePrincipaleEtablissement',
  'trancheEffectifsEtablissement', 'dateDernierTraitementEtablissement',
];
const engineScript = (toJs) => `
import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '2GB' });
const c = await db.connect();
let n = 0;
${toJs
  ? `const r = await c.stream(\`SELECT ${columns.join(', ')} FROM read_parquet('${files.etablissements}')\`);
for await (const rows of r.yieldRowObjectJs()) n += rows.length;`
  : `const r = await c.runAndReadAll(\`SELECT count(*), sum(length(siret)), count(DISTINCT codeCommuneEtablissement), max(${columns.join('), max(')}) FROM read_parquet('${files.etablissements}')\`);
n = Number(r.getRows()[0][0]);`}
console.log(JSON.stringify({ rows: n }));`;
const sireneScript = (extra) => `
import { runOfficialCommand } from ${JSON.stringify(coreNode)};
const lines = [];
const code = await runOfficialCommand(['sirene', '--unites', ${JSON.stringify(files.unites)}, '--etablissements', ${JSON.stringify(files.etablissements)}, '--geo', ${JSON.stringify(files.geo)}, '--format', 'ndjson', '--out', ${JSON.stringify(join(work, 'out.ndjson'))}, '--rejects', ${JSON.stringify(join(work, 'rejects.csv'))}, '--lang', 'en', ${extra}], { say: (l) => lines.push(l) });
console.log(JSON.stringify({ code, summary: lines.join(' ') }));`;

const cases = {
  'engine-scan': engineScript(false),
  'engine-to-js': engineScript(true),
  'sirene-france': sireneScript(''),
  'sirene-departement': sireneScript(`'--departement', '26'`),
};

function runCase(name, source) {
  const script = join(work, `${name}.mjs`);
  writeFileSync(script, source);
  const peakFile = join(work, `${name}.peak`);
  rmSync(peakFile, { force: true });
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--require', peakProbe, script], { cwd: root, env: { ...process.env, TERREAU_PEAK_FILE: peakFile }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      const wallMs = Math.round(performance.now() - t0);
      const peakRssMb = existsSync(peakFile) ? Math.round(Number(readFileSync(peakFile, 'utf8')) / 1024) : null;
      let detail = {};
      try {
        detail = JSON.parse(out.trim().split('\n').pop() ?? '{}');
      } catch {
        detail = { output: out.slice(0, 500) };
      }
      resolve({ wallMs, peakRssMb, exitCode: code, rowsPerSecond: Math.round(rows / (wallMs / 1000)), ...detail });
    });
  });
}

const before = loadavg().map((x) => Math.round(x * 100) / 100);
const results = {};
for (const [name, source] of Object.entries(cases)) {
  console.error(`— ${name}`);
  results[name] = await runCase(name, source);
}
const actorsOf = (r) => Number(/= (\d+) valid actors/.exec(r.summary ?? '')?.[1] ?? NaN);
for (const name of ['sirene-france', 'sirene-departement']) {
  results[name].actors = actorsOf(results[name]);
  results[name].ratioToEngineToJs = Math.round((results[name].wallMs / results['engine-to-js'].wallMs) * 100) / 100;
}
const report = {
  bench: 'parquet',
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
  engine: `@duckdb/node-api ${JSON.parse(readFileSync(join(root, 'node_modules/@duckdb/node-api/package.json'), 'utf8')).version}`,
  establishments: rows,
  legalUnits: Math.floor(rows * 0.7),
  fileMb: sizes,
  generateMs,
  loadAverage: { before, after: loadavg().map((x) => Math.round(x * 100) / 100) },
  results,
};
rmSync(join(work, 'out.ndjson'), { force: true });
const json = JSON.stringify(report, null, 2);
console.log(json);
if (rows === 10_000_000) writeFileSync(join(here, 'results', 'parquet.json'), `${json}\n`);
else console.error('(not written to bench/results/: only the 10 M run is)');
