// The CLI's main thread cuts CSV input into chunks of whole records on the bytes (csv-scan.ts);
// each chunk, tokenised alone, must give exactly the records, indices and lines the tokenizer
// gives on the whole text, wherever the input's pieces happen to end.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CsvTokenizer, sniffCsvDelimiter } from '@terreau/core';
import { decodeBytes, decodeWindows1252 } from '@terreau/core/node';
import { csvChunks, peekInput } from '../../../packages/core/src/node/cli-csv.js';
import { scanCsvRecords } from '../../../packages/core/src/node/csv-scan.js';

// Property runs and child processes: slow on a machine shared by other jobs.
vi.setConfig({ testTimeout: 60_000 });

type Rec = { index: number; line: number; fields: string[]; unclosedQuote: boolean; tooLarge?: boolean };

/** The records as readActors reads them: the whole text, one tokenizer; the first record is the header. */
function whole(bytes: Uint8Array, maxRecordBytes?: number): { header: string[] | null; records: Rec[] } {
  const { text } = decodeBytes(bytes);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tokenizer = new CsvTokenizer(sniffCsvDelimiter(body), maxRecordBytes ? { maxRecordBytes } : {});
  const all = [...tokenizer.push(text), ...tokenizer.end()];
  if (all[0]?.tooLarge) all.unshift({ fields: [], line: 0, unclosedQuote: false });
  const [first, ...rest] = all;
  return {
    header: first ? first.fields.map((h) => h.trim()) : null,
    records: rest.map((r, index) => ({ index, line: r.line, fields: r.fields, unclosedQuote: r.tooLarge ? false : r.unclosedQuote, ...(r.tooLarge ? { tooLarge: true } : {}) })),
  };
}

/** The records as the CLI reads them: chunks from the byte scanner, each tokenised alone (as cli-chunk.ts does). */
async function chunked(pieces: Uint8Array[], encodings: string[] = [], maxRecordBytes?: number): Promise<{ header: string[] | null; records: Rec[] }> {
  async function* source() {
    for (const p of pieces) yield p;
  }
  const input = await peekInput(source());
  let header: string[] | null = null;
  let delimiter = ',';
  const records: Rec[] = [];
  for await (const chunk of csvChunks({ input, maxRecordBytes }, (h, d) => ((header = h), (delimiter = d)), () => false)) {
    if (chunk.tooLarge) {
      records.push({ index: chunk.startIndex, line: chunk.startLine, fields: [], unclosedQuote: false, tooLarge: true });
      continue;
    }
    const bytes = chunk.bytes.subarray(0, chunk.length);
    // as cli-chunk.ts: a U+FEFF opening a chunk is text, not a BOM
    const text = chunk.encoding === 'utf-8' ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) : decodeWindows1252(bytes);
    const tokenizer = new CsvTokenizer(delimiter as ',');
    tokenizer.push('\n');
    const got = [...tokenizer.push(text), ...tokenizer.end()];
    expect(got.length).toBe(chunk.records);
    encodings.push(chunk.encoding);
    got.forEach((r, i) => records.push({ index: chunk.startIndex + i, line: chunk.startLine + r.line - 2, fields: r.fields, unclosedQuote: r.unclosedQuote }));
  }
  return { header, records };
}

/** Splits bytes at the given cut points. */
function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of [...at, bytes.length]) {
    if (p > from) out.push(bytes.slice(from, p));
    from = p;
  }
  return out;
}

// Text made of what matters to CSV: delimiters, quotes, every line break, blank lines, a BOM, accents.
const csvText = fc
  .array(fc.constantFrom('a', 'bc', 'é', ' ', ',', ';', '"', '""', '\n', '\r\n', '\r', '\n\n', '\uFEFF'), { maxLength: 80 })
  .map((parts) => parts.join(''));

describe('CSV chunks of whole records (the CLI main thread)', () => {
  it('give the records, indices and lines of the whole text, however the input is cut (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), csvText, fc.array(fc.nat(), { maxLength: 6 }), async (bom, text, points) => {
        const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf8');
        expect(await chunked(cut(bytes, points))).toEqual(whole(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('set aside each record over the limit as one, at its line, as the tokenizer does on the whole text, however the input is cut (property)', async () => {
    // ASCII: the limit counts bytes here and characters in the tokenizer, the same for ASCII
    const ascii = fc.array(fc.constantFrom('a', 'bcdefgh', ' ', ',', ';', '"', '""', '\n', '\r\n', '\r', '\n\n'), { maxLength: 80 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(ascii, fc.integer({ min: 3, max: 20 }), fc.array(fc.nat(), { maxLength: 6 }), async (text, max, points) => {
        const bytes = Buffer.from(text, 'utf8');
        const got = await chunked(cut(bytes, points), [], max);
        const want = whole(bytes, max);
        if (want.records.length > 0 || got.header !== null) expect(got).toEqual({ ...want, header: want.header ?? [] });
        else expect(got.records).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('scanCsvRecords cuts at record ends only, whatever bytes arrive when (property)', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(',', ';'), fc.array(fc.nat(), { maxLength: 8 }), (text, delimiter, points) => {
        const bytes = Buffer.from(text, 'utf8');
        const tokenize = (t: string) => {
          const tokenizer = new CsvTokenizer(delimiter as ',');
          tokenizer.push('\n');
          return [...tokenizer.push(t), ...tokenizer.end()].map((r) => ({ ...r, line: r.line - 1 }));
        };
        const want = tokenize(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
        const got: ReturnType<typeof tokenize> = [];
        let pending: Uint8Array = new Uint8Array(0);
        let line = 1;
        const take = (final: boolean) => {
          const scan = scanCsvRecords(pending, 0, pending.length, delimiter.charCodeAt(0), final);
          const records = tokenize(new TextDecoder('utf-8', { ignoreBOM: true }).decode(pending.subarray(0, scan.end)));
          expect(records.length).toBe(scan.records);
          for (const r of records) got.push({ ...r, line: r.line + line - 1 });
          line += scan.lines;
          pending = pending.slice(scan.end);
        };
        for (const piece of cut(bytes, points)) {
          pending = Buffer.concat([pending, piece]);
          take(false);
        }
        take(true);
        expect(got).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });

  it('does so past the 64 KiB read before deciding, with records across pieces, in UTF-8 and Windows-1252', async () => {
    const rows: string[] = ['nom;"type";commune'];
    for (let i = 0; i < 4000; i += 1) {
      const kind = i % 9;
      rows.push(kind === 0 ? '' : kind === 1 ? `"Café\r\n${i}";scop;"69""123"` : kind === 2 ? `Str"uc"ture ${i};scop` : kind === 3 ? `"x"y"z ${i}";asso;1\r` : `Nom ${i};association;69123`);
    }
    const text = `${rows.join('\n')}\n"unclosed;x`;
    for (const bytes of [Buffer.from(text, 'utf8'), Buffer.from(text, 'latin1')]) {
      const points = Array.from({ length: 40 }, (_, k) => (k * 7919 + 13) % bytes.length);
      const got = await chunked(cut(bytes, points));
      expect(got).toEqual(whole(bytes));
      expect(got.records.length).toBeGreaterThan(3500);
    }
  });

  it('decodes a UTF-8 file that turns out not to be as Windows-1252 from the record holding the first bad byte, wherever the pieces end', async () => {
    const rows = ['nom,type'];
    for (let i = 0; i < 3000; i += 1) rows.push(`Café n°${i},association`);
    const head = Buffer.from(`${rows.join('\n')}\n`, 'utf8');
    const tail = Buffer.from('Épicerie à Guéret,association\nDernière,scop\n', 'latin1');
    const bytes = Buffer.concat([head, tail]);
    for (const points of [[], [70_000, 70_050], [head.length - 3, head.length + 1], [1000, 65_536, 66_000, head.length + 5]]) {
      const encodings: string[] = [];
      const got = await chunked(cut(bytes, points), encodings);
      const names = got.records.map((r) => r.fields[0]);
      expect(names.slice(0, 3000)).toEqual(rows.slice(1).map((r) => r.split(',')[0]));
      expect(names.slice(3000)).toEqual(['Épicerie à Guéret', 'Dernière']);
      expect(encodings.at(-1)).toBe('windows-1252');
    }
  });
});
