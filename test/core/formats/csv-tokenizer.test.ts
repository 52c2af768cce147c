import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvTokenizer, parseCsvText } from '@terreau/core';
import type { CsvRecord } from '@terreau/core';
import { ReferenceCsvTokenizer } from './reference-csv-tokenizer.js';

/** Hostile CSV text: quotes in every position, every line break, delimiters, formula leads, BOMs. */
const hostile = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n', ' ', "'", '=', '\uFEFF', '\0', '𝄞'), maxLength: 60 });
/** Chunk sizes that cut records, fields, CRLF and "" anywhere. */
const cuts = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 });

function tokenize(tok: { push(s: string): CsvRecord[]; end(): CsvRecord[] }, text: string, sizes: readonly number[]): CsvRecord[] {
  const out: CsvRecord[] = [];
  let pos = 0;
  let k = 0;
  while (pos < text.length) {
    const size = sizes[k++ % sizes.length] as number;
    out.push(...tok.push(text.slice(pos, pos + size)));
    pos += size;
  }
  out.push(...tok.end());
  return out;
}

describe('CsvTokenizer (resumable)', () => {
  it('gives the records, lines and unclosed quotes of the former tokenizer on any text, whatever the chunking (property)', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'), cuts, (text, delimiter, sizes) => {
        const expected = tokenize(new ReferenceCsvTokenizer(delimiter), text, [text.length || 1]);
        expect(tokenize(new CsvTokenizer(delimiter), text, sizes)).toEqual(expected);
        expect(tokenize(new CsvTokenizer(delimiter), text, [text.length || 1])).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a record longer than many chunks, a quoted field with line breaks across them, and the lines after', () => {
    const long = 'x'.repeat(50_000);
    const quoted = `"${'ab\r\ncd""'.repeat(5_000)}"`;
    const text = `h1,h2\n${long},${quoted}\nend,1\n`;
    const records = tokenize(new CsvTokenizer(','), text, [1000]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 5_003]);
    expect(records[1]?.fields).toEqual([long, 'ab\r\ncd"'.repeat(5_000)]);
    expect(records[2]?.fields).toEqual(['end', '1']);
  });
});

describe('maxRecordBytes', () => {
  it('sets a record above the limit aside as one located record, without its text, and reads on', () => {
    const text = `name,city\nA,Paris\n${'B'.repeat(300)},"${'Lyon\n'.repeat(100)}"\nC,Nantes\n`;
    for (const sizes of [[text.length], [7], [64]]) {
      const records = tokenize(new CsvTokenizer(',', { maxRecordBytes: 200 }), text, sizes);
      expect(records.map((r) => [r.line, r.fields, r.tooLarge ?? false])).toEqual([
        [1, ['name', 'city'], false],
        [2, ['A', 'Paris'], false],
        [3, [], true],
        [104, ['C', 'Nantes'], false],
      ]);
    }
  });

  it('parseCsvText reports it as record_too_large: rows in = valid + set aside', () => {
    const t = parseCsvText(`a,b\n1,2\n${'x'.repeat(2_000_000)}\n3,4\n`);
    expect(t.rows).toEqual([{ a: '1', b: '2' }, {}, { a: '3', b: '4' }]);
    expect(t.issues).toEqual([{ row: 1, line: 3, code: 'record_too_large', expected: 1 << 20, found: 0 }]);
  });

  it('does not hold the text of a record above the limit (a 5 MB field pushed in 64 KiB pieces)', () => {
    const tok = new CsvTokenizer(',', { maxRecordBytes: 1000 });
    tok.push('a,b\n1,"');
    const piece = 'y'.repeat(1 << 16);
    for (let i = 0; i < 80; i += 1) tok.push(piece);
    const [record] = [...tok.push('"\n'), ...tok.end()];
    expect(record).toEqual({ fields: [], line: 2, unclosedQuote: false, tooLarge: true });
  });
});
