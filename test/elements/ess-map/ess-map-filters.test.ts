import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { catalogueLabelsEn, catalogueLabelsFr } from '@terreau/core';
import { sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssFilterChangeDetail } from '../../../packages/elements/src/events/ess-filter-change.js';
import { actorsFixture, axeViolations, frames, listNames, mapPointLabels, settle, shadow, statusText } from './helpers.js';

describe('<ess-map> filters', () => {
  it('a need checkbox narrows the map, the list and the announced count together, and reflects to the attribute', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    await frames();
    // Three actors have a location; the fourth is listed but not on the map.
    expect(mapPointLabels(el)).to.have.members(['Atelier vélo', 'Coop Énergie', 'Régie Nord (position approchée)']);
    const seen: EssFilterChangeDetail[] = [];
    el.addEventListener('ess-filter-change', (e) => seen.push(e.detail));

    const box = shadow(el).querySelector<HTMLInputElement>('fieldset input[type="checkbox"][data-facet="needs"][value="sustainable-mobility"]');
    expect(box, 'checkbox of the mobility need').to.exist;
    box!.click();
    await settle(el);
    await frames();

    expect(listNames(el)).to.deep.equal(['Atelier vélo']);
    expect(mapPointLabels(el)).to.deep.equal(['Atelier vélo']);
    expect(statusText(el)).to.equal('1 acteur affiché sur 4 — 1 sur la carte');
    expect(el.getAttribute('needs')).to.equal('sustainable-mobility');
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({ visible: 1, total: 4, q: '' });
    expect(seen[0]?.needs).to.deep.equal(['sustainable-mobility']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  for (const [lang, labels] of [['fr', catalogueLabelsFr], ['en', catalogueLabelsEn]] as const) {
  it(`names needs, zonings and activities in ${lang === 'fr' ? 'French' : 'English'} in the filter panel and the card, not by their codes`, async () => {
    // The French start file carries only the families', types' and zonings' labels; the panels' chunk brings the rest.
    const el = await fixture<EssMap>(html`<ess-map lang=${lang} .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    if (lang === 'en') await waitUntil(() => el.shadowRoot?.textContent?.includes(labels.needs['sustainable-mobility'].label), 'English loaded', { timeout: 5000 });
    const labelOf = (facet: string, value: string) =>
      shadow(el).querySelector(`fieldset input[data-facet="${facet}"][value="${value}"]`)?.closest('label')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(labelOf('needs', 'sustainable-mobility')).to.contain(labels.needs['sustainable-mobility'].label);
    expect(labelOf('zones', 'qpv')).to.contain(labels.zonings.qpv.label);
    el.selected = 'velo';
    await settle(el);
    const card = shadow(el).querySelector('[part="card"]')!.textContent!;
    expect(card).to.contain(labels.activities['bike-workshop'].label);
    expect(card).not.to.contain('bike-workshop');
  });
  }

  it('folds the filter criteria on a narrow element (a phone), so the list follows the search field; a real click unfolds them', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"><ess-map types="insertion" .actors=${actorsFixture()}></ess-map></div>`);
    const el = wrap.querySelector('ess-map')!;
    await settle(el);
    const details = shadow(el).querySelector<HTMLDetailsElement>('details.criteria')!;
    const summary = details.querySelector('summary')!;
    const box = shadow(el).querySelector<HTMLInputElement>('input[data-facet="needs"]')!;
    expect(details.open).to.equal(false);
    expect(box.checkVisibility(), 'the criteria are not drawn').to.equal(false);
    // The filter chosen by the page's attribute is said while folded.
    expect(summary.textContent).to.contain('1 choisi');
    const formBottom = shadow(el).querySelector('.filters')!.getBoundingClientRect().bottom;
    const listTop = shadow(el).querySelector('[part="list"]')!.getBoundingClientRect().top;
    expect(listTop - formBottom, 'the list right after the filter form').to.be.below(60);
    expect(await axeViolations(el)).to.deep.equal([]);

    summary.scrollIntoView({ block: 'center' });
    const r = summary.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)] });
    await waitUntil(() => details.open, 'a click on the summary unfolds the criteria');
    expect(box.checkVisibility()).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
    // Ticking a criterion redraws the panel: it stays unfolded.
    box.click();
    await settle(el);
    expect(details.open).to.equal(true);
    expect(summary.textContent).to.contain('2 choisis');
  });

  it('shows the criteria unfolded on a wide element, beside the map', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><ess-map .actors=${actorsFixture()}></ess-map></div>`);
    const el = wrap.querySelector('ess-map')!;
    await settle(el);
    expect(shadow(el).querySelector<HTMLDetailsElement>('details.criteria')!.open).to.equal(true);
    expect(shadow(el).querySelector<HTMLInputElement>('input[data-facet="needs"]')!.checkVisibility()).to.equal(true);
  });

  it('the types attribute accepts family ids, and the legend buttons toggle a family', async () => {
    const el = await fixture<EssMap>(html`<ess-map types="insertion" .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    expect(listNames(el)).to.deep.equal(['Régie Nord']);
    const legend = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part="legend"] button'));
    const pressed = legend.filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed).to.have.length(1);
    pressed[0]!.click();
    await settle(el);
    expect(el.hasAttribute('types')).to.equal(false);
    expect(listNames(el)).to.have.length(4);
    const coop = legend.find((b) => b.getAttribute('aria-pressed') === 'false' && (b.textContent ?? '').match(/coop/i));
    coop!.click();
    await settle(el);
    expect(el.getAttribute('types')).to.equal('cooperatives');
    expect(listNames(el)).to.deep.equal(['Coop Énergie']);
  });

  it("the legend's family counts are the filter panel's, with a filter in another facet too", async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    const text = (n: Element | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    // Family name → the count shown beside it.
    const legend = (): Record<string, string> =>
      Object.fromEntries(Array.from(shadow(el).querySelectorAll('[part="legend"] button')).map((b) => [text(b).replace(/ \(\d+\)$/, ''), text(b.querySelector('.muted'))]));
    const panel = (): Record<string, string> =>
      Object.fromEntries(Array.from(shadow(el).querySelectorAll('fieldset label')).filter((l) => l.querySelector('strong')).map((l) => [text(l.querySelector('strong')), text(l.querySelector('.n'))]));
    await settle(el);
    // The legend is drawn with the data; the panel counts every facet later, when the page is idle.
    const before = legend();
    expect(before).to.include({ Associations: '(1)', Coopératives: '(1)' });
    expect(panel()).to.include(before);
    el.needs = 'sustainable-mobility';
    await settle(el);
    const after = legend();
    expect(after).to.include({ Associations: '(1)', Coopératives: '(0)' });
    expect(panel()).to.include(Object.fromEntries(Object.entries(after).filter(([, n]) => n !== '(0)')));
  });

  it('text search ignores case and accents; an unknown id in an attribute does not empty the map', async () => {
    const el = await fixture<EssMap>(html`<ess-map q="REGIE" zones="qpv,not-a-zoning" .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    expect(listNames(el)).to.deep.equal(['Régie Nord']);
    el.q = null;
    await settle(el);
    expect(listNames(el)).to.have.members(['Atelier vélo', 'Régie Nord']);
  });

  it('sorts by a column from its header button and says so with aria-sort', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    expect(listNames(el)).to.deep.equal(['Atelier vélo', 'Coop Énergie', 'Mairie de Crest', 'Régie Nord']);
    const headers = shadow(el).querySelectorAll('thead th');
    expect(headers[0]?.getAttribute('aria-sort')).to.equal('ascending');
    headers[0]?.querySelector('button')?.click();
    await settle(el);
    expect(headers[0]?.getAttribute('aria-sort')).to.equal('descending');
    expect(listNames(el)[0]).to.equal('Régie Nord');
    headers[2]?.querySelector('button')?.click();
    await settle(el);
    expect(headers[2]?.getAttribute('aria-sort')).to.equal('ascending');
    expect(headers[0]?.getAttribute('aria-sort')).to.equal('none');
    // Communes: Anvers, Crest, Die, Valence.
    expect(listNames(el)).to.deep.equal(['Régie Nord', 'Mairie de Crest', 'Coop Énergie', 'Atelier vélo']);
  });

  it('the needs coverage panel names the needs no visible actor answers', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    const panel = shadow(el).querySelector('[part="coverage"]');
    expect(panel?.textContent).to.contain('4 besoins sur 15');
    expect(panel?.querySelectorAll('.uncovered li')).to.have.length(11);
  });
});
