// The actors CSV (core's columns, what <ess-map>'s "CSV to import again" export and the CLI write)
// reads back as the same actors: actorToRow → CSV → parseCsvText → the widget's reader → deep equal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTOR_COLUMNS, Actor, ZONING_IDS, actorFromRow, actorToRow, formatCsvLine, formatZone, ingestRecords, isWebUrl, parseCsvText, parseZone } from '@terreau/core';
import type { CsvDelimiter } from '@terreau/core';
import { actorInputArb } from '../arbitraries.js';

/** Text with the characters that broke the list encoding (`:` `|` `\`) and CSV's own (`;` `,` `"`, line breaks), trimmed. */
const awkward = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(':', '|', '\\', '\\:', '\\|', ';', ',', '"', '\n', '\r\n', ' ', 'é', 'Œ'), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join('').trim().slice(0, maxLength).trim())
    .filter((s) => s !== '');

const isoDate = fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const zoneArb = fc.record(
  { zoning: fc.constantFrom(...ZONING_IDS), code: awkward(40), from: isoDate, to: isoDate, source: fc.constantFrom('declared', 'official-list') as fc.Arbitrary<'declared' | 'official-list'> },
  { requiredKeys: ['zoning'] },
);

const coordinate = (max: number): fc.Arbitrary<number> => fc.double({ min: -max, max, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));

/** Any valid actor, with free text and zone codes full of separators. */
const actorArb: fc.Arbitrary<Actor> = fc
  .tuple(
    actorInputArb,
    fc.array(zoneArb, { maxLength: 3 }),
    fc.record({ name: awkward(300), line: fc.option(awkward(500), { nil: undefined }), description: fc.option(awkward(5000), { nil: undefined }) }),
    fc.option(fc.record({ lat: coordinate(90), lon: coordinate(180), precision: fc.constantFrom('exact', 'commune') as fc.Arbitrary<'exact' | 'commune'> }), { nil: undefined }),
    fc.option(fc.webUrl().filter(isWebUrl), { nil: undefined }),
    fc.option(fc.integer({ min: 1800, max: 2100 }), { nil: undefined }),
  )
  .map(([input, zones, text, location, website, creationYear]) => {
    const a = { ...input, name: text.name, zones } as Record<string, unknown>;
    // An empty size is no size (the row has nothing to say of it).
    if (Object.keys(input.size ?? {}).length === 0) delete a['size'];
    if (text.line !== undefined) a['address'] = { ...(input.address ?? {}), line: text.line };
    if (text.description !== undefined) a['description'] = text.description;
    if (location !== undefined) a['location'] = location;
    if (website !== undefined) a['website'] = website;
    if (creationYear !== undefined) a['creationYear'] = creationYear;
    return a;
  })
  .filter((a) => Actor.safeParse(a).success)
  .map((a) => Actor.parse(a));

function csvOf(actors: readonly Actor[], delimiter: CsvDelimiter): string {
  const lines = [formatCsvLine([...ACTOR_COLUMNS], delimiter)];
  for (const actor of actors) {
    const row = actorToRow(actor);
    lines.push(formatCsvLine(ACTOR_COLUMNS.map((c) => row[c]), delimiter));
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('actors CSV round trip', () => {
  it('any valid actor → actorToRow → CSV → parseCsvText → reader gives the same actor', () => {
    fc.assert(
      fc.property(fc.uniqueArray(actorArb, { selector: (a) => a.id, maxLength: 8 }), fc.constantFrom<CsvDelimiter>(';', ','), (actors, delimiter) => {
        const table = parseCsvText(csvOf(actors, delimiter), { delimiter });
        expect(table.issues).toEqual([]);
        // Needs are read as written (not filled from activities); each SIRET stays its own actor.
        const read = ingestRecords(table.rows, { deriveNeeds: false, mergeConventions: false });
        expect(read.issues).toEqual([]);
        expect(read.actors).toEqual(actors);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('a zone code holding ":" or "|" reads back whole (it used to shift the dates or split the zone)', () => {
    const zones = [
      { zoning: 'qpv' as const, code: 'QP:75|2', from: '2024-01-01' },
      { zoning: 'frr' as const, code: 'a\\b:' },
    ];
    const cell = actorToRow(Actor.parse({ id: 'x', name: 'X', type: 'association', zones, provenance: { source: 's' } })).zones;
    expect(cell).toBe('qpv:QP\\:75\\|2:2024-01-01|frr:a\\\\b\\:');
    expect(actorFromRow({ id: 'x', name: 'X', type: 'association', zones: cell })['zones']).toEqual(zones);
  });

  it('cells written before the escaping read as before', () => {
    expect(parseZone(' QPV : QN06901M : 2024-01-01 ')).toEqual({ zoning: 'qpv', code: 'QN06901M', from: '2024-01-01' });
    expect(actorFromRow({ zones: 'qpv:QN06901M|frr', activities: 'shared-garden | bike-workshop' })).toMatchObject({
      zones: [{ zoning: 'qpv', code: 'QN06901M' }, { zoning: 'frr' }],
      activities: ['shared-garden', 'bike-workshop'],
    });
    expect(formatZone({ zoning: 'qpv', code: 'QN06901M' })).toBe('qpv:QN06901M');
  });
});
