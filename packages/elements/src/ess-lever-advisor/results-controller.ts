// The enterprise's results, recomputed only when what they depend on changed: the pérennité advice
// (score, band, range) from the answers and the day, and the recommendation once its code and text
// are here (in the language in use), each once its chunk is here (the scoring, scoring.ts; the
// recommendation). Each new result is told to the page (`ess-results-change`). Lit-free.
import type { LabelMessages } from '@terreau/core';
import type { AdvisorState } from './advisor-state.js';
import type { Advice, RecommendationResult } from './advice.js';
import type { RecommendationModule } from './recommendation-loader.js';
import type { ScoringModule } from './loaders.js';

export interface ResultsInput {
  data: AdvisorState;
  today: string;
  /** Core's scoring, once its chunk is here (no result before). */
  scoring: ScoringModule | undefined;
  ready: { rec: RecommendationModule; messages: LabelMessages } | null;
}

export class AdvisorResults {
  advice: Advice | null = null;
  recommendation: RecommendationResult | null = null;
  private adviceFor: { data: AdvisorState; today: string } | null = null;
  private recFor: { data: AdvisorState; today: string; locale: string } | null = null;

  constructor(private readonly onResult: (advice: Advice, recommendation: RecommendationResult | null) => void) {}

  /** Recomputes what changed; tells the page when anything did. */
  update({ data, today, scoring, ready }: ResultsInput): void {
    if (!scoring) return;
    const recompute = this.adviceFor?.data !== data || this.adviceFor.today !== today;
    if (recompute) {
      this.advice = scoring.computeAdvice(data, today);
      this.adviceFor = { data, today };
    }
    const recommend = ready !== null && (this.recFor?.data !== data || this.recFor.today !== today || this.recFor.locale !== ready.messages.locale);
    if (recommend) {
      this.recommendation = ready.rec.computeRecommendation(data, today);
      this.recFor = { data, today, locale: ready.messages.locale };
    }
    if ((recompute || recommend) && this.advice) this.onResult(this.advice, this.recommendation);
  }
}
