import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Actor, compiledSchema, parseActors } from '@terreau/core/node';
import { actorInputArb, dirtyRecordArb } from '../arbitraries.js';
// @ts-expect-error — plain JS fixture generator shared with the bench
import { sireneLines } from '../../../bench/lib/sirene-fixture.js';
import { actorFromRow, classifyLegalUnit, parseCsvText } from '@terreau/core';

describe('compiledSchema (zod compiled copy of the Actor schema, used by the Node reader)', () => {
  const compiled = compiledSchema(Actor);

  it('is built once and reused', () => {
    expect(compiledSchema(Actor)).toBe(compiled);
  });

  it('accepts and rejects exactly the records Actor does, with the same issues (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(actorInputArb, dirtyRecordArb), { maxLength: 12 }), (records) => {
        expect(parseActors(records, { schema: compiled })).toEqual(parseActors(records));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result on SIRENE rows broken in every way', () => {
    const classify = (unit: Parameters<typeof classifyLegalUnit>[0]) => {
      const c = classifyLegalUnit(unit);
      return c.type ? { type: c.type } : null;
    };
    const text = [...(sireneLines({ rows: 400, broken: 0.3, seed: 11 }) as Iterable<string>)].join('\n');
    const candidates = parseCsvText(text).rows.map((row, index) => actorFromRow(row, { index, checkedAt: '2026-01-01', classify }));
    const withCompiled = parseActors(candidates, { schema: compiled });
    expect(withCompiled).toEqual(parseActors(candidates));
    expect(withCompiled.issues.length).toBeGreaterThan(0);
    expect(withCompiled.actors.length).toBeGreaterThan(0);
  });
});
