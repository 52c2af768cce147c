// examples/hostile-css.html: the page's global CSS sets `* { box-sizing: content-box !important;
// font: 30px serif }`, hides svg and canvas, unsets buttons and inputs, pads every div… The widgets
// keep their layout, and their controls stay visible and react to real clicks and keys.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { doc, openPage, widgetsRendered } from './helpers.js';

// Inside the runner's default 800×600 viewport, so real mouse events reach every part of the frame.
const FRAME_W = 780;
const FRAME_H = 580;

/** Scrolls `el` into view inside the frame and returns its centre in the test page's coordinates. */
function centreOf(frame: HTMLIFrameElement, el: Element): [number, number] {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const f = frame.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return [Math.round(f.left + r.left + r.width / 2), Math.round(f.top + r.top + r.height / 2)];
}

/** Visible: laid out with a size, not hidden, and the topmost element at its own centre. */
function expectUsable(el: Element, what: string): void {
  const r = el.getBoundingClientRect();
  expect(r.width, `${what} width`).to.be.greaterThan(8);
  expect(r.height, `${what} height`).to.be.greaterThan(8);
  const cs = getComputedStyle(el);
  expect(cs.display, `${what} display`).not.to.equal('none');
  expect(cs.visibility, `${what} visibility`).to.equal('visible');
  expect(Number(cs.opacity), `${what} opacity`).to.be.greaterThan(0.5);
  el.scrollIntoView({ block: 'center' });
  const b = el.getBoundingClientRect();
  const root = el.getRootNode() as ShadowRoot;
  const hit = root.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
  expect(hit === el || el.contains(hit), `${what} is not covered (hit: ${hit?.nodeName})`).to.equal(true);
}

describe('examples/hostile-css.html', () => {
  let frame: HTMLIFrameElement;
  let map: HTMLElement;
  let advisor: HTMLElement;

  before(async function () {
    this.timeout(30000);
    frame = await openPage('/examples/hostile-css.html', FRAME_W, FRAME_H);
    await widgetsRendered(frame, 'both widgets render under the hostile CSS');
    map = doc(frame).getElementById('map')!;
    advisor = doc(frame).getElementById('advisor')!;
  });
  after(() => frame?.remove());

  it('the page CSS is really hostile outside the widgets', () => {
    const h1 = doc(frame).querySelector('h1')!;
    expect(getComputedStyle(h1).textTransform).to.equal('uppercase');
    expect(getComputedStyle(doc(frame).querySelector('p')!).fontSize).to.equal('30px');
  });

  it('keeps both element boxes within sane bounds', () => {
    for (const [el, name] of [[map, 'ess-map'], [advisor, 'ess-lever-advisor']] as const) {
      const r = el.getBoundingClientRect();
      expect(r.width, `${name} width`).to.be.within(280, FRAME_W);
      expect(r.height, `${name} height`).to.be.within(250, 40000);
    }
  });

  it('keeps its own type: 16px sans-serif text, not the page’s 30px serif', () => {
    for (const el of [map.shadowRoot!.querySelector('.count')!, advisor.shadowRoot!.querySelector('#step-heading')!.nextElementSibling ?? advisor.shadowRoot!.querySelector('label')!]) {
      const cs = getComputedStyle(el);
      expect(Number.parseFloat(cs.fontSize)).to.be.within(12, 24);
      expect(cs.fontFamily).not.to.equal('serif');
      expect(cs.letterSpacing).to.equal('normal');
    }
  });

  it('draws the map (its svg/canvas are not hidden by the page’s svg/canvas rules)', () => {
    const surface = map.shadowRoot!.querySelector('.map-canvas')!;
    const r = surface.getBoundingClientRect();
    expect(r.width).to.be.greaterThan(200);
    expect(r.height).to.be.greaterThan(150);
    const drawn = [...surface.querySelectorAll('svg, canvas')].filter((n) => getComputedStyle(n).display !== 'none' && n.getBoundingClientRect().width > 0);
    expect(drawn.length).to.be.greaterThan(0);
  });

  it('the map’s legend buttons and search field are usable: a real click filters, real keys search', async () => {
    const root = map.shadowRoot!;
    const legend = root.querySelector('[part~="legend"] button') as HTMLButtonElement;
    expectUsable(legend, 'legend button');
    const before = root.querySelector('.count')!.textContent;
    await sendMouse({ type: 'click', position: centreOf(frame, legend) });
    await waitUntil(() => legend.getAttribute('aria-pressed') === 'true', 'the legend button toggles on a real click');
    await waitUntil(() => root.querySelector('.count')!.textContent !== before, 'the count follows');
    await sendMouse({ type: 'click', position: centreOf(frame, legend) });
    await waitUntil(() => legend.getAttribute('aria-pressed') === 'false', 'and toggles back');

    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    expectUsable(search, 'search field');
    await sendMouse({ type: 'click', position: centreOf(frame, search) });
    expect(root.activeElement === search, 'the search field has the focus').to.equal(true);
    const all = root.querySelectorAll('tbody button[data-id]').length;
    await sendKeys({ type: 'pluche' });
    expect(search.value).to.equal('pluche');
    const names = () => [...root.querySelectorAll('tbody button[data-id]')].map((b) => b.textContent ?? '');
    await waitUntil(() => names().length < all && names().some((n) => n.includes('Pluche')), 'typing filters the list');
  });

  it('the advisor’s buttons are usable: a real click moves to the next step', async () => {
    const root = advisor.shadowRoot!;
    const heading = root.querySelector('#step-heading')!;
    const first = heading.textContent;
    const next = root.querySelector('[part~="nav"] button.primary') as HTMLButtonElement;
    expectUsable(next, 'next button');
    await sendMouse({ type: 'click', position: centreOf(frame, next) });
    await waitUntil(() => root.querySelector('#step-heading')?.textContent !== first, 'a real click on “next” changes the step');
    expect(root.querySelector('#step-heading')!.textContent).to.match(/2/);
  });
});
