// Today's date for records that do not say when they were checked (Lit-free, DOM-free), and the
// one rule for a `date` option or attribute: a real calendar day, else today.
import { isIsoDate } from '../schema/is-iso-date.js';

let today = '';
let todayCheckedAt = 0;

/** Today's UTC date "YYYY-MM-DD", recomputed at most once a minute (called once per row on large files). */
export function todayIso(): string {
  const now = Date.now();
  if (now - todayCheckedAt > 60_000) {
    today = new Date(now).toISOString().slice(0, 10);
    todayCheckedAt = now;
  }
  return today;
}

/** `value` when it is a real calendar day "YYYY-MM-DD" (not 2026-02-30), else today (UTC). */
export function dayOrToday(value: string | null | undefined): string {
  return typeof value === 'string' && isIsoDate(value) ? value : todayIso();
}
