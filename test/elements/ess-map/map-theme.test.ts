// The map's colours read from the page's tokens, and followed when the page switches its scheme (map-theme.ts).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { readTheme, watchTheme } from '../../../packages/elements/src/ess-map/map-theme.js';
import type { Theme } from '../../../packages/elements/src/ess-map/scene.js';

describe('readTheme', () => {
  it('takes the map tokens first, then the component tokens, then its defaults', async () => {
    const el = await fixture<HTMLDivElement>(html`<div style="--ess-map-water:#102030;--_bg:#405060;--_text:#0a0b0c"></div>`);
    const theme = readTheme(el);
    expect(theme.water).to.equal('#102030');
    expect(theme.halo).to.equal('#405060');
    expect(theme.text).to.equal('#0a0b0c');
    expect(theme.land).to.equal('#eceee8');
    expect(readTheme(document.createElement('div')).water).to.equal('#ffffff');
  });
});

describe('watchTheme', () => {
  it('says a page switching its scheme by a class on <html>, once per change, and nothing once stopped', async () => {
    const style = document.createElement('style');
    style.textContent = 'html.nuit .themed{--ess-map-water:#203040}';
    document.head.append(style);
    const el = await fixture<HTMLDivElement>(html`<div class="themed"></div>`);
    let theme: Theme = readTheme(el);
    const seen: string[] = [];
    const stop = watchTheme(
      el,
      () => theme,
      (next) => {
        theme = next;
        seen.push(next.water);
      },
    );
    try {
      // An attribute that changes no token: no repaint.
      document.documentElement.setAttribute('data-unrelated', '1');
      await nextFrame();
      await nextFrame();
      expect(seen).to.deep.equal([]);
      document.documentElement.classList.add('nuit');
      await nextFrame();
      await nextFrame();
      expect(seen).to.deep.equal(['#203040']);
      stop();
      document.documentElement.classList.remove('nuit');
      await nextFrame();
      await nextFrame();
      expect(seen).to.deep.equal(['#203040']);
    } finally {
      stop();
      document.documentElement.classList.remove('nuit');
      document.documentElement.removeAttribute('data-unrelated');
      style.remove();
    }
  });
});
