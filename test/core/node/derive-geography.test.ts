import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { readActors } from '@terreau/core/node';
import { communeOfPostcode, foldCommuneName } from '../../../packages/core/src/node/lookup-commune.js';
import { projectToWgs84 } from '../../../packages/core/src/node/project-to-wgs84.js';

async function read(text: string, options: Parameters<typeof readActors>[1] = {}) {
  const out = [];
  for await (const r of readActors(Readable.from([Buffer.from(text, 'utf8')]), { format: 'csv', ...options })) out.push(r);
  return out;
}

describe('communeOfPostcode', () => {
  // The first call reads the COG (≈ 12 MB of JSON): slow on a busy machine.
  it('finds the commune of a postcode and a city written as the DGEFP lists write it', { timeout: 60_000 }, () => {
    expect(foldCommuneName('ST MAURICE DE BEYNOST')).toBe(foldCommuneName('Saint-Maurice-de-Beynost'));
    expect(communeOfPostcode('01700', 'ST MAURICE DE BEYNOST')).toEqual({ code: '01376' });
    expect(communeOfPostcode('01500', 'AMBERIEU EN BUGEY')).toEqual({ code: '01004' });
  });

  it('says a postcode shared by several communes is ambiguous without a name that tells them apart, never guessing', () => {
    const r = communeOfPostcode('01500');
    expect(r && 'candidates' in r && r.candidates.length).toBeGreaterThan(1);
    expect(communeOfPostcode('00000', 'NULLE PART')).toBeNull();
  });
});

describe('readActors with geography', () => {
  it('derives commune, département, région and EPCI from postcode + city, and warns on ambiguity', async () => {
    const text = 'nom;type;code_postal;ville\nA;association;01700;ST MAURICE DE BEYNOST\nB;association;01500;\n';
    const [a, b] = await read(text, { geography: true });
    expect(a?.actor).toMatchObject({ communeCode: '01376', departementCode: '01', regionCode: '84' });
    expect(a?.actor?.epciCode).toMatch(/^\d{9}$/);
    expect(b?.actor?.communeCode).toBeUndefined();
    expect(b?.warnings?.map((w) => w.code)).toEqual(['commune_ambiguous']);
    const [plain] = await read(text);
    expect(plain?.actor?.communeCode).toBeUndefined();
  });
});

describe('projectToWgs84', () => {
  it('converts Lambert-93 to WGS84: the projection origin (x 700 000, y 6 600 000) is 46.5° N, 3° E by definition', () => {
    const p = projectToWgs84(700000, 6600000);
    expect(p?.lat).toBeCloseTo(46.5, 6);
    expect(p?.lon).toBeCloseTo(3, 6);
    // 100 km north of the origin along the central meridian stays on 3° E
    expect(projectToWgs84(700000, 6700000)?.lon).toBeCloseTo(3, 6);
    expect(projectToWgs84(1, 2, '9999')).toBeNull();
  });

  it('reads geolocated SIRENE columns into an exact location, and the QPV code into a zone from an official list', async () => {
    const text = 'siret,denominationUniteLegale,categorieJuridiqueUniteLegale,x,y,epsg,plg_qp\n35099233500025,Bou Sol,9220,870000,6570000,2154,QN00101M\n';
    const [r] = await read(text);
    expect(r?.actor?.location?.precision).toBe('exact');
    expect(r?.actor?.location?.lat).toBeGreaterThan(46);
    expect(r?.actor?.zones).toEqual([{ zoning: 'qpv', code: 'QN00101M', source: 'official-list' }]);
  });
});

describe('projected columns holding degrees', () => {
  it('are not projected (no location rather than a wrong one)', async () => {
    const [r] = await read('nom,type,x,y\nA,association,2.35,48.85\n');
    expect(r?.actor?.location).toBeUndefined();
  });
});
