// The map's viewport maths (viewport.ts), without a browser's events: zooming, panning and their limits.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clampPan, MAX_K, Viewport } from '../../../packages/elements/src/ess-map/viewport.js';
import { FRANCE_FRAME, METROPOLE_FRAME } from '../../../packages/elements/src/ess-map/geo.js';
import type { Bounds } from '../../../packages/elements/src/ess-map/geo.js';

/** A 600 × 400 view of the métropole at its home view (as the map opens). */
function home(): Viewport {
  const vp = new Viewport();
  vp.resize(600, 400);
  vp.fitHome(METROPOLE_FRAME, false, 24);
  vp.content = FRANCE_FRAME;
  return vp;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const screenPoint = fc.tuple(fc.double({ min: 0, max: 600, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true }));
const factor = fc.double({ min: 0.25, max: 4, noNaN: true });

/** The part of world box `b` on screen along x and y, CSS px. */
function onScreen(vp: Viewport, b: Bounds): [number, number] {
  const [x0, y0] = vp.toScreen(b[0], b[1]);
  const [x1, y1] = vp.toScreen(b[2], b[3]);
  return [Math.min(x1, vp.width) - Math.max(x0, 0), Math.min(y1, vp.height) - Math.max(y0, 0)];
}

describe('Viewport', () => {
  it('zooming by f then by 1/f around the same point gives the transform back (within the zoom limits)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.3, max: 3.9, noNaN: true }), screenPoint, (f, [x, y]) => {
        const vp = home();
        const before = { ...vp.t };
        vp.zoomBy(f, x, y);
        vp.zoomBy(1 / f, x, y);
        return close(vp.t.k, before.k) && close(vp.t.tx, before.tx) && close(vp.t.ty, before.ty);
      }),
    );
  });

  it('keeps the world point under the cursor where it is while zooming', () => {
    fc.assert(
      fc.property(factor, screenPoint, (f, [x, y]) => {
        const vp = home();
        const wx = (x - vp.t.tx) / vp.t.k;
        const wy = (y - vp.t.ty) / vp.t.k;
        vp.zoomBy(f, x, y);
        const [sx, sy] = vp.toScreen(wx, wy);
        return close(sx, x) && close(sy, y);
      }),
    );
  });

  it('never zooms out past a quarter of the home view nor in past the street scale', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 1 / 64, max: 64, noNaN: true }), screenPoint), { maxLength: 30 }), (steps) => {
        const vp = home();
        for (const [f, [x, y]] of steps) {
          vp.zoomBy(f, x, y);
          if (vp.t.k < vp.homeK / 4 - 1e-9 || vp.t.k > MAX_K.france + 1e-9) return false;
        }
        return true;
      }),
    );
  });

  it('pans by (dx, dy) and back to the same view while the map stays on screen', () => {
    fc.assert(
      fc.property(fc.double({ min: -200, max: 200, noNaN: true }), fc.double({ min: -150, max: 150, noNaN: true }), (dx, dy) => {
        const vp = home();
        const before = { ...vp.t };
        vp.panBy(dx, dy);
        expect(vp.t.tx).to.be.closeTo(before.tx + dx, 1e-9);
        vp.panBy(-dx, -dy);
        return close(vp.t.tx, before.tx) && close(vp.t.ty, before.ty) && vp.t.k === before.k;
      }),
    );
  });

  it('cannot be dragged away from the map: 48 px of it stay on screen, whatever the drags and zooms', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.tuple(fc.constant('pan' as const), fc.double({ min: -5000, max: 5000, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true })), fc.tuple(fc.constant('zoom' as const), factor, fc.constant(300))), {
          minLength: 1,
          maxLength: 30,
        }),
        (steps) => {
          const vp = home();
          for (const [kind, a, b] of steps) {
            if (kind === 'pan') vp.panBy(a, b);
            else vp.zoomBy(a, b, 200);
            const [w, h] = onScreen(vp, FRANCE_FRAME);
            if (kind === 'pan' && (w < 48 - 1e-6 || h < 48 - 1e-6)) return false;
          }
          return true;
        },
      ),
    );
  });

  it('clamps a pan only as far as needed, and leaves a view with the content on screen as it is', () => {
    const t = { k: 1, tx: 0, ty: 0 };
    expect(clampPan(t, [100, 100, 200, 200], 600, 400)).to.deep.equal(t);
    // Content far to the left: moved back so that its right edge is 48 px into the view.
    expect(clampPan({ k: 1, tx: -1000, ty: 0 }, [100, 100, 200, 200], 600, 400)).to.deep.equal({ k: 1, tx: -152, ty: 0 });
    // Content smaller than 48 px on screen: kept whole on screen.
    expect(clampPan({ k: 1, tx: 5000, ty: 0 }, [0, 0, 10, 10], 600, 400)).to.deep.equal({ k: 1, tx: 590, ty: 0 });
    expect(clampPan(t, null, 600, 400)).to.equal(t);
  });

  it('fits a single point to its surroundings, and the whole inset column when the bounds reach an inset', () => {
    const vp = new Viewport();
    vp.resize(600, 400);
    vp.fitHome([10, 10, 10, 10], false, 24);
    const [w] = onScreen(vp, [8, 8, 12, 12]);
    expect(w).to.be.greaterThan(100);
    vp.fitHome([0, 0, 120, 10], false, 24);
    const [x0] = vp.toScreen(FRANCE_FRAME[0], 0);
    const [x1] = vp.toScreen(FRANCE_FRAME[2], 0);
    expect(x0).to.be.at.least(24 - 1e-6);
    expect(x1).to.be.at.most(576 + 1e-6);
    expect(vp.zoom).to.equal(0);
  });

  it('keeps the centre where it was when the view is resized', () => {
    const vp = home();
    vp.panBy(37, -12);
    const before = vp.centre();
    vp.resize(375, 500);
    const after = vp.centre();
    expect(after[0]).to.be.closeTo(before[0], 1e-9);
    expect(after[1]).to.be.closeTo(before[1], 1e-9);
  });
});
