// A compact "id → first record index" table for readActors' duplicate check over millions of
// records. Numeric ids of up to 14 digits (SIREN, SIRET — most register ids) live in typed arrays
// (≈ 24 bytes each instead of ≈ 130 in a Map); any other id falls back to a Map. It offers the
// Map methods parseActors uses (get, set, has, delete, clear, size) so it can stand in for its
// `seenIds` option.

const NUMERIC = /^\d{1,14}$/;

export class IdIndex {
  #keys = new Float64Array(1 << 16);
  #values = new Int32Array(1 << 16);
  #count = 0;
  #other = new Map<string, number>();

  get size(): number {
    return this.#count + this.#other.size;
  }

  /** Digits and length together, so "012" and "12" stay distinct; +1 keeps 0 free for "empty". */
  static #code(id: string): number {
    return Number(id) * 16 + id.length + 1;
  }

  /**
   * The number a numeric id of up to 14 digits is kept as (exact: below 2^53), 0 for any other id.
   * Lets a worker thread send ids as a Float64Array (see getCode/setCode, idOfCode).
   */
  static codeOf(id: string): number {
    return NUMERIC.test(id) ? IdIndex.#code(id) : 0;
  }

  /** The id a code of codeOf stands for. */
  static idOfCode(code: number): string {
    const length = (code - 1) % 16;
    return String((code - 1 - length) / 16).padStart(length, '0');
  }

  /** get() of the id whose codeOf is `code` (non-zero). */
  getCode(code: number): number | undefined {
    const i = this.#slot(code);
    return this.#keys[i] === 0 ? undefined : this.#values[i];
  }

  /** set() of the id whose codeOf is `code` (non-zero). */
  setCode(code: number, index: number): void {
    let i = this.#slot(code);
    if (this.#keys[i] === 0) {
      if ((this.#count + 1) * 2 > this.#keys.length) {
        this.#grow();
        i = this.#slot(code);
      }
      this.#count += 1;
      this.#keys[i] = code;
    }
    this.#values[i] = index;
  }

  #slot(code: number): number {
    const mask = this.#keys.length - 1;
    let h = Math.imul((code % 0x7fffffff) ^ Math.floor(code / 0x7fffffff), 0x9e3779b1) >>> 0;
    for (;;) {
      const i = h & mask;
      const k = this.#keys[i] as number;
      if (k === 0 || k === code) return i;
      h = (h + 1) >>> 0;
    }
  }

  get(id: string): number | undefined {
    if (!NUMERIC.test(id)) return this.#other.get(id);
    const i = this.#slot(IdIndex.#code(id));
    return this.#keys[i] === 0 ? undefined : this.#values[i];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, index: number): this {
    if (!NUMERIC.test(id)) {
      this.#other.set(id, index);
      return this;
    }
    this.setCode(IdIndex.#code(id), index);
    return this;
  }

  delete(id: string): boolean {
    if (!NUMERIC.test(id)) return this.#other.delete(id);
    // Rare (a ragged row whose fields were valid): rebuild without the entry (linear probing).
    const code = IdIndex.#code(id);
    const i = this.#slot(code);
    if (this.#keys[i] === 0) return false;
    const keys = this.#keys;
    const values = this.#values;
    this.#keys = new Float64Array(keys.length);
    this.#values = new Int32Array(keys.length);
    this.#count = 0;
    for (let j = 0; j < keys.length; j += 1) {
      const k = keys[j] as number;
      if (k !== 0 && j !== i) {
        const s = this.#slot(k);
        this.#keys[s] = k;
        this.#values[s] = values[j] as number;
        this.#count += 1;
      }
    }
    return true;
  }

  clear(): void {
    this.#keys = new Float64Array(1 << 16);
    this.#values = new Int32Array(1 << 16);
    this.#count = 0;
    this.#other.clear();
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    this.#keys = new Float64Array(keys.length * 2);
    this.#values = new Int32Array(keys.length * 2);
    for (let j = 0; j < keys.length; j += 1) {
      const k = keys[j] as number;
      if (k !== 0) {
        const s = this.#slot(k);
        this.#keys[s] = k;
        this.#values[s] = values[j] as number;
      }
    }
  }
}
