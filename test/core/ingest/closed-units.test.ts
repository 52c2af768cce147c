// Issue 12: SIRENE units INSEE marks ceased (etatAdministratifUniteLegale = C) and establishments
// marked closed (etatAdministratifEtablissement = F) are not actors of a territory today: every
// reader sets such a row aside with a located FR/EN reason naming the column and value (counted as
// rejected: rows in = valid + rejected), unless asked to keep them (includeClosed, --include-closed).
// Active rows stay on the fast path. Written fixture: test/fixtures/ingest/sirene-closed-units.csv.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FastRecords, csvRowsOf, ingestCsvText, ingestCsvTextFast, ingestRecords } from '@terreau/core';
import { readActors } from '@terreau/core/node';

const text = readFileSync(new URL('../../fixtures/ingest/sirene-closed-units.csv', import.meta.url), 'utf8');

async function readNode(options: Parameters<typeof readActors>[1] = {}) {
  const out: { actors: string[]; rejected: number[]; codes: string[] } = { actors: [], rejected: [], codes: [] };
  for await (const r of readActors((async function* () {
    yield text;
  })(), { format: 'csv', ...options })) {
    if (r.actor) out.actors.push(r.actor.name);
    else {
      out.rejected.push(r.index);
      out.codes.push(...(r.issues ?? []).map((i) => i.code));
    }
  }
  return out;
}

describe('closed SIRENE units and establishments', () => {
  it('are set aside by the map’s and the Node API’s reader, with the column and value said in French and English', () => {
    const read = ingestCsvText(text);
    expect(read.actors.map((a) => a.name)).toEqual(['ATELIER COOPERATIF', 'RESSOURCERIE']);
    expect(read.rejected).toEqual([1, 2]);
    expect(read.records).toBe(read.actors.length + read.rejected.length);
    expect(read.issues.map((i) => [i.index, i.code, i.value, i.params?.['column'], i.params?.['line']])).toEqual([
      [1, 'closed_unit', 'F', 'etatAdministratifEtablissement', 3],
      [2, 'closed_unit', 'C', 'etatAdministratifUniteLegale', 4],
    ]);
    expect(read.issues[0]?.message.fr).toContain('la colonne etatAdministratifEtablissement vaut «\u00a0F\u00a0»');
    expect(read.issues[1]?.message.en).toContain('column etatAdministratifUniteLegale is “C”');
  });

  it('are kept on request (includeClosed), as actors of their legal category', () => {
    const read = ingestCsvText(text, { includeClosed: true });
    expect(read.actors.map((a) => [a.name, a.type])).toEqual([
      ['ATELIER COOPERATIF', 'scop'],
      ['ASSOCIATION DU QUARTIER', 'association'],
      ['ANCIENNE SCIC', 'scop'],
      ['RESSOURCERIE', 'association'],
    ]);
    expect(read.issues).toEqual([]);
  });

  it('gives the same actors and rejected rows through readActors (Node API and CLI)', async () => {
    expect(await readNode()).toEqual({ actors: ['ATELIER COOPERATIF', 'RESSOURCERIE'], rejected: [1, 2], codes: ['closed_unit', 'closed_unit'] });
    expect((await readNode({ includeClosed: true })).actors).toHaveLength(4);
  });

  it('leaves an active SIRENE row on the fast path, and a closed one to the full path', () => {
    const fast = new FastRecords({}, new Map(), new Map());
    const rows = csvRowsOf(text).rows;
    expect(fast.actorOf(rows[0], 0)?.name).toBe('ATELIER COOPERATIF');
    expect(fast.actorOf(rows[1], 1)).toBeNull();
    expect(fast.actorOf(rows[2], 2)).toBeNull();
    // a file with a closed row is not read whole by the widgets' zod-free first try
    expect(ingestCsvTextFast(text)).toBeNull();
    expect(ingestCsvTextFast(text.split('\n').slice(0, 2).join('\n'))?.actors.map((a) => a.name)).toEqual(['ATELIER COOPERATIF']);
  });

  it('lets closed rows take the fast path too when they are kept (the map then reads such a file without zod)', () => {
    const kept = new FastRecords({ includeClosed: true }, new Map(), new Map());
    expect(csvRowsOf(text).rows.map((row, i) => kept.actorOf(row, i)?.name)).toEqual(['ATELIER COOPERATIF', 'ASSOCIATION DU QUARTIER', 'ANCIENNE SCIC', 'RESSOURCERIE']);
    expect(ingestCsvTextFast(text, { includeClosed: true })).toStrictEqual(ingestCsvText(text, { includeClosed: true, fastPath: false }));
  });
});

describe('closed SIRENE units in JSON rows', () => {
  it('are set aside by ingestRecords and readActors alike', async () => {
    const rows = [
      { siren: '350992335', denominationUniteLegale: 'ACTIVE', categorieJuridiqueUniteLegale: '5458', etatAdministratifUniteLegale: 'A' },
      { siren: '343560405', denominationUniteLegale: 'CESSEE', categorieJuridiqueUniteLegale: '9220', etatAdministratifUniteLegale: 'C' },
    ];
    const read = ingestRecords(rows);
    expect(read.actors.map((a) => a.name)).toEqual(['ACTIVE']);
    expect(read.issues.map((i) => i.code)).toEqual(['closed_unit']);
    const node: string[] = [];
    for await (const r of readActors((async function* () {
      yield JSON.stringify(rows);
    })(), { format: 'json' })) node.push(r.actor ? r.actor.name : (r.issues ?? []).map((i) => i.code).join());
    expect(node).toEqual(['ACTIVE', 'closed_unit']);
  });
});
