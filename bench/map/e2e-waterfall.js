#!/usr/bin/env node
// Where the end-to-end time of <ess-map src=…csv commune=…> goes (issue #13, point 5): one page of
// bench/map/e2e-terreau.html, the same server as the e2e bench (20 ms per request, cache off), CPU
// slowed (default 4×), traced through the DevTools protocol. Prints the waterfall, in ms from
// navigation: each request (start → end), the main thread's script compile/evaluate of each file,
// the element's definition, the data event, the map's first draw, and the end point the bench
// measures; then the main thread's busy time by kind. Also the floor: an empty page that loads
// only the bundle (no element), so what the bundle alone costs is known.
//   node bench/map/e2e-waterfall.js [actors=100] [slowdown=4] [runs=3]
// Needs a build (`npm run build`). Writes nothing: a diagnostic, the figures go in the report.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serveE2e } from './e2e-bench.js';
import { COMMUNE } from './e2e-data.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [n = 100, slowdown = 4, runs = 3] = process.argv.slice(2).map(Number);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Marks set in the page: definition of the element, its data event, the map's first draw. */
const probe = () => {
  const t = (name) => performance.mark(name);
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, opts) => {
    t(`define ${name} (start)`);
    // Each update of the element, with the properties that changed (a diagnostic only).
    const update = ctor.prototype.update;
    ctor.prototype.update = function (changed) {
      const keys = [...changed.keys()].map(String).join(',');
      const t0 = performance.now();
      update.call(this, changed);
      performance.measure(`update [${keys}]`, { start: t0, end: performance.now() });
    };
    define(name, ctor, opts);
    t(`define ${name} (end)`);
  };
  // When the page's JSON responses (the contour) are read: a diagnostic of the contour's path.
  const json = Response.prototype.json;
  Response.prototype.json = function () {
    const url = this.url.replace(/\?.*$/, '').slice(-30);
    t(`json ${url} (asked)`);
    return json.call(this).then((v) => (t(`json ${url} (read)`), v));
  };
  addEventListener('DOMContentLoaded', () => {
    const el = document.querySelector('ess-map');
    if (!el) return;
    el.addEventListener('ess-data-load', () => {
      t('ess-data-load');
      void el.updateComplete.then(() => t('render with data (end)'));
    });
  });
};

async function once(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.evaluateOnNewDocument(probe);
  await page.tracing.start({ categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'disabled-by-default-v8.cpu_profiler'] });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__result !== undefined || window.__floor !== undefined, { timeout: 180000, polling: 50 });
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8"));
  const timing = await page.evaluate(() => ({
    resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime, end: r.responseEnd, bytes: r.encodedBodySize })),
    marks: [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')].map((m) => ({ name: m.entryType === 'measure' ? `${m.name} ${m.duration.toFixed(0)} ms` : m.name, at: m.startTime })),
    done: window.__result?.doneMs ?? window.__floor,
  }));
  await page.close();
  return { trace, timing };
}

/** Main-thread slices of the trace, in ms from navigation start. */
function mainThread(trace) {
  const events = trace.traceEvents;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? events.find((e) => e.name === 'navigationStart');
  const t0 = nav.ts;
  const renderer = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId ?? nav.pid;
  const main = events.find((e) => e.name === 'thread_name' && e.pid === renderer && e.args.name === 'CrRendererMain');
  const ms = (ts) => (ts - t0) / 1000;
  const slices = events
    .filter((e) => e.pid === renderer && e.tid === main?.tid && e.ph === 'X' && e.dur !== undefined)
    .map((e) => ({ name: e.name, at: ms(e.ts), dur: e.dur / 1000, url: e.args?.data?.url ?? e.args?.fileName ?? '', args: e.args?.data }));
  return slices;
}

const short = (url = '') => url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '').replace(/^\/packages\/elements\/dist\//, '');

/** The sampled CPU profile of the trace: self time per function (name url:line) and per file, in windows of time. */
function cpuProfile(trace, windows) {
  const events = trace.traceEvents;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? events.find((e) => e.name === 'navigationStart');
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(e.id, { pid: e.pid, start: e.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
    if (e.name === 'ProfileChunk') {
      const p = profiles.get(e.id);
      if (!p) continue;
      const c = e.args.data.cpuProfile ?? {};
      for (const node of c.nodes ?? []) p.nodes.set(node.id, node);
      p.samples.push(...(c.samples ?? []));
      p.deltas.push(...(e.args.data.timeDeltas ?? []));
    }
  }
  const out = windows.map((w) => ({ ...w, fn: new Map(), file: new Map() }));
  for (const p of profiles.values()) {
    if (p.pid !== nav.pid) continue;
    let ts = p.start;
    for (let i = 0; i < p.samples.length; i++) {
      ts += p.deltas[i] ?? 0;
      const nextTs = ts + (p.deltas[i + 1] ?? 0);
      const at = (ts - nav.ts) / 1000;
      const dur = (nextTs - ts) / 1000;
      const node = p.nodes.get(p.samples[i]);
      if (!node) continue;
      const f = node.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)' && !f.url) {
        if (f.functionName === '(idle)') continue;
      }
      const name = `${f.functionName || '(anon)'} ${short(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      for (const w of out) {
        if (at < w.from || at >= w.to) continue;
        w.fn.set(name, (w.fn.get(name) ?? 0) + dur);
        const file = short(f.url) || f.functionName;
        w.file.set(file, (w.file.get(file) ?? 0) + dur);
      }
    }
  }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, v]) => `${v.toFixed(0)} ${n}`);
  return out.map((w) => ({ window: `${w.label} ${w.from.toFixed(0)}–${w.to.toFixed(0)}`, files: top(w.file, 8), functions: top(w.fn, 14) }));
}

function waterfall({ trace, timing }) {
  const slices = mainThread(trace);
  const lines = [];
  for (const r of timing.resources) lines.push({ at: r.start, text: `fetch ${short(r.name)} ${r.start.toFixed(0)} → ${r.end.toFixed(0)} ms (${(r.bytes / 1024).toFixed(1)} kB)` });
  // Script compile/evaluate per file (v8.compileModule / v8.evaluateModule / EvaluateScript / v8.compile).
  const perFile = new Map();
  for (const s of slices) {
    if (!/^(v8\.compileModule|v8\.evaluateModule|EvaluateScript|v8\.compile|v8\.parseOnBackground|CompileScript)$/.test(s.name)) continue;
    const key = `${s.name} ${short(s.url)}`;
    const cur = perFile.get(key) ?? { at: s.at, dur: 0 };
    cur.dur += s.dur;
    perFile.set(key, cur);
  }
  for (const [k, v] of perFile) if (v.dur >= 0.5) lines.push({ at: v.at, text: `${k} at ${v.at.toFixed(0)} ms, ${v.dur.toFixed(1)} ms` });
  for (const m of timing.marks) lines.push({ at: m.at, text: `mark ${m.name} at ${m.at.toFixed(0)} ms` });
  lines.push({ at: timing.done, text: `DONE (bench end point) at ${timing.done.toFixed(0)} ms` });
  lines.sort((a, b) => a.at - b.at);
  // Busy time by kind: top-level tasks' children, grouped by name.
  const byKind = new Map();
  for (const s of slices) {
    if (s.at > timing.done) continue;
    if (!/^(FunctionCall|EvaluateScript|v8\.compileModule|v8\.evaluateModule|ParseHTML|Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.compile|CompileScript|ParseAuthorStyleSheet|Decode Image|ImageDecodeTask|GCEvent|MinorGC|MajorGC|V8\.GC_SCAVENGER|XHRReadyStateChange|ResourceReceivedData)$/.test(s.name)) continue;
    byKind.set(s.name, (byKind.get(s.name) ?? 0) + s.dur);
  }
  const tasks = slices.filter((s) => s.name === 'RunTask' && s.at <= timing.done);
  const busy = tasks.reduce((a, s) => a + s.dur, 0);
  const mark = (name) => timing.marks.find((m) => m.name === name)?.at;
  const windows = [];
  const defined = mark('define ess-map (end)');
  const loaded = mark('ess-data-load');
  if (defined !== undefined) windows.push({ label: 'start → defined', from: 0, to: defined });
  if (defined !== undefined && loaded !== undefined) windows.push({ label: 'defined → data event', from: defined, to: loaded });
  if (loaded !== undefined) windows.push({ label: 'data event → done', from: loaded, to: timing.done });
  if (!windows.length) windows.push({ label: 'all', from: 0, to: timing.done });
  // What each long task did: its slices of 5 ms or more, by name (and function or file).
  const detail = tasks
    .filter((t) => t.dur > 50)
    .map((t) => {
      const inner = new Map();
      for (const s of slices) {
        if (s === t || s.at < t.at || s.at + s.dur > t.at + t.dur + 0.01 || s.name === 'RunTask' || s.dur < 5) continue;
        const what = s.args?.functionName ? `${s.name}(${s.args.functionName})` : s.name === 'v8.evaluateModule' || s.name === 'EvaluateScript' ? `${s.name} ${short(s.url)}` : s.name;
        inner.set(what, (inner.get(what) ?? 0) + s.dur);
      }
      return `${t.at.toFixed(0)}+${t.dur.toFixed(0)}: ${[...inner].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`;
    });
  return { detail, profile: cpuProfile(trace, windows), lines: lines.map((l) => l.text), busyMs: Math.round(busy), byKind: Object.fromEntries([...byKind].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round(v)])), done: Math.round(timing.done), longTasks: tasks.filter((t) => t.dur > 50).map((t) => `${t.at.toFixed(0)}+${t.dur.toFixed(0)}`) };
}

const server = await serveE2e(root);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const scope = n >= 100000 ? 'france' : 'commune';
  const q = new URLSearchParams({ src: `/__bench/actors-${scope}-${n}.csv`, tiles: `${base}/__bench/tiles/{z}/{x}/{y}.png`, ...(scope === 'commune' ? { commune: COMMUNE.code, 'geo-api': `${base}/__bench/geo` } : {}) });
  const which = process.env.WATERFALL_PAGE ?? 'e2e-terreau';
  const results = [];
  for (let r = 0; r < runs; r++) results.push(waterfall(await once(browser, `${base}/bench/map/${which}.html?${q}`)));
  results.sort((a, b) => a.done - b.done);
  const mid = results[Math.floor(results.length / 2)];
  console.log(`${which}, ${n} actors, CPU ×${slowdown}: done ${results.map((r) => r.done).join(' / ')} ms; median run:`);
  for (const l of mid.lines) console.log(`  ${l}`);
  console.log(`  main thread busy until done: ${mid.busyMs} ms; long tasks (at+dur): ${mid.longTasks.join(', ')}`);
  console.log(`  by kind: ${JSON.stringify(mid.byKind)}`);
  if (process.env.WATERFALL_TASKS) for (const d of mid.detail) console.log(`  task ${d}`);
  for (const w of mid.profile) {
    console.log(`  CPU samples, ${w.window} ms — by file: ${w.files.join(' | ')}`);
    for (const f of w.functions) console.log(`     ${f}`);
  }
} finally {
  await browser.close();
  server.close();
}
