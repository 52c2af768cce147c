// THE ingestion runs the fast path first and zod only for the records it is not sure of: the result
// must be the one zod alone gives (same actors, issues, warnings, rejected and merged records, same
// key order), for good and broken rows, repeated ids and conventions, ragged rows. And the widgets'
// zod-free first try (ingestCsvTextFast) gives that very result or nothing.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { FastRecords, csvRowsOf, formatCsvLine, ingestCsvText, ingestCsvTextFast, ingestRecords, ingestRecordsFast } from '@terreau/core';
import type { IngestOptions } from '@terreau/core';
import { cellRulesRowArb, tableArb } from './row-arbitraries.js';
// @ts-expect-error — plain JS fixture generator shared with the bench
import { sireneLines } from '../../../bench/lib/sirene-fixture.js';

vi.setConfig({ testTimeout: 60_000 });

const optionsArb = fc.constantFrom<IngestOptions>({}, { checkedAt: '2026-01-02' }, { source: 'SIRENE', deriveNeeds: false }, { mergeConventions: false }, { includeClosed: true });

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

  it('reads identifiers, ids, names, coordinates, years and provenance as zod alone does, and takes rows that use each rule (property)', () => {
    // what the fast path took, by the rule of row-cells.ts the row exercised
    const seen: Record<string, number> = {};
    const saw = (rule: string) => {
      seen[rule] = (seen[rule] ?? 0) + 1;
    };
    const readerArb = fc.constantFrom<IngestOptions>({}, { source: '' }, { source: 'SIRENE 2026-10', checkedAt: '2026-01-02' }, { checkedAt: '' }, { checkedAt: '2026-02-30' }, { source: 'x'.repeat(301) });
    fc.assert(
      fc.property(fc.array(cellRulesRowArb, { minLength: 1, maxLength: 5 }), readerArb, (rows, options) => {
        const header = Object.keys(rows[0] as Record<string, string>);
        const text = [header, ...rows.map((r) => header.map((h) => r[h] as string))].map((r) => formatCsvLine(r)).join('\n');
        const zodAlone = ingestCsvText(text, { ...options, fastPath: false });
        same(ingestCsvText(text, options), zodAlone);
        const quick = ingestCsvTextFast(text, options);
        if (quick !== null) same(quick, zodAlone);
        // the rules the rows the fast path took went through
        const fast = new FastRecords(options, new Map(), null);
        csvRowsOf(text).rows.forEach((row, i) => {
          const actor = fast.actorOf(row, i);
          if (actor === null) return;
          const blank = (k: string) => (row[k] ?? '').trim() === '';
          if (!blank('siren') && row['siren'] !== actor.identifiers.siren) saw('siren tidied');
          if (!blank('siret') && row['siret'] !== actor.identifiers.siret) saw('siret tidied');
          if (blank('siren') && actor.identifiers.siren !== undefined) saw('siren from siret');
          if (!blank('rna') && row['rna'] !== actor.identifiers.rna) saw('rna tidied');
          if (blank('id')) saw(actor.id.startsWith('row-') ? 'id from row' : actor.id === actor.identifiers.siret ? 'id from siret' : actor.id === actor.identifiers.siren ? 'id from siren' : 'id from rna');
          if (blank('nom')) saw(blank('enseigne1Etablissement') ? 'name from person' : 'name from enseigne');
          if (actor.location !== undefined) {
            saw(blank('precision') ? 'precision by default' : 'precision given');
            if (String(actor.location.lat) !== row['latitude']) saw('coordinate read');
          }
          if (actor.creationYear !== undefined) saw(blank('annee_creation') ? 'year from creation date' : String(actor.creationYear) !== row['annee_creation'] ? 'year tidied' : 'year');
          if (blank('source')) saw(actor.provenance.source === 'import' ? 'source by default' : 'source of the reader');
          if (blank('date_verification')) saw(actor.provenance.checkedAt === undefined ? 'no date' : blank('dateDernierTraitementUniteLegale') ? 'date of the reader' : 'date from SIRENE');
        });
      }),
      { numRuns: 600 },
    );
    if (process.env['SHOW_RULES']) console.log(seen);
    for (const rule of ['siren tidied', 'siret tidied', 'siren from siret', 'rna tidied', 'id from row', 'id from siret', 'id from siren', 'id from rna', 'name from person', 'name from enseigne', 'precision by default', 'precision given', 'coordinate read', 'year from creation date', 'year tidied', 'year', 'source by default', 'source of the reader', 'no date', 'date of the reader', 'date from SIRENE']) {
      expect(seen[rule] ?? 0, `rows taken by the fast path through "${rule}"`).toBeGreaterThan(0);
    }
  });
});
