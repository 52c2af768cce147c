// One small shared build. `npm run build -w <pkg>` runs `rollup -c ../../rollup.config.js --environment PKG:<core|elements>`.
//  - core: ESM, one file per module (consumers tree-shake), .d.ts under dist/types, deps external.
//  - elements: one self-contained ES module (lit, core, d3 bundled and minified) that a webmaster
//    pastes into a CMS page (terreau-elements.js: both widgets; ess-map.js, ess-lever-advisor.js:
//    one each); the non-default locale is a lazily loaded chunk beside it. Plus dist/lib/: one
//    unminified file per module, dependencies external, for bundler users.
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

/**
 * zod 4.6.7 (the latest) walks some objects with for…in without skipping inherited keys: `members`
 * (v4/core/util.js) reads `Object.getOwnPropertyDescriptor(table, key).get` for every key it meets.
 * On a page whose scripts added an enumerable property to Object.prototype (`Object.prototype.foo =
 * 1`, as old libraries do), that descriptor is undefined and building the first schema throws: the
 * widgets' validation chunk never loads and <ess-map> says "network error" (issue 17). The bundles
 * carry zod, so its for…in loops get an own-key guard here: `for (const k in o) {` → `for (const k
 * in o) { if (!Object.prototype.hasOwnProperty.call(o, k)) continue;`. The build fails if zod no
 * longer has the loop this is for (an update may have fixed it: then remove this plugin).
 * Checked on the built file by test/elements/ess-map/ess-map-prototype-built.test.ts.
 */
function zodOwnKeysOnly() {
  const loop = /for \((const|let) (\w+) in ([\w.]+)\) \{/g;
  return {
    name: 'zod-own-keys-only',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/]/.test(id)) return null;
      if (/[\\/]core[\\/]util\.js$/.test(id) && !code.includes('for (const key in table) {')) {
        this.error('zod-own-keys-only: zod/v4/core/util.js no longer has `for (const key in table)`; check whether zod now skips inherited keys and drop this plugin.');
      }
      if (!loop.test(code)) return null;
      loop.lastIndex = 0;
      return { code: code.replace(loop, (whole, kind, key, object) => `${whole} if (!Object.prototype.hasOwnProperty.call(${object}, ${key})) continue;`), map: null };
    },
  };
}

/**
 * The widgets' stylesheets (Lit `css` templates) lose their indentation and comments in the
 * minified bundles: in CSS a run of white space is one separator whatever its length, and a comment
 * between rules or declarations is nothing, so the rules are the same; quoted strings are kept as
 * written. About 0.1 kB gzip a widget.
 */
function compactCssTemplates() {
  const template = /\bcss\s*`([^`]*)`/g;
  const token = /('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")|\s*\/\*[^]*?\*\/\s*|\s*\n\s*/g;
  const compact = (body) => body.replace(token, (whole, quoted) => quoted ?? '\n').trim();
  return {
    name: 'compact-css-templates',
    transform(code, id) {
      if (!/[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || !template.test(code)) return null;
      template.lastIndex = 0;
      const out = code.replace(template, (_, body) => `css\`${compact(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * The widgets' Lit templates (html`…`, svg`…`) lose the line breaks and indentation between their
 * tags in the minified bundles: each run of white space holding a line break becomes one space. In
 * HTML and SVG text a run of white space is one separator whatever its length, and no template
 * holds a <pre>, a <textarea> or a `white-space: pre*` rule (checked here: the build fails if one
 * appears), so what renders is the same; only the text inside the template's static parts changes,
 * never an expression. Found on the parsed module (tagged templates named `html`/`svg`), not by a
 * pattern, since templates nest in expressions. About 0.3 kB gzip a widget.
 */
function compactHtmlTemplates() {
  const tags = new Set(['html', 'svg']);
  return {
    name: 'compact-html-templates',
    transform(code, id) {
      if (!/[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/.test(id)) return null;
      // Any module of the widgets (their stylesheets too): white space that matters anywhere stops the build.
      if (/<pre\b|<textarea\b|white-space:\s*pre/.test(code)) this.error(`compact-html-templates: ${id} has white space that matters (<pre>, <textarea>, white-space: pre); keep the templates as written.`);
      if (!/\b(html|svg)\s*`/.test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name)) {
          for (const q of node.quasi.quasis) {
            const raw = code.slice(q.start, q.end);
            if (raw !== q.value.raw) this.error(`compact-html-templates: unexpected template positions in ${id}.`);
            const out = raw.replace(/[ \t]*\n\s*/g, ' ');
            if (out !== raw) edits.push([q.start, q.end, out]);
          }
        }
        for (const key of Object.keys(node)) {
          const v = node[key];
          if (Array.isArray(v)) for (const c of v) if (c && typeof c.type === 'string') visit(c);
          if (v && typeof v === 'object' && typeof v.type === 'string') visit(v);
        }
      };
      visit(this.parse(code));
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * A lazy chunk's own static imports are fetched with it, not after it. Left alone, the browser learns
 * what `chunks/validate-data-….js` imports (zod's chunk, core's row reader…) only once it has
 * received and parsed that file, on a main thread that is then busy drawing the map: one more round
 * trip plus the wait for the thread before the data can be validated (issue 13: bundle → validation
 * chunk → its dependencies, in sequence). Each `import('./chunks/x.js')` of the built file becomes
 * `(import('./chunks/dep.js').catch(() => {}), …, import('./chunks/x.js'))`: every file of that chunk's
 * graph is requested in the same tick, and the result is still the chunk's own import (a failure still
 * rejects it: the `.catch` only keeps a dependency's early request from being reported twice). The
 * sources keep their one `import()` per chunk, behind the LazyController; rollup hoists a chunk's
 * transitive imports into it, so its direct imports are its whole graph.
 * Only for what a page loads at start (validation, locale, the advisor's saved state, a live source):
 * the chunks a user's action asks for (`onUse`) keep their plain import — naming their dependencies
 * in the start file cost 0.3 kB gzip, and after a click the wait is one round trip, not a page's start.
 */
function fetchChunkImportsTogether({ onUse }) {
  return {
    name: 'fetch-chunk-imports-together',
    renderDynamicImport({ chunk, targetChunk, getTargetChunkImports }) {
      if (!targetChunk || targetChunk.fileName === chunk.fileName || onUse.test(targetChunk.name)) return null;
      const deps = (getTargetChunkImports() ?? []).filter((d) => d.type === 'internal' && d.fileName !== chunk.fileName && !d.chunk.isEntry);
      if (deps.length === 0) return null;
      return { left: `(${deps.map((d) => `import(${d.resolvedImportPath}).catch(()=>{}),`).join('')}import(`, right: '))' };
    },
  };
}

const core = {
  input: {
    index: root('./packages/core/src/index.ts'),
    'node/index': root('./packages/core/src/node/index.ts'),
    'node/cli': root('./packages/core/src/node/cli.ts'),
    'node/cli-worker': root('./packages/core/src/node/cli-worker.ts'),
    'i18n/messages.en': root('./packages/core/src/i18n/messages.en.ts'),
    // `@terreau/core/default-dataset`: the widgets import it lazily, only for a map given no data.
    'data/default-dataset': root('./packages/core/src/data/default-dataset.ts'),
  },
  external: (id) => /^(node:|zod|csv-parse|@etalab\/|proj4|@duckdb\/)/.test(id),
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

/**
 * One self-contained ES module for webmasters (lit, core, d3 bundled and minified), its lazy chunks
 * under chunks/. `terreau-elements.js` defines both widgets; `ess-map.js` and `ess-lever-advisor.js`
 * each define one, for pages that show only that one: separate builds, so each file carries only
 * its own widget's code and text and none imports another (chunks of different builds get
 * different hashes when their content differs, so they can share chunks/).
 */
const bundle = (name, input, { declarations = false } = {}) => ({
  input: { [name]: root(input) },
  // Lazy chunks (default dataset, English) import shared code from the bundle itself; without this
  // rollup would move everything into chunks/ behind a facade, and `new URL('./basemap-france.json',
  // import.meta.url)` would then point into chunks/.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    zodOwnKeysOnly(),
    // The chunks loaded on a user's action (scripts/size.js counts them apart as "on use" too).
    fetchChunkImportsTogether({ onUse: /^(recommendation|recommendation\.en|on-demand|documents|exports|questions\.(fr|en))$/ }),
    // @terreau/core comes from its built dist (npm run build builds core first).
    nodeResolve({ exportConditions: ['browser'] }),
    json(),
    typescript({
      tsconfig: root('./packages/elements/tsconfig.build.json'),
      outDir: root('./packages/elements/dist'),
      rootDir: root('./packages/elements/src'),
      sourceMap: true,
      // Declarations (dist/types) once, from the build of every element.
      ...(declarations
        ? { declarationDir: root('./packages/elements/dist/types') }
        : { declaration: false, declarationMap: false, declarationDir: undefined }),
    }),
    compactCssTemplates(),
    compactHtmlTemplates(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  output: {
    dir: root('./packages/elements/dist'),
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    // No manualChunks: the English core text and the advisor's recommendation part are reached only
    // through dynamic imports (the widgets' locale loaders, the recommendation loader), so rollup
    // makes them lazy chunks by itself; the English error texts parseActors puts beside the French
    // ones stay in the bundle.
  },
  onwarn,
});

const elements = bundle('terreau-elements', './packages/elements/src/index.ts', { declarations: true });
const essMap = bundle('ess-map', './packages/elements/src/ess-map/ess-map.ts');
const essLeverAdvisor = bundle('ess-lever-advisor', './packages/elements/src/ess-lever-advisor/ess-lever-advisor.ts');

// For bundler users: the same sources, one file per module under dist/lib/, unminified, with
// lit, @terreau/core, zod and d3 left to the consumer's bundler (so they are shared, not doubled).
// Entry points: the index (both elements) and each define file (`@terreau/elements/ess-map`…).
const elementsLib = {
  input: {
    index: root('./packages/elements/src/index.ts'),
    'ess-map/ess-map': root('./packages/elements/src/ess-map/ess-map.ts'),
    'ess-lever-advisor/ess-lever-advisor': root('./packages/elements/src/ess-lever-advisor/ess-lever-advisor.ts'),
  },
  external: (id) => /^(lit|@lit\/|@terreau\/core|zod|d3-|topojson-client)/.test(id),
  plugins: [
    nodeResolve({ exportConditions: ['browser'] }),
    json(),
    typescript({
      tsconfig: root('./packages/elements/tsconfig.build.json'),
      outDir: root('./packages/elements/dist/lib'),
      rootDir: root('./packages/elements/src'),
      // Declarations come from the bundle build above (dist/types); none here.
      declaration: false,
      declarationMap: false,
      declarationDir: undefined,
      sourceMap: true,
    }),
  ],
  output: {
    dir: root('./packages/elements/dist/lib'),
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: root('./packages/elements/src'),
    // The one helper bundled from node_modules (tslib, for decorators) goes to vendor/:
    // npm never publishes a folder named node_modules.
    entryFileNames: (chunk) => `${chunk.name.replace(/(^|\/)node_modules\//g, '$1vendor/')}.js`,
    sourcemap: true,
  },
  onwarn,
};

const builds = { core, elements: [elements, essMap, essLeverAdvisor, elementsLib] };
const pkg = process.env.PKG;
export default pkg ? builds[pkg] : [core, elements, essMap, essLeverAdvisor, elementsLib];
