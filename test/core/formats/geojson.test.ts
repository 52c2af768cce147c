import { describe, expect, it } from 'vitest';
import { actorsFromGeoJson, actorsToGeoJson, parseNdjson, toNdjson } from '@terreau/core';
import type { ActorInput } from '@terreau/core';

const actor: ActorInput = {
  id: 'a1',
  name: 'Ressourcerie',
  type: 'association',
  location: { lat: 45.1, lon: 5.7, precision: 'exact' },
  activities: ['ressourcerie'],
  provenance: { source: 'survey', checkedAt: '2025-06-30' },
};

describe('actorsToGeoJson / actorsFromGeoJson', () => {
  it('puts the location in a Point geometry ([lon, lat]) and reads it back', () => {
    const fc = actorsToGeoJson([actor, { ...actor, id: 'a2', location: undefined } as unknown as ActorInput]);
    expect(fc.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [5.7, 45.1] });
    expect(fc.features[1]?.geometry).toBeNull();
    const back = actorsFromGeoJson(JSON.parse(JSON.stringify(fc)));
    expect(back.issues).toEqual([]);
    expect(back.candidates[0]).toMatchObject({ id: 'a1', location: { lat: 45.1, lon: 5.7, precision: 'exact' }, activities: ['ressourcerie'] });
  });

  it('reports features it cannot read and still reads the others', () => {
    const r = actorsFromGeoJson({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: {} }, 'x', { type: 'Feature', geometry: null, properties: { nom: 'B' } }],
    });
    expect(r.issues.map((i) => [i.index, i.code])).toEqual([
      [0, 'unsupported_geometry'],
      [1, 'not_a_feature'],
    ]);
    expect(r.indexes).toEqual([2]);
    expect(actorsFromGeoJson([]).issues[0]?.code).toBe('not_a_feature_collection');
  });
});

describe('parseNdjson', () => {
  it('reads one value per line and reports bad lines with their number', () => {
    const r = parseNdjson(`${toNdjson([{ a: 1 }, { b: 2 }])}{oops\n\n`);
    expect(r.values).toEqual([{ a: 1 }, { b: 2 }]);
    expect(r.issues).toEqual([{ line: 3, code: 'invalid_json', value: '{oops' }]);
  });
});
