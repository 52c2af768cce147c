#!/usr/bin/env node
// `npm run bench -- <name>…` runs bench/<name>.js for each name (e.g. `advisor`, `map`, `cli`);
// with no name, every bench/*.js beside this file. Each bench prints its JSON and writes it under
// bench/results/. Builds first when the elements bundle is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const available = readdirSync(here)
  .filter((f) => f.endsWith('.js') && f !== 'run.js')
  .map((f) => f.slice(0, -3));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length > 0 ? wanted : available;

const unknown = names.filter((n) => !available.includes(n));
if (unknown.length > 0) {
  console.error(`Unknown bench: ${unknown.join(', ')}. Available: ${available.join(', ')}.`);
  process.exit(2);
}
if (!existsSync(join(root, 'packages/elements/dist/terreau-elements.js'))) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
let failed = 0;
for (const name of names) {
  console.error(`— bench ${name}`);
  const r = spawnSync(process.execPath, [join(here, `${name}.js`)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
