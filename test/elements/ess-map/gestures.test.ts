// What the map's keys ask of it (gestures.ts), without a browser: the listbox of markers, panning, zooming.
import { expect } from '@open-wc/testing';
import { keyIntent, wheelFactor } from '../../../packages/elements/src/ess-map/gestures.js';

const key = (k: string, shiftKey = false, ctrlKey = false) => ({ key: k, shiftKey, ctrlKey, metaKey: false, altKey: false });

describe('keyIntent', () => {
  it('moves along the markers with the arrows, Home and End, and opens the active one with Enter or Space', () => {
    expect(keyIntent(key('ArrowDown'), true, false)).to.deep.equal({ move: 'next' });
    expect(keyIntent(key('ArrowLeft'), true, true)).to.deep.equal({ move: 'previous' });
    expect(keyIntent(key('Home'), true, true)).to.deep.equal({ move: 'first' });
    expect(keyIntent(key('End'), true, true)).to.deep.equal({ move: 'last' });
    expect(keyIntent(key('Enter'), true, true)).to.deep.equal({ open: true });
    expect(keyIntent(key(' '), true, true)).to.deep.equal({ open: true });
    // No active marker yet: Enter is the page's.
    expect(keyIntent(key('Enter'), true, false)).to.equal(null);
  });

  it('pans with Shift + arrows over markers, with the arrows over clusters (half a view with Shift)', () => {
    expect(keyIntent(key('ArrowLeft', true), true, true)).to.deep.equal({ pan: [0.15, 0] });
    expect(keyIntent(key('ArrowDown'), false, false)).to.deep.equal({ pan: [0, -0.15] });
    expect(keyIntent(key('ArrowRight', true), false, false)).to.deep.equal({ pan: [-0.5, 0] });
  });

  it('zooms with + and −, goes home with 0, closes with Escape, and leaves shortcuts with Ctrl to the browser', () => {
    expect(keyIntent(key('+'), true, false)).to.deep.equal({ zoom: 2 });
    expect(keyIntent(key('-'), false, false)).to.deep.equal({ zoom: 0.5 });
    expect(keyIntent(key('0'), false, false)).to.deep.equal({ home: true });
    expect(keyIntent(key('Escape'), true, true)).to.deep.equal({ close: true });
    expect(keyIntent(key('+', false, true), false, false)).to.equal(null);
    expect(keyIntent(key('a'), false, false)).to.equal(null);
  });

  it('zooms by at most ×2 per wheel event, in and out alike', () => {
    expect(wheelFactor({ deltaY: -100, deltaMode: 0 })).to.be.closeTo(2 ** 0.2, 1e-12);
    expect(wheelFactor({ deltaY: 100, deltaMode: 0 }) * wheelFactor({ deltaY: -100, deltaMode: 0 })).to.be.closeTo(1, 1e-12);
    expect(wheelFactor({ deltaY: -5000, deltaMode: 0 })).to.equal(2);
    expect(wheelFactor({ deltaY: 3, deltaMode: 2 })).to.equal(0.5);
  });
});
