// Looks up the CLI's FR/EN text (node/messages/*) and fills {placeholders}.
import { cliEn } from './messages/en.js';
import { cliFr } from './messages/fr.js';
import type { CliMessages } from './messages/fr.js';

export type CliLang = 'fr' | 'en';

export function cliMessages(lang: CliLang): CliMessages {
  return lang === 'en' ? cliEn : cliFr;
}

/** Fills `{name}` placeholders; values are shown as given (plain text, never markup). */
export function fillText(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? showPlain(values[key]) : whole));
}

function showPlain(v: unknown): string {
  if (typeof v === 'string') return v.length > 80 ? `${v.slice(0, 79)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === undefined) return '';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/** The text of a form fault (ragged row, bad JSON…) in one language. */
export function formatIssueText(issue: { code: string; value: unknown; path?: string; params?: Record<string, string | number> }, lang: CliLang): string {
  const templates = cliMessages(lang).formatIssues as Record<string, string>;
  const t = templates[issue.code] ?? issue.code;
  return fillText(t, { value: issue.value, path: issue.path ?? '', ...(issue.params ?? {}) });
}

/** What a failed write says: the path (or standard output), the errno code and its meaning, the records written. */
export function writeFailureText(failure: { path: string; code: string; records: number }, lang: CliLang): string {
  const m = cliMessages(lang);
  const reason = m.errnoReasons[failure.code] ?? (m.errnoReasons['other'] as string);
  const values = { path: failure.path, code: failure.code, reason, records: failure.records.toLocaleString(lang) };
  return fillText(failure.path === '-' ? m.errors.writeFailedStdout : m.errors.writeFailed, values);
}

/** Why an input is refused: what it holds against what was expected (see formats/sniff-content.ts). */
export function contentErrorText(found: string, expected: string, lang: CliLang): string {
  const m = cliMessages(lang);
  const kinds = m.contentKinds as Record<string, string>;
  const hints = m.contentHints as Record<string, string>;
  return fillText(m.contentRefused, { found: kinds[found] ?? found, expected: expected === 'csv' ? 'CSV' : 'JSON', hint: hints[found] ?? '' }).trim();
}
