// One small shared build. `npm run build -w <pkg>` runs `rollup -c ../../rollup.config.js --environment PKG:<core|elements>`.
//  - core: ESM, one file per module (consumers tree-shake), .d.ts under dist/types, deps external.
//  - elements: one self-contained ES module (lit, core, d3 bundled and minified) that a webmaster
//    pastes into a CMS page; the non-default locale is a lazily loaded chunk beside it.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';
import { fileURLToPath } from 'node:url';

const root = (p) => fileURLToPath(new URL(p, import.meta.url));

/** zod 4 ships annotations and cycles rollup warns about; those are noise, anything else is not. */
function onwarn(warning, warn) {
  const fromDeps = (warning.ids ?? [warning.id ?? '']).some((id) => id?.includes('node_modules'));
  if (fromDeps && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  if (warning.code === 'THIS_IS_UNDEFINED' && fromDeps) return;
  warn(warning);
}

const core = {
  input: {
    index: root('./packages/core/src/index.ts'),
    'node/index': root('./packages/core/src/node/index.ts'),
    'node/cli': root('./packages/core/src/node/cli.ts'),
    'i18n/messages.en': root('./packages/core/src/i18n/messages.en.ts'),
  },
  external: (id) => /^(node:|zod|csv-parse|@etalab\/)/.test(id),
  plugins: [
    nodeResolve({ exportConditions: ['source'] }),
    json(),
    typescript({
      tsconfig: root('./packages/core/tsconfig.node.json'),
      outDir: root('./packages/core/dist'),
      declarationDir: root('./packages/core/dist/types'),
      rootDir: root('./packages/core/src'),
      sourceMap: true,
    }),
  ],
  output: {
    dir: root('./packages/core/dist'),
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: root('./packages/core/src'),
    sourcemap: true,
    banner: (chunk) => (chunk.fileName === 'node/cli.js' ? '#!/usr/bin/env node' : ''),
  },
  onwarn,
};

const elements = {
  input: { 'terreau-elements': root('./packages/elements/src/index.ts') },
  plugins: [
    // @terreau/core comes from its built dist (npm run build builds core first).
    nodeResolve({ exportConditions: ['browser'] }),
    json(),
    typescript({
      tsconfig: root('./packages/elements/tsconfig.build.json'),
      outDir: root('./packages/elements/dist'),
      declarationDir: root('./packages/elements/dist/types'),
      rootDir: root('./packages/elements/src'),
      sourceMap: true,
    }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  output: {
    dir: root('./packages/elements/dist'),
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  onwarn,
};

const builds = { core, elements };
const pkg = process.env.PKG;
export default pkg ? builds[pkg] : [core, elements];
