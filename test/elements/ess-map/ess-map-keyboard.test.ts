import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssActorSelectDetail } from '../../../packages/elements/src/events/ess-actor-select.js';
import { activeInShadow, actorsFixture, axeViolations, listNames, settle, shadow } from './helpers.js';

const partnerships = [{ actorId: 'velo', partnerId: 'mairie', roles: ['resource'] }];

async function tabUntil(el: EssMap, test: (active: Element | null) => boolean, max = 80): Promise<Element> {
  for (let i = 0; i < max; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = activeInShadow(el);
    if (test(active)) return active as Element;
  }
  throw new Error('focus never reached the target with Tab');
}

describe('<ess-map> keyboard journey', () => {
  it('filter → list → open a card → follow a partner → Escape returns to the row', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()} .partnerships=${partnerships}></ess-map>`);
    await settle(el);
    const selects: EssActorSelectDetail[] = [];
    el.addEventListener('ess-actor-select', (e) => selects.push(e.detail));

    // 1. Type in the search field with real keys.
    shadow(el).querySelector<HTMLInputElement>('input#q')!.focus();
    await sendKeys({ type: 'velo' });
    await settle(el);
    expect(el.getAttribute('q')).to.equal('velo');
    expect(listNames(el)).to.deep.equal(['Atelier vélo']);

    // 2. Tab on to the list.
    const row = await tabUntil(el, (a) => a instanceof HTMLButtonElement && a.dataset['id'] !== undefined);
    expect((row as HTMLElement).dataset['id']).to.equal('velo');

    // 3. Enter opens the card; focus moves to its heading.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const card = shadow(el).querySelector('[part="card"]');
    expect(card).to.exist;
    expect(activeInShadow(el)?.id).to.equal('card-title');
    expect(card?.textContent).to.contain('Atelier vélo');
    expect(el.getAttribute('selected')).to.equal('velo');
    expect(selects.at(-1)).to.include({ id: 'velo', source: 'list' });
    expect(selects.at(-1)?.actor?.name).to.equal('Atelier vélo');
    expect(await axeViolations(el)).to.deep.equal([]);

    // The website opens in a new window, says so, and leaks no opener.
    const link = card?.querySelector<HTMLAnchorElement>('a[href^="https://velo"]');
    expect(link?.target).to.equal('_blank');
    expect(link?.rel).to.equal('noopener noreferrer');
    expect(link?.textContent).to.contain('nouvelle fenêtre');

    // 4. The partner is selectable from the card (the search does not hide the card).
    const partner = await tabUntil(el, (a) => a instanceof HTMLButtonElement && (a.textContent ?? '').includes('Mairie de Crest'));
    expect(partner).to.exist;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('mairie');
    expect(selects.at(-1)).to.include({ id: 'mairie', source: 'card' });

    // 5. Escape closes the card; focus returns to the row the journey started from.
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(shadow(el).querySelector('[part="card"]')).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(selects.at(-1)).to.include({ id: null, source: 'card' });
    expect((activeInShadow(el) as HTMLElement | null)?.dataset['id']).to.equal('velo');
  });

  it('arrow keys move between the rows of the list', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    const rows = shadow(el).querySelectorAll<HTMLButtonElement>('tbody button[data-id]');
    rows[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(activeInShadow(el)).to.equal(rows[1]);
    await sendKeys({ press: 'End' });
    expect(activeInShadow(el)).to.equal(rows[3]);
    await sendKeys({ press: 'ArrowUp' });
    expect(activeInShadow(el)).to.equal(rows[2]);
    await sendKeys({ press: 'Home' });
    expect(activeInShadow(el)).to.equal(rows[0]);
  });

  it('the list is one Tab stop: Tab enters at the row last used, the arrows move, the next Tab leaves the list', async () => {
    // 40 actors: forty names on the way to what follows the widget were forty Tab stops.
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `a${i}`, name: `Acteur ${String(i).padStart(2, '0')}`, type: 'association', address: { city: 'Valence' },
      location: { lat: 44.9 + i / 1000, lon: 4.9, precision: 'exact' }, provenance: { source: 'Test', checkedAt: '2026-02-01' },
    }));
    const wrap = await fixture<HTMLDivElement>(html`<div><ess-map .actors=${many}></ess-map><button id="after">Après</button></div>`);
    const el = wrap.querySelector('ess-map')!;
    await settle(el);
    const names = () => Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('tbody button[data-id]'));
    const stops = () => names().filter((b) => b.tabIndex === 0).map((b) => b.dataset['id']);
    expect(stops()).to.deep.equal(['a0']);
    const hint = shadow(el).querySelector<HTMLElement>('#list-keys')!;
    expect(hint.getClientRects().length, 'the hint is hidden until the list has focus').to.equal(0);

    const first = await tabUntil(el, (a) => a instanceof HTMLButtonElement && a.dataset['id'] !== undefined);
    expect((first as HTMLElement).dataset['id']).to.equal('a0');
    expect(hint.getClientRects().length, 'the hint shows while a name has focus').to.be.greaterThan(0);
    expect(first.getAttribute('aria-describedby')).to.equal('list-keys');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((activeInShadow(el) as HTMLElement).dataset['id']).to.equal('a2');
    expect(stops()).to.deep.equal(['a2']);
    // The next Tab leaves the forty names at once.
    await sendKeys({ press: 'Tab' });
    expect(names().includes(activeInShadow(el) as HTMLButtonElement), 'Tab left the names').to.equal(false);
    // Shift+Tab comes back to the row last used, not the first; a render keeps it.
    el.requestUpdate();
    await settle(el);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect((activeInShadow(el) as HTMLElement).dataset['id']).to.equal('a2');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('the back button closes the card like Escape', async () => {
    const el = await fixture<EssMap>(html`<ess-map selected="regie" .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    const card = shadow(el).querySelector('[part="card"]');
    expect(card?.textContent).to.contain('Régie Nord');
    card?.querySelector<HTMLButtonElement>('header button')?.click();
    await settle(el);
    expect(shadow(el).querySelector('[part="card"]')).to.equal(null);
    expect(listNames(el)).to.have.length(4);
  });
});
