// The questionnaire's state as plain data, and the one schema every way back in goes through:
// localStorage, an imported JSON file and a share link are all validated by `parseAdvisorState`.
// Loaded only when something comes back in (see state-input.ts): a first visit never needs it.
// Lit-free and DOM-free.
import * as z from 'zod/mini';
import {
  ACTION_IDS,
  ACTIVITY_IDS,
  ACTOR_TYPE_IDS,
  APPROVAL_IDS,
  Answers,
  DECISION_MAKER_IDS,
  Figures,
  FUNDING_SOURCE_IDS,
  REQUEST_IDS,
  STAGE_IDS,
  ZONING_IDS,
} from '@terreau/core';

import { ADVISOR_STATE_VERSION } from './empty-state.js';

export { ADVISOR_STATE_VERSION, emptyAdvisorState } from './empty-state.js';

/** The context step: who the enterprise is, where, at which stage, and who is asking. */
export const AdvisorContext = z.object({
  type: z.optional(z.enum(ACTOR_TYPE_IDS)),
  approvals: z._default(z.array(z.enum(APPROVAL_IDS)), []),
  activities: z._default(z.array(z.enum(ACTIVITY_IDS)), []),
  /** INSEE code of the commune (COG), "26108". */
  communeCode: z.optional(z.string().check(z.regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'invalid_commune_code' }))),
  zones: z._default(z.array(z.enum(ZONING_IDS)), []),
  stage: z.optional(z.enum(STAGE_IDS)),
  fundingSources: z._default(z.array(z.enum(FUNDING_SOURCE_IDS)), []),
  decisionMaker: z.optional(z.enum(DECISION_MAKER_IDS)),
  /** What the decision-maker is asked for (operating money, investment, premises, a purchase…): the ranking starts from it. */
  request: z.optional(z.enum(REQUEST_IDS)),
  /** The structure's name, as the restitution and the documents print it. */
  name: z.optional(z.string().check(z.maxLength(200))),
  /** Who asks (a body or a person: "Commune de Die, M. le maire"), printed as the documents' other party. */
  asker: z.optional(z.string().check(z.maxLength(200))),
});
export type AdvisorContext = z.infer<typeof AdvisorContext>;

/** What is saved locally, exported as a file and carried by a share link. */
export const AdvisorState = z.object({
  v: z.literal(ADVISOR_STATE_VERSION),
  savedAt: z.optional(z.string().check(z.maxLength(40))),
  context: z._default(AdvisorContext, { approvals: [], activities: [], zones: [], fundingSources: [] }),
  answers: z._default(Answers, {}),
  figures: z._default(Figures, {}),
  /** Actions the decision-maker marked done (the follow-up compares them between two assessments). */
  done: z._default(z.array(z.enum(ACTION_IDS)).check(z.maxLength(ACTION_IDS.length)), []),
  /** The questionnaire's path: `short` (the criteria that move the result most, ten minutes) or `full`. */
  path: z.optional(z.enum(['short', 'full'])),
});
export type AdvisorState = z.infer<typeof AdvisorState>;

/** Why a saved or imported state could not be used; `path` names the offending field. */
export type StateProblem =
  | { kind: 'not-json' }
  | { kind: 'version'; found: unknown }
  | { kind: 'invalid'; path: string; code: string };

export type ParsedState = { ok: true; state: AdvisorState } | { ok: false; problem: StateProblem };

/**
 * Validates anything (parsed JSON) as an advisor state. Never throws; on failure says which field
 * was wrong (a dotted path such as `answers.financial-autonomy`) so the user can be told.
 */
export function parseAdvisorState(input: unknown): ParsedState {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problem: { kind: 'invalid', path: '(root)', code: 'invalid_type' } };
  }
  const v = (input as { v?: unknown }).v;
  if (v !== ADVISOR_STATE_VERSION) return { ok: false, problem: { kind: 'version', found: v } };
  const parsed = AdvisorState.safeParse(input);
  if (parsed.success) return { ok: true, state: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  return { ok: false, problem: { kind: 'invalid', path, code: issue?.code ?? 'invalid' } };
}

/** Parses JSON text then validates it; text that is not JSON is reported as such. */
export function parseAdvisorJson(text: string): ParsedState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  return parseAdvisorState(data);
}
