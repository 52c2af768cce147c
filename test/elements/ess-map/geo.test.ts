import { expect } from '@open-wc/testing';
import {
  chooseProjection,
  createProjection,
  FRANCE_INSETS,
  METROPOLE_FRAME,
  franceFrame,
  franceInsets,
  insetLayoutFor,
  insetBordersPath,
  fitTransform,
  geoApiBoundaryUrl,
  invertWorld,
  projectPoints,
  tileRange,
  tileUrlTemplateIsSafe,
  zoomAround,
} from '../../../packages/elements/src/ess-map/geo.js';

// Métropole frame of the France composite in the world plane (scale 1000, translate 0):
// x ∈ [-99.6, 96.7], y ∈ [-90.8, 86.4]; the overseas insets sit left (x < -99.6) and right (x > 96.7).
const inMetropole = (x: number, y: number) => x > -99.6 && x < 96.7 && y > -90.8 && y < 86.4;

describe('geo: projection', () => {
  const france = createProjection('france');

  it('places Paris inside the métropole frame, north of Marseille and west of Strasbourg', () => {
    const p = projectPoints(Float64Array.of(2.3522, 5.3698, 7.7521), Float64Array.of(48.8566, 43.2965, 48.5734), france);
    expect(p.outside).to.equal(0);
    const [px, py] = [p.x[0]!, p.y[0]!];
    expect(inMetropole(px, py)).to.equal(true);
    expect(py).to.be.lessThan(p.y[1]!); // screen y grows southwards
    expect(px).to.be.lessThan(p.x[2]!);
  });

  it('places Saint-Denis de La Réunion inside its inset, right of the métropole frame', () => {
    const p = projectPoints(Float64Array.of(55.4504), Float64Array.of(-20.8821), france);
    expect(p.inside[0]).to.equal(1);
    expect(p.x[0]!).to.be.greaterThan(96.7);
    expect(p.x[0]!).to.be.lessThan(137.1);
  });

  it('places Fort-de-France, Cayenne, Pointe-à-Pitre and Mamoudzou in insets, not in the métropole', () => {
    const lon = Float64Array.of(-61.0588, -52.3135, -61.5331, 45.2279);
    const lat = Float64Array.of(14.6161, 4.9224, 16.2411, -12.7806);
    const p = projectPoints(lon, lat, france);
    expect(p.outside).to.equal(0);
    for (let i = 0; i < 4; i++) expect(inMetropole(p.x[i]!, p.y[i]!), `point ${i}`).to.equal(false);
  });

  // One main town per DROM, and a second place near the edge of the territory.
  const drom: [string, string, [number, number], [number, number]][] = [
    ['971', 'Pointe-à-Pitre / Grand-Bourg (Marie-Galante)', [-61.5331, 16.2411], [-61.3167, 15.8833]],
    ['972', 'Fort-de-France / Grand-Rivière', [-61.0588, 14.6161], [-61.1806, 14.8725]],
    ['973', 'Cayenne / Saint-Laurent-du-Maroni', [-52.3135, 4.9224], [-54.0319, 5.4989]],
    ['974', 'Saint-Denis / Saint-Joseph', [55.4504, -20.8821], [55.6194, -21.3778]],
    ['976', 'Mamoudzou / Dzaoudzi (Petite-Terre)', [45.2279, -12.7806], [45.2806, -12.7878]],
  ];
  for (const layout of ['column', 'rows'] as const) {
    for (const [code, places, main, edge] of drom) {
      it(`places ${places} (${code}) inside the ${code} inset of the ${layout} layout and inverts them back`, () => {
        const projection = createProjection('france', layout);
        const inset = franceInsets(layout).find((i) => i.code === code)!;
        const p = projectPoints(Float64Array.of(main[0], edge[0]), Float64Array.of(main[1], edge[1]), projection);
        expect(p.outside).to.equal(0);
        for (let i = 0; i < 2; i++) {
          const [x, y] = [p.x[i]!, p.y[i]!];
          expect(x >= inset.box[0] && x <= inset.box[2] && y >= inset.box[1] && y <= inset.box[3], `point ${i} in its box`).to.equal(true);
          const inv = invertWorld(projection, x, y)!;
          expect(inv[0]).to.be.closeTo(i === 0 ? main[0] : edge[0], 1e-3);
          expect(inv[1]).to.be.closeTo(i === 0 ? main[1] : edge[1], 1e-3);
        }
      });
    }
  }

  it('has exactly the five DROM insets, equal boxes in one column right of the métropole, none overlapping', () => {
    expect(FRANCE_INSETS.map((i) => i.code)).to.deep.equal(['971', '972', '973', '974', '976']);
    const [first] = FRANCE_INSETS;
    FRANCE_INSETS.forEach((inset, i) => {
      const [x0, y0, x1, y1] = inset.box;
      expect(x0).to.be.greaterThan(METROPOLE_FRAME[2]);
      expect(x1 - x0).to.be.closeTo(first!.box[2] - first!.box[0], 1e-9);
      expect(y1 - y0).to.be.closeTo(first!.box[3] - first!.box[1], 1e-9);
      if (i > 0) expect(y0).to.be.greaterThan(FRANCE_INSETS[i - 1]!.box[3]);
    });
    expect(FRANCE_INSETS[0]!.box[1]).to.be.at.least(METROPOLE_FRAME[1]);
    expect(FRANCE_INSETS[4]!.box[3]).to.be.at.most(METROPOLE_FRAME[3]);
    expect((insetBordersPath('france').match(/Z/g) ?? []).length).to.equal(5);
    expect(insetBordersPath('mercator')).to.equal('');
  });

  it('has a rows layout for portrait views: the five insets under the métropole, three then two, each under a band for its name', () => {
    const rows = franceInsets('rows');
    expect(rows.map((i) => i.code)).to.deep.equal(['971', '972', '973', '974', '976']);
    rows.forEach((inset, i) => {
      const [x0, y0, x1, y1] = inset.box;
      expect(x0).to.be.at.least(METROPOLE_FRAME[0] - 1e-9);
      expect(x1).to.be.at.most(METROPOLE_FRAME[2] + 1e-9);
      // Under the métropole with room above for a name (at least 10 world units: ~14 px on a phone).
      expect(y0 - METROPOLE_FRAME[3]).to.be.at.least(10);
      for (const other of rows.slice(0, i)) {
        const apart = x0 >= other.box[2] || x1 <= other.box[0] || y0 >= other.box[3] + 10 || y1 <= other.box[1];
        expect(apart, `${inset.code} clear of ${other.code} and its name`).to.equal(true);
      }
    });
    expect(rows[3]!.box[1]).to.be.greaterThan(rows[0]!.box[3]);
    expect(franceFrame('rows')[3]).to.equal(rows[4]!.box[3]);
    expect((insetBordersPath('france', 'rows').match(/Z/g) ?? []).length).to.equal(5);
    // The métropole is the same plane in both layouts: Paris has the same world position.
    const paris = (layout: 'rows' | 'column') => createProjection('france', layout)([2.3522, 48.8566])!;
    expect(paris('rows')).to.deep.equal(paris('column'));
  });

  it('picks the layout that draws France larger: rows on a phone held upright, the column on a wide or landscape view', () => {
    expect(insetLayoutFor(327, 448, [24, 64, 24, 24])).to.equal('rows');
    expect(insetLayoutFor(400, 700)).to.equal('rows');
    expect(insetLayoutFor(572, 448, [24, 64, 24, 24])).to.equal('column');
    expect(insetLayoutFor(1280, 448)).to.equal('column');
    expect(insetLayoutFor(812, 375)).to.equal('column');
    // Whichever it picks, France is drawn at least as large as in the other.
    for (const [w, h] of [[327, 448], [500, 500], [600, 420], [360, 640]] as const) {
      const k = (layout: 'rows' | 'column') => fitTransform(franceFrame(layout), w, h, 24).k;
      const picked = insetLayoutFor(w, h);
      expect(k(picked)).to.be.at.least(k(picked === 'rows' ? 'column' : 'rows'));
    }
  });

  it('fills each inset with its territory (comparable sizes, whatever the area: Guyane is not drawn larger than the others)', () => {
    // Bounding boxes of each territory's coastline (lon0, lat0, lon1, lat1).
    const extents: Record<string, [number, number, number, number]> = {
      '971': [-61.81, 15.85, -61.0, 16.51],
      '972': [-61.23, 14.41, -60.81, 14.88],
      '973': [-54.61, 2.11, -51.65, 5.75],
      '974': [55.22, -21.39, 55.84, -20.87],
      '976': [45.04, -12.99, 45.29, -12.65],
    };
    const fills = FRANCE_INSETS.map((inset) => {
      const [lon0, lat0, lon1, lat1] = extents[inset.code]!;
      const p = projectPoints(Float64Array.of(lon0, lon1), Float64Array.of(lat0, lat1), france);
      expect(p.outside, inset.code).to.equal(0);
      const w = Math.abs(p.x[1]! - p.x[0]!) / (inset.box[2] - inset.box[0]);
      const h = Math.abs(p.y[1]! - p.y[0]!) / (inset.box[3] - inset.box[1]);
      return Math.max(w, h);
    });
    for (const f of fills) expect(f).to.be.within(0.75, 1);
  });

  it('gives the overseas collectivités beyond the DROM no inset (Nouméa, Papeete, Saint-Pierre are outside)', () => {
    const p = projectPoints(Float64Array.of(166.4572, -149.5585, -56.1773), Float64Array.of(-22.2758, -17.5516, 46.7811), france);
    expect(Array.from(p.inside)).to.deep.equal([0, 0, 0]);
  });

  it('flags points outside every inset and invalid coordinates instead of moving them', () => {
    const p = projectPoints(Float64Array.of(13.4, NaN, 2.35, 200), Float64Array.of(52.5, 48, 48.85, 10), france);
    expect(Array.from(p.inside)).to.deep.equal([0, 0, 1, 0]);
    expect(p.outside).to.equal(3);
    expect(Number.isNaN(p.x[0]!)).to.equal(true);
  });

  it('inverts a projected point back to its longitude and latitude', () => {
    const p = projectPoints(Float64Array.of(55.4504), Float64Array.of(-20.8821), france);
    const inv = invertWorld(france, p.x[0]!, p.y[0]!);
    expect(inv![0]).to.be.closeTo(55.4504, 1e-3);
    expect(inv![1]).to.be.closeTo(-20.8821, 1e-3);
  });

  it('chooses Mercator only when most points are outside France and its insets', () => {
    expect(chooseProjection(Float64Array.of(2.35, 55.45, 4.35), Float64Array.of(48.85, -20.88, 50.85))).to.equal('france');
    expect(chooseProjection(Float64Array.of(13.4, 12.5, 2.35), Float64Array.of(52.5, 41.9, 48.85))).to.equal('mercator');
  });
});

describe('geo: view transforms', () => {
  it('fits bounds in the viewport, centred', () => {
    const t = fitTransform([0, 0, 100, 50], 400, 400, 0);
    expect(t.k).to.equal(4);
    expect(50 * t.k + t.tx).to.equal(200);
    expect(25 * t.k + t.ty).to.equal(200);
  });

  it('zooms around a screen point, which stays fixed', () => {
    const t = zoomAround({ k: 2, tx: 10, ty: 20 }, 2, 100, 50);
    const wx = (100 - 10) / 2;
    expect(wx * t.k + t.tx).to.equal(100);
    expect(zoomAround(t, 1000, 0, 0, 0, 10).k).to.equal(10);
  });
});

describe('geo: official geo API URLs', () => {
  it('builds the contour URL of a commune and of the communes of an EPCI', () => {
    expect(geoApiBoundaryUrl({ commune: '26108' })).to.equal('https://geo.api.gouv.fr/communes/26108?format=geojson&geometry=contour');
    expect(geoApiBoundaryUrl({ commune: '2a004' })).to.equal('https://geo.api.gouv.fr/communes/2A004?format=geojson&geometry=contour');
    expect(geoApiBoundaryUrl({ epci: '200040715' }, 'https://proxy.example.org/geo/')).to.equal(
      'https://proxy.example.org/geo/epcis/200040715/communes?format=geojson&geometry=contour',
    );
  });

  it('refuses malformed codes and non-http base URLs', () => {
    expect(geoApiBoundaryUrl({ commune: '26108/../x' })).to.equal(null);
    expect(geoApiBoundaryUrl({ epci: '1234' })).to.equal(null);
    expect(geoApiBoundaryUrl({ commune: '26108' }, 'javascript:alert(1)')).to.equal(null);
    expect(geoApiBoundaryUrl({ commune: '26108' }, 'not a url')).to.equal(null);
  });
});

describe('geo: raster tiles', () => {
  it('accepts only http(s) templates with {z}/{x}/{y}', () => {
    expect(tileUrlTemplateIsSafe('https://tile.example.org/{z}/{x}/{y}.png')).to.equal(true);
    expect(tileUrlTemplateIsSafe('javascript:alert(1)//{z}{x}{y}')).to.equal(false);
    expect(tileUrlTemplateIsSafe('data:image/png,{z}{x}{y}')).to.equal(false);
    expect(tileUrlTemplateIsSafe('https://tile.example.org/static.png')).to.equal(false);
  });

  it('covers the viewport with tiles of the zoom level nearest the view', () => {
    // k = 4: tile zoom 2, 4 × 4 tiles of 64 world units; a 512 px view from the origin needs 2 × 2.
    const r = tileRange({ k: 4, tx: 0, ty: 0 }, 512, 512);
    expect(r.z).to.equal(2);
    expect(r.tiles.map((t) => `${t.x},${t.y}`)).to.deep.equal(['0,0', '1,0', '0,1', '1,1']);
    expect(r.tiles[0]!.url('https://t.example.org/{z}/{x}/{y}.png')).to.equal('https://t.example.org/2/0/0.png');
  });
});

describe('geo: polygon winding', () => {
  it('rewinds RFC 7946 (anticlockwise) polygons so d3 sees the territory, not the rest of the globe', async () => {
    const { rewindForD3, worldBounds } = await import('../../../packages/elements/src/ess-map/geo.js');
    const ccw = { type: 'Polygon', coordinates: [[[4.8, 45.7], [4.9, 45.7], [4.9, 45.8], [4.8, 45.8], [4.8, 45.7]]] };
    const cw = { type: 'Polygon', coordinates: [[[4.8, 45.7], [4.8, 45.8], [4.9, 45.8], [4.9, 45.7], [4.8, 45.7]]] };
    const m = createProjection('mercator');
    const a = worldBounds(rewindForD3(ccw) as never, m)!;
    const b = worldBounds(rewindForD3(cw) as never, m)!;
    expect(a).to.deep.equal(b);
    expect(a[2] - a[0]).to.be.lessThan(0.1);
    expect(ccw.coordinates[0]![1]).to.deep.equal([4.9, 45.7]); // the input is not mutated
  });
});

describe('geo: path data and bounds', () => {
  it('draw what d3\'s geoPath draws, clipped polygons, holes, lines and overseas insets included', async () => {
    const { geoPath } = await import('d3-geo');
    const { rewindForD3, worldBounds, worldPathData } = await import('../../../packages/elements/src/ess-map/geo.js');
    const shapes = [
      // A commune-sized square, and one with a hole.
      { type: 'Polygon', coordinates: [[[4.8, 45.7], [4.8, 45.8], [4.9, 45.8], [4.9, 45.7], [4.8, 45.7]]] },
      { type: 'Polygon', coordinates: [[[5, 44], [5, 45], [6, 45], [6, 44], [5, 44]], [[5.2, 44.2], [5.8, 44.2], [5.8, 44.8], [5.2, 44.8], [5.2, 44.2]]] },
      // Straddling the mainland frame's edge (clipped), and far outside it (nothing drawn).
      { type: 'Polygon', coordinates: [[[-8, 47], [-8, 49], [-3, 49], [-3, 47], [-8, 47]]] },
      { type: 'Polygon', coordinates: [[[100, 10], [100, 11], [101, 11], [101, 10], [100, 10]]] },
      // La Réunion (an inset), a river-like line, a feature collection.
      { type: 'MultiPolygon', coordinates: [[[[55.2, -21.4], [55.2, -20.9], [55.8, -20.9], [55.8, -21.4], [55.2, -21.4]]]] },
      { type: 'LineString', coordinates: [[2.3, 48.8], [2.4, 48.85], [2.5, 48.9]] },
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[1, 43], [1, 44], [2, 44], [2, 43], [1, 43]]] } }] },
    ];
    for (const kind of ['france', 'mercator'] as const) {
      const projection = createProjection(kind);
      for (const shape of shapes) {
        const object = rewindForD3(shape) as never;
        const path = geoPath(projection).digits(3);
        expect(worldPathData(object, projection), `${kind} ${shape.type}`).to.equal(path(object) ?? '');
        const [[x0, y0], [x1, y1]] = path.bounds(object);
        const expected = [x0, y0, x1, y1].every(Number.isFinite) && x0 <= x1 && y0 <= y1 ? [x0, y0, x1, y1] : null;
        expect(worldBounds(object, projection), `${kind} ${shape.type} bounds`).to.deep.equal(expected);
      }
    }
  });
});

describe('geo: TopoJSON boundaries', () => {
  it('turns every object of a topology into GeoJSON features, and refuses non-topologies', async () => {
    const { topologyToGeoJson, worldBounds } = await import('../../../packages/elements/src/ess-map/geo.js');
    const topology = {
      type: 'Topology',
      objects: {
        communes: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: '26108' } }],
        },
      },
      arcs: [[[5.0, 44.7], [5.0, 44.8], [5.1, 44.8], [5.1, 44.7], [5.0, 44.7]]],
    };
    const fc = topologyToGeoJson(topology) as unknown as { features: { properties: { code: string } }[] };
    expect(fc.features.map((f) => f.properties.code)).to.deep.equal(['26108']);
    expect(worldBounds(fc as never, createProjection('france'))).to.not.equal(null);
    expect(topologyToGeoJson({ type: 'FeatureCollection', features: [] })).to.equal(null);
    expect(topologyToGeoJson({ type: 'Topology', objects: 3 })).to.equal(null);
  });
});
