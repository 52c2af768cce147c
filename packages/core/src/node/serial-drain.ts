// Writing worker replies in input order, one writer at a time (Node only). Replies arrive whenever a
// worker finishes; each arrival asks for a drain, and the drain writes every reply that is next in
// order, again as long as that moves the position — so replies arriving while the input waits are
// written then, not later, and never by two writers at once. A failure (a write error) is kept and
// given to every later call.
export class SerialDrain {
  #running: Promise<void> | null = null;
  #failure: unknown = null;
  readonly #drainNow: () => Promise<void>;
  readonly #position: () => number;

  /** `drainNow` writes what is ready; `position` says how far it got (the next sequence number). */
  constructor(drainNow: () => Promise<void>, position: () => number) {
    this.#drainNow = drainNow;
    this.#position = position;
  }

  /** Drains now, or joins the drain under way. */
  run(): Promise<void> {
    if (this.#failure !== null) return Promise.reject(this.#failure);
    this.#running ??= (async () => {
      try {
        let before;
        do {
          before = this.#position();
          await this.#drainNow();
        } while (this.#position() !== before);
      } catch (e) {
        this.#failure = e;
        throw e;
      } finally {
        this.#running = null;
      }
    })();
    return this.#running;
  }

  /** A drain nobody awaits (on a worker's reply); its failure surfaces at the next `run()`. */
  readonly runInBackground = (): void => {
    this.run().catch(() => {});
  };

  /** The drain under way, if any (rejects with its failure). */
  current(): Promise<void> | null {
    return this.#running;
  }

  /** Resolves once no drain runs, failed or not (for clean-up). */
  async settled(): Promise<void> {
    await this.#running?.catch(() => {});
  }
}
