import { bandOf, bandThresholds, economicsGuard, needsFitCaps, STRENGTH_MIN_SCORE, WEAKNESS_MAX_SCORE } from '../data/bands.js';
import { criteria } from '../data/criteria.js';
import { CRITERION_GROUP_IDS, CRITERION_IDS } from '../data/ids.js';
import type { CriterionGroupId, CriterionId } from '../data/ids.js';
import type { IndicatorBand } from '../data/indicator-bands.js';
import type { Answer, AnswerLevel, Answers } from '../schema/answers.js';
import type { Figures } from '../schema/figures.js';
import type {
  AnswerSource,
  CriterionScore,
  GroupScore,
  PerenniteScore,
  ScoreTrace,
  TraceStep,
  UnansweredCriterion,
} from '../schema/perennite-score.js';
import type { WeightProfile } from '../schema/weight-profile.js';
import { suggestAnswers } from './suggest-answers.js';

/**
 * Version of the scoring model (formula, bands, caps, default weights and indicator bands).
 * Bumped whenever a change could move a score, so stored results can say which model made them.
 */
export const PERENNITE_MODEL_VERSION = 'terreau-perennite/1.1.0';

export interface ScorePerenniteOptions {
  /** The actor's figures: economics criteria left unknown get the answers they suggest. */
  figures?: Figures;
  /** Bands turning indicators into suggestions (default: data/indicator-bands.ts). */
  bands?: readonly IndicatorBand[];
  /** Date of the assessment, ISO "2026-11-22", recorded in the result (the score does not depend on it). */
  date?: string;
}

const LEVELS = new Set<unknown>([0, 1, 2, 3, 4]);
const groupOf = new Map(criteria.map((c) => [c.id, c.group]));
const KNOWN = new Set<string>(CRITERION_IDS);

/** Rounds to 9 decimals: absorbs floating-point noise so equal inputs give equal outputs. */
function snap(x: number): number {
  const r = Math.round(x * 1e9) / 1e9;
  return r === 0 ? 0 : r;
}
function clamp100(x: number): number {
  return Math.min(100, Math.max(0, x));
}

/** Levels (0–4) by criterion; a criterion absent from the map is unknown or not applicable. */
type Levels = Map<CriterionId, AnswerLevel>;

const ECONOMICS = CRITERION_IDS.filter((id) => groupOf.get(id) === 'economics');

/** The economics group's weighted mean (plain mean when its answered criteria weigh 0) and how many are answered. */
function economicsOf(weights: Record<CriterionId, number>, levels: Levels): { score: number | null; answered: number } {
  let sum = 0;
  let wsum = 0;
  let plain = 0;
  let answered = 0;
  for (const id of ECONOMICS) {
    const level = levels.get(id);
    if (level === undefined) continue;
    answered += 1;
    plain += level * 25;
    if (weights[id] > 0) {
      sum += weights[id] * level * 25;
      wsum += weights[id];
    }
  }
  return { score: answered === 0 ? null : wsum > 0 ? sum / wsum : plain / answered, answered };
}

/** The capped weighted mean: the heart of the model, also used for the what-if of unanswered criteria. */
function overallOf(
  weights: Record<CriterionId, number>,
  levels: Levels,
): { overall: number | null; weightedSum: number; answeredWeight: number; mean: number | null; cap: number; econ: number | null; econCap: number } {
  let weightedSum = 0;
  let answeredWeight = 0;
  for (const id of CRITERION_IDS) {
    const level = levels.get(id);
    const w = weights[id];
    if (level === undefined || w <= 0) continue;
    weightedSum += w * level * 25;
    answeredWeight += w;
  }
  const nf = levels.get('needs-fit');
  const cap = nf === undefined ? 100 : needsFitCaps[nf];
  const e = economicsOf(weights, levels);
  const econ = e.answered >= economicsGuard.minAnswered && e.score !== null ? snap(e.score) : null;
  const econCap = econ === null ? 100 : Math.min(100, econ + economicsGuard.margin);
  if (answeredWeight <= 0) return { overall: null, weightedSum, answeredWeight, mean: null, cap, econ, econCap };
  const mean = weightedSum / answeredWeight;
  return { overall: snap(clamp100(Math.min(mean, cap, econCap))), weightedSum, answeredWeight, mean, cap, econ, econCap };
}

/**
 * Scores the pérennité of an ESS enterprise from answers to the criteria grid.
 *
 * - Each answered criterion scores answer × 25 (0–100). Unknown, omitted and not-applicable answers
 *   drop out (they never count as 0). Economics criteria left unknown take the answer suggested by
 *   `options.figures`; the user's own answers (a level or not-applicable) always win.
 * - overall = Σ wᵢ·sᵢ ÷ Σ wᵢ over the answered criteria (needs-fit included, with its own weight),
 *   then capped when needs-fit is answered 0 (cap 35) or 1 (cap 60): see data/bands.ts. The cap
 *   grows with the answer, so raising any answer never lowers the score.
 * - The economics guard (data/bands.ts): with at least two economics criteria answered, the overall
 *   is at most the economics group's score + 20, so strong partners cannot hide collapsed accounts.
 * - range: the overall with every unknown criterion at 0 and at 4 (both guards included).
 * - Each group: the same weighted mean over its answered criteria (no cap); when all its answered
 *   criteria weigh 0, their plain mean.
 * - band: fragile < 40 ≤ to-consolidate < 70 ≤ solid.
 * - completeness: Σ weights of criteria answered (a level or not-applicable) ÷ Σ all weights.
 * - unanswered: each unknown criterion, with the overall and band if it were answered 0 or 4.
 *
 * Pure and deterministic: the same inputs give the same output, whatever the order of the keys.
 * Never throws: invalid weights count as 0 and invalid answers as unknown, both listed in the trace.
 */
export function scorePerennite(profile: WeightProfile, answers: Answers = {}, options: ScorePerenniteOptions = {}): PerenniteScore {
  // 1. Weights, sanitised.
  const ignoredWeights: ScoreTrace['ignoredWeights'] = [];
  const rawWeights = (profile?.weights ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(rawWeights).sort()) {
    if (!KNOWN.has(key)) ignoredWeights.push({ key, reason: 'unknown-criterion' });
  }
  const weights = {} as Record<CriterionId, number>;
  for (const id of CRITERION_IDS) {
    const w = rawWeights[id];
    if (w === undefined) weights[id] = 0;
    else if (typeof w === 'number' && Number.isFinite(w) && w >= 0) weights[id] = w;
    else {
      weights[id] = 0;
      ignoredWeights.push({ key: id, reason: 'invalid-weight' });
    }
  }
  // Weights are relative: normalise once so that scaling them all changes nothing.
  const rawTotal = CRITERION_IDS.reduce((s, id) => s + weights[id], 0);
  const norm = {} as Record<CriterionId, number>;
  for (const id of CRITERION_IDS) norm[id] = rawTotal > 0 && Number.isFinite(rawTotal) ? weights[id] / rawTotal : 0;

  // 2. Answers: the user's, then suggestions from the figures.
  const ignoredAnswers: ScoreTrace['ignoredAnswers'] = [];
  const given = (answers ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given).sort()) {
    if (!KNOWN.has(key)) ignoredAnswers.push({ key, reason: 'unknown-criterion' });
  }
  const suggested = options.figures === undefined ? undefined : suggestAnswers(options.figures, options.bands ? { bands: options.bands } : {});
  const effective = new Map<CriterionId, { answer: Answer; source: AnswerSource }>();
  const levels: Levels = new Map();
  for (const id of CRITERION_IDS) {
    let a = given[id];
    if (a !== undefined && !LEVELS.has(a) && a !== 'unknown' && a !== 'not-applicable') {
      ignoredAnswers.push({ key: id, reason: 'invalid-answer' });
      a = undefined;
    }
    if (LEVELS.has(a) || a === 'not-applicable') {
      effective.set(id, { answer: a as Answer, source: 'answer' });
    } else {
      const s = suggested?.answers[id];
      if (typeof s === 'number') effective.set(id, { answer: s, source: 'suggested' });
      else effective.set(id, { answer: 'unknown', source: 'none' });
    }
    const e = effective.get(id)!;
    if (typeof e.answer === 'number') levels.set(id, e.answer);
  }

  // 3. Overall.
  const o = overallOf(norm, levels);
  const overall = o.overall;
  const band = bandOf(overall);

  // 4. Criteria.
  const criteriaOut = {} as Record<CriterionId, CriterionScore>;
  for (const id of CRITERION_IDS) {
    const e = effective.get(id)!;
    const level = levels.get(id);
    const score = level === undefined ? null : level * 25;
    const nw = level === undefined || o.answeredWeight <= 0 ? null : snap(norm[id] / o.answeredWeight);
    criteriaOut[id] = {
      group: groupOf.get(id) ?? null,
      answer: e.answer,
      source: e.source,
      score,
      weight: weights[id],
      normalisedWeight: nw,
      contribution: nw === null || score === null ? null : snap((norm[id] / o.answeredWeight) * score),
    };
  }

  // 5. Groups.
  const groups = {} as Record<CriterionGroupId, GroupScore>;
  for (const g of CRITERION_GROUP_IDS) {
    const ids = CRITERION_IDS.filter((id) => groupOf.get(id) === g);
    let sum = 0;
    let wsum = 0;
    let plain = 0;
    let answered = 0;
    for (const id of ids) {
      const level = levels.get(id);
      if (level === undefined) continue;
      answered += 1;
      plain += level * 25;
      if (norm[id] > 0) {
        sum += norm[id] * level * 25;
        wsum += norm[id];
      }
    }
    const score = answered === 0 ? null : snap(clamp100(wsum > 0 ? sum / wsum : plain / answered));
    groups[g] = {
      score,
      answered,
      total: ids.length,
      weight: ids.reduce((s, id) => s + weights[id], 0),
      answeredWeight: ids.reduce((s, id) => s + (levels.has(id) ? weights[id] : 0), 0),
    };
  }

  // 6. Strengths and weaknesses, by impact (normalised weight × points won or lost).
  const byImpact = (impact: (id: CriterionId) => number) => (a: CriterionId, b: CriterionId) =>
    impact(b) - impact(a) || CRITERION_IDS.indexOf(a) - CRITERION_IDS.indexOf(b);
  const scored = CRITERION_IDS.filter((id) => levels.has(id) && norm[id] > 0);
  const strengths = scored
    .filter((id) => levels.get(id)! * 25 >= STRENGTH_MIN_SCORE)
    .sort(byImpact((id) => snap(norm[id] * levels.get(id)! * 25)));
  const weaknesses = scored
    .filter((id) => levels.get(id)! * 25 <= WEAKNESS_MAX_SCORE)
    .sort(byImpact((id) => snap(norm[id] * (100 - levels.get(id)! * 25))));

  // 7. Completeness and counts.
  let notApplicableWeight = 0;
  const counts = { answered: 0, suggested: 0, notApplicable: 0, unknown: 0, total: CRITERION_IDS.length };
  for (const id of CRITERION_IDS) {
    const e = effective.get(id)!;
    if (e.answer === 'not-applicable') {
      counts.notApplicable += 1;
      notApplicableWeight += norm[id];
    } else if (e.answer === 'unknown') counts.unknown += 1;
    else if (e.source === 'suggested') counts.suggested += 1;
    else counts.answered += 1;
  }
  const completeness = rawTotal > 0 ? snap(Math.min(1, o.answeredWeight + notApplicableWeight)) : 0;

  // 8. What answering each unknown criterion could do.
  const unanswered: UnansweredCriterion[] = CRITERION_IDS.filter((id) => effective.get(id)!.answer === 'unknown').map((id) => {
    const low = new Map(levels).set(id, 0);
    const high = new Map(levels).set(id, 4);
    const overallIfLowest = overallOf(norm, low).overall;
    const overallIfHighest = overallOf(norm, high).overall;
    const bandIfLowest = bandOf(overallIfLowest);
    const bandIfHighest = bandOf(overallIfHighest);
    return {
      criterionId: id,
      weight: weights[id],
      couldChangeBand: bandIfLowest !== band || bandIfHighest !== band,
      overallIfLowest,
      overallIfHighest,
      bandIfLowest,
      bandIfHighest,
    };
  });
  const unknownIds = CRITERION_IDS.filter((id) => effective.get(id)!.answer === 'unknown');
  const allLow = new Map(levels);
  const allHigh = new Map(levels);
  for (const id of unknownIds) {
    allLow.set(id, 0);
    allHigh.set(id, 4);
  }
  const rangeMin = overallOf(norm, allLow).overall;
  const rangeMax = overallOf(norm, allHigh).overall;
  const range = {
    min: rangeMin,
    max: rangeMax,
    bandMin: bandOf(rangeMin),
    bandMax: bandOf(rangeMax),
    spansBands: bandOf(rangeMin) !== bandOf(rangeMax),
  };
  unanswered.sort(
    (a, b) =>
      Number(b.couldChangeBand) - Number(a.couldChangeBand) ||
      // Weights equal to 9 decimals are a tie (then the catalogue order), like every other number here:
      // scaling all weights by one factor must not reorder them through floating-point noise.
      snap(norm[b.criterionId]) - snap(norm[a.criterionId]) ||
      CRITERION_IDS.indexOf(a.criterionId) - CRITERION_IDS.indexOf(b.criterionId),
  );

  // 9. Trace, in the profile's own weights (the normalised ones are weight ÷ totalWeight).
  const scale = rawTotal > 0 && Number.isFinite(rawTotal) ? rawTotal : 0;
  const nf = levels.get('needs-fit');
  const steps: TraceStep[] = [
    { code: 'total-weight', value: snap(rawTotal) },
    { code: 'answered-weight', value: snap(o.answeredWeight * scale) },
    { code: 'weighted-sum', value: snap(o.weightedSum * scale) },
    { code: 'weighted-mean', value: o.mean === null ? null : snap(o.mean) },
    { code: 'needs-fit-cap', value: o.cap },
    { code: 'economics-guard', value: o.econCap },
    { code: 'overall', value: overall },
    { code: 'band', value: band },
  ];
  const trace: ScoreTrace = {
    formula: 'capped-weighted-mean',
    weights: { ...weights },
    ignoredWeights,
    ignoredAnswers,
    totalWeight: snap(rawTotal),
    answeredWeight: snap(o.answeredWeight * scale),
    notApplicableWeight: snap(notApplicableWeight * scale),
    weightedSum: snap(o.weightedSum * scale),
    weightedMean: o.mean === null ? null : snap(o.mean),
    needsFitCap: { answer: nf ?? null, cap: o.cap, applied: o.mean !== null && o.mean > o.cap },
    economicsGuard: {
      groupScore: o.econ,
      cap: o.econCap,
      applied: o.mean !== null && o.mean > o.econCap && o.econCap < o.cap,
      margin: economicsGuard.margin,
      minAnswered: economicsGuard.minAnswered,
    },
    bandThresholds: { ...bandThresholds },
    strengthMinScore: STRENGTH_MIN_SCORE,
    weaknessMaxScore: WEAKNESS_MAX_SCORE,
    rounding: '1e-9',
    steps,
    suggestions: (suggested?.suggestions ?? []).map((s) => ({
      criterionId: s.criterionId,
      answer: s.answer,
      used: effective.get(s.criterionId)!.source === 'suggested',
      basis: s.basis,
    })),
    indicators: suggested?.indicators ?? null,
  };

  return {
    modelVersion: PERENNITE_MODEL_VERSION,
    date: typeof options.date === 'string' ? options.date : null,
    profileId: typeof profile?.id === 'string' ? profile.id : null,
    overall,
    band,
    groups,
    criteria: criteriaOut,
    strengths,
    weaknesses,
    completeness,
    counts,
    unanswered,
    range,
    trace,
  };
}
