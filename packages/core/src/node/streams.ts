// Scoring and recommendation over async iterables, one record at a time (memory stays flat).
import type { Actor } from '../schema/actor.js';
import type { ApprovalId, DecisionMakerId, FundingSourceId, StageId } from '../data/ids.js';
import type { DecisionMaker, DecisionMakerInput } from '../schema/decision-maker.js';
import type { RecommendationResult } from '../schema/recommendation.js';
import { recommendActions } from '../recommend/recommend-actions.js';
import type { Answers } from '../schema/answers.js';
import type { Figures } from '../schema/figures.js';
import type { WeightProfile } from '../schema/weight-profile.js';
import { scorePerennite } from '../scoring/score-perennite.js';
import type { PerenniteScore } from '../schema/perennite-score.js';
import { weightProfileOfActor } from '../scoring/weight-profile-of-context.js';
import { todayIso } from '../formats/today-iso.js';

/** What scoreStream and recommendStream take: an actor with what is known of it. */
export interface AssessmentInput {
  actor: Actor;
  answers?: Answers;
  figures?: Figures;
}

export interface ScoreStreamOptions {
  /** Weight profile for every record; default: weightProfileFor the actor's zonings (on `date`) and main theme. */
  profile?: WeightProfile;
  /** ISO date of the assessment (default today). */
  date?: string;
}

/** The weight profile for an actor in context (core's one home: weightProfileOfActor). */
export function profileForActor(actor: Pick<Actor, 'zones' | 'activities' | 'needs'>, date: string): WeightProfile {
  return weightProfileOfActor(actor, date);
}

/** Scores each record as it comes: yields the record with its pérennité score. */
export async function* scoreStream<T extends AssessmentInput>(
  records: AsyncIterable<T> | Iterable<T>,
  options: ScoreStreamOptions = {},
): AsyncGenerator<T & { score: PerenniteScore }> {
  const date = options.date ?? todayIso();
  for await (const record of records) {
    const profile = options.profile ?? weightProfileOfActor(record.actor, date);
    const score = scorePerennite(profile, record.answers ?? {}, { date, ...(record.figures ? { figures: record.figures } : {}) });
    yield { ...record, score };
  }
}

/** What recommendStream takes: an actor with what is known of it, and optionally its project. */
export interface RecommendStreamInput extends AssessmentInput {
  /** Stage of the project (see recommendActions). */
  stage?: StageId;
  /** Where the actor's money comes from (EU funds and the State pay late). */
  fundingSources?: readonly FundingSourceId[];
  /** Approvals or labels the actor prepares for. */
  targetApprovals?: readonly ApprovalId[];
  /** Share of a SCIC's capital public bodies already hold (0–1). */
  publicCapitalShare?: number;
}

export interface RecommendStreamOptions {
  /** Who would act: a decision-maker (`{ kind: 'epci', territory: … }`) or just its kind (`'epci'`). */
  decisionMaker: DecisionMaker | DecisionMakerInput | DecisionMakerId;
  /** ISO date whose law applies, for every record (default: today, read once when the stream starts). */
  date?: string;
  /** Weight profile for every record; default: recommendActions' own (the actor's zonings and main theme). */
  profile?: WeightProfile;
}

/**
 * Recommends actions for each record as it comes (recommendActions with the stream's decision-maker
 * and date, the record's answers and figures): yields the record with its recommendation.
 */
export async function* recommendStream<T extends RecommendStreamInput>(
  records: AsyncIterable<T> | Iterable<T>,
  options: RecommendStreamOptions,
): AsyncGenerator<T & { recommendation: RecommendationResult }> {
  const date = options.date ?? todayIso();
  const decisionMaker = typeof options.decisionMaker === 'string' ? { kind: options.decisionMaker } : options.decisionMaker;
  for await (const record of records) {
    const recommendation = recommendActions({
      actor: record.actor,
      decisionMaker,
      date,
      ...(record.answers ? { answers: record.answers } : {}),
      ...(record.figures ? { figures: record.figures } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(record.stage !== undefined ? { stage: record.stage } : {}),
      ...(record.fundingSources !== undefined ? { fundingSources: record.fundingSources } : {}),
      ...(record.targetApprovals !== undefined ? { targetApprovals: record.targetApprovals } : {}),
      ...(record.publicCapitalShare !== undefined ? { publicCapitalShare: record.publicCapitalShare } : {}),
    });
    yield { ...record, recommendation };
  }
}
