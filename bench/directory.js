#!/usr/bin/env node
// Benchmark of the directory functions of @terreau/core on 100 000 synthetic actors (built core,
// packages/core/dist): parseActors, filterActors (cold: first call derives each actor's facet
// values; warm: cached), facetActors, findDuplicates (with one large commune of 5 000 actors, to
// show the name comparison is blocked, not quadratic), needsCoverage.
// Prints JSON and writes bench/results/directory.json. Run `npm run build` first.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/core/dist/index.js');
if (!existsSync(dist)) {
  console.error('packages/core/dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const core = await import(pathToFileURL(dist).href);
const { parseActors, filterActors, facetActors, findDuplicates, needsCoverage, ACTOR_TYPE_IDS, ACTIVITY_IDS, APPROVAL_IDS, ZONING_IDS } = core;

const N = Number(process.env.N ?? 100_000);
const RUNS = 3;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(42);
const pick = (list) => list[Math.floor(rnd() * list.length)];
const words = ['Pôle', 'Café', 'Écocyclerie', 'Œuvre', 'Ressourcerie', 'Fablab', 'L’Atelier', 'Solidaire', 'Garage', 'Épicerie', 'Jardins', 'Mobilité', 'Habitat', 'Santé', 'Culture', 'Insertion', 'Terre', 'Vallée', 'Savoirs', 'Partage'];
// 2 000 communes; the first holds 5 000 actors (a big city), the rest share the others.
const communes = Array.from({ length: 2000 }, (_, i) => String(10000 + i * 7).padStart(5, '0'));

function record(i) {
  const communeCode = i < 5000 ? communes[0] : pick(communes);
  const name = `${pick(words)} ${pick(words)} ${Math.floor(rnd() * 1000)}`;
  return {
    id: `a${i}`,
    name,
    type: pick(ACTOR_TYPE_IDS),
    communeCode,
    departementCode: communeCode.slice(0, 2),
    activities: [pick(ACTIVITY_IDS), pick(ACTIVITY_IDS)].filter((v, k, a) => a.indexOf(v) === k),
    approvals: rnd() < 0.2 ? [pick(APPROVAL_IDS)] : [],
    zones: rnd() < 0.3 ? [{ zoning: pick(ZONING_IDS) }] : [],
    description: `${pick(words)} ${pick(words)} et ${pick(words)}`,
    provenance: { source: 'bench', checkedAt: '2026-01-01' },
  };
}
const records = Array.from({ length: N }, (_, i) => record(i));
// 1 % near-copies (same commune, name with different case and accents), to be found.
for (let i = 0; i < N / 100; i += 1) {
  const src = records[Math.floor(rnd() * N)];
  records.push({ ...src, id: `copy${i}`, name: src.name.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '') });
}

function time(fn) {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (ms) => Math.round(ms * 10) / 10;

const parse = [];
let actors = [];
for (let r = 0; r < RUNS; r += 1) {
  const t = time(() => parseActors(records));
  parse.push(t.ms);
  actors = t.value.actors;
}
const filter = { types: ['association', 'scic', 'scop', 'aci'], zones: ['qpv', 'zrr'], q: 'pole solidaire' };
const cold = time(() => filterActors(actors, filter));
const warm = [];
for (let r = 0; r < RUNS; r += 1) warm.push(time(() => filterActors(actors, { ...filter, q: 'cafe' })).ms);
const facets = [];
let facetTotal = 0;
for (let r = 0; r < RUNS; r += 1) {
  const t = time(() => facetActors(actors, filter));
  facets.push(t.ms);
  facetTotal = t.value.total;
}
const dup = [];
let pairs = [];
for (let r = 0; r < RUNS; r += 1) {
  const t = time(() => findDuplicates(actors));
  dup.push(t.ms);
  pairs = t.value;
}
const needs = [];
for (let r = 0; r < RUNS; r += 1) needs.push(time(() => needsCoverage(actors)).ms);

const result = {
  bench: 'directory',
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  // Other processes share the machine: read the figures against the load when they ran.
  loadAverage1min: Math.round(loadavg()[0] * 10) / 10,
  records: records.length,
  validActors: actors.length,
  largestCommune: 5000,
  medianOf: RUNS,
  ms: {
    parseActors: round(median(parse)),
    filterActorsCold: round(cold.ms),
    filterActorsWarm: round(median(warm)),
    facetActors: round(median(facets)),
    findDuplicates: round(median(dup)),
    needsCoverage: round(median(needs)),
  },
  filtered: cold.value.length,
  facetTotal,
  duplicatePairs: pairs.length,
  copiesFound: pairs.filter((p) => p.ids[1].startsWith('copy') || p.ids[0].startsWith('copy')).length,
  copiesInjected: N / 100,
};
const json = JSON.stringify(result, null, 2);
console.log(json);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/directory.json'), `${json}\n`);
