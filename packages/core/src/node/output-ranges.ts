// Where each record lies in an output file the CLI wrote (byte offsets from its first byte), noted
// as it is written (cli-output.ts, RecordWriter). Once the other conventions of one SIRET are known
// (plan-convention-merges.ts), the output is copied with only the records of the actors they merge
// into replaced (splice-output.ts), instead of reading and validating the input once more.
// Records are noted in input order, in runs of records written one after the other: per run a few
// numbers, per record 4 bytes (its end from the run's start; a record with no output — rejected —
// ends where the one before it does).

/** A run's records may reach this far from its start (its ends are 32-bit). */
const RUN_SPAN = 2 ** 32 - 1;

export class OutputRanges {
  #runFirst: number[] = [];
  #runStart: number[] = [];
  /** Where each run's ends begin in #ends. */
  #runAt: number[] = [];
  #ends = new Uint32Array(1 << 12);
  #used = 0;

  /** Records noted (the last run's last record included). */
  get #lastRun(): number {
    return this.#runFirst.length - 1;
  }

  #push(end: number): void {
    if (this.#used === this.#ends.length) {
      const grown = new Uint32Array(this.#ends.length * 2);
      grown.set(this.#ends);
      this.#ends = grown;
    }
    this.#ends[this.#used++] = end;
  }

  /**
   * Notes `ends.length` records from `firstIndex` on, one after the other, written from byte
   * `start`; the end of record k is `start + ends[k] - from` (ends that do not grow: no output).
   */
  add(firstIndex: number, start: number, ends: ArrayLike<number>, from = 0): void {
    const n = ends.length;
    if (n === 0) return;
    const last = this.#lastRun;
    let runStart = start;
    let shift = -from;
    if (last >= 0) {
      // the records after the last run's, written right after it: the same run (no-output records between)
      const lastStart = this.#runStart[last] as number;
      const lastCount = this.#used - (this.#runAt[last] as number);
      const lastIndex = (this.#runFirst[last] as number) + lastCount - 1;
      const lastEnd = this.#ends[this.#used - 1] as number;
      if (firstIndex > lastIndex && lastStart + lastEnd === start && start - lastStart + ((ends[n - 1] as number) - from) <= RUN_SPAN) {
        for (let i = lastIndex + 1; i < firstIndex; i += 1) this.#push(lastEnd);
        runStart = lastStart;
        shift = start - lastStart - from;
        for (let k = 0; k < n; k += 1) this.#push((ends[k] as number) + shift);
        return;
      }
    }
    this.#runFirst.push(firstIndex);
    this.#runStart.push(runStart);
    this.#runAt.push(this.#used);
    for (let k = 0; k < n; k += 1) this.#push((ends[k] as number) + shift);
  }

  /** The bytes of record `index` in the output (none: where it would be), or null when it was not noted. */
  rangeOf(index: number): { start: number; end: number } | null {
    const firsts = this.#runFirst;
    let lo = 0;
    let hi = firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((firsts[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    if (firsts.length === 0 || (firsts[lo] as number) > index) return null;
    const at = this.#runAt[lo] as number;
    const until = lo + 1 < firsts.length ? (this.#runAt[lo + 1] as number) : this.#used;
    const k = at + index - (firsts[lo] as number);
    if (k >= until) return null;
    const base = this.#runStart[lo] as number;
    const start = base + (k === at ? 0 : (this.#ends[k - 1] as number));
    return { start, end: base + (this.#ends[k] as number) };
  }

  /** The records whose output ends at or before byte `offset` (what a write failure says was written). */
  recordsUpTo(offset: number): number {
    let n = 0;
    const runs = this.#runFirst.length;
    for (let r = 0; r < runs; r += 1) {
      const base = this.#runStart[r] as number;
      const at = this.#runAt[r] as number;
      const until = r + 1 < runs ? (this.#runAt[r + 1] as number) : this.#used;
      let before = 0;
      for (let k = at; k < until; k += 1) {
        const end = this.#ends[k] as number;
        if (base + end > offset) return n;
        if (end > before) n += 1;
        before = end;
      }
    }
    return n;
  }
}
