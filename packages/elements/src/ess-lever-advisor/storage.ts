// Saves the questionnaire in localStorage so a reload, a closed tab or a crash never loses the
// user's work. Lit-free. Every failure is tolerated and reported as a status, never thrown:
// storage may be missing (private mode, sandboxed iframe), full, or hold garbage.
import type { AdvisorState } from './advisor-state.js';

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

/** The saved entry as stored (not validated yet: see `loadState` in state-input.ts). */
export type SavedText = { status: 'empty' } | { status: 'unavailable' } | { status: 'found'; text: string };

/** Reads the saved entry's text, without validating it. */
export function readSaved(key: string): SavedText {
  const s = storage();
  if (!s) return { status: 'unavailable' };
  let text: string | null;
  try {
    text = s.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  return text === null ? { status: 'empty' } : { status: 'found', text };
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
