#!/usr/bin/env node
// Measures what a page pays for the widgets, gzip-compressed, and fails above the budgets of
// issue #7: both widgets together ≤ 45 kB; what loads lazily (basemap geometry, the non-default
// locale) ≤ 60 kB more. Prints JSON and writes bench/results/size.json (`--check`: one line, no
// file; `npm test` runs it so CI fails above the budget). Run after `npm run build`.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/elements/dist');
const BUDGET_EAGER = 45 * 1024;
const BUDGET_LAZY = 60 * 1024;

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files reached by static `import … from "./x.js"` from `entry` (what the page loads at once). */
function staticClosure(entry) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)) {
      stack.push(resolve(dirname(file), m[1]));
    }
    for (const m of code.matchAll(/export\s*(?:\*|\{[^}]*\})\s*from\s*["'](\.[^"']+)["']/g)) {
      stack.push(resolve(dirname(file), m[1]));
    }
  }
  return [...seen];
}

function allFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? allFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const entry = join(dist, 'terreau-elements.js');
if (!existsSync(entry)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(2);
}
const eagerFiles = staticClosure(entry);
const lazyFiles = allFiles(dist).filter(
  (f) => !eagerFiles.includes(f) && (f.endsWith('.js') || f.endsWith('.json')) && !f.includes('/types/') && !f.includes('/lib/'),
);
const rel = (f) => f.slice(root.length + 1);
const eager = eagerFiles.reduce((s, f) => s + gz(f), 0);
const lazy = lazyFiles.reduce((s, f) => s + gz(f), 0);
const result = {
  date: new Date().toISOString(),
  eagerGzipBytes: eager,
  eagerBudgetBytes: BUDGET_EAGER,
  lazyGzipBytes: lazy,
  lazyBudgetBytes: BUDGET_LAZY,
  eagerFiles: Object.fromEntries(eagerFiles.map((f) => [rel(f), gz(f)])),
  lazyFiles: Object.fromEntries(lazyFiles.map((f) => [rel(f), gz(f)])),
  withinBudget: eager <= BUDGET_EAGER && lazy <= BUDGET_LAZY,
};
if (process.argv.includes('--check')) {
  console.log(`Widgets: ${(eager / 1024).toFixed(1)} kB gzip of 45 kB budget; lazy: ${(lazy / 1024).toFixed(1)} kB gzip of 60 kB.`);
} else {
  console.log(JSON.stringify(result, null, 2));
}
if (!process.argv.includes('--check')) {
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/size.json'), `${JSON.stringify(result, null, 2)}\n`);
}
if (!result.withinBudget) {
  console.error(
    `Size budget exceeded: widgets ${(eager / 1024).toFixed(1)} kB gzip (budget 45), lazy ${(lazy / 1024).toFixed(1)} kB gzip (budget 60).`,
  );
  process.exit(1);
}
