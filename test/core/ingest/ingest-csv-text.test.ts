import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { ingestCsvText, parseColumnMap, reportColumns } from '@terreau/core';
import { readActors } from '@terreau/core/node';

const real = (name: string): string => readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url), 'utf8');

async function viaNode(text: string, options: Parameters<typeof readActors>[1] = {}) {
  const out = { actors: [] as unknown[], rejected: [] as number[], codes: [] as string[] };
  for await (const r of readActors(Readable.from([Buffer.from(text, 'utf8')]), { format: 'csv', ...options })) {
    if (r.actor) out.actors.push(r.actor);
    else {
      out.rejected.push(r.index);
      for (const i of r.issues ?? []) out.codes.push(`${i.index}:${i.code}:${i.path}`);
    }
  }
  return out;
}

describe('ingestCsvText on real public files', () => {
  it('reads the DGEFP list of SIAE (2019-07) as published: MESURE as type, DENOMINATION_SOCIALE, three-digit départements, conventions of one SIRET merged', () => {
    const read = ingestCsvText(real('dgefp-liste-siae-2019-07.csv'));
    // 27 rows: 24 structures, 3 rows another convention of a structure already read (ACI+AI, ACI+EI)
    expect(read.records).toBe(27);
    expect(read.rejected).toEqual([]);
    expect(read.actors.length + read.rejected.length + read.merged.length).toBe(read.records);
    expect(read.merged.length).toBe(3);
    const bouSol = read.actors.find((a) => a.identifiers.siret === '35099233500025');
    expect(bouSol?.type).toBe('aci');
    expect(bouSol?.approvals).toEqual(expect.arrayContaining(['aci', 'ai']));
    expect(bouSol?.departementCode).toBe('01');
    expect(bouSol?.name).toBe('ASSOC BOU SOL');
    expect(bouSol?.address).toEqual({ line: '18 Rue MONTESQUIEU', postcode: '01000', city: 'BOURG EN BRESSE' });
    expect(bouSol?.provenance).toEqual({ source: 'import' });
    expect(read.warnings.filter((w) => w.code === 'conventions_merged').map((w) => w.index)).toEqual(read.merged);
    expect(read.columns?.recognised.map((c) => c.column)).toEqual(expect.arrayContaining(['MESURE', 'DENOMINATION_SOCIALE', 'CODE_NAF2', 'SIRET', 'CODE_DEPARTEMENT']));
    expect(read.columns?.ignored).toEqual(expect.arrayContaining(['NATURE_JURIDIQUE', 'TELEPHONE', 'MAIL_SIAE']));
  });

  it('reads the Bas-Rhin SIAE list: upper-case types, SIRET written with spaces, same SIRET as AI and ACI', () => {
    const read = ingestCsvText(real('dgefp-siae-67.csv'), { source: 'dgefp-siae-67.csv' });
    expect(read.records).toBe(14);
    expect(read.rejected).toEqual([]);
    expect(read.actors.length + read.merged.length).toBe(14);
    const entraide = read.actors.find((a) => a.identifiers.siret === '35058476900029');
    expect(entraide?.approvals).toEqual(expect.arrayContaining(['ai', 'aci']));
    expect(entraide?.provenance.source).toBe('dgefp-siae-67.csv');
  });

  it('reads a GEIQ export whose name column is "GEIQ" with a mapping giving the name column and the type as a constant', () => {
    const before = ingestCsvText(real('geiq-export-2019-11-21.csv'));
    expect(before.actors.length).toBe(0); // no name column: every row says so, located
    expect(before.issues.every((i) => i.path === 'name' && i.code === 'required')).toBe(true);
    const { map, faults } = parseColumnMap("name=GEIQ, type='geiq', address=ADRESSE");
    expect(faults).toEqual([]);
    const after = ingestCsvText(real('geiq-export-2019-11-21.csv'), { columns: map });
    expect(after.rejected).toEqual([]);
    expect(after.actors).toHaveLength(11);
    expect(after.actors.map((a) => a.type)).toEqual(Array(11).fill('geiq'));
    expect(after.actors.at(-1)?.identifiers.siret).toBe('84302481100013'); // a tab inside the quoted SIRET
  });
});

describe('RNA waldec (real rows, Mayotte)', () => {
  it('reads associations with an overseas RNA number (W9T…) given as the id column mapped to rna', () => {
    const before = ingestCsvText(real('rna-waldec-mayotte.csv'));
    // without a mapping: no type (an RNA row carries none), kept as unclassified with a warning each
    expect(before.actors.map((a) => a.type)).toEqual(Array(4).fill('non-classe'));
    const { map } = parseColumnMap("rna=id, type='association'");
    const read = ingestCsvText(real('rna-waldec-mayotte.csv'), { columns: map, source: 'rna_waldec' });
    expect(read.rejected).toEqual([]);
    expect(read.actors).toHaveLength(4);
    expect(read.actors[0]).toMatchObject({
      id: 'W9T1002867',
      type: 'association',
      identifiers: { rna: 'W9T1002867' },
      communeCode: '97612',
      creationYear: 2015,
      address: { line: '16 Dallage Iliassa, quartier Magoujou', postcode: '97630', city: 'M tsamboro' },
    });
  });
});

describe('ingestCsvText tidies what real exports write', () => {
  const header = 'nom;type;siret;code_postal;departement;categorie_juridique;tranche_effectifs;rna';
  it('pandas numbers, 59L/59V with a note, INSEE headcount codes, overseas RNA, unclassified kept with a warning', () => {
    const text = [
      header,
      'Asso A;ACI;;59000.0;59L;9220.0;12.0;W9R2001234',
      'Asso B;;;84200.0;001;9220;NN;',
      'Société C;;;75001;75;5710;;',
    ].join('\n');
    const read = ingestCsvText(text);
    expect(read.rejected).toEqual([]);
    const [a, b, c] = read.actors;
    expect(a).toMatchObject({ type: 'aci', departementCode: '59', address: { postcode: '59000' }, legalCategory: '9220', size: { employees: '10-49' }, identifiers: { rna: 'W9R2001234' } });
    expect(b).toMatchObject({ type: 'association', departementCode: '01', address: { postcode: '84200' } });
    expect(c?.type).toBe('non-classe');
    expect(read.warnings.map((w) => `${w.index}:${w.code}`)).toEqual(['0:departement_suffix_dropped', '2:type_unclassified']);
    expect(read.warnings[0]?.message.fr).toContain('59');
    expect(read.warnings[1]?.message.en).toContain('unclassified');
  });

  it('never invents a verification date; --checked-at style option sets one', () => {
    const text = 'nom;type\nAsso;association';
    expect(ingestCsvText(text).actors[0]?.provenance).toEqual({ source: 'import' });
    expect(ingestCsvText(text, { checkedAt: '2026-11-30', source: 'f.csv' }).actors[0]?.provenance).toEqual({ source: 'f.csv', checkedAt: '2026-11-30' });
  });

  it('reports recognised and ignored columns, a mapped column winning over an alias', () => {
    const { map } = parseColumnMap('name=RAISON');
    expect(reportColumns(['nom', 'RAISON', 'tel'], map)).toEqual({ recognised: [{ column: 'RAISON', field: 'name' }], ignored: ['nom', 'tel'] });
    const read = ingestCsvText('nom;RAISON;type\nA;B;association', { columns: map });
    expect(read.actors[0]?.name).toBe('B');
  });

  it('refuses a mapping naming an unknown field', () => {
    expect(parseColumnMap('nmae=X').faults).toEqual([{ code: 'unknown_field', part: 'nmae' }]);
  });
});

describe('one pipeline: the widget path (ingestCsvText) = the Node path (readActors)', { timeout: 60_000 }, () => {
  const cell = fc.oneof(fc.constantFrom('', 'association', 'ACI', 'x', '9220', '9220.0', '59L', '001', '01000', 'W751234567', '35099233500025', '2026-13-01', 'https://a.fr', 'a;b', 'q"q'), fc.string({ maxLength: 6 }));
  const columns = ['id', 'nom', 'type', 'siret', 'departement', 'categorie_juridique', 'code_postal', 'date_verification'];
  it('gives the same actors and the same rejected rows with the same codes, ragged rows included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 6, maxLength: 9 }), { maxLength: 12 }), async (rows) => {
        const esc = (s: string) => (/[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
        const text = [columns.join(';'), ...rows.map((r) => r.map(esc).join(';'))].join('\n');
        const widget = ingestCsvText(text, { mergeConventions: false, delimiter: ';' });
        const node = await viaNode(text, { delimiter: ';' });
        expect(node.actors).toEqual(widget.actors);
        expect(node.rejected).toEqual(widget.rejected);
        expect(node.codes).toEqual(widget.issues.map((i) => `${i.index}:${i.code}:${i.path}`));
      }),
      { numRuns: 150 },
    );
  });
});

describe('ingestCsvText says where a set-aside row is in the file', () => {
  const text =
    'nom,type,latitude,longitude\r\n' +
    'A,association,44.9,4.8\r\n' +
    '\r\n' +
    'B,association,44,9,4,8\r\n' +
    'C,association,nord,4.8\r\n' +
    '"D,association,44.9,4.8\r\n' +
    'E,association,44.9,4.8\r\n';

  it('every issue of a row carries the line the row starts on; an unclosed quote names the lines it swallowed', () => {
    const read = ingestCsvText(text);
    expect(read.records).toBe(read.actors.length + read.rejected.length);
    expect(read.issues.map((i) => [i.index, i.code, i.params?.['line']])).toEqual([
      [1, 'ragged_row', 4],
      [2, 'invalid_type', 5],
      [3, 'unclosed_quote', 6],
    ]);
    const quote = read.issues.find((i) => i.code === 'unclosed_quote');
    expect(quote?.params?.['lastLine']).toBe(7);
    expect(quote?.message.fr).toContain('lignes 6 à 7');
    expect(quote?.message.en).toContain('lines 6 to 7');
  });
});

describe('SIRENE stock rows: a person named by first and last names, an older activity code left out (property)', { timeout: 60_000 }, () => {
  const header = 'siren,prenom1UniteLegale,nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale';
  const word = fc.stringMatching(/^[A-Z][A-Z-]{0,8}$/);
  const rev2 = fc.tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 10, max: 99 }), fc.constantFrom('A', 'B', 'Z')).map(([a, b, c]) => `${a}.${b}${c}`);
  const older = fc.oneof(
    fc.tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom('A', 'K', 'R')).map(([a, b, c]) => `${a}.${b}${c}`),
    fc.tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 10, max: 99 })).map(([a, b]) => `${a}.${b}`),
  );
  const row = fc.record({ first: fc.option(word, { nil: '' }), last: word, usage: fc.option(word, { nil: '' }), denomination: fc.option(word, { nil: '' }), naf: fc.oneof(rev2, older) });
  // valid SIRENs (from the real samples), one per row
  const sirens = ['000325175', '001807254', '005410220', '100029172', '100070044', '100094655', '100094846', '100159698'];

  it('keeps every row; the map and the command read the same; an older code is the only one dropped, with a warning', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
        const text = [header, ...rows.map((r, i) => `${sirens[i]},${r.first},${r.last},${r.usage},${r.denomination},1000,${r.naf}`)].join('\n');
        const widget = ingestCsvText(text);
        const node = await viaNode(text);
        expect(widget.rejected).toEqual([]);
        expect(node.actors).toEqual(widget.actors);
        rows.forEach((r, i) => {
          const a = widget.actors[i];
          expect(a?.name).toBe(r.denomination !== '' ? r.denomination : [r.first, r.last].filter((p) => p !== '').join(' '));
          const isRev2 = /^\d{2}\.\d{2}[A-Z]$/.test(r.naf);
          expect(a?.naf).toBe(isRev2 ? r.naf : undefined);
          expect(widget.warnings.some((w) => w.index === i && w.code === 'naf_old_nomenclature' && w.value === r.naf)).toBe(!isRev2);
        });
      }),
      { numRuns: 100 },
    );
  });
});
