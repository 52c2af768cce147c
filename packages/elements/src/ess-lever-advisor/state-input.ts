// Everything that reads a questionnaire state back in — a saved state, a share link, an imported
// file, the element's load() — validated by advisor-state.ts's schema (zod). A chunk the advisor
// fetches only when there is something to read back, so a first visit does not carry the schema.
// Lit-free.
import '../internal/strict-csp.js';
import { parseAdvisorJson, type AdvisorState, type StateProblem } from './advisor-state.js';
import { readSaved } from './storage.js';

export { parseAdvisorJson, parseAdvisorState } from './advisor-state.js';
export { decodeShare } from './share-decode.js';

/** What reading the saved entry gave. */
export type LoadOutcome =
  | { status: 'empty' }
  | { status: 'restored'; state: AdvisorState }
  | { status: 'unavailable' }
  | { status: 'discarded'; problem: StateProblem };

/** Reads and validates the saved state. A bad entry is left in place until the next save overwrites it. */
export function loadState(key: string): LoadOutcome {
  const saved = readSaved(key);
  if (saved.status !== 'found') return saved;
  const parsed = parseAdvisorJson(saved.text);
  return parsed.ok ? { status: 'restored', state: parsed.state } : { status: 'discarded', problem: parsed.problem };
}
