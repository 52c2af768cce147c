// The questionnaire's format version, its empty state and what makes a state not empty, without the schema that validates states
// coming back in (advisor-state.ts, loaded only when there is something to read back: a saved state,
// a share link, an imported file). Lit-free and DOM-free.
import type { AdvisorState } from './advisor-state.js';

/** Format version of what the advisor saves, exports and shares. */
export const ADVISOR_STATE_VERSION = 1;

/** An empty questionnaire. */
export function emptyAdvisorState(): AdvisorState {
  return { v: ADVISOR_STATE_VERSION, context: { approvals: [], activities: [], zones: [], fundingSources: [] }, answers: {}, figures: {}, done: [] };
}

/** True when a state holds some work (an answer, a context field, a figure, an action done). */
export function hasWork(state: AdvisorState): boolean {
  const c = state.context;
  return (
    hasScoreInput(state) ||
    state.done.length > 0 ||
    c.type !== undefined ||
    c.communeCode !== undefined ||
    c.stage !== undefined ||
    c.decisionMaker !== undefined ||
    (c.name ?? '') !== '' ||
    c.activities.length + c.approvals.length + c.zones.length + c.fundingSources.length > 0
  );
}

/** True when a state holds something core scores (an answer, a figure): without it there is no score yet. */
export function hasScoreInput(state: AdvisorState): boolean {
  return Object.keys(state.answers).length > 0 || Object.keys(state.figures).length > 0;
}
