// The questionnaire's format version and its empty state, without the schema that validates states
// coming back in (advisor-state.ts, loaded only when there is something to read back: a saved state,
// a share link, an imported file). Lit-free and DOM-free.
import type { AdvisorState } from './advisor-state.js';

/** Format version of what the advisor saves, exports and shares. */
export const ADVISOR_STATE_VERSION = 1;

/** An empty questionnaire. */
export function emptyAdvisorState(): AdvisorState {
  return { v: ADVISOR_STATE_VERSION, context: { approvals: [], activities: [], zones: [], fundingSources: [] }, answers: {}, figures: {}, done: [] };
}
