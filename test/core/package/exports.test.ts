// What a developer gets from the published packages, checked on the BUILT files (run
// `npm run build` first; `npm test` does): Node resolves `@terreau/core` through its exports map
// to dist/, a bundler tree-shakes it, and `@terreau/elements/ess-map` brings only the map.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const work = mkdtempSync(join(tmpdir(), 'terreau-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type ExportEntry = string | Record<string, string>;
const pkgOf = (name: 'core' | 'elements') =>
  JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as {
    exports: Record<string, ExportEntry>;
    sideEffects: boolean | string[];
  };

beforeAll(() => {
  for (const f of ['packages/core/dist/index.js', 'packages/elements/dist/lib/ess-map/ess-map.js']) {
    if (!existsSync(join(root, f))) throw new Error(`${f} is missing: run \`npm run build\` before these tests.`);
  }
});

/** A consumer's file, bundled as a bundler user would (no `source` condition: the built dist). */
async function bundle(code: string, options: esbuild.BuildOptions = {}) {
  const entry = join(root, 'test/core/package', `.consumer-${process.pid}-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, code);
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
      ...options,
    });
    // The files that made it into the output (an input the bundler tree-shook away has 0 bytes).
    const output = Object.values(result.metafile!.outputs)[0]!;
    const inputs = Object.entries(output.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k);
    return { text: result.outputFiles![0]!.text, inputs };
  } finally {
    rmSync(entry, { force: true });
  }
}

const CONSUMER = `
import { filterActors, parseActors, typology } from '@terreau/core';
const provenance = { source: 'survey', checkedAt: '2026-01-15' };
const input = [
  { id: 'a', name: 'Café Pluche', type: 'association', communeCode: '24133', provenance },
  { id: 'b', name: 'Bell’Occas', type: 'association', communeCode: '08031', provenance },
  { id: 'c', name: '', type: 'not-a-type', provenance },
];
const { actors, issues } = parseActors(input);
export const result = {
  families: typology.filter((n) => n.kind === 'family').length,
  valid: actors.map((a) => a.id),
  issues: issues.map((i) => [i.index, i.path, i.code]),
  found: filterActors(actors, { q: 'cafe pluche' }).map((a) => a.id),
};
`;

describe('@terreau/core, built', () => {
  it('imports in plain Node through the exports map and works', () => {
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `${CONSUMER}\nconsole.log(JSON.stringify(result));`],
      { cwd: root, encoding: 'utf8' },
    );
    const result = JSON.parse(out) as { families: number; valid: string[]; issues: [number, string, string][]; found: string[] };
    expect(result.families).toBeGreaterThanOrEqual(5);
    expect(result.valid).toEqual(['a', 'b']);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.every(([index]) => index === 2)).toBe(true);
    expect(result.found).toEqual(['a']);
  });

  it('resolves to dist (not sources) in Node, and its node entry and CLI too', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module';
         const r = createRequire(process.cwd() + '/');
         console.log(JSON.stringify([import.meta.resolve('@terreau/core'), import.meta.resolve('@terreau/core/node'), import.meta.resolve('@terreau/core/messages/en')]));`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const urls = JSON.parse(out) as string[];
    expect(urls.map((u) => u.slice(u.indexOf('/packages/')))).toEqual([
      '/packages/core/dist/index.js',
      '/packages/core/dist/node/index.js',
      '/packages/core/dist/i18n/messages.en.js',
    ]);
    const help = execFileSync(process.execPath, [join(root, 'packages/core/dist/node/cli.js'), '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/terreau/);
  });

  it('bundles for the browser with no Node built-in, tree-shaken, and gives the same result', async () => {
    const { text, inputs } = await bundle(CONSUMER);
    expect(inputs.some((i) => i.includes('packages/core/dist/index.js') || i.includes('packages/core/dist/'))).toBe(true);
    expect(inputs.filter((i) => i.includes('packages/core/src/'))).toEqual([]);
    expect(text).not.toMatch(/from ["']node:/);
    // sideEffects: false lets the bundler drop what the consumer does not use.
    expect(inputs.filter((i) => /core\/dist\/(node\/|i18n\/en\/(catalogue|recommend)|recommend\/|toolkit\/)/.test(i))).toEqual([]);
    const file = join(work, 'consumer.mjs');
    writeFileSync(file, text);
    const { result } = (await import(pathToFileURL(file).href)) as { result: { valid: string[]; found: string[] } };
    expect(result.valid).toEqual(['a', 'b']);
    expect(result.found).toEqual(['a']);
  });
});

describe('package exports maps', () => {
  it.each(['core', 'elements'] as const)('%s: every entry has types before default, and both files exist', (name) => {
    const pkg = pkgOf(name);
    for (const [key, entry] of Object.entries(pkg.exports)) {
      if (typeof entry === 'string') {
        expect(existsSync(join(root, 'packages', name, entry)), `${name} ${key} → ${entry}`).toBe(true);
        continue;
      }
      const conditions = Object.keys(entry);
      expect(conditions.indexOf('types'), `${name} ${key}`).toBeGreaterThanOrEqual(0);
      expect(conditions.indexOf('types'), `${name} ${key}: types before default`).toBeLessThan(conditions.indexOf('default'));
      for (const c of ['source', 'types', 'default']) {
        expect(existsSync(join(root, 'packages', name, entry[c]!)), `${name} ${key} [${c}] → ${entry[c]}`).toBe(true);
      }
    }
  });

  it('core declares no side effects; elements only its define files', () => {
    expect(pkgOf('core').sideEffects).toBe(false);
    const effects = pkgOf('elements').sideEffects as string[];
    expect(effects).toContain('./dist/terreau-elements.js');
    expect(effects).toContain('./dist/lib/ess-map/ess-map.js');
    expect(effects).toContain('./dist/lib/ess-lever-advisor/ess-lever-advisor.js');
    expect(effects.filter((f) => f.includes('*'))).toEqual([]);
  });
});

describe('@terreau/elements per-element entry points', () => {
  const external = ['lit', 'lit/*', '@lit/*', '@terreau/core', 'zod', 'zod/*', 'd3-*', 'topojson-client', 'topojson-client/*'];

  it('`@terreau/elements/ess-map` brings the map and defines it, without the advisor', async () => {
    const { text, inputs } = await bundle(`import '@terreau/elements/ess-map';`, { external });
    const own = inputs.filter((i) => i.includes('packages/elements/'));
    expect(own.some((i) => i.endsWith('dist/lib/ess-map/ess-map.js'))).toBe(true);
    expect(own.filter((i) => i.includes('ess-lever-advisor'))).toEqual([]);
    expect(own.filter((i) => i.includes('/src/'))).toEqual([]);
    expect(text).toMatch(/["']ess-map["']/);
    expect(text).not.toMatch(/["']ess-lever-advisor["']/);
    // lit and core stay imports, so an application shares one copy with its own code.
    expect(text).toMatch(/from ["']lit["']/);
    expect(text).toMatch(/from ["']@terreau\/core["']/);
  });

  it('`@terreau/elements/ess-lever-advisor` brings the advisor without the map', async () => {
    const { text, inputs } = await bundle(`import '@terreau/elements/ess-lever-advisor';`, { external });
    const own = inputs.filter((i) => i.includes('packages/elements/'));
    expect(own.some((i) => i.endsWith('dist/lib/ess-lever-advisor/ess-lever-advisor.js'))).toBe(true);
    expect(own.filter((i) => i.includes('/ess-map/'))).toEqual([]);
    expect(text).toMatch(/["']ess-lever-advisor["']/);
  });

  it('bundles whole (dependencies included) for the browser with nothing left unresolved', async () => {
    const { text } = await bundle(`import '@terreau/elements/ess-map'; import '@terreau/elements/ess-lever-advisor';`);
    expect(text).not.toMatch(/^\s*import\s/m);
    expect(text).not.toMatch(/from ["']node:/);
  });
});
