// The map's scene (scene.ts) as data: where the overseas insets' names go, what is left off screen.
import { expect } from '@open-wc/testing';
import { buildScene, type SceneSource } from '../../../packages/elements/src/ess-map/scene.js';
import { FRANCE_FRAME, fitTransform } from '../../../packages/elements/src/ess-map/geo.js';

const theme = { water: '#fff', land: '#eee', coast: '#888', boundary: '#00f', text: '#111', halo: '#fff', font: 'sans-serif' };
const NAMES = { 971: 'Guadeloupe', 972: 'Martinique', 973: 'French Guiana', 974: 'La Réunion', 976: 'Mayotte' } as const;

function source(width: number, height: number): SceneSource {
  return {
    width,
    height,
    transform: fitTransform(FRANCE_FRAME, width, height, [24, 64, 24, 24]),
    theme,
    title: '',
    tiles: false,
    basemap: '',
    insets: '',
    boundaries: '',
    attribution: '',
    kind: 'france',
    insetName: (code) => NAMES[code],
    marks: null,
    clusters: null,
    text: { colors: [], category: [], formatCount: String },
    selected: null,
  };
}

describe('buildScene', () => {
  it('writes each inset name in its frame on a wide map, and left of the narrow frames of a phone', () => {
    const wide = buildScene(source(1280, 600)).labels;
    expect(wide.map((l) => l.text)).to.deep.equal(Object.values(NAMES));
    // 1280 × 600 px: every name fits in its frame (the longest, "French Guiana", too).
    const { k, tx } = source(1280, 600).transform;
    expect(wide.every((l) => !l.end && l.x > 100 * k + tx)).to.equal(true);
    // 375 px: the frames are ~40 px wide; the names end at their left edge, clear of the buttons on the right.
    const phone = buildScene(source(375, 450));
    expect(phone.labels.length).to.equal(5);
    expect(phone.labels.every((l) => l.end && l.x < 100 * phone.transform.k + phone.transform.tx)).to.equal(true);
  });

  it('writes no names on a Mercator map, nor for insets scrolled off screen', () => {
    expect(buildScene({ ...source(800, 450), kind: 'mercator' }).labels).to.deep.equal([]);
    const s = source(800, 450);
    expect(buildScene({ ...s, transform: { ...s.transform, tx: s.transform.tx - 2000 } }).labels).to.deep.equal([]);
  });

  it('writes the territory’s name above its contour, unless tiles under the map already write it; as text', () => {
    const s = source(800, 450);
    const boundary = { name: 'Valence <b>&</b>', bounds: [10, 20, 14, 24] as [number, number, number, number] };
    const named = buildScene({ ...s, boundary }).labels.find((l) => l.text === boundary.name);
    expect(named, 'the name is a label, text as given').to.not.equal(undefined);
    expect(named!.y).to.be.below(20 * s.transform.k + s.transform.ty);
    expect(buildScene({ ...s, boundary, tiles: true }).labels.map((l) => l.text)).to.not.include(boundary.name);
    expect(buildScene({ ...s, boundary: null }).labels.map((l) => l.text)).to.not.include(boundary.name);
  });
});
