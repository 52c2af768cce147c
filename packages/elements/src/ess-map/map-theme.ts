// The map's colours and font (Lit-free): read from the page's custom properties (the component's
// --ess-map-* and --_* tokens) through getComputedStyle, and watched so that the map repaints when
// the page or the system switches between light and dark. map-view.ts keeps the theme it draws with.
import type { Theme } from './scene.js';

/** The theme `container` has now (defaults when it is not in the document). */
export function readTheme(container: HTMLElement): Theme {
  const style = container.isConnected ? getComputedStyle(container) : null;
  const v = (names: string[], fallback: string): string => {
    for (const n of names) {
      const value = style?.getPropertyValue(n).trim();
      if (value) return value;
    }
    return fallback;
  };
  return {
    water: v(['--ess-map-water', '--_bg'], '#ffffff'),
    land: v(['--ess-map-land', '--_surface'], '#eceee8'),
    coast: v(['--ess-map-coast', '--_border'], '#8a8a8a'),
    boundary: v(['--ess-map-boundary', '--_accent'], '#1d4f91'),
    text: v(['--_text'], '#1e1e1e'),
    halo: v(['--_bg'], '#ffffff'),
    font: v(['--_font-family'], 'system-ui, sans-serif'),
  };
}

/**
 * Repaints when the colours change after the first draw: the host's `theme` attribute, the
 * system's light/dark preference, or a page that switches its own scheme by an attribute on
 * <html> or <body> (DSFR's `data-fr-theme`, a `class="dark"`…). The tokens are read again on the
 * next frame and `changed` called only when one of them differs from the `current` theme.
 * Returns what stops watching.
 */
export function watchTheme(container: HTMLElement, current: () => Theme, changed: (theme: Theme) => void): () => void {
  const doc = container.ownerDocument;
  const view = doc.defaultView;
  let pending = 0;
  const check = (): void => {
    if (pending) return;
    pending = requestAnimationFrame(() => {
      pending = 0;
      const next = readTheme(container);
      const before = current();
      if ((Object.keys(next) as (keyof Theme)[]).every((k) => next[k] === before[k])) return;
      changed(next);
    });
  };
  const root = container.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : null;
  const observer = view ? new view.MutationObserver(check) : null;
  for (const el of [host, doc.documentElement, doc.body]) if (el) observer?.observe(el, { attributes: true });
  const scheme = view?.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', check);
  return () => {
    cancelAnimationFrame(pending);
    observer?.disconnect();
    scheme?.removeEventListener('change', check);
  };
}
