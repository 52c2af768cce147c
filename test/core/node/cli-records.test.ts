// The CLI's direct CSV writers must write what the general writer (RecordWriter over actorToRow, or
// over the flat score record) writes, byte for byte.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ACTOR_COLUMNS, CRITERION_IDS, actorToRow, parseActors, parseDecimal, scorePerennite } from '@terreau/core';
import { profileForActor } from '@terreau/core/node';
import type { Actor } from '@terreau/core';
import { actorInputArb, dirtyRecordArb } from '../arbitraries.js';
import { RecordRenderer, actorCsvLine, columnsOf } from '../../../packages/core/src/node/cli-records.js';
import { RecordWriter } from '../../../packages/core/src/node/cli-output.js';
import { numberText } from '../../../packages/core/src/ingest/fast-actor.js';

// Property runs and child processes: slow on a machine shared by other jobs.
vi.setConfig({ testTimeout: 60_000 });

const csvWriter = new RecordWriter(null as never, 'csv', ACTOR_COLUMNS);

/** Actors as parseActors gives them, with free text that needs quoting now and then. */
const actorArb = fc
  .tuple(
    fc.array(fc.oneof(actorInputArb, dirtyRecordArb), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('', ' lead', 'trail ', 'a,b', 'say "hi"', 'two\nlines', 'cr\r'),
  )
  .map(([records, twist]) =>
    parseActors(
      records.map((r) => {
        if (typeof r !== 'object' || r === null || Array.isArray(r) || !twist) return r;
        // A dirty record's id may be anything (an object without toString): only a text id gets the twist.
        const id = (r as { id?: unknown }).id;
        return { ...r, description: `d${twist}`, ...(typeof id === 'string' ? { id: `${id}${twist}` } : {}) };
      }),
    ).actors,
  );

describe('actorCsvLine (validate/convert to CSV)', () => {
  it('writes what RecordWriter writes for actorToRow(actor) (property)', () => {
    fc.assert(
      fc.property(actorArb, (actors: Actor[]) => {
        for (const actor of actors) {
          const want = csvWriter.render({ flat: actorToRow(actor), object: null });
          expect(actorCsvLine(actor)).toBe(want);
          const lat = actor.location ? String(actor.location.lat) : undefined;
          const lon = actor.location ? String(actor.location.lon) : undefined;
          expect(actorCsvLine(actor, { latText: lat, lonText: lon })).toBe(want);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('writes zone codes holding ":" "|" or "\\" with the escaping actorToRow and actorFromRow share', () => {
    const actor = parseActors([
      { id: 'z', name: 'Z', type: 'association', zones: [{ zoning: 'qpv', code: 'QP:75|2\\x', from: '2024-01-01', source: 'official-list' }], provenance: { source: 's' } },
    ]).actors[0] as Actor;
    const line = actorCsvLine(actor);
    expect(line).toBe(csvWriter.render({ flat: actorToRow(actor), object: null }));
    expect(line).toContain('qpv:QP\\:75\\|2\\\\x:2024-01-01::official-list');
  });

  it('numberText gives String(parseDecimal(cell)) or nothing (property)', () => {
    const decimal = fc
      .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{1,18}$/), fc.constantFrom('', '.'), fc.stringMatching(/^\d{0,18}$/))
      .map(([sign, int, dot, frac]) => `${sign}${int}${dot}${frac}`);
    const cell = fc.oneof(decimal, fc.constantFrom('0', '-0', '-0.000', '0.000001', '0.0000001', '45.76000', '1e3', '4,5', '00.5', '.5', '5.', '123456789012345', '1234567890123456'));
    let told = 0;
    fc.assert(
      fc.property(cell, (s) => {
        const text = numberText(s);
        if (text === undefined) return;
        told += 1;
        expect(text).toBe(String(parseDecimal(s)));
      }),
      { numRuns: 3000 },
    );
    expect(told).toBeGreaterThan(500);
  });
});

describe('RecordRenderer, score to CSV', () => {
  it('writes the flat score record of the general writer', () => {
    const columns = columnsOf('score', ACTOR_COLUMNS);
    const renderer = new RecordRenderer({ command: 'score', format: 'csv', date: '2026-03-01' }, columns);
    const writer = new RecordWriter(null as never, 'csv', columns);
    fc.assert(
      fc.property(actorArb, fc.dictionary(fc.constantFrom(...CRITERION_IDS), fc.constantFrom<0 | 2 | 4 | 'unknown'>(0, 2, 4, 'unknown')), (actors: Actor[], answers) => {
        for (const actor of actors) {
          const line = renderer.render(actor, { answers });
          // the general writer's record (as cli-records wrote it before the direct line)
          const profile = profileForActor(actor, '2026-03-01');
          const score = scorePerennite(profile, answers, { date: '2026-03-01' });
          const group = (id: 'economics' | 'team' | 'ecosystem') => (score.groups[id].score === null ? '' : String(Math.round((score.groups[id].score as number) * 10) / 10));
          const flat: Record<string, string> = {
            id: actor.id,
            name: actor.name,
            type: actor.type,
            overall: score.overall === null ? '' : String(Math.round(score.overall * 10) / 10),
            band: score.band ?? '',
            completeness: String(Math.round(score.completeness * 1000) / 1000),
            economics: group('economics'),
            team: group('team'),
            ecosystem: group('ecosystem'),
            strengths: score.strengths.join('|'),
            weaknesses: score.weaknesses.join('|'),
            unanswered: score.unanswered.map((u) => u.criterionId).join('|'),
            profile: profile.id ?? '',
            modelVersion: score.modelVersion,
          };
          expect(line).toBe(writer.render({ flat, object: null }));
        }
      }),
      { numRuns: 150 },
    );
  });
});
