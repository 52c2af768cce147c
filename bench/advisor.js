#!/usr/bin/env node
// Benchmark of <ess-lever-advisor> on the built bundle, in headless Debian Chromium (puppeteer-core):
//  - time to interactive after the script has loaded;
//  - answer → results updated and laid out, p95 (target ≤ 16 ms, one frame);
//  - answer → next animation frame (includes waiting for the frame);
//  - opening the results step (full report rendered and laid out).
// The machine's load average is recorded: the CPU is shared, figures move with it.
// Prints JSON and writes bench/results/advisor.json. Run `npm run build` first (or `npm run bench -- advisor`).
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

/** A static server over the repository (read-only, no directory listing). */
function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export async function benchAdvisor({ runs = 3, rounds = 12 } = {}) {
  const bundle = join(root, 'packages/elements/dist/terreau-elements.js');
  if (!existsSync(bundle)) throw new Error('packages/elements/dist/terreau-elements.js is missing: run `npm run build` first.');
  const server = await serve();
  const { port } = server.address();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  const perRun = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1024, height: 768 });
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${port}/bench/pages/advisor.html?rounds=${rounds}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__benchResult !== undefined, { timeout: 120000 });
      const result = await page.evaluate(() => window.__benchResult);
      if (result.error || errors.length) throw new Error(`bench page failed: ${result.error ?? errors.join('\n')}`);
      perRun.push(result);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const version = (await import('node:child_process')).execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version']).toString().trim();
  return {
    bench: 'advisor',
    date: new Date().toISOString(),
    browser: version,
    viewport: '1024x768',
    runs,
    answersPerRun: perRun[0]?.answerToResults.n ?? 0,
    timeToInteractiveMs: { median: median(perRun.map((r) => r.timeToInteractiveMs)), runs: perRun.map((r) => r.timeToInteractiveMs) },
    answerToResultsP95Ms: { median: median(perRun.map((r) => r.answerToResults.p95)), budget: 16 },
    answerToResults: perRun.map((r) => r.answerToResults),
    answerToNextFrame: perRun.map((r) => r.answerToNextFrame),
    openResultsStep: perRun.map((r) => r.openResultsStep),
    loadAverage: (await import('node:os')).loadavg().map((x) => +x.toFixed(2)),
    bundleTransferBytes: perRun[0]?.bundleTransferBytes ?? null,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchAdvisor();
  const out = join(root, 'bench/results/advisor.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  if (result.answerToResultsP95Ms.median > result.answerToResultsP95Ms.budget) process.exitCode = 1;
}
