import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TILE_FAILURES_TO_GIVE_UP, TileLayer } from '../../../packages/elements/src/ess-map/tile-layer.js';
import { Viewport } from '../../../packages/elements/src/ess-map/viewport.js';

// A tile server that answers 404 to every tile (as if unreachable), and one that serves them.
const MISSING = `${location.origin}/__ess__/no-such-tiles/{z}/{x}/{y}.png`;
const SERVED = `${location.origin}/__ess__/tiles/{z}/{x}/{y}.png`;

/** A 600 × 400 view at zoom 4: a dozen tiles. */
function view(): Viewport {
  const vp = new Viewport();
  vp.width = 600;
  vp.height = 400;
  vp.t = { k: 16, tx: -1000, ty: -1000 };
  return vp;
}

async function layer() {
  const container = await fixture<HTMLDivElement>(html`<div style="width:600px;height:400px;position:relative"></div>`);
  const failed: number[] = [];
  const tiles = new TileLayer(document, { onTilesFailed: () => failed.push(1) });
  container.append(tiles.el, tiles.attribution);
  const imgs = () => Array.from(tiles.el.querySelectorAll('img'));
  return { tiles, failed, imgs };
}

describe('TileLayer', () => {
  it('shows the tiles covering the view with their attribution, and only those after a move', async () => {
    const { tiles, imgs } = await layer();
    const vp = view();
    const options = { url: SERVED, attribution: '© Tuiles de test', maxZoom: 19 };
    tiles.set(options);
    tiles.draw(options, vp);
    expect(tiles.attribution.hidden).to.equal(false);
    expect(tiles.attribution.textContent).to.equal('© Tuiles de test');
    const first = imgs().map((img) => img.getAttribute('src'));
    expect(first.length).to.be.greaterThanOrEqual(TILE_FAILURES_TO_GIVE_UP);
    expect(first.every((src) => src?.startsWith(`${location.origin}/__ess__/tiles/4/`))).to.equal(true);
    // Panned by more than the view: none of the first tiles is kept.
    vp.t = { k: 16, tx: -3000, ty: -1000 };
    tiles.draw(options, vp);
    expect(imgs().length).to.be.greaterThan(0);
    expect(imgs().filter((img) => first.includes(img.getAttribute('src')))).to.deep.equal([]);
    tiles.set(null);
    expect(imgs()).to.deep.equal([]);
    expect(tiles.attribution.hidden).to.equal(true);
  });

  it('gives the tiles up once when the first ones all fail, shows none broken, and tries new tiles again', async () => {
    const { tiles, failed, imgs } = await layer();
    const options = { url: MISSING, attribution: '' };
    tiles.set(options);
    tiles.draw(options, view());
    expect(tiles.attribution.hidden).to.equal(true);
    await waitUntil(() => imgs().every((img) => img.style.visibility === 'hidden'), 'every tile failed', { timeout: 5000 });
    expect(imgs().length).to.be.greaterThan(TILE_FAILURES_TO_GIVE_UP);
    expect(failed).to.deep.equal([1]);
    // Set again (other tiles, or the same after a while): counted again from zero.
    tiles.set(options);
    tiles.draw(options, view());
    await waitUntil(() => imgs().every((img) => img.style.visibility === 'hidden'), 'every tile failed again', { timeout: 5000 });
    expect(failed).to.deep.equal([1, 1]);
  });

  it('does not give the tiles up when one of them loaded', async () => {
    const { tiles, failed, imgs } = await layer();
    const options = { url: MISSING, attribution: '' };
    tiles.set(options);
    tiles.draw(options, view());
    // One tile arrives before the others fail (the server answers, some tiles are missing).
    imgs()[0]!.dispatchEvent(new Event('load'));
    await waitUntil(() => imgs().every((img) => img.style.visibility === 'hidden'), 'every other tile failed', { timeout: 5000 });
    expect(failed).to.deep.equal([]);
  });
});
