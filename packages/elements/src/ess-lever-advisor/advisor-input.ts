// Everything that brings a state into the advisor, as one reactive controller: presets from
// attributes, saved answers and a share link read back at start (through the validation chunk,
// loaded with LazyController), an imported file (decoded like the map decodes data), the element's
// load(), the actor selected on a followed map, the commune typed, and forgetting everything. What
// comes in over the user's own work waits for their choice (the store's `incoming`). Lit-free.
import type { PropertyValues, ReactiveController } from 'lit';
import { ACTIVITY_IDS, ACTOR_TYPE_IDS, APPROVAL_IDS, DECISION_MAKER_IDS, FUNDING_SOURCE_IDS, REQUEST_IDS, STAGE_IDS, ZONING_IDS, approvalsImpliedBy } from '@terreau/core';
import { LazyController } from '../internal/lazy-controller.js';
import type { EssActorSelectDetail } from '../events/ess-actor-select.js';
import type { AdvisorContext, AdvisorState, StateProblem } from './advisor-state.js';
import { BASELINE_SUFFIX, PREVIOUS_SUFFIX } from './advisor-store.js';
import { emptyAdvisorState } from './empty-state.js';
import { findCommune, zonesForCommune } from './communes.js';
import { readTextFile } from './file-io.js';
import type { EssLeverAdvisor } from './ess-lever-advisor.component.js';
import { stateInputLoader } from './loaders.js';
import { readSaved } from './storage.js';
import { hashWithoutShare, shareFromHash } from './share-link.js';

const splitList = (v: string | null | undefined): string[] => (v ?? '').split(/[\s,]+/).filter((s) => s.length > 0);
const pick = <T extends string>(ids: readonly T[], values: string[]): T[] => values.filter((v): v is T => (ids as readonly string[]).includes(v));
const one = <T extends string>(ids: readonly T[], value: string | null | undefined): T | undefined =>
  value != null && (ids as readonly string[]).includes(value) ? (value as T) : undefined;

const PRESETS = ['decisionMaker', 'commune', 'type', 'stage', 'activity', 'approvals', 'zones', 'funding', 'name', 'asker'];

export class AdvisorInput implements ReactiveController {
  /** Saved answers or a share link are being read back: the questionnaire waits (inert). */
  restoring = false;
  /** The code that reads saved answers back could not be fetched: saving pauses (it would overwrite them). */
  restoreFailed = false;
  private restored = false;
  private readonly reader: LazyController<Awaited<ReturnType<typeof stateInputLoader.load>>>;
  private unlisten: (() => void) | null = null;

  constructor(private readonly host: EssLeverAdvisor) {
    this.reader = new LazyController(host, stateInputLoader);
    host.addController(this);
  }

  hostConnected(): void {}

  connect(): void {
    const onSelect = (e: Event) => {
      const el = e.composedPath()[0];
      if (this.host.mode === 'territory' || !(el instanceof HTMLElement) || el.localName !== 'ess-map') return;
      if (this.host.for && el.id !== this.host.for) return;
      const actor = (e as CustomEvent<EssActorSelectDetail>).detail.actor;
      if (actor) this.prefillFromActor(actor);
    };
    document.addEventListener('ess-actor-select', onSelect);
    this.unlisten = () => document.removeEventListener('ess-actor-select', onSelect);
  }

  disconnect(): void {
    this.unlisten?.();
    this.unlisten = null;
  }

  willUpdate(changed: PropertyValues): void {
    if (!this.restored) this.restore();
    else if (this.host.hasUpdated && PRESETS.some((p) => changed.has(p))) {
      this.host.store.update({ context: this.applyPresets(this.host.data.context, true) }, 'preset');
    }
  }

  /** Preset attributes over a context: with `force`, presets replace values; otherwise they fill gaps. */
  applyPresets(context: AdvisorContext, force: boolean): AdvisorContext {
    const h = this.host;
    const next: AdvisorContext = { ...context };
    const set = <K extends keyof AdvisorContext>(k: K, v: AdvisorContext[K] | undefined) => {
      if (v === undefined) return;
      const empty = next[k] === undefined || next[k] === '' || (Array.isArray(next[k]) && (next[k] as unknown[]).length === 0);
      if (force || empty) next[k] = v;
    };
    set('decisionMaker', one(DECISION_MAKER_IDS, h.decisionMaker));
    set('type', one(ACTOR_TYPE_IDS, h.type));
    set('stage', one(STAGE_IDS, h.stage));
    const activity = one(ACTIVITY_IDS, h.activity);
    set('activities', activity ? [activity] : undefined);
    if (h.approvals) set('approvals', pick(APPROVAL_IDS, splitList(h.approvals)));
    if (h.funding) set('fundingSources', pick(FUNDING_SOURCE_IDS, splitList(h.funding)));
    if (h.name) set('name', h.name.trim().slice(0, 200));
    if (h.asker) set('asker', h.asker.trim().slice(0, 200));
    if (h.commune) {
      const found = findCommune(h.commune);
      if (found && (force || next.communeCode === undefined)) {
        next.communeCode = found.code;
        next.zones = zonesForCommune(found.code, h.today);
      }
    }
    if (h.zones) set('zones', pick(ZONING_IDS, splitList(h.zones)));
    return next;
  }

  /** Replaces the whole state; presets fill what it leaves open; the raw fields follow. */
  private apply(state: AdvisorState, cause: string, save: boolean): void {
    this.host.store.replace({ ...state, context: this.applyPresets(state.context, false) }, cause, save);
    this.host.fields.sync();
  }

  /**
   * First load: a share link, else saved answers, else presets. Says what happened in the status
   * line. With nothing to read back the empty questionnaire shows at once; otherwise the validation
   * code is fetched first, the questionnaire inert meanwhile. A share link over saved work asks.
   */
  restore(): void {
    this.restored = true;
    const h = this.host;
    const ui = h.ui;
    const store = h.store;
    const key = store.key();
    const payload = shareFromHash(location.hash);
    const saved = h.persist === 'off' ? ({ status: 'empty' } as const) : readSaved(key);
    if (payload !== null) {
      // Out of the address once read: a later reload shows the user's own (saved) work again.
      try {
        history.replaceState(history.state, '', `${location.pathname}${location.search}${hashWithoutShare(location.hash)}`);
      } catch {
        // A sandboxed frame may refuse; the link then simply stays.
      }
    }
    if (payload === null && saved.status !== 'found') {
      this.apply(emptyAdvisorState(), 'restore', false);
      h.status = saved.status === 'unavailable' ? ui.status.unavailable : '';
      return;
    }
    this.restoring = true;
    this.restoreFailed = false;
    store.paused = true;
    h.status = ui.status.restoring;
    void this.reader.load().then((m) => {
      this.restoring = false;
      if (!m) {
        // Nothing is lost: the saved entry stays as it is, and saving waits until it has been read.
        this.restoreFailed = true;
        this.apply(emptyAdvisorState(), 'restore', false);
        h.status = ui.status.restoreFailed;
        return;
      }
      let message = '';
      if (saved.status === 'found') {
        const parsed = m.parseAdvisorJson(saved.text);
        if (parsed.ok) {
          this.apply(parsed.state, 'restore', false);
          message = parsed.state.savedAt ? ui.status.restored(this.formatSavedAt(parsed.state.savedAt)) : ui.status.restoredUndated;
        } else {
          this.apply(emptyAdvisorState(), 'restore', false);
          message = parsed.problem.kind === 'version' ? ui.status.discardedOld : ui.status.discardedBad;
        }
        for (const [which, suffix] of [['previous', PREVIOUS_SUFFIX], ['baseline', BASELINE_SUFFIX]] as const) {
          const kept = readSaved(key + suffix);
          const p = kept.status === 'found' ? m.parseAdvisorJson(kept.text) : null;
          if (p?.ok) store[which] = p.state;
        }
      } else this.apply(emptyAdvisorState(), 'restore', false);
      store.paused = false;
      if (payload !== null) {
        const shared = m.decodeShare(payload);
        if (shared.ok) {
          const outcome = store.receive({ ...shared.state, context: this.applyPresets(shared.state.context, false) }, 'share-link');
          h.fields.sync();
          message = outcome === 'applied' ? ui.status.shareLoaded : message;
        } else message = ui.status.shareBad;
      }
      h.status = message;
    });
  }

  private formatSavedAt(iso: string): string {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso.slice(0, 40);
    return new Intl.DateTimeFormat(this.host.locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(d);
  }

  /** The user's choice about a share link or an imported file that came over their work. */
  resolveIncoming(choice: 'replace' | 'compare' | 'ignore'): void {
    const h = this.host;
    h.store.resolveIncoming(choice);
    h.fields.sync();
    h.status = choice === 'replace' ? h.ui.incoming.replaced : choice === 'ignore' ? h.ui.incoming.ignored : '';
    if (choice === 'compare') void h.updateComplete.then(() => (h.renderRoot.querySelector('#changes-heading') as HTMLElement | null)?.scrollIntoView?.({ block: 'nearest' }));
  }

  async importFile(e: Event): Promise<void> {
    const h = this.host;
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await readTextFile(file);
    if (text === null) {
      h.importError = h.ui.errors.importTooBig;
      return;
    }
    const reader = await this.reader.load();
    if (!reader) {
      h.importError = h.ui.errors.importUnavailable;
      return;
    }
    const parsed = reader.parseAdvisorJson(text);
    if (!parsed.ok) {
      h.importError = this.problemText(parsed.problem);
      return;
    }
    h.importError = null;
    this.restoreFailed = false;
    const outcome = h.store.receive(parsed.state, 'import');
    h.fields.sync();
    h.status = outcome === 'applied' ? h.ui.status.imported : '';
  }

  private problemText(problem: StateProblem): string {
    const e = this.host.ui.errors;
    if (problem.kind === 'not-json') return e.importNotJson;
    if (problem.kind === 'version') return e.importVersion(String(JSON.stringify(problem.found) ?? 'undefined').slice(0, 30));
    return e.importField(problem.path.slice(0, 80), problem.code);
  }

  /** The element's load(): validated like an import, applied at once (the caller asked). */
  async loadState(state: unknown): Promise<boolean> {
    const reader = await this.reader.load();
    if (!reader) return false;
    const parsed = reader.parseAdvisorJson(JSON.stringify(state));
    if (!parsed.ok) return false;
    this.restoreFailed = false;
    this.host.store.paused = false;
    this.apply(parsed.state, 'import', true);
    return true;
  }

  async share(withFigures: boolean): Promise<void> {
    const h = this.host;
    const link = h.store.shareLink(location.href, withFigures);
    h.shareLink = link;
    // The link is always shown (selectable); copying is a bonus a page may refuse or leave pending.
    const copied = await Promise.race([
      navigator.clipboard?.writeText(link).then(
        () => true,
        () => false,
      ) ?? Promise.resolve(false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000)),
    ]);
    h.status = copied ? h.ui.status.shareCopied : h.ui.status.shareReady;
  }

  forget(): void {
    const h = this.host;
    h.confirmingForget = false;
    this.restoreFailed = false;
    h.store.forget();
    h.fields.sync();
    h.shareLink = '';
    h.shareFigures = false;
    h.importError = null;
    h.status = h.ui.privacy.forgotten;
    h.step = 0;
    void h.updateComplete.then(() => (h.renderRoot.querySelector('#step-heading') as HTMLElement | null)?.focus());
  }

  selectContext(field: 'type' | 'stage' | 'decisionMaker' | 'activity' | 'request', value: string): void {
    const context = { ...this.host.data.context };
    if (field === 'activity') context.activities = one(ACTIVITY_IDS, value) ? [value as (typeof ACTIVITY_IDS)[number]] : [];
    else if (field === 'type') {
      const v = one(ACTOR_TYPE_IDS, value);
      if (v) {
        context.type = v;
        // Being an ACI, an EA… implies its convention or approval (core's typology): tick it.
        context.approvals = [...new Set([...context.approvals, ...approvalsImpliedBy(v)])];
      } else delete context.type;
    } else if (field === 'request') {
      const v = one(REQUEST_IDS, value);
      if (v) context.request = v;
      else delete context.request;
    } else if (field === 'stage') {
      const v = one(STAGE_IDS, value);
      if (v) context.stage = v;
      else delete context.stage;
    } else {
      const v = one(DECISION_MAKER_IDS, value);
      if (v) context.decisionMaker = v;
      else delete context.decisionMaker;
    }
    this.host.store.update({ context }, field);
  }

  commitCommune(raw: string): void {
    const h = this.host;
    const text = raw.trim();
    const context = { ...h.data.context };
    if (text === '') {
      delete context.communeCode;
      h.fields.communeError = null;
      h.store.update({ context }, 'communeCode');
      return;
    }
    const found = findCommune(text);
    if (!found) {
      h.fields.communeError = h.ui.errors.unknownCommune(text.slice(0, 60));
      h.requestUpdate();
      return;
    }
    h.fields.communeError = null;
    h.fields.communeText = found.code;
    context.communeCode = found.code;
    context.zones = zonesForCommune(found.code, h.today);
    h.store.update({ context }, 'communeCode');
  }

  /** An actor selected on the followed map: its name, type, commune and activities fill the context. */
  private prefillFromActor(actor: NonNullable<EssActorSelectDetail['actor']>): void {
    const h = this.host;
    const context: AdvisorContext = { ...h.data.context, name: actor.name.slice(0, 200) };
    if ((ACTOR_TYPE_IDS as readonly string[]).includes(actor.type)) {
      context.type = actor.type;
      context.approvals = [...new Set([...actor.approvals, ...approvalsImpliedBy(actor.type)])].filter((a) => (APPROVAL_IDS as readonly string[]).includes(a));
    }
    if (actor.activities.length > 0) context.activities = actor.activities.slice(0, 1);
    if (actor.communeCode && findCommune(actor.communeCode)) {
      context.communeCode = actor.communeCode;
      context.zones = zonesForCommune(actor.communeCode, h.today);
    }
    h.store.update({ context }, 'map-selection');
    h.fields.sync();
  }
}
