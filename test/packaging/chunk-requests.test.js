// What a page requests when <ess-map> reads its first data (issue 13, first useful paint): the
// validation chunk and every file it imports, all asked for by the one expression that loads it —
// not the chunk first and its imports only once the browser has parsed it. Reads the built files
// (`npm run build` first, as npm test does).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../packages/elements/dist/', import.meta.url));

/** Every file `file` imports statically, transitively (relative imports only). */
function staticImports(file, seen = new Set()) {
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)) {
    const dep = resolve(dirname(file), m[1]);
    if (seen.has(dep)) continue;
    seen.add(dep);
    staticImports(dep, seen);
  }
  return seen;
}

describe('built bundles: a lazy chunk is requested with its imports', () => {
  for (const entry of ['ess-map.js', 'terreau-elements.js']) {
    it(`${entry} asks for the validation chunk and all it imports in one go`, () => {
      const file = join(dist, entry);
      assert.ok(existsSync(file), `${file} is missing: run npm run build`);
      const code = readFileSync(file, 'utf8');
      // The expression that loads the validation chunk: `(import(a)…, import(b)…, import("./chunks/validate-data-….js"))` or a bare import.
      const target = /import\("(\.\/chunks\/validate-data-[\w-]+\.js)"\)/.exec(code);
      assert.ok(target, 'the bundle loads a validation chunk');
      // The dependency requests the build writes just before it: `(import("./chunks/a.js").catch(…),…,`.
      const before = /(?:import\("\.[^"]+"\)\.catch\(\(\)=>\{\}\),)*$/.exec(code.slice(0, target.index))[0];
      const requested = new Set([...`${before}${target[0]}`.matchAll(/import\("(\.[^"]+)"\)/g)].map((m) => resolve(dist, m[1])));
      const needed = [...staticImports(resolve(dist, target[1]))].filter((f) => f !== file);
      assert.ok(needed.length > 0, 'the validation chunk imports other chunks');
      for (const dep of needed) assert.ok(requested.has(dep), `${dep.slice(dist.length)} is requested with the validation chunk`);
    });
  }
});
