import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { defaultDataset } from '@terreau/core';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssActorSelectDetail } from '../../../packages/elements/src/events/ess-actor-select.js';
import { franceInsets, projectPoints, createProjection } from '../../../packages/elements/src/ess-map/geo.js';
import type { MapView } from '../../../packages/elements/src/ess-map/map-view.js';
import { actorsFixture, axeViolations, downloadsOf, frames, listNames, settle, shadow, statusText } from './helpers.js';

describe('<ess-map> data', () => {
  it('with no data, shows the embedded case studies and their partners, every one in the list', async () => {
    const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('ess-data-load', (e) => resolve(e), { once: true }));
    const el = await fixture<EssMap>(html`<ess-map></ess-map>`);
    const { detail } = await loaded;
    await settle(el);
    const n = defaultDataset.actors.length;
    expect(detail).to.include({ origin: 'default', actors: n, rejected: 0 });
    expect(detail.partnerships).to.equal(defaultDataset.partnerships.length);
    // The list pages by 100: show everything, then compare.
    for (let i = 0; i < 5 && listNames(el).length < n; i += 1) {
      shadow(el).querySelector<HTMLButtonElement>('.directory .actions button')?.click();
      await settle(el);
    }
    expect(listNames(el)).to.have.members(defaultDataset.actors.map((a) => a.name.trim()));
    // The case studies are placed at their commune; those with no commune are said not located.
    const located = defaultDataset.actors.filter((a) => a.location).length;
    const approximate = defaultDataset.actors.filter((a) => a.location && a.location.precision !== 'exact').length;
    expect(statusText(el)).to.equal(
      `${n} acteurs affichés sur ${n} — ${located} sur la carte (dont ${approximate} à leur commune, position approchée), ${n - located} non localisés`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('lists every valid actor given by property and counts them in a live region', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    expect(listNames(el)).to.have.members(['Atelier vélo', 'Coop Énergie', 'Régie Nord', 'Mairie de Crest']);
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.contain('4 acteurs affichés sur 4');
  });

  it('reads data from src and fires ess-data-load with typed detail', async () => {
    const el = document.createElement('ess-map');
    const loaded = oneEvent(el, 'ess-data-load');
    el.src = '/__ess__/data.json';
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail).to.include({ origin: 'src', format: 'json', actors: 2, partnerships: 0, rejected: 0 });
    await settle(el);
    expect(listNames(el)).to.have.members(['Atelier vélo solidaire', 'Épicerie coopérative']);
    el.remove();
  });

  it('reads a French spreadsheet CSV (";", Windows-1252, decimal commas) from src', async () => {
    const el = document.createElement('ess-map');
    const loaded = oneEvent(el, 'ess-data-load');
    el.src = '/__ess__/csv-cp1252';
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail).to.include({ format: 'csv', actors: 3, rejected: 0 });
    await settle(el);
    expect(listNames(el)).to.include('Ressourcerie de la vallée – Drôme');
    el.remove();
  });

  it('says how many records were rejected and why, and offers the full list as CSV', async () => {
    const bad = [
      ...actorsFixture(),
      { id: 'x1', name: 'Type inconnu', type: 'pas-un-type', provenance: { source: 's', checkedAt: '2026-01-01' } },
      { id: 'x2', name: 'Mauvais site', type: 'association', website: 'ftp://example.org', provenance: { source: 's', checkedAt: '2026-01-01' } },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `d${i}`, name: `Date ${i}`, type: 'association', provenance: { source: 's', checkedAt: '2026-13-45' } })),
    ];
    const el = await fixture<EssMap>(html`<ess-map .actors=${bad}></ess-map>`);
    await settle(el);
    const panel = shadow(el).querySelector('[part="error"]');
    expect(panel?.querySelector('h2')?.textContent).to.equal('8 enregistrements rejetés');
    expect(panel?.querySelectorAll('li')).to.have.length(5);
    expect(panel?.textContent).to.contain('website');
    expect(listNames(el)).to.have.length(4);
    expect(await axeViolations(el)).to.deep.equal([]);

    const blobs = await downloadsOf(() => panel?.querySelector<HTMLButtonElement>('button')?.click(), 'the CSV is offered');
    expect(blobs).to.have.length(1);
    const csv = await blobs[0]!.text();
    const lines = csv.replace(/^\ufeff/, '').trim().split(/\r\n/);
    expect(lines[0]).to.equal('index;line;collection;id;path;code;value;message');
    expect(lines.length - 1).to.be.at.least(8);
    expect(csv).to.contain('x2;website');
  });

  it('selecting a point on the map opens its card and fires ess-actor-select from the map', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    await frames();
    const point = Array.from(shadow(el).querySelectorAll<SVGElement>('[role="option"]')).find((p) => p.getAttribute('aria-label') === 'Coop Énergie');
    expect(point).to.exist;
    const selected = oneEvent(el, 'ess-actor-select');
    const r = point!.querySelector('circle')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    const { detail } = (await selected) as CustomEvent<EssActorSelectDetail>;
    expect(detail).to.include({ id: 'energie', source: 'map' });
    await settle(el);
    expect(shadow(el).querySelector('[part="card"] h3')?.textContent).to.contain('Coop Énergie');
  });

  it('speaks English under an ancestor lang="en", and switches back when it changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><ess-map .actors=${actorsFixture()}></ess-map></div>`);
    const el = wrap.querySelector('ess-map')!;
    await settle(el);
    for (let i = 0; i < 20 && !statusText(el).startsWith('4 actors'); i += 1) await new Promise((r) => setTimeout(r, 25));
    expect(statusText(el)).to.equal('4 actors shown out of 4 — 3 on the map (1 at their town, approximate position), 1 not located');
    wrap.setAttribute('lang', 'fr');
    for (let i = 0; i < 20 && !statusText(el).startsWith('4 acteurs'); i += 1) await new Promise((r) => setTimeout(r, 25));
    expect(statusText(el)).to.equal('4 acteurs affichés sur 4 — 3 sur la carte (dont 1 à leur commune, position approchée), 1 non localisé');
  });

  it('with hash-state, reads its filter from its own key in the hash and writes it back, leaving other keys alone', async () => {
    const before = window.location.hash;
    history.replaceState(null, '', `#top&ess-map=${encodeURIComponent('types=insertion')}`);
    try {
      const el = await fixture<EssMap>(html`<ess-map hash-state .actors=${actorsFixture()}></ess-map>`);
      await settle(el);
      expect(el.getAttribute('types')).to.equal('insertion');
      expect(listNames(el)).to.deep.equal(['Régie Nord']);
      el.q = 'nord';
      await settle(el);
      expect(window.location.hash).to.equal(`#top&ess-map=${encodeURIComponent('types=insertion&q=nord')}`);
    } finally {
      history.replaceState(null, '', before || window.location.pathname);
    }
  });

  it('colours each legend swatch by its family without a style attribute (strict CSP blocks those), --ess-family-* overrides', async () => {
    const el = await fixture<EssMap>(html`<ess-map style="--ess-family-cooperatives: rgb(1, 2, 3)" .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    const swatches = Array.from(shadow(el).querySelectorAll<HTMLElement>('.legend .swatch'));
    for (const s of swatches) expect(s.hasAttribute('style'), s.className).to.equal(false);
    expect(swatches.length).to.equal(4);
    const colours = swatches.map((s) => getComputedStyle(s).backgroundColor);
    // Four families, four distinct colours, none transparent; the page's override reaches its family.
    expect(new Set(colours).size).to.equal(4);
    expect(colours).not.to.include('rgba(0, 0, 0, 0)');
    expect(colours).to.include('rgb(1, 2, 3)');
    expect(colours).to.include('rgb(29, 111, 184)'); // associations, default #1d6fb8
  });

  for (const width of [572, 320, 900]) {
    it(`at ${width} px wide, shows the five overseas insets whole, none under the +/−/reset buttons`, async () => {
      const overseas = [
        ...actorsFixture(),
        { id: 'run', name: 'Coop Réunion', type: 'scic', location: { lat: -20.88, lon: 55.45, precision: 'exact' }, provenance: { source: 'Test', checkedAt: '2026-02-01' } },
      ];
      const wrap = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><ess-map basemap="none" .actors=${overseas}></ess-map></div>`);
      const el = wrap.querySelector('ess-map')!;
      await settle(el);
      // The view is internal; its transform says where each inset box is drawn.
      const view = (el as unknown as { view: MapView }).view;
      await view.whenDrawn();
      const { k, tx, ty } = view.state;
      const canvas = shadow(el).querySelector('.map-canvas')!.getBoundingClientRect();
      const controls = shadow(el).querySelector('.map-controls')!.getBoundingClientRect();
      // A phone held upright has the insets in rows under the métropole, a wider map in a column right of it.
      expect(view.state.insets).to.equal(width < 400 ? 'rows' : 'column');
      for (const { code, box } of franceInsets(view.state.insets)) {
        const r = { left: canvas.left + box[0] * k + tx, top: canvas.top + box[1] * k + ty, right: canvas.left + box[2] * k + tx, bottom: canvas.top + box[3] * k + ty };
        expect(r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom, `${code} inside the map`).to.equal(true);
        const overlaps = r.left < controls.right && r.right > controls.left && r.top < controls.bottom && r.bottom > controls.top;
        expect(overlaps, `${code} under the controls`).to.equal(false);
        expect(r.right - r.left, `${code} readable`).to.be.at.least(50);
      }
      // The actor in La Réunion is drawn in its inset, wherever the layout put it.
      const run = franceInsets(view.state.insets).find((i) => i.code === '974')!.box;
      const p = projectPoints([55.45], [-20.88], createProjection('france', view.state.insets));
      expect(p.x[0]! >= run[0] && p.x[0]! <= run[2] && p.y[0]! >= run[1] && p.y[0]! <= run[3]).to.equal(true);
      const dot = shadow(el).querySelector<SVGElement>('.ess-mv-mark[aria-label^="Coop Réunion"]')!.getBoundingClientRect();
      const [cx, cy] = [dot.left + dot.width / 2 - canvas.left, dot.top + dot.height / 2 - canvas.top];
      expect(cx >= run[0] * k + tx && cx <= run[2] * k + tx && cy >= run[1] * k + ty && cy <= run[3] * k + ty, 'marker in the Réunion inset on screen').to.equal(true);
    });
  }

  it('moves the overseas insets from rows to a column when a phone is turned (the view keeps a place it was moved to in the métropole)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 340px"><ess-map basemap="none" .actors=${actorsFixture()}></ess-map></div>`);
    const el = wrap.querySelector('ess-map')!;
    await settle(el);
    const view = (el as unknown as { view: MapView }).view;
    await view.whenDrawn();
    expect(view.state.insets).to.equal('rows');
    wrap.style.width = '900px';
    await waitUntil(() => view.state.insets === 'column', 'column after widening', { timeout: 3000 });
    // Moved over the métropole, then turned back upright: the same place stays at the centre.
    view.zoomBy(4, undefined, true);
    await view.whenDrawn();
    const centre = view.state.center!;
    wrap.style.width = '340px';
    await waitUntil(() => view.state.insets === 'rows', 'rows after narrowing', { timeout: 3000 });
    await view.whenDrawn();
    expect(view.state.center![0]).to.be.closeTo(centre[0], 0.05);
    expect(view.state.center![1]).to.be.closeTo(centre[1], 0.05);
    expect(view.state.zoom).to.be.greaterThan(1);
  });

  it('lists a phone’s actors in two columns, the commune under the type, and cuts no word; three columns when wide', async () => {
    const prov = { source: 'Test', checkedAt: '2026-02-01' };
    const long = [
      { id: 'p1', name: 'Association de développement des pays aveyronnais et tarnais', type: 'association', communeCode: '12202', address: { city: 'Comberanche-et-Épeluche' }, provenance: prov },
      { id: 'p2', name: 'Ambiance Bois', type: 'societe-commerciale-ess', address: { city: 'Faux-la-Montagne' }, location: { lat: 45.75, lon: 1.93, precision: 'exact' }, provenance: prov },
      { id: 'p3', name: 'CAF de la Dordogne', type: 'caf', address: { city: 'Hérouville-Saint-Clair' }, provenance: prov },
      { id: 'p4', name: 'Bell’Occas', type: 'aci', address: { city: 'Auvillers-les-Forges' }, provenance: prov },
    ];
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 375px"><ess-map tiles="none" .actors=${long}></ess-map></div>`);
    const el = wrap.querySelector('ess-map')!;
    await settle(el);
    const shown = (sel: string) => Array.from(shadow(el).querySelectorAll<HTMLElement>(sel)).filter((n) => n.getClientRects().length > 0);
    /** Words (a hyphen may end a line) drawn on more than one line. */
    const cutWords = (): string[] => {
      const cut: string[] = [];
      for (const cell of shown('tbody td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          for (const m of (t.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
            const range = document.createRange();
            range.setStart(t, m.index!);
            range.setEnd(t, m.index! + m[0].length);
            if (Array.from(range.getClientRects()).filter((r) => r.width > 0).length > 1) cut.push(m[0]);
          }
        }
      }
      return cut;
    };
    expect(shown('thead th').map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim())).to.deep.equal(['Nom', 'Type']);
    const dordogne = shown('tbody tr').find((r) => r.textContent!.includes('CAF de la Dordogne'))!;
    expect(Array.from(dordogne.querySelectorAll('td')).filter((td) => td.getClientRects().length > 0).map((td) => td.innerText.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'CAF de la Dordogne non localisé',
      'Caisse d’allocations familiales Hérouville-Saint-Clair',
    ]);
    expect(cutWords()).to.deep.equal([]);
    const wrapList = shadow(el).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrapList.scrollWidth).to.be.at.most(wrapList.clientWidth);
    expect(await axeViolations(el)).to.deep.equal([]);
    wrap.style.width = '900px';
    await waitUntil(() => shown('thead th').length === 3, 'three columns when wide', { timeout: 3000 });
    expect(shown('.place')).to.deep.equal([]);
    expect(cutWords()).to.deep.equal([]);
  });

  it('fits a 320 px wide column without horizontal overflow, controls at least 44 px', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><ess-map .actors=${actorsFixture()}></ess-map></div>`);
    const el = wrap.querySelector('ess-map')!;
    await settle(el);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    const root = shadow(el).querySelector<HTMLElement>('.root')!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    for (const b of Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('.map-controls button'))) {
      expect(b.getBoundingClientRect().height).to.be.at.least(44);
    }
  });
});
