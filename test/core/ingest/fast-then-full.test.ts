// THE ingestion runs the fast path first and zod only for the records it is not sure of: the result
// must be the one zod alone gives (same actors, issues, warnings, rejected and merged records, same
// key order), for good and broken rows, repeated ids and conventions, ragged rows. And the widgets'
// zod-free first try (ingestCsvTextFast) gives that very result or nothing.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { FastRecords, csvRowsOf, formatCsvLine, ingestCsvText, ingestCsvTextFast, ingestRecords, ingestRecordsFast } from '@terreau/core';
import type { IngestOptions } from '@terreau/core';
import { tableArb } from './row-arbitraries.js';
// @ts-expect-error — plain JS fixture generator shared with the bench
import { sireneLines } from '../../../bench/lib/sirene-fixture.js';

vi.setConfig({ testTimeout: 60_000 });

const optionsArb = fc.constantFrom<IngestOptions>({}, { checkedAt: '2026-01-02' }, { source: 'SIRENE', deriveNeeds: false }, { mergeConventions: false });

function same(a: unknown, b: unknown): void {
  expect(a).toStrictEqual(b);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
}

describe('ingestion: fast path then zod', () => {
  it('gives what zod alone gives, for any table of good, tidied and bad rows (property)', () => {
    let fastWhole = 0;
    fc.assert(
      fc.property(tableArb, optionsArb, fc.boolean(), ([header, rows], options, dupes) => {
        // repeated rows: duplicate ids and conventions of one SIRET
        const all = dupes ? [...rows, ...rows.slice(0, 2)] : rows;
        const text = [header, ...all].map((r) => formatCsvLine(r)).join('\n');
        const zodAlone = ingestCsvText(text, { ...options, fastPath: false });
        same(ingestCsvText(text, options), zodAlone);
        const quick = ingestCsvTextFast(text, options);
        if (quick !== null) {
          fastWhole += 1;
          same(quick, zodAlone);
        }
      }),
      { numRuns: 800 },
    );
    // the property has to meet files the fast path reads whole, not only its refusals
    expect(fastWhole).toBeGreaterThan(50);
  });

  it('gives what zod alone gives for JSON rows, text or not (property)', () => {
    fc.assert(
      fc.property(tableArb, optionsArb, fc.nat(), ([header, rows], options, k) => {
        const records = rows.map((r, i) => {
          const row: Record<string, unknown> = {};
          header.forEach((h, c) => {
            if (r[c] !== undefined) row[h] = r[c];
          });
          // now and then a JSON number or list where a CSV has text
          if ((i + k) % 5 === 0) row['annee_creation'] = 1990;
          return row;
        });
        const zodAlone = ingestRecords(records, { ...options, fastPath: false });
        same(ingestRecords(records, options), zodAlone);
        const quick = ingestRecordsFast(records, options);
        if (quick !== null) same(quick, zodAlone);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a SIRENE extract with its bad rows as zod alone does, nearly all of it on the fast path', () => {
    const text = [...(sireneLines({ rows: 2000, broken: 0.05, seed: 11 }) as Iterable<string>)].join('\n');
    const zodAlone = ingestCsvText(text, { fastPath: false });
    const got = ingestCsvText(text);
    same(got, zodAlone);
    expect(got.issues.length).toBeGreaterThan(0);
    expect(got.records).toBe(got.actors.length + got.rejected.length + got.merged.length);
    // with a bad row, the zod-free first try says so (the widget then loads the full path)
    expect(ingestCsvTextFast(text)).toBeNull();
    // most rows take the fast path (zod only for the others)
    const fast = new FastRecords({}, new Map(), new Map());
    const taken = csvRowsOf(text).rows.filter((row, i) => fast.actorOf(row, i) !== null).length;
    expect(taken).toBeGreaterThan(got.actors.length * 0.9);
  });
});
