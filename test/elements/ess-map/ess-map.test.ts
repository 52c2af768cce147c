import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { actorsFixture, axeViolations, listNames, settle, shadow } from './helpers.js';

describe('<ess-map> with data', () => {
  it('lists every valid actor given by property and counts them in a live region', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    expect(listNames(el)).to.have.members(['Atelier vélo', 'Coop Énergie', 'Régie Nord', 'Mairie de Crest']);
    const status = shadow(el).querySelector('[role="status"]');
    expect(status?.textContent).to.contain('4 acteurs affichés sur 4');
  });

  it('is clean for axe-core once loaded', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('reads data from src and fires ess-data-load with typed detail', async () => {
    const el = document.createElement('ess-map');
    const loaded = oneEvent(el, 'ess-data-load');
    el.src = '/__ess__/data.json';
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail.origin).to.equal('src');
    expect(detail.format).to.equal('json');
    expect(detail.actors).to.equal(2);
    expect(detail.rejected).to.equal(0);
    await settle(el);
    expect(listNames(el)).to.have.members(['Atelier vélo solidaire', 'Épicerie coopérative']);
    el.remove();
  });
});
