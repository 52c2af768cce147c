// The questionnaire's steps for each path, and the criteria each step asks. Lit-free.
import { CRITERION_GROUP_IDS, criteria, type CriterionGroupId, type CriterionId } from '@terreau/core';

/** How many criteria the short ("ten minutes") path asks (which ones: advice.ts, shortPathCriteria). */
export const SHORT_PATH_SIZE = 6;

export type StepId = 'context' | 'figures' | 'short' | CriterionGroupId | 'needs-fit' | 'results';

const FULL: readonly StepId[] = ['context', 'figures', ...CRITERION_GROUP_IDS, 'needs-fit', 'results'];
const SHORT: readonly StepId[] = ['context', 'short', 'results'];

/** The steps of a path: the full grid, or the short path (context, the criteria that weigh most, results). */
export function stepsOf(path: 'short' | 'full' | undefined): readonly StepId[] {
  return path === 'short' ? SHORT : FULL;
}

/** The criteria a step asks (`short`: those given). */
export function criteriaOfStep(step: StepId, shortCriteria: readonly CriterionId[]): CriterionId[] {
  if (step === 'short') return [...shortCriteria];
  if (step === 'needs-fit') return ['needs-fit'];
  if (step === 'context' || step === 'figures' || step === 'results') return [];
  return criteria.filter((c) => c.group === step).map((c) => c.id);
}

/** A step that asks criteria (needs the questionnaire text). */
export const isCriteriaStep = (step: StepId | undefined): boolean => step !== undefined && step !== 'context' && step !== 'figures' && step !== 'results';
