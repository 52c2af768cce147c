#!/usr/bin/env node
// Quality of the recommender on the sixteen case studies of the ANCT study, measured honestly with
// leave-one-out: for each case, the priors are learnt from the fifteen others only
// (learnActionPriors), the actor is ranked, and the top five are compared with the support the study
// documents for it (data/case-study-actions.ts). Nested: how much the similarity between actors
// counts against the plain share of each action (PRIOR_SETTINGS.similarityBlends: 0, 0.5, 1) is
// chosen inside each fold by an inner leave-one-out on the fifteen training cases only
// (learnActionPriors does it), never on the held-out case; the blend each fold chose is in
// `nested.blendPerFold`. Baseline: the five actions most used by the fifteen
// other cases (ties in catalogue order). Metrics: recall@5 = documented actions found in the top
// five ÷ documented actions (mean over the cases), and hit@1 (the first action is documented).
//
// Settings measured for each decision-maker kind (commune, EPCI, Département, Région):
// - context only (no answer);
// - with answers "as the study tells the case": the criteria its documented support strengthens
//   answered 3, the others 2 (partial). This uses the documented support to write the answers, so
//   it is an optimistic setting: it says whether answers consistent with a case help the ranking;
// - with random answers (20 seeded draws of the 18 criteria, 0–4 each): uninformative answers, to
//   see how much noise answers can add;
// - with a request: for each documented action in turn, the request it answers is given (what the
//   enterprise asked for), against the baseline that also puts the actions answering the request
//   first, then the most used elsewhere.
// Still not cross-validated: the other weights of the ranking (RECOMMENDER_SETTINGS: points of the
// prior, of the context facts, of the criteria; PRIOR_SETTINGS' similarity weights) were set by hand
// on these same sixteen cases, and the three candidate blends were written after a diagnosis on the
// sixteen (the similarity-weighted prior ranked below the plain share: 0.523 against 0.560).
//
// Figures of 2026-12-02 (recall@5 context only, commune / EPCI / Département / Région; baseline
// 0.560): before (similarity prior fixed, weight 1): 0.544 / 0.544 / 0.509 / 0.518; after (blend
// chosen by nested leave-one-out): 0.544 / 0.544 / 0.521 / 0.544. The plain share is chosen in 15
// folds of 16 (the fold of cs-habit-age picks the similar cases and loses a hit). It does not beat
// the baseline: no fact the priors compare (theme, activity, family, territory, insertion, company;
// tried one by one and as a tie-break) predicts the support better than its frequency on sixteen
// cases, and for a Département eligibility closes actions other givers documented. hit@1 context
// only 0.438 / 0.5 / 0.5 / 0.375 (before 0.375 / 0.5 / 0.438 / 0.313; baseline 0.125). Prints JSON and writes
// bench/results/recommend.json. Run `npm run build` first.
//
// `gainOverBaseline` says how sure each gain is: recall@5 of the recommender minus the baseline's,
// paired by case (and by request), with a 95 % interval from a bootstrap that resamples whole cases.
// 2026-12-02: given the request, commune +0.064 [0.004, 0.119] and EPCI +0.084 [0.035, 0.135] (clear);
// Département +0.030 and Région +0.041, intervals touching 0; context only, 0 won and 1–3 lost.
// Also tried that day (not adopted, script not kept): the context points' scale chosen by a nested
// leave-one-out from 0 / 0.5 / 1 / 1.5 / 2 per decision-maker kind gave 0.544 / 0.544 / 0.589 /
// 0.518 context only, the chosen scale varying from fold to fold (1 to 2 mostly): noise, no gain.
//
// `lawfulTruth` scores the same runs against the documented support the asking kind may lawfully
// give (the documented actions eligible for it): support another authority gave in the study, and
// that the law closes to this kind, no lawful list can find.
// 2026-12-03, two rules changed after reading the lost trials (grounds in recommend-actions.ts): an
// instrument merely open is a gate, not ranking points (reserved contract 10, SCIC shares 6, DLA 3
// before); a strength counts as the share of the action's criteria, not their number (20 a strength,
// two at most, before). Given the request: commune +0.073 [0.016, 0.127], EPCI +0.089 [0.042, 0.137],
// Département +0.038 [-0.032, 0.103] (+0.135 [0.04, 0.23] on lawful truth), Région +0.05 [0.005, 0.092];
// context only 0.56 / 0.56 / 0.537 / 0.56; story answers 0.669 / 0.669 / 0.678 / 0.669; random answers
// 0.539 / 0.539 / 0.523 / 0.522.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/core/dist/index.js');
if (!existsSync(dist)) {
  console.error('packages/core/dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const core = await import(pathToFileURL(dist).href);
const { ACTION_IDS, CRITERION_IDS, REQUEST_IDS, caseStudyPriorCases, learnActionPriors, recommendActions, requestActions, supportActionOf } = core;

const DATE = '2026-12-02';
const KINDS = ['commune', 'epci', 'departement', 'region'];
const cases = caseStudyPriorCases();

function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const recall = (top, used) => (used.length === 0 ? null : top.filter((a) => used.includes(a)).length / used.length);
const mean = (xs) => {
  const v = xs.filter((x) => x !== null);
  return v.length === 0 ? null : Math.round((v.reduce((s, x) => s + x, 0) / v.length) * 1000) / 1000;
};

/** The five actions most used by the other cases. */
function baselineTop(others) {
  const count = (id) => others.filter((c) => c.used.includes(id)).length;
  return [...ACTION_IDS].sort((a, b) => count(b) - count(a) || ACTION_IDS.indexOf(a) - ACTION_IDS.indexOf(b)).slice(0, 5);
}

/** Answers as the study tells the case: criteria its documented support strengthens at 3, the others at 2. */
function storyAnswers(used) {
  const strong = new Set(used.flatMap((id) => supportActionOf(id).answers));
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, strong.has(id) ? 3 : 2]));
}

function randomAnswers(seed) {
  const r = random(seed);
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, Math.floor(r() * 5)]));
}

const perCase = [];
const settings = { baseline: [], contextOnly: {}, storyAnswers: {}, randomAnswers: {}, withRequest: {}, baselineWithRequest: [] };
// Paired differences (recommender − baseline, same case, same request) for the uncertainty of the gain.
const paired = { contextOnly: {}, withRequest: {} };
// The same, against the documented support this decision-maker may lawfully give (see `lawfulTruth`).
const lawful = { contextOnly: {}, withRequest: {}, baseline: {}, baselineWithRequest: {}, recall: { contextOnly: {}, withRequest: {} }, excludedDocumented: {} };
const hits = { baseline: [], contextOnly: {}, storyAnswers: {} };
for (const kind of KINDS) {
  settings.contextOnly[kind] = [];
  settings.storyAnswers[kind] = [];
  settings.randomAnswers[kind] = [];
  settings.withRequest[kind] = [];
  paired.contextOnly[kind] = [];
  paired.withRequest[kind] = [];
  hits.contextOnly[kind] = [];
  hits.storyAnswers[kind] = [];
  for (const k of ['contextOnly', 'withRequest', 'baseline', 'baselineWithRequest']) lawful[k][kind] = [];
  lawful.recall.contextOnly[kind] = [];
  lawful.recall.withRequest[kind] = [];
  lawful.excludedDocumented[kind] = 0;
}
/** What the decision-maker may lawfully give this actor: the eligible actions of a context-only run. */
const lawfulFor = {};
const distinctLists = [];
const blendPerFold = [];

for (const held of cases) {
  const others = cases.filter((c) => c !== held);
  const priors = learnActionPriors(others);
  blendPerFold.push(priors.similarityBlend);
  const base = baselineTop(others);
  settings.baseline.push(recall(base, held.used));
  hits.baseline.push(held.used.includes(base[0]) ? 1 : 0);
  const row = { id: held.actor.id, documented: held.used, baseline: base, byKind: {} };
  const tops = [];
  for (const kind of KINDS) {
    const run = (answers) => recommendActions({ actor: held.actor, decisionMaker: { kind }, date: DATE, priors, ...(answers ? { answers } : {}) });
    const ctxRun = run();
    const ctx = ctxRun.actions.slice(0, 5).map((a) => a.actionId);
    const eligible = new Set(ctxRun.actions.map((a) => a.actionId));
    const truth = held.used.filter((a) => eligible.has(a));
    lawfulFor[kind] = { eligible, truth };
    lawful.excludedDocumented[kind] += held.used.length - truth.length;
    if (truth.length > 0) {
      lawful.recall.contextOnly[kind].push(recall(ctx, truth));
      lawful.baseline[kind].push(recall(base, truth));
      lawful.contextOnly[kind].push({ id: held.actor.id, d: recall(ctx, truth) - recall(base, truth) });
    }
    const story = run(storyAnswers(held.used)).actions.slice(0, 5).map((a) => a.actionId);
    settings.contextOnly[kind].push(recall(ctx, held.used));
    paired.contextOnly[kind].push({ id: held.actor.id, d: recall(ctx, held.used) - recall(base, held.used) });
    settings.storyAnswers[kind].push(recall(story, held.used));
    hits.contextOnly[kind].push(held.used.includes(ctx[0]) ? 1 : 0);
    hits.storyAnswers[kind].push(held.used.includes(story[0]) ? 1 : 0);
    const rnd = [];
    for (let s = 1; s <= 20; s++) rnd.push(recall(run(randomAnswers(s * 7919 + kind.length)).actions.slice(0, 5).map((a) => a.actionId), held.used));
    settings.randomAnswers[kind].push(mean(rnd));
    row.byKind[kind] = { contextOnly: ctx, storyAnswers: story };
    tops.push(ctx.join(','));
  }
  distinctLists.push(new Set(tops).size);
  // Requests: one per documented action (the first request listing it).
  for (const used of held.used) {
    const request = REQUEST_IDS.find((r) => requestActions[r].includes(used));
    if (request === undefined) continue;
    const asked = requestActions[request];
    const countElsewhere = (id) => others.filter((c) => c.used.includes(id)).length;
    const baseReq = [...ACTION_IDS]
      .sort((a, b) => Number(asked.includes(b)) - Number(asked.includes(a)) || countElsewhere(b) - countElsewhere(a) || ACTION_IDS.indexOf(a) - ACTION_IDS.indexOf(b))
      .slice(0, 5);
    settings.baselineWithRequest.push(recall(baseReq, held.used));
    for (const kind of KINDS) {
      const top = recommendActions({ actor: held.actor, decisionMaker: { kind }, date: DATE, priors, request }).actions.slice(0, 5).map((a) => a.actionId);
      settings.withRequest[kind].push(recall(top, held.used));
      paired.withRequest[kind].push({ id: held.actor.id, d: recall(top, held.used) - recall(baseReq, held.used) });
      const { truth } = lawfulFor[kind];
      if (truth.length > 0) {
        lawful.recall.withRequest[kind].push(recall(top, truth));
        lawful.baselineWithRequest[kind].push(recall(baseReq, truth));
        lawful.withRequest[kind].push({ id: held.actor.id, d: recall(top, truth) - recall(baseReq, truth) });
      }
    }
  }
  perCase.push(row);
}

/**
 * How sure the gain over the baseline is: the mean paired difference of recall@5, its 95 % interval
 * by a bootstrap that resamples whole cases (the requests of one case are not independent; 4 000
 * seeded draws), and the number of trials won and lost. An interval above 0 is what "beats the
 * baseline clearly" means here.
 */
function gainOf(list) {
  const ids = [...new Set(list.map((x) => x.id))];
  const byId = new Map(ids.map((id) => [id, list.filter((x) => x.id === id).map((x) => x.d)]));
  const r = random(20261202);
  const means = [];
  for (let b = 0; b < 4000; b++) {
    const xs = ids.flatMap(() => byId.get(ids[Math.floor(r() * ids.length)]));
    means.push(xs.reduce((s, x) => s + x, 0) / xs.length);
  }
  means.sort((a, b) => a - b);
  const round = (x) => Math.round(x * 1000) / 1000;
  const gain = list.reduce((s, x) => s + x.d, 0) / list.length;
  const low = means[Math.floor(0.025 * means.length)];
  return {
    meanGain: round(gain),
    interval95: [round(low), round(means[Math.ceil(0.975 * means.length) - 1])],
    won: list.filter((x) => x.d > 1e-9).length,
    lost: list.filter((x) => x.d < -1e-9).length,
    trials: list.length,
    clearlyBetter: low > 0,
  };
}
const gains = (byKind) => Object.fromEntries(Object.entries(byKind).map(([k, xs]) => [k, gainOf(xs)]));

const summarise = (byKind) => Object.fromEntries(Object.entries(byKind).map(([k, xs]) => [k, mean(xs)]));
const result = {
  bench: 'recommend',
  date: new Date().toISOString(),
  protocol: 'leave-one-out over the 16 case studies: priors from the 15 others; recall@5 against the support the study documents',
  cases: cases.length,
  documentedActions: cases.reduce((s, c) => s + c.used.length, 0),
  recallAt5: {
    baselineFiveMostUsedElsewhere: mean(settings.baseline),
    contextOnly: summarise(settings.contextOnly),
    withStoryAnswers: summarise(settings.storyAnswers),
    withRandomAnswers: summarise(settings.randomAnswers),
    baselineWithRequest: mean(settings.baselineWithRequest),
    withRequest: summarise(settings.withRequest),
  },
  gainOverBaseline: {
    protocol: 'recall@5 of the recommender minus the baseline on the same case (context only: the five most used elsewhere; with a request: the same list with the actions answering the request first); 95 % interval by a bootstrap over cases',
    contextOnly: gains(paired.contextOnly),
    withRequest: gains(paired.withRequest),
  },
  lawfulTruth: {
    protocol:
      'the same runs, scored against the documented support this decision-maker kind may lawfully give the actor (the documented actions eligible for it on the date; the others — given by another authority — no lawful list can find); the baselines are unchanged and may still propose what the law closes',
    documentedButClosed: lawful.excludedDocumented,
    recallAt5: {
      baselineFiveMostUsedElsewhere: summarise(lawful.baseline),
      contextOnly: summarise(lawful.recall.contextOnly),
      baselineWithRequest: summarise(lawful.baselineWithRequest),
      withRequest: summarise(lawful.recall.withRequest),
    },
    gainOverBaseline: { contextOnly: gains(lawful.contextOnly), withRequest: gains(lawful.withRequest) },
  },
  hitAt1: {
    baselineFiveMostUsedElsewhere: mean(hits.baseline),
    contextOnly: summarise(hits.contextOnly),
    withStoryAnswers: summarise(hits.storyAnswers),
  },
  nested: {
    protocol: 'in each outer fold, the similarity blend (0 = plain share, 1 = similar cases only) is chosen by an inner leave-one-out on the 15 training cases (recall@5 of the prior alone, ties to the smaller blend)',
    blendPerFold,
    productBlendOnAllSixteen: learnActionPriors(cases).similarityBlend,
    innerRecallOnAllSixteen: learnActionPriors(cases).blendRecall.map((r) => ({ blend: r.blend, recall: Math.round(r.recall * 1000) / 1000 })),
  },
  distinctTop5ListsAcrossTheFourKinds: { mean: mean(distinctLists), perCase: distinctLists },
  notes: [
    'withStoryAnswers writes the answers from the documented support (criteria it strengthens = 3, others = 2): optimistic, it shows answers consistent with a case do not degrade the ranking.',
    'withRandomAnswers: 20 seeded uniform draws per case and kind; uninformative answers, a measure of noise.',
    'The similarity blend of the priors is chosen by nested leave-one-out (nested.blendPerFold). The other ranking weights (RECOMMENDER_SETTINGS, PRIOR_SETTINGS similarity weights) were set by hand on the same cases and are not cross-validated; the candidate blends were written after looking at the 16 cases.',
    'Before the change of 2026-12-03 (open instruments gave points; strengths counted, two at most): context only 0.544 / 0.544 / 0.521 / 0.544, story answers 0.669 / 0.669 / 0.634 / 0.669, random answers 0.531 / 0.534 / 0.525 / 0.524, with request 0.606 / 0.626 / 0.572 / 0.583 (gains +0.064 / +0.084 / +0.030 / +0.041, the last two intervals touching 0).',
    'Before the nested blend (similarity prior with weight 1, fixed): context only 0.544 / 0.544 / 0.509 / 0.518, story answers 0.607 / 0.607 / 0.634 / 0.596, random answers 0.513 / 0.514 / 0.513 / 0.508, with request 0.591 / 0.614 / 0.571 / 0.577, hit@1 context only 0.375 / 0.5 / 0.438 / 0.313 (commune / EPCI / Département / Région).',
  ],
  perCase,
};
const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'recommend.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify({ recallAt5: result.recallAt5, gainOverBaseline: result.gainOverBaseline, lawfulTruth: result.lawfulTruth, hitAt1: result.hitAt1, nested: result.nested, distinct: result.distinctTop5ListsAcrossTheFourKinds.mean }, null, 2));
