// Shared helpers for the <ess-map> tests.
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';

export function shadow(el: EssMap): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

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
