// Shared helpers for the <ess-map> tests.
import { oneEvent, waitUntil } from '@open-wc/testing';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssDataErrorDetail } from '../../../packages/elements/src/events/ess-data-error.js';
import type { EssDataLoadDetail } from '../../../packages/elements/src/events/ess-data-load.js';

export function shadow(el: EssMap): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** An `<ess-map>` without basemap reading `src` (with `attrs` set), once its data is loaded and rendered. */
export async function mountSrc(src: string, attrs: Record<string, string> = {}): Promise<{ el: EssMap; detail: EssDataLoadDetail }> {
  return mountUntil<EssDataLoadDetail>(src, { basemap: 'none', ...attrs }, 'ess-data-load');
}

/** An `<ess-map>` reading `src` (with `attrs` set), once it fired `event` (its detail given) and rendered. */
async function mountUntil<D>(src: string, attrs: Record<string, string>, event: 'ess-data-load' | 'ess-data-error'): Promise<{ el: EssMap; detail: D }> {
  const el = document.createElement('ess-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.src = src;
  const fired = oneEvent(el, event);
  document.body.append(el);
  const { detail } = (await fired) as CustomEvent<D>;
  await settle(el);
  return { el, detail };
}

/** The text of the rejected-records panel, blanks (French non-breaking ones too) as single spaces. */
export const issuesText = (el: EssMap): string => (shadow(el).querySelector('#issues-title')?.parentElement?.textContent ?? '').replace(/\s+/g, ' ');

/** Waits for the element to finish loading and rendering. */
export async function settle(el: EssMap): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    await el.updateComplete;
    const root = shadow(el);
    const busy = root.querySelector('.status .muted');
    // The filters and side panels come in the task after the data's first paint.
    const panelsPending = !busy && root.querySelector('.status [role="alert"]') === null && root.querySelector('.filters') === null;
    if ((!busy && !panelsPending) || !el.isConnected) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

/** Names in the list, in displayed order. */
export function listNames(el: EssMap): string[] {
  return Array.from(shadow(el).querySelectorAll('tbody button[data-id]')).map((b) => (b.textContent ?? '').trim());
}

export async function axeViolations(el: Element): Promise<unknown[]> {
  const axe = (window as unknown as { axe: { run: (n: Element) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe;
  const r = await axe.run(el);
  return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html.slice(0, 200)) }));
}

const prov = { source: 'Test', checkedAt: '2026-02-01' };

/** Four valid actors over three families, one without location, two partnerships. */
export function actorsFixture(): Record<string, unknown>[] {
  return [
    { id: 'velo', name: 'Atelier vélo', type: 'association', address: { city: 'Valence' }, location: { lat: 44.93, lon: 4.89, precision: 'exact' }, activities: ['bike-workshop'], zones: [{ zoning: 'qpv' }], website: 'https://velo.example.org/', provenance: prov },
    { id: 'energie', name: 'Coop Énergie', type: 'scic', address: { city: 'Die' }, location: { lat: 44.75, lon: 5.37, precision: 'exact' }, activities: ['citizen-energy'], provenance: prov },
    { id: 'regie', name: 'Régie Nord', type: 'regie-de-quartier', address: { city: 'Anvers' }, location: { lat: 45.0, lon: 4.9, precision: 'commune' }, activities: ['insertion-scheme'], zones: [{ zoning: 'qpv' }], provenance: prov },
    { id: 'mairie', name: 'Mairie de Crest', type: 'commune', address: { city: 'Crest' }, provenance: prov },
  ];
}

/** Waits for the map to redraw (it batches on animation frames). */
export async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i += 1) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/** Accessible names of the points drawn on the map (one focusable SVG element per visible actor). */
export function mapPointLabels(el: EssMap): string[] {
  return Array.from(shadow(el).querySelectorAll('[role="option"]')).map((p) => p.getAttribute('aria-label') ?? '');
}

export function statusText(el: EssMap): string {
  return shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

export function activeInShadow(el: EssMap): Element | null {
  return shadow(el).activeElement;
}

/** Mounts an <ess-map> on `src` and resolves with the first ess-data-error it fires. */
export async function mountFailing(src: string, attrs: Record<string, string> = {}): Promise<{ el: EssMap; detail: EssDataErrorDetail }> {
  return mountUntil<EssDataErrorDetail>(src, attrs, 'ess-data-error');
}

/**
 * The files a click offers for download (kept instead of saved). The export code is a chunk fetched
 * on the first export, so the file comes a moment after the click: waited for up to 5 s.
 */
export async function downloadsOf(click: () => void, what: string): Promise<Blob[]> {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return original.call(URL, b);
  };
  try {
    click();
    await waitUntil(() => blobs.length > 0, what, { timeout: 5000 });
  } finally {
    URL.createObjectURL = original;
  }
  return blobs;
}
