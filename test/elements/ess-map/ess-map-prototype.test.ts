// #17: a page whose scripts add an enumerable property to Object.prototype (old libraries do) must
// still get its map: the property is there before the map's validation chunk is first loaded and
// run, as on such a page. Its own file, so no earlier test has loaded that chunk already.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { listNames, settle, shadow, statusText } from './helpers.js';

describe('<ess-map> under a polluted Object.prototype (#17)', () => {
  it('loads and lists its data, with no network error', async () => {
    Object.defineProperty(Object.prototype, 'polluted', { value: 'yes', enumerable: true, configurable: true, writable: true });
    try {
      const el = await fixture<EssMap>(html`<ess-map basemap="none" src="/__ess__/data.json"></ess-map>`);
      await settle(el);
      expect(shadow(el).querySelector('.error[role="alert"]')).to.equal(null);
      expect(statusText(el)).to.contain('2 acteurs affichés sur 2');
      expect(listNames(el)).to.have.members(['Atelier vélo solidaire', 'Épicerie coopérative']);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    }
  });
});
