// A share link carries the questionnaire in the URL hash (nothing goes to a server):
// `#ess-advisor=<payload>`, other hash parameters of the page are kept. The payload is compact:
// answers as one character per criterion (in CRITERION_IDS order), context, actions done and —
// only when the user ticks it, after a warning — the figures, as JSON, all base64url-encoded.
// Figures are private by default: a link travels by e-mail and lands in browser histories. Reading (share-decode.ts) goes through the same validation as storage and
// import, loaded when a link is opened.
// Lit-free and DOM-free.
import { CRITERION_IDS, type Answer } from '@terreau/core';
import type { AdvisorState } from './advisor-state.js';
import { ADVISOR_STATE_VERSION } from './empty-state.js';

/** The hash parameter's name. */
export const SHARE_KEY = 'ess-advisor';

export const ANSWER_CHARS: Record<string, Answer> = { '0': 0, '1': 1, '2': 2, '3': 3, '4': 4, u: 'unknown', n: 'not-applicable' };

function answerChar(a: Answer | undefined): string {
  if (a === undefined) return '-';
  if (a === 'unknown') return 'u';
  if (a === 'not-applicable') return 'n';
  return String(a);
}

function toBase64Url(text: string): string {
  let bin = '';
  for (const byte of new TextEncoder().encode(text)) bin += String.fromCharCode(byte);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(b64: string): string {
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Encodes a state as the compact payload (no `savedAt`, empty lists left out, figures only with `withFigures`). */
export function encodeShare(state: AdvisorState, withFigures = false): string {
  const a = CRITERION_IDS.map((id) => answerChar(state.answers[id])).join('');
  const c: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(state.context)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    c[k] = v;
  }
  const payload: Record<string, unknown> = { v: ADVISOR_STATE_VERSION, a, c };
  if (withFigures && Object.keys(state.figures).length > 0) payload.f = state.figures;
  if (state.done.length > 0) payload.d = state.done;
  if (state.path) payload.p = state.path;
  return toBase64Url(JSON.stringify(payload));
}

/** Splits a location hash (`#a=1&ess-advisor=…`) into its parameters, order kept. */
function hashParams(hash: string): [string, string][] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p.length > 0)
    .map((p) => {
      const i = p.indexOf('=');
      return i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)];
    });
}

/** The advisor's payload in a hash, or null when the hash carries none. */
export function shareFromHash(hash: string): string | null {
  const found = hashParams(hash).find(([k]) => k === SHARE_KEY);
  return found ? found[1] : null;
}

/** `href` with its hash carrying `payload` under the advisor's key, other hash parameters kept. */
export function shareUrl(href: string, payload: string): string {
  const url = new URL(href);
  const others = hashParams(url.hash).filter(([k]) => k !== SHARE_KEY);
  url.hash = [...others, [SHARE_KEY, payload]].map(([k, v]) => (v ? `${k}=${v}` : k)).join('&');
  return url.href;
}

/** The hash without the advisor's payload (other parameters kept); '' when nothing is left. */
export function hashWithoutShare(hash: string): string {
  const rest = hashParams(hash).filter(([k]) => k !== SHARE_KEY);
  return rest.length === 0 ? '' : `#${rest.map(([k, v]) => (v ? `${k}=${v}` : k)).join('&')}`;
}
