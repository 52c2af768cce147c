// Streams the elements of a JSON array without holding the whole document: either a top-level
// array, or the array under a top-level key ("features" of a GeoJSON FeatureCollection, "actors" of
// a dataset). Each element's text is handed to JSON.parse on its own.

export interface JsonElement {
  /** The element's JSON text, or an error when it cannot be parsed. */
  value?: unknown;
  error?: string;
  /** The key of the array the element came from (undefined for a top-level array). */
  key?: string;
  /** `too_deep`: the element nests deeper than the limit (its text was skipped); `trailing_content`: text after the document's end. */
  code?: 'too_deep' | 'trailing_content';
  /** Where the trailing content starts: 1-based line, 0-based offset in characters. */
  line?: number;
  offset?: number;
}

const KEYS = new Set(['features', 'actors']);

export class JsonArrayScanner {
  #depth = 0;
  #maxDepth: number;
  /** The element being read nests deeper than the limit: its text is not kept. */
  #tooDeep = false;
  /** Characters and line breaks before the current chunk, and the line within it. */
  #offset = 0;
  #line = 1;
  /** The document ended (its root closed): anything but blanks after it is reported, once. */
  #closed = false;
  #trailingSeen = false;

  /** `maxDepth`: deepest nesting of an element (arrays and objects, default 64). */
  constructor(maxDepth = 64) {
    this.#maxDepth = maxDepth;
  }
  #inString = false;
  #escape = false;
  #stringStart = -1;
  #lastString = '';
  #pendingKey: string | undefined;
  /** Depth at which elements are collected (1 for a top-level array, 2 under a key). */
  #arrayDepth = -1;
  #arrayKey: string | undefined;
  #element = '';
  #inElement = false;
  /** What the document's root turned out to be. */
  root: 'array' | 'object' | 'other' | null = null;

  push(text: string): JsonElement[] {
    const out: JsonElement[] = [];
    let elementStart = this.#inElement ? 0 : -1;
    let stringBuf = this.#stringStart >= 0 ? 0 : -1;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 10) this.#line += 1;
      if (this.#inString) {
        if (this.#escape) this.#escape = false;
        else if (c === 92) this.#escape = true;
        else if (c === 34) {
          this.#inString = false;
          if (this.#depth === 1 && this.root === 'object' && stringBuf >= 0) {
            this.#lastString = this.#partialString + text.slice(stringBuf, i);
          }
          this.#partialString = '';
          stringBuf = -1;
          this.#stringStart = -1;
        }
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (this.#closed) {
        // a second value, or garbage, after the document: one error naming where it starts
        if (!this.#trailingSeen) {
          this.#trailingSeen = true;
          out.push({ error: `trailing content at line ${this.#line}`, code: 'trailing_content', line: this.#line, offset: this.#offset + i });
        }
        break;
      }
      if (this.root === null) {
        this.root = c === 91 ? 'array' : c === 123 ? 'object' : 'other';
        if (this.root === 'array') this.#arrayDepth = 1;
      }
      // start of an element?
      if (!this.#inElement && this.#depth === this.#arrayDepth && c !== 93 && c !== 44) {
        this.#inElement = true;
        elementStart = i;
        this.#element = '';
      }
      if (c === 34) {
        this.#inString = true;
        this.#stringStart = i + 1;
        stringBuf = i + 1;
        this.#partialString = '';
        continue;
      }
      if (c === 58 && this.#depth === 1 && this.root === 'object') {
        this.#pendingKey = this.#lastString;
        continue;
      }
      if (c === 91 || c === 123) {
        if (c === 91 && this.#depth === 1 && this.root === 'object' && this.#arrayDepth < 0 && this.#pendingKey && KEYS.has(this.#pendingKey)) {
          this.#arrayDepth = 2;
          this.#arrayKey = this.#pendingKey;
        }
        this.#depth += 1;
        if (this.#inElement && !this.#tooDeep && this.#depth - this.#arrayDepth > this.#maxDepth) {
          // too deep: the element's text is let go; its end is still found by counting brackets
          this.#tooDeep = true;
          this.#element = '';
          elementStart = -1;
        }
        continue;
      }
      if (c === 93 || c === 125) {
        if (this.#inElement && this.#depth === this.#arrayDepth) {
          out.push(this.#finish(this.#element + text.slice(elementStart, i)));
          elementStart = -1;
        }
        if (c === 93 && this.#depth === this.#arrayDepth) this.#arrayDepth = this.#arrayDepth === 2 ? -3 : -1;
        this.#depth -= 1;
        if (this.#depth === 0 && (this.root === 'array' || this.root === 'object')) this.#closed = true;
        continue;
      }
      if (c === 44 && this.#inElement && this.#depth === this.#arrayDepth) {
        out.push(this.#finish(this.#element + text.slice(elementStart, i)));
        elementStart = -1;
      }
    }
    this.#offset += text.length;
    if (this.#inElement && elementStart >= 0 && !this.#tooDeep) this.#element += text.slice(elementStart);
    if (this.#inString && stringBuf >= 0 && this.#depth === 1) this.#partialString += text.slice(stringBuf);
    return out;
  }

  #partialString = '';

  /** Call at the end: an element left open is reported as an error. */
  end(): JsonElement[] {
    if (this.#inElement && this.#element.trim() !== '') {
      this.#inElement = false;
      return [{ error: 'unexpected end', ...(this.#arrayKey ? { key: this.#arrayKey } : {}) }];
    }
    return [];
  }

  /** True once an array of elements was found (top-level, or under "features"/"actors"). */
  get foundArray(): boolean {
    return this.#arrayDepth !== -1 || this.root === 'array';
  }

  #finish(text: string): JsonElement {
    this.#inElement = false;
    this.#element = '';
    const key = this.#arrayKey ? { key: this.#arrayKey } : {};
    if (this.#tooDeep) {
      this.#tooDeep = false;
      return { error: `nested deeper than ${this.#maxDepth}`, code: 'too_deep', ...key };
    }
    try {
      return { value: JSON.parse(text) as unknown, ...key };
    } catch (e) {
      return { error: (e as Error).message, ...key };
    }
  }
}
