// Newline-delimited JSON (one JSON value per line). Pure.

/** A line that is not valid JSON; the other lines are still read. */
export interface NdjsonIssue {
  /** 1-based line number. */
  line: number;
  code: 'invalid_json';
  /** The line's text (cut to 200 characters). */
  value: string;
}

/** Parses one NDJSON line; `undefined` for a blank line. */
export function parseNdjsonLine(text: string): { value: unknown } | { error: true } | undefined {
  const t = text.trim();
  if (t === '') return undefined;
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
    if ('error' in parsed) out.issues.push({ line: i + 1, code: 'invalid_json', value: line.slice(0, 200) });
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
