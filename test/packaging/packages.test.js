// The packages as npm would publish them: `npm pack` of @terreau/core and @terreau/elements,
// installed in a fresh project outside this repository, then used the three ways the README
// promises: imported in Node (and the `terreau` bin), bundled (esbuild), and the single-file module
// served as-is to Chromium. Needs `npm run build` first (npm test does it). Registry access for the
// dependencies (zod, lit, d3-geo…) — npm's cache serves them when it has them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/ensure-chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = Number(process.env.TERREAU_PACK_PORT ?? 8152);
let dir;
let project;
const tarballs = {};

function sh(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('npm pack: the packages as published', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'terreau-pack-'));
    for (const name of ['core', 'elements']) {
      const out = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', dir], join(root, 'packages', name)));
      tarballs[name] = { path: join(dir, out[0].filename), files: out[0].files.map((f) => f.path) };
    }
    project = join(dir, 'app');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarballs.core.path, tarballs.elements.path], project);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('carries its licence, readme, changelog and the metadata provenance needs', () => {
    for (const name of ['core', 'elements']) {
      const { files } = tarballs[name];
      for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) assert.ok(files.includes(file), `${name}: ${file} is packed`);
      const pkg = JSON.parse(readFileSync(join(project, 'node_modules/@terreau', name, 'package.json'), 'utf8'));
      assert.equal(pkg.license, 'MIT');
      assert.match(pkg.version, /^\d+\.\d+\.\d+(-[\w.]+)?$/);
      assert.equal(pkg.repository?.directory, `packages/${name}`, 'repository.directory (npm provenance checks it)');
      assert.match(pkg.repository?.url ?? '', /^git\+https:\/\//);
      assert.equal(pkg.publishConfig?.provenance, true);
      assert.equal(pkg.publishConfig?.access, 'public');
      // Every path an export points to is in the package.
      const targets = [];
      const walk = (v) => (typeof v === 'string' ? targets.push(v.replace(/^\.\//, '')) : Object.values(v).forEach(walk));
      walk(pkg.exports);
      assert.ok(targets.length > 3);
      for (const target of targets) assert.ok(files.includes(target), `${name}: ${target} is packed`);
    }
    // The elements pin the core they were built with.
    const elements = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8'));
    const core = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'));
    assert.equal(elements.dependencies['@terreau/core'], core.version);
  });

  it('@terreau/core imports in Node and validates data; the terreau bin runs', () => {
    writeFileSync(
      join(project, 'use-core.js'),
      `import { parseActors } from '@terreau/core';
import { readActors } from '@terreau/core/node';
const r = parseActors([{ id: 'a', name: 'Épicerie solidaire', type: 'association' }, { id: 'b' }]);
console.log(JSON.stringify({ valid: r.actors.length, rejected: r.rejected.length, node: typeof readActors }));`,
    );
    const out = JSON.parse(sh('node', ['use-core.js'], project).trim());
    assert.equal(out.node, 'function');
    assert.equal(out.valid + out.rejected, 2, 'rows in = valid + rejected');
    assert.ok(out.rejected >= 1, 'the record without a name is rejected');
    assert.match(sh(join(project, 'node_modules/.bin/terreau'), ['--help'], project), /terreau/i);
  });

  it('@terreau/elements bundles with esbuild, one element at a time, lit shared', () => {
    writeFileSync(join(project, 'entry.js'), `import '@terreau/elements/ess-map';\nexport const ready = customElements.whenDefined('ess-map');\n`);
    const esbuild = join(root, 'node_modules/.bin/esbuild');
    sh(esbuild, ['entry.js', '--bundle', '--format=esm', '--platform=browser', '--outfile=out/app.js', '--log-level=error'], project);
    const code = readFileSync(join(project, 'out/app.js'), 'utf8');
    assert.match(code, /ess-map/);
    assert.doesNotMatch(code, /customElements\.define\(["']ess-lever-advisor/, 'the advisor is not pulled in');
  });

  it('the single-file module from the tarball, served as-is, renders both widgets in Chromium', async () => {
    const distDir = join(project, 'node_modules/@terreau/elements/dist');
    const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
    const page = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title></head><body><script type="module" src="/terreau/terreau-elements.js"></script><ess-map lang="fr" basemap="none"></ess-map><ess-lever-advisor decision-maker="commune" lang="fr"></ess-lever-advisor></body></html>';
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      const file = normalize(join(distDir, path.replace(/^\/terreau\//, '')));
      if (!path.startsWith('/terreau/') || !file.startsWith(distDir) || !existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise((resolve) => server.listen(PORT, '127.0.0.1', resolve));
    const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const tab = await browser.newPage();
      const problems = [];
      tab.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && problems.push(m.text()));
      tab.on('pageerror', (e) => problems.push(e.message));
      tab.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()} ${r.url()}`));
      await tab.goto(`http://127.0.0.1:${PORT}/`);
      await tab.waitForFunction(
        () => document.querySelector('ess-map')?.shadowRoot?.querySelectorAll('tbody button[data-id]').length > 0 && document.querySelector('ess-lever-advisor')?.shadowRoot?.querySelectorAll('fieldset, select').length > 0,
        { timeout: 20000 },
      );
      assert.deepEqual(problems, [], 'no console error, no failed request');
    } finally {
      await browser.close();
      server.close();
    }
  });
});
