// End-to-end first useful paint (navigation → data drawn on the map and listed), <ess-map src=…csv>
// against Leaflet 1.9 + Leaflet.markercluster 1.5 + PapaParse 5 on the same CSV, the same commune
// contour (geo API stand-in) and the same local tiles, in the same run, fresh page each time,
// alternating the two stacks; for a commune, a hand-written page with no library too (e2e-bare.html), the
// floor under any component. Called by bench/map.js (BENCH_MAP=e2e runs only this part).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { actorsCsv, communeContour, tilePng, COMMUNE } from './e2e-data.js';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x);

/** Static files of the repository plus /__bench/ data, with a fixed latency per request (a LAN/CDN, not 0 ms). */
export function serveE2e(root, latencyMs = 20) {
  const csv = new Map();
  const tiles = [tilePng(0), tilePng(1), tilePng(2)];
  const contour = JSON.stringify(communeContour());
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (type, body) =>
      setTimeout(() => {
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
        res.end(body);
      }, latencyMs);
    const p = decodeURIComponent(url.pathname);
    let m;
    if ((m = /^\/__bench\/actors-(commune|france)-(\d+)\.csv$/.exec(p))) {
      const key = `${m[1]}-${m[2]}`;
      if (!csv.has(key)) csv.set(key, Buffer.from(actorsCsv(Number(m[2]), m[1])));
      return send('text/csv; charset=utf-8', csv.get(key));
    }
    if (p === `/__bench/geo/communes/${COMMUNE.code}`) return send('application/geo+json', contour);
    if ((m = /^\/__bench\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(p))) return send('image/png', tiles[(Number(m[2]) + Number(m[3])) % 3]);
    const file = join(root, normalize(p).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    send(TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function once(browser, url, throttle) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__result !== undefined, { timeout: 180000, polling: 50 });
  const result = await page.evaluate(() => window.__result);
  await page.close();
  if (result.error) throw new Error(`${url}: ${result.error}`);
  return result;
}

/**
 * Cases: 100 and 1 000 actors of one commune on a 4× slowed CPU (and 1 000 unslowed), 100 000
 * over France unslowed (and 4× slowed when BENCH_E2E_SLOW100K=1: ~1 min a Leaflet run).
 */
export async function endToEnd(browser, base, runs = 5) {
  const tiles = `${base}/__bench/tiles/{z}/{x}/{y}.png`;
  const cases = [
    { n: 100, scope: 'commune', throttle: 4, runs },
    { n: 1000, scope: 'commune', throttle: 4, runs },
    { n: 1000, scope: 'commune', throttle: 1, runs },
    { n: 100000, scope: 'france', throttle: 1, runs: Math.min(runs, 3) },
    ...(process.env.BENCH_E2E_SLOW100K ? [{ n: 100000, scope: 'france', throttle: 4, runs: 1 }] : []),
  ];
  // BENCH_E2E_CASES=100x4,1000x4 runs only those cases (actors × CPU slowdown), e.g. before/after a change.
  const only = process.env.BENCH_E2E_CASES ? new Set(process.env.BENCH_E2E_CASES.split(',')) : null;
  const out = [];
  for (const c of cases) {
    if (only && !only.has(`${c.n}x${c.throttle}`)) continue;
    const src = `/__bench/actors-${c.scope}-${c.n}.csv`;
    const common = new URLSearchParams({ src, tiles, ...(c.scope === 'commune' ? { commune: COMMUNE.code, 'geo-api': `${base}/__bench/geo` } : {}) });
    const ours = [];
    const theirs = [];
    // A commune's file: also a hand-written page with no library (e2e-bare.html), the floor under any component.
    const bare = [];
    let shape = null;
    for (let r = 0; r < c.runs; r++) {
      const a = await once(browser, `${base}/bench/map/e2e-terreau.html?${common}`, c.throttle);
      const b = await once(browser, `${base}/bench/map/e2e-leaflet.html?${common}`, c.throttle);
      ours.push(a.doneMs);
      theirs.push(b.doneMs);
      if (c.scope === 'commune') bare.push((await once(browser, `${base}/bench/map/e2e-bare.html?${common}`, c.throttle)).doneMs);
      shape = { terreauRows: a.rows, terreauDrawn: a.drawn, leafletRows: b.rows, leafletMarkers: b.drawn };
    }
    const t = median(ours);
    const l = median(theirs);
    out.push({
      actors: c.n,
      scope: c.scope,
      cpuSlowdown: c.throttle,
      terreauMs: round(t),
      leafletMarkerclusterPapaparseMs: round(l),
      ratio: Math.round((t / l) * 100) / 100,
      target: c.n >= 100000 ? 0.15 : c.throttle > 1 ? 0.5 : null,
      ...(bare.length ? { handWrittenNoLibraryMs: round(median(bare)), handWrittenRatio: Math.round((median(bare) / l) * 100) / 100 } : {}),
      runs: { terreau: ours.map(round), leaflet: theirs.map(round), ...(bare.length ? { handWritten: bare.map(round) } : {}) },
      ...shape,
    });
    const floor = bare.length ? `, hand-written ${round(median(bare))} ms (${out.at(-1).handWrittenRatio}×)` : '';
    console.error(`e2e ${c.n} ${c.scope} ×${c.throttle}: terreau ${round(t)} ms, leaflet ${round(l)} ms (${out.at(-1).ratio}×)${floor}`);
  }
  return out;
}
