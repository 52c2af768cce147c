// Newline-delimited JSON (one JSON value per line). Pure.

/** A line that is not valid JSON; the other lines are still read. */
export interface NdjsonIssue {
  /** 1-based line number. */
  line: number;
  code: 'invalid_json';
  /** The line's text (cut to 200 characters). */
  value: string;
}

/** Default deepest nesting of a JSON record (arrays and objects inside one another). */
export const DEFAULT_MAX_JSON_DEPTH = 64;

/** How deep arrays and objects nest in a JSON text (strings skipped), stopping once past `max`. */
export function jsonDepthOver(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return false;
}

/**
 * Parses one NDJSON line; `undefined` for a blank line, `tooDeep` when its arrays and objects nest
 * deeper than `maxDepth` (default 64: no actor needs more, and deeper values exhaust the stack of
 * whatever walks them).
 */
export function parseNdjsonLine(text: string, maxDepth = DEFAULT_MAX_JSON_DEPTH): { value: unknown } | { error: true } | { tooDeep: true } | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (jsonDepthOver(t, maxDepth)) return { tooDeep: true };
  try {
    return { value: JSON.parse(t) as unknown };
  } catch {
    return { error: true };
  }
}

/** Parses NDJSON text: every non-blank line is a value; bad lines are reported, not dropped silently. */
export function parseNdjson(text: string): { values: unknown[]; lines: number[]; issues: NdjsonIssue[] } {
  const out = { values: [] as unknown[], lines: [] as number[], issues: [] as NdjsonIssue[] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n/);
  lines.forEach((line, i) => {
    const parsed = parseNdjsonLine(line);
    if (parsed === undefined) return;
    if (!('value' in parsed)) out.issues.push({ line: i + 1, code: 'invalid_json', value: line.slice(0, 200) });
    else {
      out.values.push(parsed.value);
      out.lines.push(i + 1);
    }
  });
  return out;
}

/** Values → NDJSON text (one line each, ending with a line break). */
export function toNdjson(values: Iterable<unknown>): string {
  let out = '';
  for (const v of values) out += `${JSON.stringify(v)}\n`;
  return out;
}
