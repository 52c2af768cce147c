import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { actorsFixture, listNames, settle } from './helpers.js';

/** Sets the page's hash as a link or the Back button would (a history entry, then `hashchange`). */
async function navigate(hash: string): Promise<void> {
  const changed = oneEvent(window, 'hashchange');
  window.location.hash = hash;
  await changed;
}

describe('<ess-map hash-state> and the page moving its hash', () => {
  it('follows a new hash under its own key (ess-map-<id> with an id), leaves other maps alone, and stops listening once removed', async () => {
    const before = window.location.href;
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <ess-map id="nord" hash-state .actors=${actorsFixture()}></ess-map>
        <ess-map hash-state .actors=${actorsFixture()}></ess-map>
      </div>`);
      const [named, plain] = Array.from(wrap.querySelectorAll<EssMap>('ess-map')) as [EssMap, EssMap];
      await settle(named);
      await settle(plain);
      // A link to the map named "nord" filtered on insertion.
      await navigate(`#top&ess-map-nord=${encodeURIComponent('types=insertion&selected=regie')}`);
      await settle(named);
      expect(named.types).to.equal('insertion');
      expect(named.selected).to.equal('regie');
      expect(listNames(named)).to.deep.equal(['Régie Nord']);
      expect(plain.types).to.equal(null);
      expect(listNames(plain)).to.have.length(4);
      // Back to a hash without its entry: nothing to apply, the map keeps its state.
      await navigate('#top');
      await settle(named);
      expect(named.types).to.equal('insertion');
      // Removed from the page, the map no longer follows the hash.
      named.remove();
      await navigate(`#ess-map-nord=${encodeURIComponent('q=vélo')}`);
      expect(named.q).to.equal(null);
      expect(named.types).to.equal('insertion');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
