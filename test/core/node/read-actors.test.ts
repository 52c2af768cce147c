import { describe, expect, it, vi } from 'vitest';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { RecordValidator, decodeBytes, formatCsvLine, parseCsvText, readActors, readRecords } from '@terreau/core/node';
// @ts-expect-error — plain JS fixture generator shared with the bench
import { sireneLines } from '../../../bench/lib/sirene-fixture.js';

// Property runs and child processes: slow on a machine shared by other jobs.
vi.setConfig({ testTimeout: 60_000 });

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
const bytesOf = (parts: (string | Uint8Array)[], chunk = 7): AsyncIterable<Uint8Array> => {
  const all = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < all.length; i += chunk) chunks.push(all.subarray(i, i + chunk));
  return Readable.from(chunks);
};

describe('readActors', () => {
  it('gives for every CSV record what the general path gives (well-formed rows take a fast path): actors, issues, duplicates', async () => {
    const lines = [...(sireneLines({ rows: 3000, broken: 0.06, seed: 21 }) as Iterable<string>)];
    // repeated rows (duplicate ids), some of them ragged, and extra columns read by the fast path
    for (let k = 1; k < 200; k += 1) lines.splice(15 * k, 0, k % 3 === 0 ? (lines[15 * k - 7] as string).split(',').slice(0, -1).join(',') : (lines[15 * k - 7] as string));
    lines[0] = `${lines[0]},activites,source`;
    const text = lines.map((l, i) => (i === 0 ? l : `${l},${i % 5 === 0 ? 'short-circuit' : ''},${i % 7 === 0 ? 'enquête' : ''}`)).join('\r\n');
    for (const options of [{ checkedAt: '2026-01-01' }, { source: 'SIRENE', uniqueIds: false, deriveNeeds: false }]) {
      const got = await collect(readActors(bytesOf([text], 4096), options));
      const validator = new RecordValidator(options);
      const want = (await collect(readRecords(bytesOf([text], 4096)))).map((r) => validator.validate(r));
      expect(got).toEqual(want);
      expect(got.filter((r) => r.issues?.some((i) => i.code === 'duplicate_id')).length > 100).toBe(options.uniqueIds !== false);
    }
  });

  it('streams SIRENE rows into classified, valid actors and reports every broken row', async () => {
    const broken = new Set<number>();
    const unclassified = new Set<number>();
    const onBroken = (k: string, i: number) => (k === 'unknown-category' ? unclassified : broken).add(i);
    const text = [...(sireneLines({ rows: 60, broken: 0.5, seed: 7, onBroken }) as Iterable<string>)].join('\n');
    const results = await collect(readActors(bytesOf([text], 97), { checkedAt: '2026-01-01' }));
    expect(results.map((r) => r.index)).toEqual([...Array(60).keys()]);
    const rejected = results.filter((r) => r.issues);
    expect(results.filter((r) => r.actor).length + rejected.length).toBe(60);
    // every deliberately broken row is rejected, naming what is wrong
    for (const i of broken) expect(results[i]?.issues).toBeDefined();
    // a row whose legal category tells no type is kept as unclassified, with a warning saying so
    expect(unclassified.size).toBeGreaterThan(0);
    for (const i of unclassified) {
      expect(results[i]?.actor?.type).toBe('non-classe');
      expect(results[i]?.warnings?.map((w) => `${w.path}:${w.code}`)).toEqual(['type:type_unclassified']);
    }
    expect(rejected.filter((x) => !broken.has(x.index))).toEqual([]);
    const codes = new Set(rejected.flatMap((r) => r.issues!.map((i) => `${i.path}:${i.code}`)));
    expect(codes).toContain('identifiers.siret:invalid_siret');
    expect(codes).toContain(':ragged_row');
    expect(codes).toContain('communeCode:invalid_commune_code');
    expect(codes).toContain('location.lon:invalid_type');
    expect(codes).toContain('location.lat:too_big');
    const ok = results.find((r) => r.actor)!.actor!;
    expect(ok.provenance.checkedAt).toBe('2026-01-01');
    expect(ok.identifiers.siret).toMatch(/^\d{14}$/);
  });

  it('reads Windows-1252 bytes with ; and decimal commas, and a UTF-8 BOM file alike', async () => {
    const header = 'nom;type;code_commune;latitude;longitude;source;date_verification\n';
    const row = 'Régie de quartier Pôle Sud — « Œuvre »;regie-de-quartier;69123;45,75;4,85;enquête;2025-01-02\n';
    const cp1252 = Uint8Array.from(
      [...(header + row)].map((c) => ({ é: 0xe9, ô: 0xf4, '—': 0x97, '«': 0xab, '»': 0xbb, Œ: 0x8c, ê: 0xea })[c] ?? c.charCodeAt(0)),
    );
    const encodings: string[] = [];
    const a = await collect(readActors(bytesOf([cp1252]), { onEncoding: (e) => encodings.push(e) }));
    const b = await collect(readActors(bytesOf(['\uFEFF' + header + row])));
    expect(encodings).toEqual(['windows-1252']);
    expect(a[0]?.actor?.name).toBe('Régie de quartier Pôle Sud — « Œuvre »');
    expect(a[0]?.actor?.location).toEqual({ lat: 45.75, lon: 4.85, precision: 'exact' });
    expect(b[0]?.actor).toEqual(a[0]?.actor);
    expect(decodeBytes(cp1252).encoding).toBe('windows-1252');
  });

  it('reads JSON arrays, GeoJSON, datasets and NDJSON, reporting unreadable records in place', async () => {
    const actor = { id: 'a', name: 'A', type: 'scop', provenance: { source: 's', checkedAt: '2025-01-01' } };
    const json = JSON.stringify([actor, 42, { ...actor, id: 'b', type: 'nope' }]);
    const r1 = await collect(readActors(bytesOf([json], 5), { format: 'json' }));
    expect(r1.map((r) => (r.actor ? r.actor.id : r.issues![0]!.code))).toEqual(['a', 'not_an_object', 'invalid_value']);
    const geo = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.85] }, properties: actor }] });
    const r2 = await collect(readActors(bytesOf([geo], 3)));
    expect(r2[0]?.actor?.location).toEqual({ lat: 48.85, lon: 2.35, precision: 'exact' });
    const r3 = await collect(readActors(bytesOf([JSON.stringify({ actors: [actor], partnerships: [] })])));
    expect(r3.map((r) => r.actor?.id)).toEqual(['a']);
    const nd = `${JSON.stringify(actor)}\n{bad\n${JSON.stringify({ ...actor, id: 'c' })}\n`;
    const r4 = await collect(readActors(bytesOf([nd], 4)));
    expect(r4.map((r) => [r.index, r.line, r.actor?.id ?? r.issues![0]!.code])).toEqual([
      [0, 1, 'a'],
      [1, 2, 'invalid_json'],
      [2, 3, 'c'],
    ]);
  });

  it('sniffs the format of a large stream without losing what follows the sniffed part', async () => {
    const text = [...(sireneLines({ rows: 3000, seed: 3 }) as Iterable<string>)].join('\n');
    const records = await collect(readRecords(bytesOf([text], 1 << 16)));
    expect(records).toHaveLength(3000);
  });

  it('sets aside a repeated id, naming the first record', async () => {
    const r = await collect(readActors(bytesOf(['id,name,type\nx,A,scop\nx,B,scop\n'])));
    expect(r[1]?.issues?.[0]).toMatchObject({ code: 'duplicate_id', params: { firstIndex: 0 } });
  });

  it('gives the same rows as parseCsvText and as csv-parse, whatever the chunking (property)', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', ' ', '€'), maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(field, field, field), { maxLength: 8 }), fc.integer({ min: 1, max: 13 }), async (rows, chunk) => {
        const kept = rows.filter((r) => r.some((f) => f !== ''));
        const text = ['h1,h2,h3', ...kept.map((r) => formatCsvLine(r))].join('\n');
        const streamed = (await collect(readRecords(bytesOf([text], chunk), { format: 'csv' }))).map((r) => r.raw);
        expect(streamed).toEqual(parseCsvText(text).rows);
        expect(streamed).toEqual(parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true }));
      }),
      { numRuns: 200 },
    );
  });

  it('rows in = actors out + records rejected, for any mix of good and broken rows (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1000 }), async (rows, broken, seed) => {
        const text = [...(sireneLines({ rows, broken, seed }) as Iterable<string>)].join('\n');
        const results = await collect(readActors(bytesOf([text], 61), { checkedAt: '2026-01-01' }));
        expect(results).toHaveLength(rows);
        expect(results.filter((r) => r.actor && !r.issues).length + results.filter((r) => r.issues && !r.actor).length).toBe(rows);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a malformed CSV row says one sentence everywhere', () => {
  it('readActors (the CLI) and ingestCsvText (the map) give a ragged row and an unclosed quote the same FR/EN text', async () => {
    const { ingestCsvText } = await import('@terreau/core');
    const text = 'id,name,type\na,A,association\nb,B,association,extra,more\nc,"C,association\nd,D,association\n';
    const node: { code: string; message: { fr: string; en: string } }[] = [];
    for await (const r of readActors(Readable.from([Buffer.from(text)]), { format: 'csv' })) {
      if (r.issues) node.push(...r.issues.filter((i) => i.code === 'ragged_row' || i.code === 'unclosed_quote').map((i) => ({ code: i.code, message: i.message })));
    }
    const map = ingestCsvText(text).issues.filter((i) => i.code === 'ragged_row' || i.code === 'unclosed_quote');
    expect(node.map((i) => i.code)).toEqual(['ragged_row', 'unclosed_quote']);
    expect(node.map((i) => i.message)).toEqual(map.map((i) => i.message));
  });
});
