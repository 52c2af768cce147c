// Reading a share link's payload back: decoded, then validated like a saved state or an imported file.
// Loaded only when a page is opened from a share link (see state-input.ts). Lit-free and DOM-free.
import { CRITERION_IDS, type Answers } from '@terreau/core';
import { parseAdvisorState, type ParsedState } from './advisor-state.js';
import { ADVISOR_STATE_VERSION } from './empty-state.js';
import { ANSWER_CHARS, fromBase64Url } from './share-link.js';

/** Decodes and validates a payload; never throws. */
export function decodeShare(payload: string): ParsedState {
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(payload));
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (typeof raw !== 'object' || raw === null) return { ok: false, problem: { kind: 'invalid', path: '(root)', code: 'invalid_type' } };
  const { v, a, c, f, d, p } = raw as { v?: unknown; a?: unknown; c?: unknown; f?: unknown; d?: unknown; p?: unknown };
  if (v !== ADVISOR_STATE_VERSION) return { ok: false, problem: { kind: 'version', found: v } };
  if (typeof a !== 'string' || a.length > CRITERION_IDS.length) {
    return { ok: false, problem: { kind: 'invalid', path: 'answers', code: 'invalid_type' } };
  }
  const answers: Answers = {};
  for (let i = 0; i < a.length; i += 1) {
    const ch = a[i] as string;
    const id = CRITERION_IDS[i];
    if (ch === '-' || id === undefined) continue;
    const answer = ANSWER_CHARS[ch];
    if (answer === undefined) return { ok: false, problem: { kind: 'invalid', path: `answers.${id}`, code: 'invalid_value' } };
    answers[id] = answer;
  }
  return parseAdvisorState({ v, context: c ?? {}, answers, figures: f ?? {}, done: d ?? [], ...(p !== undefined ? { path: p } : {}) });
}

