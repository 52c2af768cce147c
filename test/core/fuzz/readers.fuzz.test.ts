// Fuzz suite of the readers (issue 17, "nothing lost, nothing run"): hostile and malformed inputs —
// random bytes, truncated UTF-8, mixed encodings, NUL bytes, unbalanced quotes, fields over the
// size limit, deep nesting, BOMs, every delimiter, formula payloads, `__proto__`/`constructor` as
// column names and JSON keys — fed to every reader: parseCsvText and ingestCsvText (core),
// readRecords/readActors (Node), and the CLI's run(argv, io) in-process (`validate --jobs 1`).
// Each must never throw (a refusal of the whole file, ContentError, is an answer, not a crash),
// account for every record (read = valid + rejected), pollute no prototype, and the CLI's output
// must read back to the same valid records.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ingestCsvText, parseCsvText } from '@terreau/core';
import { ContentError, readActors, readRecords } from '@terreau/core/node';
import type { ReadResult } from '@terreau/core/node';
import { run } from '../../../packages/core/src/node/cli-run.js';

vi.setConfig({ testTimeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), 'terreau-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  // nothing polluted: no reader set a key on Object.prototype
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
});

// ——— generators ———

const columns = ['id', 'name', 'type', 'city', 'postcode', 'checkedAt', 'siren', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''];
const cell = fc.oneof(
  fc.constantFrom('', 'Alpha', 'Café des Arts', 'association', 'scop', '69123', '2026-02-30', '2026-01-15', '552100554', '{"polluted":1}', 'polluted'),
  // formula payloads, guarded or not
  fc.constantFrom('=HYPERLINK("http://x","y")', "'=1+1", '+33 6', '-1.5', '@SUM(A1)', '\t=1', '\uFF1D1', "''=x"),
  // what breaks CSV and text
  fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '\t', '"', '\n', '\r', '\0', '\uFEFF', "'", '=', '𝄞', '\uD800'), maxLength: 12 }),
);
const delimiter = fc.constantFrom(',', ';', '\t', '|');

/** CSV-like text: a header of (hostile) column names, rows of hostile cells, any line break. */
const csvText = fc
  .tuple(delimiter, fc.array(fc.constantFrom(...columns), { minLength: 1, maxLength: 6 }), fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([d, header, rows, eol, bom]) => `${bom ? '\uFEFF' : ''}${[header, ...rows].map((r) => r.map((c) => (/[",;\t\n\r|]/.test(c) && c.length % 3 === 0 ? `"${c.replace(/"/g, '""')}"` : c)).join(d)).join(eol)}`);

/** Mostly valid actors, hostile names and cities (formula payloads, quotes, line breaks, NUL, proto keys). */
const plausibleCsv = fc
  .tuple(delimiter, fc.array(fc.tuple(fc.constantFrom('a1', 'b2', 'c3', 'd4', 'e5', 'f6', '__proto__', 'constructor'), fc.oneof(fc.constantFrom('Café des Arts', 'Œuvre « Solidaire »', 'polluted'), cell), fc.oneof(fc.constantFrom('Lyon', 'Évian'), cell)), { maxLength: 8 }))
  .map(([d, rows]) => {
    const q = (c: string) => (c === '' ? 'x' : /[",;\t\n\r|'=+\-@]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    return [['id', 'name', 'type', 'city'].join(d), ...rows.map(([id, name, city]) => [id, q(name), 'association', q(city)].join(d))].join('\r\n');
  });

/** Bytes: the CSV text in UTF-8, Windows-1252 or UTF-16, cut short, with random bytes spliced in. */
const csvBytes = fc
  .tuple(fc.oneof(csvText, plausibleCsv), fc.constantFrom('utf8', 'utf8', 'latin1', 'utf16le', 'utf16le-bom'), fc.nat(), fc.uint8Array({ maxLength: 12 }), fc.nat(), fc.boolean(), fc.boolean())
  .map(([text, enc, cutAt, noise0, at, truncate, clean]) => {
    const noise = clean ? new Uint8Array(0) : noise0;
    let bytes: Buffer = enc === 'utf16le-bom' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.from(text, enc as BufferEncoding);
    if (noise.length > 0) {
      const p = at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, p), Buffer.from(noise), bytes.subarray(p)]);
    }
    // truncated: a multi-byte character (or a quote) may be cut
    if (truncate && !clean) bytes = bytes.subarray(0, cutAt % (bytes.length + 1));
    return new Uint8Array(bytes);
  });

const jsonKey = fc.constantFrom('id', 'name', 'type', 'city', '__proto__', 'constructor', 'prototype', 'polluted', 'provenance', 'tags');
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constantFrom('Alpha', 'association', 'x', '2026-02-30', 1, -0, null, true), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(jsonKey, tie('value'), { maxKeys: 4 })),
})).value;
const actorLike = fc.tuple(fc.constantFrom('a1', 'b2', 'c3', '552100554', ''), fc.dictionary(jsonKey, jsonValue, { maxKeys: 4 })).map(([id, extra]) => ({ id, name: `Nom ${id}`, type: 'association', ...extra }));

/** JSON-ish text: an array, a dataset, NDJSON, a lone object, with deep nesting, __proto__ keys, cuts and trailing text. */
const jsonText = fc
  .tuple(fc.array(actorLike, { maxLength: 5 }), fc.constantFrom('array', 'dataset', 'ndjson', 'object'), fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(5000)), fc.nat(), fc.boolean(), fc.constantFrom('', ' ', '\n[1]', 'garbage', '{}', ']'))
  .map(([actors, shape, depth, cutAt, truncate, trailing]) => {
    // a raw __proto__ key (JSON.stringify cannot write one) and a deep value
    // (deep in a field the schema reads: name, activities — 5 000 levels overflowed the stack before)
    const items = actors.map((a, i) => JSON.stringify(a).replace(/^\{/, i % 2 === 0 ? '{"__proto__":{"polluted":"yes"},' : `{"${i % 4 === 1 ? 'activities' : 'name'}":${'['.repeat(depth)}${']'.repeat(depth)},`));
    let text = shape === 'array' ? `[${items.join(',')}]` : shape === 'dataset' ? `{"actors":[${items.join(',')}]}` : shape === 'ndjson' ? items.join('\n') : (items[0] ?? '{}');
    text += trailing;
    if (truncate) text = text.slice(0, cutAt % (text.length + 1));
    return { text, shape };
  });

/** Random bytes, sometimes behind a BOM or a known signature. */
const randomBytes = fc.tuple(fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x1f, 0x8b], [0x50, 0x4b, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46, 0x2d]), fc.uint8Array({ maxLength: 300 })).map(([head, body]) => new Uint8Array([...head, ...body]));

/** Pieces the bytes arrive in. */
const pieces = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 4 });
function split(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let pos = 0, k = 0; pos < bytes.length; k += 1) {
    const size = sizes[k % sizes.length] as number;
    out.push(bytes.slice(pos, pos + size));
    pos += size;
  }
  return out;
}

// ——— readers ———

type Read = { results: ReadResult[]; refused?: ContentError };
async function readAll(bytes: Uint8Array, sizes: readonly number[], options: Record<string, unknown>): Promise<Read> {
  const results: ReadResult[] = [];
  try {
    for await (const r of readActors(Readable.from(split(bytes, sizes)), options)) results.push(r);
  } catch (e) {
    if (e instanceof ContentError) return { results, refused: e };
    throw e;
  }
  return { results };
}

async function countRecords(bytes: Uint8Array, sizes: readonly number[], options: Record<string, unknown>): Promise<number | 'refused'> {
  let n = 0;
  try {
    for await (const r of readRecords(Readable.from(split(bytes, sizes)), options)) {
      n += 1;
      void r;
    }
  } catch (e) {
    if (e instanceof ContentError) return 'refused';
    throw e;
  }
  return n;
}

/** The CLI in-process: validate --jobs 1, output and rejects to files. */
async function cli(path: string, extra: string[] = []): Promise<{ code: number; stderr: string; out: string; outPath: string }> {
  const outPath = `${path}.out.csv`;
  const err = new PassThrough();
  let stderr = '';
  err.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await run(['validate', path, '--jobs', '1', '--out', outPath, '--rejects', `${path}.rejects.csv`, '--lang', 'en', ...extra], { stdin: Readable.from([]), stdout: new PassThrough(), stderr: err });
  let out = '';
  try {
    out = readFileSync(outPath, 'utf8');
  } catch {}
  return { code, stderr, out, outPath };
}

const summary = /(\d+) records read = (\d+) valid \+ (\d+) rejected/;

describe('readers under hostile input (fuzz)', () => {
  it('parseCsvText and ingestCsvText: never throw, every row accounted for (core)', () => {
    fc.assert(
      fc.property(fc.oneof(csvText, randomBytes.map((b) => Buffer.from(b).toString('latin1'))), fc.option(fc.integer({ min: 8, max: 200 }), { nil: undefined }), (text, max) => {
        const table = parseCsvText(text, max ? { maxRecordBytes: max } : {});
        expect(table.rows.length).toBe(table.lines.length);
        for (const issue of table.issues) expect(issue.row).toBeLessThan(table.rows.length);
        const ingested = ingestCsvText(text, max ? { maxRecordBytes: max } : {});
        expect(ingested.records).toBe(table.rows.length);
        expect(ingested.actors.length + ingested.rejected.length + ingested.merged.length).toBe(ingested.records);
      }),
      { numRuns: 400 },
    );
  });

  it('readActors and readRecords: never crash, read = valid + rejected, whatever the pieces (Node)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(csvBytes.map((b) => ({ bytes: b, format: 'csv' as const })), jsonText.map(({ text, shape }) => ({ bytes: new Uint8Array(Buffer.from(text)), format: shape === 'ndjson' ? ('ndjson' as const) : ('json' as const) })), randomBytes.map((b) => ({ bytes: b, format: undefined }))),
        pieces,
        fc.option(fc.integer({ min: 16, max: 400 }), { nil: undefined }),
        fc.boolean(),
        async ({ bytes, format }, sizes, max, sniff) => {
          const options = { ...(format && !sniff ? { format } : {}), ...(max ? { maxRecordBytes: max, maxJsonDepth: 8 } : {}) };
          const read = await readAll(bytes, sizes, options);
          const records = await countRecords(bytes, sizes, options);
          if (read.refused) {
            expect(records).toBe('refused');
            expect(read.refused.text.fr.length).toBeGreaterThan(0);
            return;
          }
          expect(read.results.length).toBe(records);
          read.results.forEach((r, i) => {
            expect(r.index).toBe(i);
            // each record is a valid actor or carries the reasons it was set aside
            expect(r.actor !== undefined).toBe(r.issues === undefined || r.issues.length === 0);
            if (!r.actor) expect(r.issues?.length).toBeGreaterThan(0);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the CLI (validate --jobs 1): never crashes, read = valid + rejected, its output reads back to the same valid records', async () => {
    let k = 0;
    // what the runs met, so the suite cannot pass by refusing everything
    const seen = { refused: 0, valid: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 3, arbitrary: csvBytes.map((b) => ({ bytes: b, ext: 'csv' })) },
          { weight: 2, arbitrary: jsonText.map(({ text, shape }) => ({ bytes: new Uint8Array(Buffer.from(text)), ext: shape === 'ndjson' ? 'ndjson' : 'json' })) },
          { weight: 1, arbitrary: randomBytes.map((b) => ({ bytes: b, ext: 'csv' })) },
        ),
        fc.boolean(),
        async ({ bytes, ext }, small) => {
          k += 1;
          const path = join(dir, `in-${k}.${ext}`);
          writeFileSync(path, bytes);
          const r = await cli(path, small ? ['--max-record-size', '1k'] : []);
          expect([0, 1, 2]).toContain(r.code);
          expect(r.stderr).not.toMatch(/TypeError|RangeError|Maximum call stack|at .*\.ts:\d+/);
          if (r.code === 2) {
            // refused as a whole, said so
            seen.refused += 1;
            expect(r.stderr).toMatch(/This file is not/);
            return;
          }
          const m = summary.exec(r.stderr);
          expect(m, r.stderr).not.toBeNull();
          const [, inN, okN, rejN] = (m as RegExpExecArray).map(Number);
          expect(inN).toBe((okN as number) + (rejN as number));
          seen.valid += okN as number;
          seen.rejected += rejN as number;
          // the output is CSV of the valid records: read back, they are all valid, and as many
          const back: ReadResult[] = [];
          for await (const x of readActors(r.outPath, { format: 'csv' })) back.push(x);
          expect(back.filter((x) => x.actor).length).toBe(okN);
          expect(back.length).toBe(okN);
          // the same records readActors keeps from the input
          const direct: ReadResult[] = [];
          for await (const x of readActors(path, small ? { maxRecordBytes: 1024 } : {})) direct.push(x);
          expect(back.map((x) => x.actor?.id)).toEqual(direct.filter((x) => x.actor).map((x) => x.actor?.id));
          expect(back.map((x) => x.actor?.name)).toEqual(direct.filter((x) => x.actor).map((x) => x.actor?.name));
        },
      ),
      { numRuns: 120 },
    );
    expect(seen.valid).toBeGreaterThan(20);
    expect(seen.rejected).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
