#!/usr/bin/env node
// Measures what a page pays for the widgets, gzip-compressed, against the budgets of issue #7:
// both widgets together ≤ 45 kB; what loads lazily (basemap geometry, the non-default locale)
// ≤ 60 kB more. Prints JSON and writes bench/results/size.json (`--check`: two lines, no file;
// `npm test` runs it). Run after `npm run build`.
// Measured per file a webmaster may paste: terreau-elements.js (both widgets, the figures above),
// ess-map.js and ess-lever-advisor.js (one widget each), in three parts:
//  - eager: the file and its static imports — what every page pays at start;
//  - lazy (issue #7's 60 kB budget): what a page loads soon after start without the user asking —
//    the basemap, the non-default locale, the default data, and core's validation that comes with
//    any data;
//  - deferred: code fetched only when a user does something (the advisor's questionnaire text when
//    they start on it, its recommendations, convention drafting, territory mode; the map's exports),
//    reported and capped apart so no byte goes unmeasured.
//
// The 45 kB target is NOT met today (≈ 73 kB: the two widgets' own code, d3-geo, lit, the catalogue
// and scoring labels and core's catalogues; see bench/results/size-by-module.json). Until
// it is, CI fails above CEILING — today's size plus a small margin — so the bundle cannot silently
// grow; lower CEILING with every saving, and fail on the target itself once it is reached.
// `--by-module`: prints instead what each source module weighs in each built file (minified bytes,
// read from the build's own source maps, so it is what rollup + terser really shipped), eager and
// lazy, grouped by package too. Writes bench/results/size-by-module.json.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/elements/dist');
const BUDGET_EAGER = 45 * 1024;
// Lazy (fetched with the first data): 60.5 kB since issue 12's SIRENE readers (a person's unit named
// from its first and last names, the old-nomenclature warning in FR/EN: +0.36 kB) and the map's check
// for projected coordinates (+0.1 kB) — the projection itself is on use.
// 61 kB after issue 13's first-paint work moved the reading of fetched bytes (decoding, sniffing, ~1 kB)
// out of the start bundle into the validation chunk, fetched with the data.
// 58.4 kB of it used after the map's panels and card became a chunk fetched beside the data (+3.4 kB: drawn after
// the first paint with data, or on a click, so loaded at start in parallel, not on use).
// 59.2 kB with the panels' words (FR and EN, +0.9 kB) in that chunk.
const BUDGET_LAZY = 61 * 1024;
/** Regression guard while the eager target is not met (bytes gzip). Lower it, never raise it silently. */
// Raised to 84.5 kB when issues 11–16 were merged (84.0 measured: issue 14's restitution, short
// path, privacy and follow-up UI; issue 12's field table and the unclassified family; issue 13's
// grouped markers, tiles and keyboard listbox). Issue 13 asked for 76: not met, said in its note.
// Raised to 86.5 kB when issue 17 was merged (86.4 measured): the map reads what a file is (core's
// sniffContent, UTF-16), counts the body against max-bytes while it downloads, gives rejected CSV rows
// their lines, repaints on a theme switch; the advisor's checklist and first-whys (issue 14). About 2 kB
// together, to win back with issue 13's size work (the decoding could move to the validation chunk).
// 86.8 kB with the map's `zone-lists` attribute (its download starts with the data's; reader and words
// lazy), then lowered to 86.1 kB (86.0 measured) after issue 13's shell (stylesheets without indentation)
// and first-paint work (the reading of fetched bytes moved to the validation chunk).
// 86.3 kB after session 6's merges (86.1 measured: the map-view split, +0.8 kB, with the DROM inset names and
// the PNG drawn from the scene; the fast path's LazyController, +0.1; the advisor's territory mode moved out, −0.7).
// Lowered to 79.1 kB (79.0 measured, 86.1 before) when the advisor's scoring became a chunk fetched when the user
// starts on it (core's pérennité score and indicators, the results' and the follow-up's partials: −7.0 kB).
// Lowered to 77.1 kB (77.0 measured) when the map's filter, coverage and export panels and its card became a chunk
// fetched beside the data (map-panels: −2.0 kB).
// 76.9 kB (76.8 measured) when the Lit templates lost their line breaks and indentation in the bundles (rollup.config.js,
// compactHtmlTemplates: −0.2 kB).
// 76.0 kB (75.9 measured: issue 13's 76 kB met) when the words of the map's panels and card (filters, card, coverage,
// exports, summary; FR and EN) moved into the panels' chunk (panel-text.ts): −0.9 kB.
// 74.7 kB (74.6 measured) when the words of the advisor's results (score details, restitution, actions, checklist,
// documents' form, follow-up; FR and EN) moved into the chunks that show them (results-text.ts): −1.4 kB.
// Raised to 75.6 kB (75.5 measured) by the merge with the same day's map work: the keyboard's hook for clusters
// above 500 points and its ring (the cluster options themselves are a chunk), the tiles' fallback to outlines when
// they cannot load and its notice, the territory's name above its contour (+0.9 kB). Said, not silent.
// Lowered to 74.5 kB (74.4 measured, 76 203 B) when core's zonings kept their legal texts apart from their dates
// (zoningPeriods): the zone filter's date test no longer brings the twelve versions' sources (−1.0 kB), and the
// map's styles lost selectors of elements it never renders (−33 B).
// Raised to 74.6 kB (76 289 B measured) by session 8's map work: the legend counting the types alone and the
// panel's facets counted when first read (0.3 s off a 100 000-actor first paint), the panels drawn when the page
// is idle, a late commune contour keeping a view the visitor moved (+86 B net of the component's split into
// controllers, −183 B). Said, not silent.
// Raised to 74.8 kB (76 595 B measured, +306 B) by session 9's overseas insets in rows under the métropole on a
// portrait map (a phone held upright), where the column's names were written over the métropole's east and its
// boxes were 30-40 px wide: the two layouts, the choice between them, the names in bands above the rows, the
// projection made again when the phone turns. Issue 13's 76 kB still met. Said, not silent.
// 74.9 kB (76 616 B measured) after the same session's map-view split (−37 B) and the first paint of a national
// file (the list's sort key, the mask and counts of an unfiltered map: +58 B; 951 → 888 ms for 100 000 actors).
// 75.0 kB (76 767 B measured, +103 B): an inset's name moves to the inset's bottom corner when a marker covers the
// top one (La Réunion's name under Saint-Denis's actors on a desktop map, seen in a screenshot). Said, not silent.
// 75.1 kB (76 849 B measured, +82 B): on a phone the list shows two columns, the commune under the type, instead of
// three columns whose words were cut mid-word ("Hérouvill|e", seen in a 375 px screenshot). Said, not silent.
// 75.3 kB (77 083 B measured, +234 B): the list is one Tab stop (its names a roving tab stop moved by the arrow keys,
// with a hint while it has focus, FR/EN): the examples' page went from 95 Tabs to 38 before the advisor. Said, not silent.
// 75.5 kB (77 301 B measured, +218 B): a commune's first points wait for its contour on its way (0.3 s at most) so
// that the map fits once (first paint 569 → 459 ms for 100 actors on a 4× slowed CPU, same run), and the list
// orders numbers past 16 digits as the collator does. Issue 13's 76 kB still met. Said, not silent.
// 75.7 kB (77 450 B measured, +149 B): a view the visitor moved keeps its place when the tiles give up late (a tile
// server that hangs, then fails) instead of going home in the outline projection. Issue 13's 76 kB (77 824 B) still met,
// with 374 B to spare. Said, not silent.
const CEILING_EAGER = 75.7 * 1024;
/**
 * The single-widget files a page with one widget pastes instead (measured size + ~3 kB; same rule:
 * lower, never raise silently). Their lazy part is held to the same 60 kB budget.
 */
// ess-map.js raised from 52.0 to 52.5 kB with issue 17 (52.1 measured: reading `src` as a counted
// stream under max-bytes and its FR message, the line of a rejected CSV row): said, not silent.
// ess-map.js 53.7 and the advisor 51.5 kB after issue 17 (same reasons as CEILING_EAGER).
// ess-map.js lowered to 53.0 kB by issue 13's first-paint work (52.7 measured): the reading of fetched
// bytes went to the validation chunk; the map's `zone-lists` attribute and projection check added to it
// (ceilings set again after the merge, below what was allowed before).
// ess-map.js lowered to 52.8 kB (52.7 measured) when the validation chunk stopped carrying zod (issue 12's fast
// path first, zod fetched only for a record that needs it: its loader lives in the validation chunk).
// The advisor lowered to 48.5 kB (48.2 measured) when territory mode became a chunk: the advisor-only
// file no longer carries the data loader a questionnaire never uses.
// ess-map.js raised to 53.7 kB by issue 13's map-view split (53.6 measured on its branch, ~0.8 kB more): one canvas
// sink draws the scene for the screen and the PNG (whose family-share rings now match the SVG's), the
// viewport, gestures, scene and cluster levels are files of their own, the DROM insets are named
// (FR/EN), panning keeps the map on screen and the map's name follows a change of language. Said, not silent.
// Lowered to 53.6 kB after the merge with the fast path (53.5 measured).
// The advisor lowered to 41.3 kB (41.2 measured, 48.2 before) when its scoring became a chunk (see CEILING_EAGER).
// ess-map.js lowered to 51.6 kB (51.5 measured, 53.5 before) by the same map-panels chunk.
// 51.5 and 41.2 kB (51.4 and 41.1 measured) with the templates compacted.
// 50.7 and 40.7 kB (50.6 and 40.6 measured: issue 13's 51 and 44 kB met) with the panels' words in their chunk (the
// advisor carried them too, in the shared locale).
// The advisor lowered to 39.3 kB (39.2 measured) with its results' words in their chunks.
// Raised to 51.6 and 39.5 kB (51.5 and 39.4 measured) by the same merge: issue 13's 51 kB for the map is missed
// by 0.5 kB again; the advisor's 44 kB is met.
// Lowered to 50.6 and 38.6 kB (50.5 and 38.5 measured: 51 670 and 39 392 B) by the same zonings split (see
// CEILING_EAGER): issue 13's 51 kB for the map is met again, with 0.5 kB to spare. Moving the panels' own CSS into
// their chunk was measured and left: −0.35 kB at start but +0.85 kB in the chunk (the rules compress with the
// rest of the styles, not alone), which took the lazy part past its 61 kB budget.
// ess-map.js raised to 50.7 kB (51 878 B measured, +208 B) by the same session-8 work (see CEILING_EAGER): issue
// 13's 51 kB still met.
// ess-map.js raised to 51.0 kB (52 188 B measured, +280 B) by the same overseas rows (see CEILING_EAGER): issue 13's
// 51 kB (52 224 B) still met, with 36 B to spare; 52 213 B after the split and the national file's first paint
// (see CEILING_EAGER): 11 B to spare. The next addition to the map's start file needs a saving first.
// Lowered to 49.6 kB (50 711 B measured, −1 502 B) when the map's French start file kept only the labels its first
// paint shows (families, types, zonings: core's actor-list-labels.ts); the panels' chunk brings the whole catalogue.
// Both widgets: +48 B for the same split (the advisor needs the whole catalogue at once).
// 49.7 kB (50 809 B measured, +98 B) for the same inset names (see CEILING_EAGER).
// 49.8 kB (50 884 B measured, +53 B) for the phone's two-column list (see CEILING_EAGER). Issue 13's 51 kB still met.
// 50.0 kB (51 133 B measured, +249 B) for the same list Tab stop (see CEILING_EAGER). Issue 13's 51 kB still met.
// 50.2 kB (51 348 B measured, +215 B) for the same contour wait and number order (see CEILING_EAGER). Issue 13's
// 51 kB still met, with 0.9 kB to spare.
// 50.3 kB (51 499 B measured, +151 B) for the same view kept when the tiles give up (see CEILING_EAGER).
const SINGLE_CEILINGS = { 'ess-map.js': 50.3 * 1024, 'ess-lever-advisor.js': 38.6 * 1024 };

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

/**
 * Chunks of features loaded only when the user reaches them (the advisor's questionnaire text: first
 * focus or click inside it, or a criteria step; its recommendation: results step, print, a results
 * listener, territory mode; the convention draft; the map's file exports), with the language text
 * they bring. They were eager until they were split off; issue #7's lazy budget is about what loads
 * without the user asking, so they are measured apart, with their own ceiling.
 */
// The live source (annuaire-entreprises) loads only on a map that names `source`: on use too; so do
// the official zoning lists' reader and words (zone-lists), only on a map given `zone-lists`; and the full
// path of the validation (validate-full: zod, core's schemas), only for a file with a record the fast path
// cannot take (a fault to report, a value to tidy); and the advisor's territory mode (territory-mode).
// The advisor's scoring (scoring: core's pérennité score, the figures' suggestions, the results' and the
// follow-up's partials) loads when the user starts on it (first focus or click), the state holds answers
// or figures, or results are asked for: on use too (its shared dependencies are fetched with it).
const DEFERRED = /^(recommendation|recommendation\.en|on-demand|territory-mode|scoring|documents|exports|annuaire-entreprises|zone-lists|project-coordinates|validate-full|questions\.(fr|en))-[\w-]+\.js$/;
/**
 * What a page may load when it uses those features (gzip, the same rule as the ceilings: lower, never raise silently).
 * Raised from 67 to 75 kB by issue 11 (73.5 kB measured): the recommendation now carries the dated
 * law since 2019, the competence rule table, the case-study priors and the subsidy checklist, in FR and EN.
 * Raised to 90 kB by issue 14: the .odt/.docx writer (documents chunk, fflate) and the English
 * recommendation text, now fetched by the element through its LazyController, counted here.
 */
// 91 kB with the live source chunk (3.2 kB) counted here when issues 13 and 16 were merged.
// 92 kB when the live source chunk took its own progress and partial-list words and partials (issue 16,
// ~0.9 kB gzip), so that a map with no source does not carry them in its start bundle.
// 93.1 kB with issue 14's subsidy checklist in the recommendation chunk (92.7 measured with it alone).
// 95.2 kB with the official zoning lists' chunk (2.1 kB: core's list reader and the map's words about
// the lists), fetched only by a map given `zone-lists`.
// 118 kB with the projection chunk (23 kB: proj4's core, Lambert conformal conic and UTM), fetched only
// for a file with projected coordinates (geolocated SIRENE), as the Node reader converts them.
// 130 kB when zod and core's schemas and error texts (validate-full and its chunks, 11.9 kB) moved from
// "lazy" to here (issue 12: the validation chunk reads with core's zod-free fast path and fetches the full
// path only for a file holding a record the fast path cannot take — data-dependent, as project-coordinates):
// a map page reading a valid file loads 11.4 kB gzip less (ess-map.js lazy 51.8 → 40.4 kB). The fast path
// itself (+3.2 kB in validate-data) and the full path's own code (1.8 kB) grow the sum of all three by 5.3 kB.
// 131 kB with the advisor's territory mode (1.1 kB: its controller, partial and computation), counted here
// too, fetched only with mode="territory".
// 139.2 kB (139.1 measured) with the advisor's scoring (scoring and its shared `advice` chunk, 8.4 kB: the 7.0 kB
// that left the start file, and 1.4 kB of the same code compressed apart), fetched when the user starts on the advisor.
// 139.0 kB (138.9 measured) with the templates compacted.
// 142.0 kB (141.9 measured) with the advisor's results' words in the chunks that show them, both languages (+3.0 kB).
// 142.7 kB (142.6 measured) after the merge with the cluster keyboard's chunk (2.4 kB, fetched when clusters are drawn).
const CEILING_DEFERRED = 142.7 * 1024;

/**
 * Files `entry` may load later: dynamic `import("./x.js")` from its static closure, transitively, plus
 * what those load at once. With `skipDeferred`, imports of DEFERRED chunks are not followed.
 */
function lazyClosure(entry, eagerFiles, skipDeferred = false) {
  const seen = new Set();
  const stack = [...eagerFiles];
  const done = new Set();
  while (stack.length) {
    const file = stack.pop();
    if (done.has(file)) continue;
    done.add(file);
    const code = readFileSync(file, 'utf8');
    // `import("./dep.js").catch(() => {})` is the build asking for a chunk's own imports with it
    // (rollup.config.js, fetchChunkImportsTogether): counted with that chunk, through its static closure.
    for (const m of code.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)(?!\.catch\(\(\)=>\{\}\))/g)) {
      if (skipDeferred && DEFERRED.test(m[1].split('/').pop())) continue;
      for (const f of staticClosure(resolve(dirname(file), m[1]))) {
        if (!eagerFiles.includes(f)) seen.add(f);
        stack.push(f);
      }
    }
  }
  // The map's default basemap geometry, fetched beside the bundle.
  const basemap = join(dirname(entry), 'basemap-france.json');
  if (eagerFiles.some((f) => readFileSync(f, 'utf8').includes('basemap-france.json')) && existsSync(basemap)) seen.add(basemap);
  return [...seen].sort();
}

function allFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? allFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(seg) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const digit = B64[ch];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Names a source the way a reader thinks of it: `lit-html`, `zod`, `core:i18n/fr/recommend`, `elements:ess-map/map-view`. */
function moduleName(source) {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(source);
  if (nm) return `${nm[1]}:${nm[2].replace(/\.(js|mjs|ts)$/, '')}`;
  const core = /core\/(?:dist|src)\/(.*)\.(?:js|ts)$/.exec(source);
  if (core) return `core:${core[1]}`;
  const el = /(?:elements\/|^(?:\.\.\/)*)src\/(.*)\.(?:js|ts)$/.exec(source);
  if (el) return `elements:${el[1]}`;
  return source;
}

/** Minified bytes per source module of each file (from its .map), and per package/folder. */
function breakdown(files) {
  const perModule = new Map();
  const perFile = {};
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const mapFile = `${file}.map`;
    const counts = new Map();
    if (existsSync(mapFile)) {
      const map = JSON.parse(readFileSync(mapFile, 'utf8'));
      const lines = code.split('\n');
      let src = 0;
      map.mappings.split(';').forEach((line, li) => {
        const text = lines[li] ?? '';
        let col = 0;
        let prevCol = 0;
        let prevSrc = null;
        for (const seg of line.split(',')) {
          if (!seg) continue;
          const n = decodeSegment(seg);
          col += n[0];
          if (prevSrc !== null) counts.set(prevSrc, (counts.get(prevSrc) ?? 0) + (col - prevCol));
          if (n.length >= 4) {
            src += n[1];
            prevSrc = map.sources[src];
          } else prevSrc = '(unmapped)';
          // (fields 2–4 of the segment are relative line/column/name: not needed here)
          prevCol = col;
        }
        if (prevSrc !== null) counts.set(prevSrc, (counts.get(prevSrc) ?? 0) + (text.length - prevCol));
      });
    } else counts.set('(no source map)', code.length);
    const modules = {};
    for (const [s, n] of [...counts].sort((a, b) => b[1] - a[1])) {
      const name = moduleName(s);
      modules[name] = (modules[name] ?? 0) + n;
      perModule.set(name, (perModule.get(name) ?? 0) + n);
    }
    perFile[rel(file)] = { minifiedBytes: code.length, gzipBytes: gz(file), modules };
  }
  const groups = {};
  for (const [name, n] of perModule) {
    const [pkg, path = ''] = name.split(':');
    const group = pkg === 'core' || pkg === 'elements' ? `${pkg}:${path.split('/').slice(0, -1).join('/') || path}` : pkg;
    groups[group] = (groups[group] ?? 0) + n;
  }
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]));
  return { files: perFile, byGroup: sorted(groups), byModule: sorted(Object.fromEntries(perModule)) };
}

const entry = join(dist, 'terreau-elements.js');
if (!existsSync(entry)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(2);
}
const eagerFiles = staticClosure(entry);
const allLazyFiles = lazyClosure(entry, eagerFiles);
const lazyFiles = lazyClosure(entry, eagerFiles, true);
const deferredFiles = allLazyFiles.filter((f) => !lazyFiles.includes(f));
const rel = (f) => f.slice(root.length + 1);
const eager = eagerFiles.reduce((s, f) => s + gz(f), 0);
const lazy = lazyFiles.reduce((s, f) => s + gz(f), 0);
const deferred = deferredFiles.reduce((s, f) => s + gz(f), 0);
// Built files no entry reaches (a stale chunk, a loader the scan missed): shown, so they are not forgotten.
const reached = new Set([...eagerFiles, ...allLazyFiles]);
/** Each file a webmaster may paste: what a page with it loads at start, and what it may load later. */
const entries = {};
for (const name of ['terreau-elements.js', ...Object.keys(SINGLE_CEILINGS)]) {
  const file = join(dist, name);
  if (!existsSync(file)) continue;
  const e = staticClosure(file);
  const all = lazyClosure(file, e);
  const l = lazyClosure(file, e, true);
  const d = all.filter((f) => !l.includes(f));
  e.concat(all).forEach((f) => reached.add(f));
  const eagerBytes = e.reduce((s, f) => s + gz(f), 0);
  const lazyBytes = l.reduce((s, f) => s + gz(f), 0);
  const deferredBytes = d.reduce((s, f) => s + gz(f), 0);
  const ceiling = name === 'terreau-elements.js' ? CEILING_EAGER : SINGLE_CEILINGS[name];
  entries[name] = {
    eagerGzipBytes: eagerBytes,
    lazyGzipBytes: lazyBytes,
    eagerCeilingBytes: ceiling,
    eagerFiles: Object.fromEntries(e.map((f) => [rel(f), gz(f)])),
    lazyFiles: Object.fromEntries(l.map((f) => [rel(f), gz(f)])),
    deferredGzipBytes: deferredBytes,
    deferredCeilingBytes: CEILING_DEFERRED,
    deferredFiles: Object.fromEntries(d.map((f) => [rel(f), gz(f)])),
    withinCeiling: eagerBytes <= ceiling && lazyBytes <= BUDGET_LAZY && deferredBytes <= CEILING_DEFERRED,
  };
}
const unreached = allFiles(dist).filter(
  (f) => !reached.has(f) && (f.endsWith('.js') || f.endsWith('.json')) && !f.includes('/types/') && !f.includes('/lib/'),
);
const result = {
  date: new Date().toISOString(),
  // terreau-elements.js (both widgets): the budget of issue #7 and the CI ceiling.
  eagerGzipBytes: eager,
  eagerBudgetBytes: BUDGET_EAGER,
  lazyGzipBytes: lazy,
  lazyBudgetBytes: BUDGET_LAZY,
  eagerFiles: Object.fromEntries(eagerFiles.map((f) => [rel(f), gz(f)])),
  lazyFiles: Object.fromEntries(lazyFiles.map((f) => [rel(f), gz(f)])),
  deferredGzipBytes: deferred,
  deferredCeilingBytes: CEILING_DEFERRED,
  deferredFiles: Object.fromEntries(deferredFiles.map((f) => [rel(f), gz(f)])),
  eagerCeilingBytes: CEILING_EAGER,
  withinBudget: eager <= BUDGET_EAGER && lazy <= BUDGET_LAZY,
  withinCeiling: Object.values(entries).every((x) => x.withinCeiling),
  entries,
  unreachedFiles: unreached.map(rel),
};
if (process.argv.includes('--by-module')) {
  const byModule = {
    date: result.date,
    eagerGzipBytes: eager,
    lazyGzipBytes: lazy,
    deferredGzipBytes: deferred,
    eager: breakdown(eagerFiles),
    lazy: breakdown(lazyFiles.filter((f) => f.endsWith('.js'))),
    deferred: breakdown(deferredFiles),
  };
  console.log(JSON.stringify(byModule, null, 2));
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/size-by-module.json'), `${JSON.stringify(byModule, null, 2)}\n`);
  process.exit(0);
}
if (process.argv.includes('--check')) {
  const kb = (n) => (n / 1024).toFixed(1);
  const single = Object.entries(entries)
    .filter(([name]) => name !== 'terreau-elements.js')
    .map(([name, x]) => `${name} ${kb(x.eagerGzipBytes)} kB (ceiling ${kb(x.eagerCeilingBytes)}), lazy ${kb(x.lazyGzipBytes)} kB, on use ${kb(x.deferredGzipBytes)} kB`)
    .join('; ');
  console.log(`Widgets: ${kb(eager)} kB gzip (issue 13's target 76 kB: ${eager <= 76 * 1024 ? 'met' : 'NOT met'}; issue 7's 45 kB withdrawn; CI ceiling ${kb(CEILING_EAGER)} kB); lazy: ${kb(lazy)} kB gzip of ${kb(BUDGET_LAZY)} kB; on use (questions, recommendation, convention, exports): ${kb(deferred)} kB (ceiling ${kb(CEILING_DEFERRED)}). One widget: ${single}.`);
} else {
  console.log(JSON.stringify(result, null, 2));
}
if (!process.argv.includes('--check')) {
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/size.json'), `${JSON.stringify(result, null, 2)}\n`);
}
if (!result.withinCeiling) {
  for (const [name, x] of Object.entries(entries)) {
    if (x.withinCeiling) continue;
    console.error(
      `Size grew: ${name} ${(x.eagerGzipBytes / 1024).toFixed(1)} kB gzip (ceiling ${(x.eagerCeilingBytes / 1024).toFixed(1)}), lazy ${(x.lazyGzipBytes / 1024).toFixed(1)} kB gzip (budget ${(BUDGET_LAZY / 1024).toFixed(0)}), on use ${(x.deferredGzipBytes / 1024).toFixed(1)} kB gzip (ceiling ${(x.deferredCeilingBytes / 1024).toFixed(1)}).`,
    );
  }
  process.exit(1);
}
