import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvTokenizer, formatCsvLine, parseCsvText, sniffCsvDelimiter } from '@terreau/core';

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

  const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r\n', ' ', '1'), maxLength: 8 });
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
});
