import { CRITERION_IDS } from '../data/ids.js';
import type { CriterionId } from '../data/ids.js';
import type { Answer, Answers } from '../schema/answers.js';
import { scoringIssue } from './parse-weight-profile.js';
import type { ScoringIssue } from './parse-weight-profile.js';

const KNOWN = new Set<string>(CRITERION_IDS);
const VALID = new Set<unknown>([0, 1, 2, 3, 4, 'unknown', 'not-applicable']);

/**
 * Reads answers from untrusted input (a saved questionnaire, a query string turned into an object).
 * Keeps every valid answer; reports each unknown key or invalid value in FR and EN (that answer is
 * then left out, i.e. unknown). Numeric strings "0"–"4" are accepted as levels. Never throws.
 */
export function parseAnswers(input: unknown): { answers: Answers; issues: ScoringIssue[] } {
  const issues: ScoringIssue[] = [];
  const answers: Answers = {};
  if (input === undefined || input === null) return { answers, issues };
  if (typeof input !== 'object' || Array.isArray(input)) return { answers, issues: [scoringIssue('', 'not-an-object', input)] };
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    let v = raw[key];
    if (!KNOWN.has(key)) {
      issues.push(scoringIssue(`answers.${key}`, 'unknown-criterion', key, { key }));
      continue;
    }
    if (typeof v === 'string' && /^[0-4]$/.test(v.trim())) v = Number(v.trim());
    if (!VALID.has(v)) {
      issues.push(scoringIssue(`answers.${key}`, 'invalid-answer', v, { criterion: key }));
      continue;
    }
    answers[key as CriterionId] = v as Answer;
  }
  return { answers, issues };
}
