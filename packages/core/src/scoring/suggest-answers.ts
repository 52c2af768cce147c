import { CRITERION_IDS } from '../data/ids.js';
import { defaultIndicatorBands } from '../data/indicator-bands.js';
import type { IndicatorBand } from '../data/indicator-bands.js';
import type { AnswerLevel, Answers } from '../schema/answers.js';
import type { Figures } from '../schema/figures.js';
import type { Indicators } from '../schema/indicators.js';
import type { Suggestion, SuggestionBasis } from '../schema/perennite-score.js';
import { computeIndicators } from './compute-indicators.js';

export interface SuggestedAnswers {
  /** The suggested answers, ready to merge under the user's own (user answers always win). */
  answers: Answers;
  suggestions: Suggestion[];
  indicators: Indicators;
}

/** Reads one indicator value through one band rule (see data/indicator-bands.ts). */
export function readIndicatorBand(rule: IndicatorBand, value: number): Omit<SuggestionBasis, 'indicatorId' | 'value' | 'direction'> {
  const t = rule.thresholds;
  if (rule.direction === 'higher-is-better') {
    for (let i = 0; i < 4; i += 1) {
      if (value < t[i]!) return { band: { from: i === 0 ? null : t[i - 1]!, to: t[i]! }, answer: i as AnswerLevel };
    }
    return { band: { from: t[3], to: null }, answer: 4 };
  }
  for (let i = 0; i < 4; i += 1) {
    if (value <= t[i]!) return { band: { from: i === 0 ? null : t[i - 1]!, to: t[i]! }, answer: (4 - i) as AnswerLevel };
  }
  return { band: { from: t[3], to: null }, answer: 0 };
}

/**
 * Suggests answers for the economics criteria from an actor's figures, through the documented
 * bands of data/indicator-bands.ts (or `options.bands`). Criteria whose indicators cannot be
 * computed get no suggestion. Pure.
 */
export function suggestAnswers(figures: Figures, options: { bands?: readonly IndicatorBand[] } = {}): SuggestedAnswers {
  const indicators = computeIndicators(figures);
  const bands = options.bands ?? defaultIndicatorBands;
  const suggestions: Suggestion[] = [];
  const answers: Answers = {};
  for (const criterionId of CRITERION_IDS) {
    const basis: SuggestionBasis[] = [];
    for (const rule of bands) {
      if (rule.criterionId !== criterionId) continue;
      const value = indicators[rule.indicatorId]?.value;
      if (value === null || value === undefined || !Number.isFinite(value)) continue;
      basis.push({ indicatorId: rule.indicatorId, value, direction: rule.direction, ...readIndicatorBand(rule, value) });
    }
    if (basis.length === 0) continue;
    const mean = basis.reduce((s, b) => s + b.answer, 0) / basis.length;
    const answer = Math.min(4, Math.max(0, Math.floor(mean + 1e-9))) as AnswerLevel;
    suggestions.push({ criterionId, answer, basis });
    answers[criterionId] = answer;
  }
  return { answers, suggestions, indicators };
}
