import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { filterActors, guessZoneListMapping, parseCsvText, readZoneListText, zoneListSpecOf, zoneTableOfList } from '@terreau/core';
import { readActors } from '@terreau/core/node';

// A file shaped like the ANCT/Observatoire des territoires ZRR commune file (CODGEO, ZRR_SIMP), written by us.
const zrr = parseCsvText(readFileSync(new URL('../../fixtures/ingest/zrr-shaped.csv', import.meta.url), 'utf8'));

describe('guessZoneListMapping', () => {
  it('recognises QPV, ZRR and FRR lists from their columns or the file name', () => {
    expect(guessZoneListMapping(['code_qp', 'nom_qp', 'insee_com'])).toEqual({ ok: true, mapping: { zonings: ['qpv'], communeColumn: 'insee_com', codeColumn: 'code_qp' } });
    expect(guessZoneListMapping(zrr.header)).toEqual({
      ok: true,
      mapping: { zonings: ['zrr'], communeColumn: 'CODGEO', keep: { column: 'ZRR_SIMP', prefixes: ['C', 'P'] }, part: { column: 'ZRR_SIMP', prefixes: ['P'] } },
    });
    expect(guessZoneListMapping(['INSEE_COM', 'LIBGEO'], 'communes-frr-2025.csv')).toMatchObject({ ok: true, mapping: { zonings: ['frr'] } });
    expect(guessZoneListMapping(['nom', 'population'])).toEqual({ ok: false, reason: 'no-commune-column' });
  });

  it('puts FRR+ communes in both frr and frr-plus', () => {
    const rows = [{ INSEE_COM: '23096', FRR: 'FRR+' }, { INSEE_COM: '01002', FRR: 'FRR' }, { INSEE_COM: '01004', FRR: 'Non' }];
    const g = guessZoneListMapping(['INSEE_COM', 'FRR']);
    if (!g.ok) throw new Error(g.reason);
    const { table, skipped } = zoneTableOfList(rows, g.mapping);
    expect(table['23096']?.map((m) => m.zoning).sort()).toEqual(['frr', 'frr-plus']);
    expect(table['01002']?.map((m) => m.zoning)).toEqual(['frr']);
    expect(table['01004']).toBeUndefined();
    expect(skipped).toBe(1);
  });
});

describe('zoneListSpecOf', () => {
  it('reads a zoning before the location only when it is one of ours: URLs and Windows paths stay whole', () => {
    expect(zoneListSpecOf('frr:liste.csv')).toEqual({ zoning: 'frr', location: 'liste.csv' });
    expect(zoneListSpecOf('qpv:https://example.org/qp.csv')).toEqual({ zoning: 'qpv', location: 'https://example.org/qp.csv' });
    expect(zoneListSpecOf('https://example.org/zrr.csv')).toEqual({ zoning: '', location: 'https://example.org/zrr.csv' });
    expect(zoneListSpecOf('C:\\data\\zrr.csv')).toEqual({ zoning: '', location: 'C:\\data\\zrr.csv' });
    expect(zoneListSpecOf('foo:bar.csv')).toEqual({ zoning: '', location: 'foo:bar.csv' });
  });
});

describe('readZoneListText', () => {
  it('reads a list as published (any delimiter), counting the rows kept and skipped, and adds to a table', () => {
    const first = readZoneListText('CODGEO;LIBGEO;ZRR_SIMP\n23096;Gentioux;C - Classée\n01004;Ambérieu;NC - Non classée\n', 'zrr.csv');
    expect(first).toMatchObject({ ok: true, zonings: ['zrr'], rows: 1, skipped: 1 });
    if (!first.ok) throw new Error(first.reason);
    const second = readZoneListText('INSEE_COM,LIBGEO\n01004,Ambérieu\n', 'frr', first.table);
    expect(second).toMatchObject({ ok: true, zonings: ['frr'], rows: 1 });
    if (!second.ok) throw new Error(second.reason);
    expect(Object.keys(second.table).sort()).toEqual(['01004', '23096']);
  });

  it('says why a file is not a list, with its columns', () => {
    expect(readZoneListText('nom;population\nX;3\n', 'x.csv')).toEqual({ ok: false, reason: 'no-commune-column', columns: ['nom', 'population'] });
    expect(readZoneListText('CODGEO;LIBGEO\n23096;Gentioux\n', 'communes.csv')).toEqual({ ok: false, reason: 'no-zoning', columns: ['CODGEO', 'LIBGEO'] });
  });
});

describe('readZoneListText on a real FRR list (test/fixtures/real/frr-2024-communes-tail-sample.csv)', () => {
  // The last 177 rows of a public transcription of the annex of the arrêté of 19 June 2024 (FRR
  // communes, COG 2023): the Yonne, Guyane and La Réunion, where 20 communes are only partly classified.
  const text = readFileSync(new URL('../../fixtures/real/frr-2024-communes-tail-sample.csv', import.meta.url), 'utf8');

  it('reads it as published: FRR communes from their column, the partly classified ones set aside and counted', () => {
    const read = readZoneListText(text, 'frr-2024-communes-tail-sample.csv');
    expect(read).toMatchObject({ ok: true, zonings: ['frr'], rows: 157, skipped: 20, partly: 20 });
    if (!read.ok) throw new Error(read.reason);
    expect(read.table['89248']?.map((m) => m.zoning)).toEqual(['frr']);
    expect(read.table['97301']?.map((m) => m.zoning)).toEqual(['frr']);
    // Saint-Joseph (97412) is partly classified: which part is not said, so no actor there is put in the zone.
    expect(read.table['97412']).toBeUndefined();
    expect(read.table['97406']?.map((m) => m.zoning)).toEqual(['frr']);
  });

  it('puts an actor of a wholly classified commune in FRR from 2024-07-01, never one of a partly classified commune', async () => {
    const read = readZoneListText(text, 'frr');
    if (!read.ok) throw new Error(read.reason);
    const csv = 'nom;type;code_commune\nRessourcerie;association;89248\nÉpicerie;association;97412\n';
    const actors = [];
    for await (const r of readActors(Readable.from([Buffer.from(csv)]), { format: 'csv', zoneTable: read.table })) if (r.actor) actors.push(r.actor);
    expect(filterActors(actors, { zones: ['frr'], date: '2024-07-01' }).map((a) => a.name)).toEqual(['Ressourcerie']);
    expect(filterActors(actors, { zones: ['frr'], date: '2024-06-30' })).toEqual([]);
    expect(actors.find((a) => a.name === 'Épicerie')?.zones).toEqual([]);
  });
});

describe('readActors with an official ZRR list', { timeout: 60_000 }, () => {
  it('adds the list memberships to the actors of listed communes; an expired ZRR never counts today', async () => {
    const g = guessZoneListMapping(zrr.header);
    if (!g.ok) throw new Error(g.reason);
    const { table } = zoneTableOfList(zrr.rows, g.mapping);
    const text = 'nom;type;code_commune\nAtelier;association;23096\nAutre;association;01004\n';
    const actors = [];
    for await (const r of readActors(Readable.from([Buffer.from(text)]), { format: 'csv', zoneTable: table })) if (r.actor) actors.push(r.actor);
    expect(actors[0]?.zones).toEqual([{ zoning: 'zrr', source: 'official-list' }]);
    expect(actors[1]?.zones).toEqual([]);
    expect(filterActors(actors, { zones: ['zrr'], date: '2024-01-01' }).map((a) => a.name)).toEqual(['Atelier']);
    expect(filterActors(actors, { zones: ['zrr'] })).toEqual([]);
  });
});
