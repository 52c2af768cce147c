// Today's date for records that do not say when they were checked (Lit-free, DOM-free).

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
