import { CRITERION_IDS } from '../data/ids.js';
import type { CriterionId } from '../data/ids.js';
import { scoringEn } from '../i18n/en/scoring.js';
import { scoringFr } from '../i18n/fr/scoring.js';
import type { ScoringMessages } from '../i18n/fr/scoring.js';
import { MAX_WEIGHT } from '../schema/weight-profile.js';
import type { WeightProfile } from '../schema/weight-profile.js';
import { fillMessage, showValue } from './fill-message.js';

export type ScoringIssueCode = keyof ScoringMessages['errors'];

/** A problem found in user-provided scoring input (weight profile or answers), in FR and EN. */
export interface ScoringIssue {
  /** Where: "weights.networks", "answers.needs-fit"… */
  path: string;
  code: ScoringIssueCode;
  value: unknown;
  message: { fr: string; en: string };
}

export function scoringIssue(path: string, code: ScoringIssueCode, value: unknown, params: Record<string, string | number> = {}): ScoringIssue {
  const p = { path, value: showValue(value), ...params };
  return { path, code, value, message: { fr: fillMessage(scoringFr.errors[code], p), en: fillMessage(scoringEn.errors[code], p) } };
}

const KNOWN = new Set<string>(CRITERION_IDS);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Validates a user's weight profile. Weights must be finite numbers ≥ 0 (and ≤ 10⁶), keys must be
 * criterion ids, and at least one weight must be positive. Never throws: returns the profile (null
 * when invalid) and every issue found, each naming the bad weight in French and English.
 */
export function parseWeightProfile(input: unknown): { profile: WeightProfile | null; issues: ScoringIssue[] } {
  const issues: ScoringIssue[] = [];
  if (!isRecord(input)) return { profile: null, issues: [scoringIssue('', 'not-an-object', input)] };
  if (input.id !== undefined && (typeof input.id !== 'string' || input.id.length === 0 || input.id.length > 200)) {
    issues.push(scoringIssue('id', 'invalid-profile-id', input.id));
  }
  const adjustments = input.adjustments;
  if (adjustments !== undefined && !(Array.isArray(adjustments) && adjustments.every((a) => typeof a === 'string' && a.length <= 100))) {
    issues.push(scoringIssue('adjustments', 'invalid-adjustments', adjustments));
  }
  const raw = input.weights;
  if (!isRecord(raw)) return { profile: null, issues: [...issues, scoringIssue('weights', 'weights-missing', raw)] };
  const weights: Partial<Record<CriterionId, number>> = {};
  for (const key of Object.keys(raw)) {
    const w = raw[key];
    const path = `weights.${key}`;
    if (!KNOWN.has(key)) issues.push(scoringIssue(path, 'unknown-criterion', key, { key }));
    else if (typeof w !== 'number') issues.push(scoringIssue(path, 'weight-not-a-number', w, { criterion: key }));
    else if (!Number.isFinite(w)) issues.push(scoringIssue(path, 'weight-not-finite', w, { criterion: key }));
    else if (w < 0) issues.push(scoringIssue(path, 'negative-weight', w, { criterion: key }));
    else if (w > MAX_WEIGHT) issues.push(scoringIssue(path, 'weight-too-large', w, { criterion: key, max: MAX_WEIGHT }));
    else weights[key as CriterionId] = w;
  }
  const anyPositive = Object.values(weights).some((w) => w > 0);
  if (!anyPositive) issues.push(scoringIssue('weights', 'no-positive-weight', raw));
  if (issues.length > 0) return { profile: null, issues };
  const profile: WeightProfile = { weights };
  if (typeof input.id === 'string') profile.id = input.id;
  if (Array.isArray(adjustments)) profile.adjustments = adjustments as string[];
  return { profile, issues };
}
