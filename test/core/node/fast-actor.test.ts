// The CSV fast path of the Node reader and the CLI must accept exactly what the full path
// (actorFromRow then parseActors) accepts, as the very same actor; rows it is unsure of go the full
// path, so their issues stay the full path's.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  ACTIVITY_IDS,
  actorFromRow,
  classifyLegalUnit,
  parseActors,
  parseCsvText,
} from '@terreau/core';
import type { Actor } from '@terreau/core';
import { CsvActorFastPath } from '../../../packages/core/src/ingest/fast-actor.js';
import type { FastActorOptions } from '../../../packages/core/src/ingest/fast-actor.js';
import { defaultClassifier } from '../../../packages/core/src/node/classify.js';
import { actorCsvLine } from '../../../packages/core/src/node/cli-records.js';
import { tableArb } from '../ingest/row-arbitraries.js';
// @ts-expect-error — plain JS fixture generator shared with the bench
import { sireneLines } from '../../../bench/lib/sirene-fixture.js';

// Property runs and child processes: slow on a machine shared by other jobs.
vi.setConfig({ testTimeout: 60_000 });

/** The full path, as readActors runs it on one row (ids aside). */
function fullPath(header: readonly string[], fields: readonly string[], index: number, options: FastActorOptions): Actor | null {
  const row: Record<string, string> = {};
  const m = Math.min(header.length, fields.length);
  for (let f = 0; f < m; f += 1) row[header[f] as string] = fields[f] as string;
  const rowOptions: Parameters<typeof actorFromRow>[1] = { index, classify: options.classify ?? defaultClassifier };
  if (options.source) rowOptions.source = options.source;
  if (options.checkedAt) rowOptions.checkedAt = options.checkedAt;
  const parsed = parseActors([actorFromRow(row, rowOptions)], { startIndex: index, ...(options.deriveNeeds === false ? { deriveNeeds: false } : {}) });
  return parsed.actors[0] ?? null;
}

/** Checks every row; returns how many the fast path took. */
function compare(header: readonly string[], rows: readonly (readonly string[])[], options: FastActorOptions): { taken: number; accepted: number } {
  const fast = new CsvActorFastPath(header, options);
  let taken = 0;
  let accepted = 0;
  rows.forEach((fields, index) => {
    const got = fast.actorOf(fields, index);
    const want = fullPath(header, fields, index, options);
    if (want !== null) accepted += 1;
    if (got === null) return;
    taken += 1;
    expect(want, `row ${index}: ${JSON.stringify(fields)} under ${JSON.stringify(header)}`).not.toBeNull();
    expect(got).toStrictEqual(want);
    // same key order too (JSON and NDJSON outputs)
    expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    // the CSV line and what score reads, without the actor
    expect(fast.csvLine()).toBe(actorCsvLine(want as Actor));
    const { id, name, type, zones, activities, needs } = want as Actor;
    expect({ ...fast.subject() }).toStrictEqual({ id, name, type, zones, activities, needs });
    expect(fast.id).toBe(id);
  });
  return { taken, accepted };
}

const classify = (unit: Parameters<typeof classifyLegalUnit>[0]) => {
  const c = classifyLegalUnit(unit);
  return c.type ? { type: c.type } : null;
};

describe('CsvActorFastPath (CSV rows straight to actors, Node reader and CLI)', () => {
  it('gives exactly the actor of actorFromRow + parseActors, or nothing (property: any columns, good, tidied and bad cells)', () => {
    let taken = 0;
    let accepted = 0;
    fc.assert(
      fc.property(tableArb, fc.constantFrom<FastActorOptions>({ checkedAt: '2026-01-02', classify }, { source: 'SIRENE', deriveNeeds: false }, { includeClosed: true }), ([header, rows], options) => {
        const r = compare(header, rows, options);
        taken += r.taken;
        accepted += r.accepted;
      }),
      { numRuns: 1500 },
    );
    // the property has to exercise the fast path, not only its refusals
    expect(taken).toBeGreaterThan(500);
  });

  it('takes nearly every good SIRENE row and gives the full path actor (default classifier, memoised)', () => {
    const text = [...(sireneLines({ rows: 3000, broken: 0.05, seed: 7 }) as Iterable<string>)].join('\n');
    const table = parseCsvText(text);
    const rows = table.rows.map((row) => table.header.map((h) => row[h] ?? ''));
    // ragged rows as read: only their own fields
    table.issues.forEach((issue) => {
      rows[issue.row] = (rows[issue.row] as string[]).slice(0, issue.found);
    });
    for (const options of [{ checkedAt: '2026-01-02' }, { source: 'SIRENE 2026-10', deriveNeeds: false }]) {
      const { taken, accepted } = compare(table.header, rows, options);
      expect(taken).toBeGreaterThan(accepted * 0.95);
    }
  });

  it('derives needs from activities as parseActors does, and leaves rows with zones to the full path', () => {
    const header = ['nom', 'type', 'activites', 'zonages', 'date_verification', 'source'];
    const fast = new CsvActorFastPath(header, {});
    const withActivities = ['Café', 'association', `${ACTIVITY_IDS[0]}|${ACTIVITY_IDS[3]}`, '', '2026-01-01', 'enquête'];
    expect(fast.actorOf(withActivities, 0)).toStrictEqual(fullPath(header, withActivities, 0, {}));
    expect(fast.actorOf(withActivities, 0)?.needs.length).toBeGreaterThan(0);
    expect(fast.actorOf(['Café', 'association', '', 'qpv', '2026-01-01', 'enquête'], 1)).toBeNull();
    expect(fullPath(header, ['Café', 'association', '', 'qpv', '2026-01-01', 'enquête'], 1, {})?.zones).toEqual([{ zoning: 'qpv' }]);
  });
});
