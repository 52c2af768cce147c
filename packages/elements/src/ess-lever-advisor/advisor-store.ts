// The advisor's state and everything that changes it, without Lit: answers, context, figures,
// actions done, the questionnaire's path; persistence in localStorage; what comes back in (a share
// link, an imported file) and the user's choice about it; the previous answers kept to restore; the
// older assessment the current answers are compared with (follow-up); forgetting everything.
// Actions in, state out: the element subscribes and renders. Lit-free, DOM-free but for storage.
import type { ActionId, Answer, CriterionId } from '@terreau/core';
import type { AdvisorContext, AdvisorState } from './advisor-state.js';
import { emptyAdvisorState, hasWork } from './empty-state.js';
import { clearState, saveState } from './storage.js';
import { encodeShare, shareUrl } from './share-link.js';

/** A state that came in (a share link, an imported file) while the user had work of their own. */
export interface Incoming {
  state: AdvisorState;
  source: 'import' | 'share-link';
}

/** What the user chose for an incoming state. */
export type IncomingChoice = 'replace' | 'compare' | 'ignore';

export type StoreListener = (cause: string) => void;

/** The sub-keys under which the kept states are saved next to the answers. */
export const PREVIOUS_SUFFIX = ':previous';
export const BASELINE_SUFFIX = ':baseline';

export class AdvisorStore {
  data: AdvisorState = emptyAdvisorState();
  /** The answers a replacement pushed aside, until the user restores or forgets them. */
  previous: AdvisorState | null = null;
  /** The older assessment the current answers are compared with (what changed since). */
  baseline: AdvisorState | null = null;
  /** A state waiting for the user's choice (replace, compare, ignore). */
  incoming: Incoming | null = null;
  /** Saving waits while saved answers are being read back (or could not be): it would erase them. */
  paused = false;
  /** Set when storage refused the last save. */
  saveFailed = false;
  private readonly listeners = new Set<StoreListener>();

  constructor(readonly options: { key: () => string; persist: () => boolean }) {}

  /** The storage key of this advisor's answers. */
  key(): string {
    return this.options.key();
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One change by the user: update, save, tell. */
  update(patch: Partial<AdvisorState>, cause: string): void {
    this.data = { ...this.data, ...patch };
    this.save();
    this.notify(cause);
  }

  /** The user answers a criterion. */
  answer(id: CriterionId, answer: Answer): void {
    this.update({ answers: { ...this.data.answers, [id]: answer } }, id);
  }

  /** The user changes context fields; `cause` names the field for listeners. */
  setContext(patch: Partial<AdvisorContext>, cause: string): void {
    this.update({ context: { ...this.data.context, ...patch } as AdvisorContext }, cause);
  }

  /** The user ticks or unticks one value of a multi-choice context field. */
  toggleContext(field: 'approvals' | 'zones' | 'fundingSources', id: string, checked: boolean): void {
    const current = this.data.context[field] as string[];
    this.setContext({ [field]: checked ? [...new Set([...current, id])] : current.filter((x) => x !== id) } as Partial<AdvisorContext>, field);
  }

  /** The user marks an action done or not (the follow-up compares them). */
  toggleDone(id: ActionId, done: boolean): void {
    this.update({ done: done ? [...new Set([...this.data.done, id])] : this.data.done.filter((x) => x !== id) }, 'done');
  }

  /** Replaces the whole state (restore, reset, an accepted import); `save` writes it at once. */
  replace(state: AdvisorState, cause: string, save: boolean): void {
    this.data = state;
    if (save) this.save();
    this.notify(cause);
  }

  /**
   * A state comes in (a share link, an imported file). Over an empty questionnaire it is taken at
   * once; over the user's work it waits for their choice. Returns what happened.
   */
  receive(state: AdvisorState, source: Incoming['source']): 'applied' | 'asking' {
    if (!hasWork(this.data)) {
      this.paused = false;
      this.replace(state, source, true);
      return 'applied';
    }
    this.incoming = { state, source };
    this.notify('incoming');
    return 'asking';
  }

  /**
   * The user's choice about the incoming state. `replace`: it becomes the answers, the current ones
   * kept to restore. `compare`: the current answers stay, compared with the incoming one (an older
   * assessment: what changed since). `ignore`: nothing changes.
   */
  resolveIncoming(choice: IncomingChoice): void {
    const incoming = this.incoming;
    this.incoming = null;
    if (!incoming || choice === 'ignore') return this.notify('incoming');
    this.paused = false;
    if (choice === 'compare') {
      this.setKept('baseline', incoming.state);
      return this.notify('compare');
    }
    this.setKept('previous', { ...this.data, savedAt: new Date().toISOString() });
    this.setKept('baseline', null);
    this.replace(incoming.state, incoming.source, true);
  }

  /** Puts the answers a replacement pushed aside back. */
  restorePrevious(): void {
    const previous = this.previous;
    if (!previous) return;
    this.setKept('previous', null);
    this.setKept('baseline', null);
    this.replace(previous, 'restore-previous', true);
  }

  /** Stops comparing with the older assessment. */
  clearBaseline(): void {
    this.setKept('baseline', null);
    this.notify('compare');
  }

  /** Kept states read back at start (from storage, validated by the element). */
  setKept(which: 'previous' | 'baseline', state: AdvisorState | null): void {
    this[which] = state;
    if (!this.options.persist() || this.paused) return;
    const key = this.options.key() + (which === 'previous' ? PREVIOUS_SUFFIX : BASELINE_SUFFIX);
    if (state) saveState(key, state, state.savedAt ? new Date(state.savedAt) : new Date());
    else clearState(key);
  }

  /** Forgets everything this browser holds for this advisor: answers, figures, kept states. */
  forget(): void {
    const key = this.options.key();
    for (const k of [key, key + PREVIOUS_SUFFIX, key + BASELINE_SUFFIX]) clearState(k);
    this.previous = null;
    this.baseline = null;
    this.incoming = null;
    this.paused = false;
    this.replace(emptyAdvisorState(), 'reset', false);
  }

  /** The export file: the state with its save time. */
  exportJson(now: Date = new Date()): string {
    return JSON.stringify({ ...this.data, savedAt: now.toISOString() }, null, 2);
  }

  /** A link carrying the answers (figures only when `withFigures`). */
  shareLink(href: string, withFigures: boolean): string {
    return shareUrl(href, encodeShare(this.data, withFigures));
  }

  private save(): void {
    if (!this.options.persist() || this.paused) return;
    this.saveFailed = !saveState(this.options.key(), this.data);
  }

  private notify(cause: string): void {
    for (const l of this.listeners) l(cause);
  }
}
