import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvTokenizer, formatCsvField, formatCsvLine, guardCsvCell, parseCsvText, sniffCsvDelimiter, unguardCsvCell } from '@terreau/core';

describe('parseCsvText', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks (RFC 4180)', () => {
    const t = parseCsvText('id,name,note\r\n1,"Pôle, ""Sud""","two\r\nlines"\r\n2,B,\r\n');
    expect(t.header).toEqual(['id', 'name', 'note']);
    expect(t.rows).toEqual([
      { id: '1', name: 'Pôle, "Sud"', note: 'two\r\nlines' },
      { id: '2', name: 'B', note: '' },
    ]);
    expect(t.lines).toEqual([2, 4]);
    expect(t.issues).toEqual([]);
  });

  it('strips a BOM and sniffs ; and tab delimiters (French spreadsheets)', () => {
    const t = parseCsvText('\uFEFFnom;latitude\nLa Ruche;45,76\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows).toEqual([{ nom: 'La Ruche', latitude: '45,76' }]);
    expect(sniffCsvDelimiter('a\tb\tc\n1,2\t3')).toBe('\t');
    expect(parseCsvText('a;b\n1;2', { delimiter: ',' }).rows).toEqual([{ 'a;b': '1;2' }]);
  });

  it('keeps ragged rows and reports them with their line', () => {
    const t = parseCsvText('a,b,c\n1,2\n\n1,2,3,4\n"x\n');
    expect(t.rows).toHaveLength(3);
    expect(t.rows[0]).toEqual({ a: '1', b: '2' });
    expect(t.issues).toEqual([
      { row: 0, line: 2, code: 'ragged_row', expected: 3, found: 2 },
      { row: 1, line: 4, code: 'ragged_row', expected: 3, found: 4 },
      { row: 2, line: 5, code: 'unclosed_quote', expected: 3, found: 1 },
    ]);
  });

  const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r\n', ' ', '1', "'", '=', '+', '-', '@', '\t', '.'), maxLength: 8 });
  it('round-trips any table written by formatCsvLine, whatever the chunking (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((w) =>
          fc.tuple(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'x'), minLength: 1, maxLength: 3 }), { minLength: w, maxLength: w }), fc.array(fc.array(field, { minLength: w, maxLength: w }), { maxLength: 6 })),
        ),
        fc.constantFrom<',' | ';'>(',', ';'),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        ([header, rows], delimiter, cuts) => {
          const uniq = header.map((h, i) => `${h}${i}`);
          // a one-column row whose only field is empty is a blank line: CSV cannot tell them apart
          const kept = rows.filter((r) => !(r.length === 1 && r[0] === ''));
          const text = [uniq, ...kept].map((r) => formatCsvLine(r, delimiter)).join('\r\n');
          const t = parseCsvText(text, { delimiter });
          expect(t.rows).toEqual(kept.map((r) => Object.fromEntries(uniq.map((h, i) => [h, r[i]]))));
          expect(t.issues).toEqual([]);
          // the same text pushed in arbitrary chunks gives the same records
          const tok = new CsvTokenizer(delimiter);
          const recs = [];
          let pos = 0;
          let k = 0;
          while (pos < text.length) {
            const size = cuts[k++ % cuts.length] as number;
            recs.push(...tok.push(text.slice(pos, pos + size)));
            pos += size;
          }
          recs.push(...tok.end());
          expect(recs.map((r) => r.fields)).toEqual([uniq, ...kept]);
        },
      ),
    );
  });

  describe('formula cells (CSV injection)', () => {
    // What Excel, LibreOffice Calc and Google Sheets run as a formula when a CSV cell starts with it.
    const LEADS = ['=', '+', '-', '@', '\t', '\r', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
    const hostile = fc.tuple(fc.constantFrom("", "'", "''"), fc.constantFrom(...LEADS), fc.string({ maxLength: 12 })).map(([q, l, rest]) => `${q}${l}${rest}`);
    const anyCell = fc.oneof(hostile, fc.string({ maxLength: 12 }), fc.double({ noNaN: true, noDefaultInfinity: true }).map(String));
    const isNumber = (v: string) => /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/.test(v);
    // the cell as a spreadsheet sees it: the field without its CSV quotes
    const cellText = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);

    it('no written cell starts a formula, except a plain number (property)', () => {
      fc.assert(
        fc.property(anyCell, fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'), (value, delimiter) => {
          const cell = cellText(formatCsvField(value, delimiter));
          if (isNumber(value)) expect(cell).toBe(value);
          else expect(LEADS.includes(cell.charAt(0))).toBe(false);
        }),
      );
    });

    it('reads back exactly what was written, hostile cells included, whatever the chunking (property)', () => {
      fc.assert(
        fc.property(fc.array(fc.array(anyCell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 9 }), (rows, cut) => {
          const kept = rows.filter((r) => !(r.length === 1 && r[0] === ''));
          const text = [['a', 'b'], ...kept].map((r) => formatCsvLine(r, ';')).join('\n');
          expect(parseCsvText(text).rows).toEqual(kept.map(([a, b]) => ({ a, b })));
          const tok = new CsvTokenizer(';');
          const recs = [];
          for (let pos = 0; pos < text.length; pos += cut) recs.push(...tok.push(text.slice(pos, pos + cut)));
          recs.push(...tok.end());
          expect(recs.slice(1).map((r) => r.fields)).toEqual(kept);
        }),
      );
    });

    it('guards the payloads spreadsheets run, and leaves numbers, text and a lone apostrophe alone', () => {
      expect(formatCsvField('=HYPERLINK("http://x","clic")', ';')).toBe('"\'=HYPERLINK(""http://x"",""clic"")"');
      expect(formatCsvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
      expect(formatCsvField('@SUM(1+1)')).toBe("'@SUM(1+1)");
      expect(formatCsvField('+33 4 75 00 00 00')).toBe("'+33 4 75 00 00 00");
      expect(formatCsvField('-1.55')).toBe('-1.55');
      expect(formatCsvField('-0,5', ',')).toBe('"-0,5"');
      expect(formatCsvField("l'Atelier")).toBe("l'Atelier");
      expect(formatCsvField("'abc")).toBe("'abc");
      expect(guardCsvCell("'=1")).toBe("''=1");
      expect(unguardCsvCell("''=1")).toBe("'=1");
      expect(unguardCsvCell("'abc")).toBe("'abc");
    });
  });
});
