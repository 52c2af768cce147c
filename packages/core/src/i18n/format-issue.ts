// Turns a RecordIssue into a sentence in one locale. The result is plain text: the bad value is
// quoted, cut to a readable length and stripped of control and bidirectional-override characters,
// but never escaped or interpreted — show it with textContent, never innerHTML.
import type { IssueToFormat } from '../schema/record-issue.js';
import type { ErrorsMessages } from './fr/errors.js';

/** Values longer than this many characters are cut and end with "…". */
export const MAX_SHOWN_VALUE_LENGTH = 60;
/** At most this many allowed values are listed in an invalid_value message. */
const MAX_LISTED_VALUES = 6;

// C0/C1 controls and the bidirectional controls that could reorder the text around the value.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** Cuts a text to `max` characters (code points, so no emoji is split) and adds "…". */
export function truncateText(text: string, max = MAX_SHOWN_VALUE_LENGTH): string {
  if (text.length <= max) return text;
  // only the start is split into code points (2 units at most each): a value of megabytes costs no more
  const chars = Array.from(text.length > 2 * max ? text.slice(0, 2 * max) : text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Characters (code points) in a text, as Array.from counts them, without building the array (values may be megabytes). */
function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** How a bad value appears in a message. */
export function formatIssueValue(value: unknown, errors: ErrorsMessages): string {
  if (value === undefined) return errors.missingValue;
  if (typeof value === 'string') {
    if (value.trim() === '') return errors.emptyValue;
    return fill(errors.quoted, { value: truncateText(value.replace(UNSAFE_CHARS, ' ')) });
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  return truncateText(stringify(value).replace(UNSAFE_CHARS, ' '));
}

/** The label of a field, looked up by its path without list positions ("zones.0.from" → "zones.from"). */
function fieldLabel(path: string, errors: ErrorsMessages): string | undefined {
  const labels = errors.fields as Record<string, string>;
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  // The deepest labelled ancestor: a path inside a free object still names its known parent.
  for (let n = parts.length; n > 0; n -= 1) {
    const label = labels[parts.slice(0, n).join('.')];
    if (label !== undefined) return label;
  }
  return undefined;
}

function showField(issue: IssueToFormat, errors: ErrorsMessages): string {
  if (issue.index === -1 && issue.path === '') return errors.input;
  if (issue.path === '') return errors.record;
  const label = fieldLabel(issue.path, errors);
  return label === undefined ? issue.path : fill(errors.field, { label, path: issue.path });
}

function listValues(values: readonly string[], errors: ErrorsMessages): string {
  const shown = values.slice(0, MAX_LISTED_VALUES).map((v) => truncateText(v.replace(UNSAFE_CHARS, ' ')));
  const text = shown.join(errors.listSeparator);
  return values.length > shown.length ? text + fill(errors.moreValues, { count: String(values.length - shown.length) }) : text;
}

function chooseTemplate(issue: IssueToFormat, errors: ErrorsMessages): string {
  const origin = issue.params?.['origin'];
  if (issue.code === 'too_small') {
    if (origin === 'string') return issue.params?.['minimum'] === 1 ? errors.variants.too_small_string_empty : errors.variants.too_small_string;
    if (origin === 'array' || origin === 'set') return errors.variants.too_small_array;
  }
  if (issue.code === 'too_big') {
    if (origin === 'string') return errors.variants.too_big_string;
    if (origin === 'array' || origin === 'set') return errors.variants.too_big_array;
  }
  // An unclosed quote read by the whole-text reader knows which lines it swallowed.
  if (issue.code === 'unclosed_quote' && typeof issue.params?.['lastLine'] === 'number' && typeof issue.params['line'] === 'number') return errors.variants.unclosed_quote_lines;
  return errors.codes[issue.code];
}

/** One issue as a sentence naming the field and the bad value, in the locale of `messages`. */
export function formatIssue(issue: IssueToFormat, messages: { errors: ErrorsMessages }): string {
  const { errors } = messages;
  const params = issue.params ?? {};
  const values: Record<string, string> = {
    field: showField(issue, errors),
    value: formatIssueValue(issue.value, errors),
  };
  for (const [key, param] of Object.entries(params)) {
    values[key] = Array.isArray(param) ? listValues(param, errors) : String(param);
  }
  const expected = params['expected'];
  if (typeof expected === 'string') values['expected'] = (errors.types as Record<string, string>)[expected] ?? expected;
  if (Array.isArray(params['allowed'])) values['allowed'] = listValues(params['allowed'], errors);
  if (typeof issue.value === 'string') values['length'] = String(codePointCount(issue.value));
  return fill(chooseTemplate(issue, errors), values);
}
