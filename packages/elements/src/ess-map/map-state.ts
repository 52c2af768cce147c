// The state of an <ess-map> that lives in attributes and, optionally, in the URL hash (Lit-free).
// The hash is shared with the host page, so the element only touches its own namespaced entry:
// "#top&ess-map=types%3Dscic%26q%3Dv%C3%A9lo" keeps "top" and any other "key=value" untouched.

/** The attributes that make an embed pre-filtered and deep-linkable. */
export const STATE_KEYS = ['types', 'needs', 'zones', 'q', 'selected'] as const;
export type StateKey = (typeof STATE_KEYS)[number];
export type MapState = Partial<Record<StateKey, string>>;

/** "a, b,,c" → ['a', 'b', 'c']. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** ['a', 'b'] → "a,b"; an empty list → null (the attribute is removed). */
export function formatList(values: readonly string[]): string | null {
  return values.length > 0 ? values.join(',') : null;
}

/** Reads the element's entry `key` from a location hash ("#…"); null when absent. */
export function readHashState(hash: string, key: string): MapState | null {
  const prefix = `${key}=`;
  const entry = hash
    .replace(/^#/, '')
    .split('&')
    .find((part) => part.startsWith(prefix));
  if (entry === undefined) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(decodeURIComponent(entry.slice(prefix.length)));
  } catch {
    return null;
  }
  const state: MapState = {};
  for (const k of STATE_KEYS) {
    const v = params.get(k);
    if (v !== null && v !== '') state[k] = v;
  }
  return state;
}

/** Returns `hash` with the element's entry set to `state` (removed when the state is empty). */
export function writeHashState(hash: string, key: string, state: MapState): string {
  const prefix = `${key}=`;
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith(prefix));
  const params = new URLSearchParams();
  for (const k of STATE_KEYS) {
    const v = state[k];
    if (v !== undefined && v !== '') params.set(k, v);
  }
  const encoded = params.toString();
  if (encoded !== '') parts.push(prefix + encodeURIComponent(encoded));
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

/** The state the attributes hold, empty ones left out (what goes in the hash). */
export function stateOf(values: Readonly<Record<StateKey, string | null>>): MapState {
  const state: MapState = {};
  for (const k of STATE_KEYS) {
    const v = values[k];
    if (v) state[k] = v;
  }
  return state;
}

/** Writes the element's entry `key` of the page's hash, without a history entry (nothing when unchanged). */
export function replaceHashState(key: string, state: MapState): void {
  const next = writeHashState(window.location.hash, key, state);
  if (next !== window.location.hash && !(next === '' && window.location.hash === '')) {
    history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${next}`);
  }
}

/**
 * The actor whose card is open, from the `selected` attribute: the whole value when it is an id
 * (an id may hold a comma), else the first id of its list; null when none is in the data.
 */
export function selectedActorOf<A>(selected: string | null, all: readonly A[], byId: ReadonlyMap<string, number>): A | null {
  const whole = selected === null ? undefined : byId.get(selected);
  if (whole !== undefined) return all[whole] ?? null;
  const id = parseList(selected)[0];
  if (id === undefined) return null;
  const i = byId.get(id);
  return i === undefined ? null : (all[i] ?? null);
}
