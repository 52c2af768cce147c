import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a lazily loaded module stands: not asked for yet, on its way, there, or failed. */
export type LazyStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The one way a Terreau element fetches code it does not carry at start (`import()` of a chunk:
 * texts, questions, recommendation, exports, validation…). It loads once, shares the promise with
 * every caller, re-renders its host on each change of status, and after a failure (offline, a CMS
 * that blocks the folder) lets the next `load()` try again — the retry button calls it.
 *
 * The loader is read through `source.load` at each attempt, so a test can swap it to simulate a
 * network failure, as the loaders of each chunk already allowed.
 *
 * ```ts
 * private questions = new LazyController(this, { load: () => import('./questions.fr.js') });
 * // in render(): this.questions.status === 'error' ? retry button : …
 * // on demand:   const m = await this.questions.load(); if (m) …
 * ```
 */
export class LazyController<T> implements ReactiveController {
  status: LazyStatus = 'idle';
  /** The loaded module (or value), once `status` is `ready`. */
  value: T | undefined;
  /** What the last attempt threw, when `status` is `error`. */
  error: unknown;
  private pending: Promise<T | undefined> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: { load: () => Promise<T> },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Loads the module if it is not there yet. Resolves to it, or to `undefined` when the attempt
   * failed (never rejects: the failure is in `status` and `error`, for the host to say).
   */
  load(): Promise<T | undefined> {
    if (this.status === 'ready') return Promise.resolve(this.value);
    if (this.pending) return this.pending;
    this.set('loading');
    this.pending = this.source.load().then(
      (value) => {
        this.value = value;
        this.error = undefined;
        this.pending = undefined;
        this.set('ready');
        return value;
      },
      (error: unknown) => {
        this.error = error;
        this.pending = undefined;
        this.set('error');
        return undefined;
      },
    );
    return this.pending;
  }

  /** True once loaded. */
  get ready(): boolean {
    return this.status === 'ready';
  }

  private set(status: LazyStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
