// Saves the questionnaire in localStorage so a reload, a closed tab or a crash never loses the
// user's work. Lit-free. Every failure is tolerated and reported as a status, never thrown:
// storage may be missing (private mode, sandboxed iframe), full, or hold garbage.
import { parseAdvisorJson, type AdvisorState, type StateProblem } from './advisor-state.js';

/** What reading the saved entry gave. */
export type LoadOutcome =
  | { status: 'empty' }
  | { status: 'restored'; state: AdvisorState }
  | { status: 'unavailable' }
  | { status: 'discarded'; problem: StateProblem };

/** The storage key of one advisor: namespaced per page (path) and per element id. */
export function storageKey(pathname: string, id: string): string {
  return `terreau:ess-lever-advisor:${pathname}#${id || 'default'}`;
}

/** localStorage, or null when the browser refuses it (reading the property itself may throw). */
function storage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/** Reads and validates the saved state. A bad entry is left in place until the next save overwrites it. */
export function loadState(key: string): LoadOutcome {
  const s = storage();
  if (!s) return { status: 'unavailable' };
  let text: string | null;
  try {
    text = s.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'empty' };
  const parsed = parseAdvisorJson(text);
  return parsed.ok ? { status: 'restored', state: parsed.state } : { status: 'discarded', problem: parsed.problem };
}

/** Writes the state with its save time; returns false when storage refused (quota, private mode). */
export function saveState(key: string, state: AdvisorState, now: Date = new Date()): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(key, JSON.stringify({ ...state, savedAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

/** Removes the saved entry (reset); false when storage refused. */
export function clearState(key: string): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
