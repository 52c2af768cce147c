import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { frames, listNames, settle, shadow } from './helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';
const SVG = '<svg onload="window.__pwned=3"><script>window.__pwned=4</script></svg>';
const RTL = '\u202Egnp.exe\u202C Atelier';
const prov = { source: IMG, checkedAt: '2026-01-01' };

/** One record per hostile payload, in every free-text field; some are valid, some are rejected. */
function hostileActors(): Record<string, unknown>[] {
  return [
    { id: 'script', name: SCRIPT, type: 'association', description: SCRIPT, address: { line: IMG, city: SVG }, location: { lat: 45, lon: 5, precision: 'exact' }, provenance: prov },
    { id: 'img', name: IMG, type: 'scic', address: { city: SCRIPT }, provenance: { source: SVG, checkedAt: '2026-01-01' } },
    { id: 'svg', name: SVG, type: 'scop', location: { lat: 44, lon: 4, precision: 'exact' }, provenance: prov },
    { id: 'rtl', name: RTL, type: 'association', address: { city: RTL }, provenance: prov },
    // Rejected by core: the website must be http(s); the name at most 300 characters.
    { id: 'js', name: 'Lien javascript', type: 'association', website: 'javascript:window.__pwned=5', provenance: prov },
    { id: 'data', name: 'Lien data', type: 'association', website: 'data:text/html,<script>window.__pwned=6</script>', provenance: prov },
    { id: 'long', name: `${'A'.repeat(10_000)}${SCRIPT}`, type: 'association', provenance: prov },
    { id: '<img src=x onerror=window.__pwned=7>', name: 'Id hostile', type: 'cae', provenance: { source: SCRIPT, checkedAt: '2026-01-01', url: 'https://example.org/source' } },
    { id: 'src-js', name: 'Source javascript', type: 'cae', provenance: { source: 's', checkedAt: '2026-01-01', url: 'javascript:window.__pwned=8' } },
  ];
}

function markupCreated(root: ShadowRoot): string[] {
  const bad: string[] = [];
  for (const node of Array.from(root.querySelectorAll('*'))) {
    const tag = node.localName;
    if (tag === 'script' || tag === 'img' || tag === 'iframe' || tag === 'object' || tag === 'image' || tag === 'foreignobject') bad.push(tag);
    // The only SVG allowed is the map's own overlay.
    if (tag === 'svg' && !node.parentElement?.classList.contains('ess-mv')) bad.push('svg');
    for (const attr of Array.from(node.attributes)) if (/^on/i.test(attr.name)) bad.push(`${tag}[${attr.name}]`);
  }
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (!/^https?:/i.test(href)) bad.push(`a[href=${href.slice(0, 30)}]`);
  }
  return bad;
}

describe('<ess-map> with hostile data', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('shows markup, scripts and bidi overrides as inert text in the list, on the map and in the error panel', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${hostileActors()}></ess-map>`);
    await settle(el);
    await frames();
    const root = shadow(el);
    expect(listNames(el)).to.have.members([SCRIPT, IMG, SVG, RTL, 'Id hostile']);
    // The payloads are text: list cells, map point labels.
    expect(root.querySelector('tbody')?.textContent).to.contain(SVG);
    const pointLabels = Array.from(root.querySelectorAll('[role="option"]')).map((p) => p.getAttribute('aria-label'));
    expect(pointLabels.some((l) => l === SCRIPT || (l ?? '').includes(`, ${SCRIPT}`) || (l ?? '').includes(` : ${SCRIPT}`))).to.equal(true);
    // Rejected: javascript: and data: websites, the 10 kB name. Listed with their reasons, values as text.
    const panel = root.querySelector('[part="error"]');
    expect(panel?.textContent).to.contain('4 enregistrements rejetés');
    expect((panel?.textContent ?? '').length).to.be.below(3000);
    // Names are isolated from the text around them, so an RTL override cannot reorder the row.
    const rtlCell = Array.from(root.querySelectorAll('tbody .bidi')).find((n) => n.textContent === RTL);
    expect(rtlCell && getComputedStyle(rtlCell).unicodeBidi).to.equal('isolate');

    expect(markupCreated(root)).to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__pwned).to.equal(undefined);
  });

  it('keeps every field of an open card inert', async () => {
    for (const id of ['script', 'img', 'svg', 'rtl', '<img src=x onerror=window.__pwned=7>']) {
      const el = await fixture<EssMap>(html`<ess-map .actors=${hostileActors()}></ess-map>`);
      el.selected = id;
      await settle(el);
      const card = shadow(el).querySelector('[part="card"]');
      expect(card, `card of ${id}`).to.exist;
      expect(markupCreated(shadow(el))).to.deep.equal([]);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__pwned).to.equal(undefined);
  });

  it('treats an inline JSON child as data, never as script', async () => {
    const el = await fixture<EssMap>(html`<ess-map>
      <script type="application/json">
        [{"id":"x","name":"<img src=x onerror=window.__pwned=9>","type":"association","provenance":{"source":"s","checkedAt":"2026-01-01"}}]
      </script>
    </ess-map>`);
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__pwned).to.equal(undefined);
    expect(listNames(el)).to.deep.equal(['<img src=x onerror=window.__pwned=9>']);
    expect(markupCreated(shadow(el))).to.deep.equal([]);
  });
});
