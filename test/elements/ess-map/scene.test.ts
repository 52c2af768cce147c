// The map's scene (scene.ts) as data: where the overseas insets' names go, what is left off screen.
import { expect } from '@open-wc/testing';
import { buildScene, type SceneSource } from '../../../packages/elements/src/ess-map/scene.js';
import { FRANCE_FRAME, FRANCE_INSETS, fitTransform, franceFrame, franceInsets } from '../../../packages/elements/src/ess-map/geo.js';

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

  it('on a phone held upright (rows), writes each name in the band above its inset: inside the map, clear of every inset and of the others', () => {
    const phone = { ...source(327, 448), layout: 'rows' as const, transform: fitTransform(franceFrame('rows'), 327, 448, [24, 64, 24, 24]) };
    const { labels, transform: t } = buildScene(phone);
    expect(labels.map((l) => l.text)).to.deep.equal(Object.values(NAMES));
    const CHAR = 6.5; // px per character at 11 px, as the scene reckons
    const boxes = franceInsets('rows').map(({ box }) => [box[0] * t.k + t.tx, box[1] * t.k + t.ty, box[2] * t.k + t.tx, box[3] * t.k + t.ty]);
    const rects = labels.map((l) => [l.x, l.y - 11, l.x + l.text.length * CHAR, l.y + 2]);
    const hit = (a: number[], b: number[]) => a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!;
    rects.forEach((r, i) => {
      expect(r[0]! >= 0 && r[1]! >= 0 && r[3]! <= 448, `${labels[i]!.text} inside the map`).to.equal(true);
      for (const b of boxes) expect(hit(r, b), `${labels[i]!.text} over an inset`).to.equal(false);
      for (const o of rects.slice(0, i)) expect(hit(r, o), `${labels[i]!.text} over another name`).to.equal(false);
    });
  });

  it("moves an inset's name to its bottom corner when a marker covers the top one (a point at Saint-Denis), on screen and in the exports", () => {
    const s = source(1280, 600);
    const { k, tx, ty } = s.transform;
    const run = FRANCE_INSETS.find((i) => i.code === '974')!.box;
    // A marker where the name would start (world plane: the inset's top-left, a few pixels in).
    const marker = { x: [run[0] + 12 / k], y: [run[1] + 8 / k], members: [[0]] };
    const at = (scene: ReturnType<typeof buildScene>) => scene.labels.find((l) => l.text === 'La Réunion')!;
    const top = run[1] * k + ty + 14;
    expect(at(buildScene(s)).y, 'no marker: top-left').to.equal(top);
    const text = { ...s.text, category: [0] };
    const onScreen = at(buildScene({ ...s, text, avoid: marker }));
    const exported = at(buildScene({ ...s, text, marks: marker }));
    for (const label of [onScreen, exported]) {
      expect(label.y).to.be.greaterThan(top + 20);
      expect(label.y).to.be.at.most(run[3] * k + ty);
      expect(label.x).to.equal(run[0] * k + tx + 4);
    }
    // The other insets' names stay where they were.
    expect(buildScene({ ...s, text, avoid: marker }).labels.filter((l) => l.text !== 'La Réunion')).to.deep.equal(buildScene(s).labels.filter((l) => l.text !== 'La Réunion'));
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
