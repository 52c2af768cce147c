import * as z from 'zod/mini';
import { CRITERION_IDS } from '../data/ids.js';
import type { CriterionId } from '../data/ids.js';

/**
 * One answer to a pérennité criterion: a level on the anchored 0–4 scale (see
 * `messages.scoring.criteria[id].anchors`), `unknown` ("I don't know") or `not-applicable`.
 * Unknown and not-applicable answers drop out of the means; they never count as 0.
 */
export const Answer = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal('unknown'),
  z.literal('not-applicable'),
]);
export type Answer = z.infer<typeof Answer>;

/** The numeric levels of the scale. */
export type AnswerLevel = 0 | 1 | 2 | 3 | 4;
export const ANSWER_LEVELS: readonly AnswerLevel[] = [0, 1, 2, 3, 4];

/** True when the answer is a level of the scale (not unknown, not n.a.). */
export function isAnswerLevel(answer: Answer | undefined): answer is AnswerLevel {
  return typeof answer === 'number';
}

const answerShape = Object.fromEntries(CRITERION_IDS.map((id) => [id, z.optional(Answer)])) as {
  [K in CriterionId]: z.ZodMiniOptional<typeof Answer>;
};

/**
 * Answers keyed by criterion id. Any criterion may be left out: an omitted criterion is unknown.
 * Keys that are not criterion ids are rejected (zod code `unrecognized_keys`), so a typo such as
 * `financial-autonomie` is reported instead of being silently ignored.
 */
export const Answers = z.strictObject(answerShape);
export type Answers = z.infer<typeof Answers>;
