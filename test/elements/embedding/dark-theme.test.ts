// Dark themes reach the map: the canvas (sea, land) is painted from the --ess-color-* tokens, not
// left white, whether the dark scheme comes from theme="dark" or from the page's own tokens.
import { expect, waitUntil } from '@open-wc/testing';
import { doc, widgetsRendered, writePage } from './helpers.js';

/** The colour of the map canvas' top-left pixel (open sea with the default basemap). */
function corner(frame: HTMLIFrameElement): number[] {
  const canvas = doc(frame).querySelector('ess-map')!.shadowRoot!.querySelector('canvas')!;
  return [...canvas.getContext('2d')!.getImageData(2, 2, 1, 1).data];
}

describe('dark themes reach the map', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('theme="dark": the sea is dark, not white', async function () {
    this.timeout(30000);
    frame = writePage('<script type="module" src="/terreau/terreau-elements.js"></script><ess-map theme="dark" lang="fr"></ess-map>');
    await widgetsRendered(frame, 'the dark map renders');
    // the canvas may be repainted on the next frame after the first draw: wait for the sea, up to 5 s
    await waitUntil(() => corner(frame!)[3] === 255, 'the sea is painted', { timeout: 5000 });
    const [r = 255, g = 255, b = 255] = corner(frame);
    expect(r + g + b, `sea colour ${r},${g},${b}`).to.be.lessThan(200);
  });

  it('the page\'s --ess-color-background is the sea', async function () {
    this.timeout(30000);
    frame = writePage('<style>ess-map{--ess-color-background:#102030}</style><script type="module" src="/terreau/terreau-elements.js"></script><ess-map theme="dark" lang="fr"></ess-map>');
    await widgetsRendered(frame, 'the themed map renders');
    await waitUntil(() => corner(frame!)[3] === 255, 'the sea is painted', { timeout: 5000 });
    expect(corner(frame).slice(0, 3)).to.deep.equal([0x10, 0x20, 0x30]);
  });

  it('switching to dark after the map drew repaints the sea (theme attribute, then the page\'s own scheme)', async function () {
    this.timeout(30000);
    frame = writePage(
      '<style>html.nuit ess-map{--ess-color-background:#203040}</style><script type="module" src="/terreau/terreau-elements.js"></script><ess-map lang="fr"></ess-map>',
    );
    await widgetsRendered(frame, 'the light map renders');
    const sum = () => corner(frame!).slice(0, 3).reduce((a, b) => a + b, 0);
    expect(sum(), 'light sea').to.be.greaterThan(600);
    doc(frame).querySelector('ess-map')!.setAttribute('theme', 'dark');
    await waitUntil(() => sum() < 200, 'the sea turns dark when theme="dark" is set');
    doc(frame).querySelector('ess-map')!.removeAttribute('theme');
    await waitUntil(() => sum() > 600, 'and light again when it is removed');
    doc(frame).documentElement.classList.add('nuit');
    await waitUntil(() => corner(frame!).slice(0, 3).join() === [0x20, 0x30, 0x40].join(), 'the page\'s scheme class repaints the sea');
  });
});
