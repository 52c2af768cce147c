import { expect } from '@open-wc/testing';
import { fetchData, loadDataset } from '../../../packages/elements/src/internal/load-data.js';
import { decodeBytes } from '../../../packages/elements/src/internal/decode-bytes.js';
import { fileNameOf, sniffText } from '../../../packages/elements/src/internal/read-bytes.js';
import { datasetFromRaw } from '../../../packages/elements/src/internal/validate-data.js';

const FRENCH = 'Régie de quartier « Fontbarlettes » – Valence';

describe('decodeBytes', () => {
  it('reads UTF-8 and drops its BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(FRENCH)]);
    expect(decodeBytes(bytes)).to.equal(FRENCH);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (spreadsheet exports)', () => {
    // "Régie – été" in cp1252: é = 0xE9, en dash = 0x96.
    const bytes = new Uint8Array([0x52, 0xe9, 0x67, 0x69, 0x65, 0x20, 0x96, 0x20, 0xe9, 0x74, 0xe9]);
    expect(decodeBytes(bytes)).to.equal('Régie – été');
  });
});

describe('sniffText', () => {
  it('recognises JSON by its first character whatever the content type', () => {
    const r = sniffText('  [{"id":"x"}]', 'text/plain', '/data.txt');
    expect(r.ok && r.raw.format).to.equal('json');
  });

  it('reports a web page as wrong content', () => {
    const r = sniffText('<!doctype html><p>hi</p>', 'text/html');
    expect(r.ok ? null : r.failure.kind).to.equal('wrong-content');
  });

  it('reports cut JSON as invalid JSON', () => {
    const r = sniffText('[{"id": "a", "na', 'application/json');
    expect(r.ok ? null : r.failure.kind).to.equal('invalid-json');
  });

  it('reports an empty body as empty', () => {
    const r = sniffText('  \n', 'application/json');
    expect(r.ok ? null : r.failure.kind).to.equal('empty');
  });

  it('reads anything else as CSV', () => {
    const r = sniffText('nom;type\nA;association', '', '/x.csv');
    expect(r.ok && r.raw.format).to.equal('csv');
  });
});

describe('datasetFromRaw', () => {
  /** datasetFromRaw, its full path's chunk fetched (null only when it cannot be). */
  const read = async (...args: Parameters<typeof datasetFromRaw>) => {
    const out = await datasetFromRaw(...args);
    if (out === null) throw new Error('the full path could not be loaded');
    return out;
  };
  it('reads a French CSV with ";" and decimal commas, keeping accents', async () => {
    const text = 'identifiant;nom;type;latitude;longitude;source;date_verification\r\nc1;Café « Le Préau »;association;44,7286;5,0227;Enquête;2026-03-01\r\n';
    const out = await read({ format: 'csv', text }, 'src');
    if ('failure' in out) throw new Error(out.failure.kind);
    expect(out.actors).to.have.length(1);
    expect(out.actors[0]?.name).to.equal('Café « Le Préau »');
    expect(out.actors[0]?.location?.lat).to.be.closeTo(44.7286, 1e-9);
    expect(out.issues).to.deep.equal([]);
  });

  it('keeps the valid records of a JSON array and lists the faults of the others', async () => {
    const value = [
      { id: 'ok', name: 'Valide', type: 'association', provenance: { source: 's', checkedAt: '2026-01-01' } },
      { id: 'bad', name: 'Type inconnu', type: 'pas-un-type', provenance: { source: 's', checkedAt: '2026-01-01' } },
    ];
    const out = await read({ format: 'json', value }, 'property');
    if ('failure' in out) throw new Error(out.failure.kind);
    expect(out.actors.map((a) => a.id)).to.deep.equal(['ok']);
    expect(out.issues.length).to.be.greaterThan(0);
    expect(out.issues[0]?.index).to.equal(1);
    expect(out.issues[0]?.message.fr).to.be.a('string').and.not.equal('');
  });

  it('reads a GeoJSON FeatureCollection and rejects, with a message, a feature that is not a point', async () => {
    const value = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [4.89, 44.93] }, properties: { id: 'p', name: 'Point', type: 'scop', source: 's', checkedAt: '2026-01-01' } },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { id: 'q', name: 'Polygone', type: 'scop', source: 's', checkedAt: '2026-01-01' } },
      ],
    };
    const out = await read({ format: 'json', value }, 'src');
    if ('failure' in out) throw new Error(out.failure.kind);
    expect(out.format).to.equal('geojson');
    expect(out.actors.map((a) => a.id)).to.deep.equal(['p']);
    expect(out.actors[0]?.location?.lon).to.equal(4.89);
    expect(out.issues.some((i) => i.index === 1)).to.equal(true);
  });

  it('infers the type of SIRENE rows from their legal category, as the CLI does (a SIRENE file gave 0 actors)', async () => {
    const text = 'siren,siret,denominationUniteLegale,categorieJuridiqueUniteLegale,economieSocialeSolidaireUniteLegale\n350992335,35099233500025,Une SCOP,5458,O\n343560405,34356040500023,Une association,9220,O\n';
    const out = await read({ format: 'csv', text }, 'src', { source: 'StockUniteLegale-extrait.csv' });
    if ('failure' in out) throw new Error(out.failure.kind);
    expect(out.issues).to.deep.equal([]);
    expect(out.actors.map((a) => a.type)).to.deep.equal(['scop', 'association']);
    expect(out.actors[0]?.provenance).to.deep.equal({ source: 'StockUniteLegale-extrait.csv' });
  });

  it('reads a file with a columns mapping and reports ragged rows with their line, like the CLI', async () => {
    const text = 'MESURE;RAISON;SIRET\nACI;Atelier A;35099233500025\nAI;Atelier A;35099233500025\nEI;Trop;de;champs\n';
    const out = await read({ format: 'csv', text }, 'src', { columns: 'name=RAISON' });
    if ('failure' in out) throw new Error(out.failure.kind);
    expect(out.actors).to.have.length(1);
    expect(out.actors[0]?.approvals).to.have.members(['aci', 'ai']);
    expect(out.warnings?.map((w) => w.code)).to.deep.equal(['conventions_merged']);
    // the ragged row is set aside for its form, and its fields are checked too ("de" is no SIRET)
    expect(out.issues.map((i) => `${i.index}:${i.code}`)).to.deep.equal(['2:ragged_row', '2:invalid_siret']);
    expect(out.columns?.recognised.map((c) => c.field)).to.deep.equal(['type', 'name', 'siret']);
  });

  it('takes the file name of a src URL as the default source', async () => {
    expect(fileNameOf('https://data.example.fr/exports/liste%20siae.csv?v=2#x')).to.equal('liste siae.csv');
    expect(fileNameOf('/')).to.equal('');
  });

  it('says an object that is no known shape is wrong content, and an empty list is empty', async () => {
    const a = await read({ format: 'json', value: { hello: 'world' } }, 'src');
    const b = await read({ format: 'json', value: [] }, 'src');
    expect('failure' in a && a.failure.kind).to.equal('wrong-content');
    expect('failure' in b && b.failure.kind).to.equal('empty');
  });
});

describe('fetchData', () => {
  const kindOf = async (url: string, timeout?: number): Promise<string> => {
    const r = await fetchData(url, timeout === undefined ? {} : { timeout });
    return r.ok ? 'ok' : `${r.failure.kind}${r.failure.status ?? ''}`;
  };

  it('names each failure: 404, 500, network, cut connection, truncated JSON, HTML, empty, timeout', async () => {
    expect(await kindOf('/__ess__/status/404')).to.equal('http404');
    expect(await kindOf('/__ess__/status/500')).to.equal('http500');
    expect(await kindOf('/__ess__/network')).to.equal('network');
    expect(await kindOf('/__ess__/cut-connection')).to.equal('truncated');
    expect(await kindOf('/__ess__/truncated-json')).to.equal('invalid-json');
    expect(await kindOf('/__ess__/html')).to.equal('wrong-content');
    expect(await kindOf('/__ess__/empty')).to.equal('empty');
    expect(await kindOf('/__ess__/slow?ms=3000', 0.2)).to.equal('timeout');
  });

  it('reads a Windows-1252 CSV and a UTF-8 CSV with BOM to the same actors', async () => {
    const a = await loadDataset('src', { src: '/__ess__/csv-cp1252' });
    const b = await loadDataset('src', { src: '/__ess__/csv-utf8-bom' });
    if ('failure' in a || 'failure' in b) throw new Error('load failed');
    expect(a.issues).to.deep.equal([]);
    expect(a.actors.map((x) => x.name)).to.deep.equal([
      'Régie de quartier Fontbarlettes',
      'Café associatif « Le Préau »',
      'Ressourcerie de la vallée – Drôme',
    ]);
    expect(b.actors).to.deep.equal(a.actors);
    expect(a.actors[1]?.location?.lat).to.be.closeTo(44.7286, 1e-9);
  });
});
