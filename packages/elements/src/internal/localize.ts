// Language of the widgets: `lang="fr|en"` on the element or its nearest ancestor (crossing shadow
// roots), French by default. French text is bundled; English (the widgets' strings and core's
// messages) is fetched with a dynamic import the first time it is needed, so French pages pay nothing.
// Each widget names the parts of core's messages it shows (its `LocaleSource`), so a page with only
// the map does not carry the scoring, recommendation and toolkit text the advisor needs.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CatalogueLabels, Messages, ScoringLabels } from '@terreau/core';
import { LazyController } from './lazy-controller.js';
import { uiFr, type UiMessages } from './locales/fr.js';
import { formatNumberIn } from './format-number.js';

export type Locale = 'fr' | 'en';

/**
 * Some parts of core's messages (always with `locale`): what one widget shows, possibly a slice of a
 * part (the catalogue's and the scoring model's labels without descriptions or questions; the map's
 * French catalogue has only the labels of its first paint; the advisor bundles only the context
 * step's lists of `recommend` and loads the rest later).
 */
export type CoreMessages = Pick<Messages, 'locale'> & { catalogue?: Partial<CatalogueLabels>; scoring?: ScoringLabels } & {
  [K in Exclude<keyof Messages, 'locale' | 'catalogue' | 'scoring'>]?: Partial<Messages[K]>;
};

/** Where a widget gets core's text: French bundled, English loaded on first use. */
export interface LocaleSource<M extends CoreMessages = Messages> {
  readonly fr: M;
  /** A dynamic import of the English parts (so rollup makes them a lazy chunk). */
  readonly en: () => Promise<M>;
}

/** Everything a component needs to speak one language. */
export interface LocaleBundle<M extends CoreMessages = Messages> {
  locale: Locale;
  /** Strings of the elements themselves. */
  ui: UiMessages;
  /** Core's messages (catalogue labels, error messages…): the parts the widget's source names. */
  core: M;
}

/** Maps a BCP 47 tag to a supported locale: "en", "en-GB" → en; anything else → fr. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag != null && /^en\b/i.test(tag.trim()) ? 'en' : 'fr';
}

/** The `lang` in force at `el`: its own attribute or its nearest ancestor's, across shadow roots. */
export function langOf(el: Element): string | null {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Lit reactive controller: keeps `bundle` in the language of the host's context and re-renders the
 * host when it changes (its own `lang` attribute or an ancestor's). Until English arrives the host
 * keeps its current language, then updates once.
 */
export class LocaleController<M extends CoreMessages = Messages> implements ReactiveController {
  /** Messages currently in use (French until another language is resolved). */
  bundle: LocaleBundle<M>;
  private observer: MutationObserver | undefined;
  private wanted: Locale = 'fr';
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly french: M;
  /** Resolves when the current language has been loaded (tests, or code that must wait for text). */
  ready: Promise<LocaleBundle<M>>;
  /** English (the elements' strings and the host's parts of core's messages): one chunk load, retried after a failure. */
  private readonly english: LazyController<LocaleBundle<M>>;

  /** `source`: the parts of core's messages the host shows (e.g. the map's `mapMessages`). */
  constructor(host: ReactiveControllerHost & HTMLElement, source: LocaleSource<M>) {
    this.host = host;
    this.english = new LazyController(host, {
      load: () => Promise.all([import('./locales/en.js').then((m) => m.uiEn), source.en()]).then(([ui, core]) => ({ locale: 'en' as const, ui, core })),
    });
    this.french = source.fr;
    this.bundle = { locale: 'fr', ui: uiFr, core: source.fr };
    this.ready = Promise.resolve(this.bundle);
    host.addController(this);
  }

  get locale(): Locale {
    return this.bundle.locale;
  }

  get ui(): UiMessages {
    return this.bundle.ui;
  }

  get core(): M {
    return this.bundle.core;
  }

  hostConnected(): void {
    this.sync();
    this.observer = new MutationObserver(() => this.sync());
    // `lang` may change on the host or on any ancestor: watch the host's tree and the document.
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot || root instanceof Document) this.observer.observe(root, options);
    if (root !== document) this.observer.observe(document.documentElement, options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Re-reads the `lang` in force and switches language if it changed. */
  sync(): void {
    const wanted = toLocale(langOf(this.host));
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    const loading: Promise<LocaleBundle<M> | undefined> = wanted === 'fr' ? Promise.resolve({ locale: 'fr', ui: uiFr, core: this.french }) : this.english.load();
    // A failed chunk load leaves the widget in French rather than broken; the next change of `lang` tries again.
    this.ready = loading.then((bundle) => {
      if (bundle && this.wanted === bundle.locale && this.bundle.locale !== bundle.locale) {
        this.bundle = bundle;
        this.host.requestUpdate();
      }
      return this.bundle;
    });
  }
}

/** Formats a number the way the current locale writes it (12 345 / 12,345). */
export function formatNumber(locale: Locale, n: number): string {
  return formatNumberIn(locale, n);
}

/** Formats an ISO date (YYYY-MM-DD) as a long date in the current locale; returns the input if invalid. */
export function formatDate(locale: Locale, iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}
