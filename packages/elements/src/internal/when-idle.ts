// Runs work the page can wait for when the browser is idle, and at the latest after `timeout` ms
// (requestIdleCallback's own deadline); where it is missing (Safari), in a task of its own.

/** Calls `fn` once the main thread is idle, or after `timeout` ms whichever comes first. */
export function whenIdle(fn: () => void, timeout: number): void {
  const ric = globalThis.requestIdleCallback as ((cb: () => void, opts: { timeout: number }) => number) | undefined;
  if (ric) ric(fn, { timeout });
  else setTimeout(fn, 0);
}
