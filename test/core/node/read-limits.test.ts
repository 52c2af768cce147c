// Issue 17, "nothing lost, nothing run" — the readers' limits and refusals: a record over the size
// limit or nested too deep is one record set aside (located) and the reading goes on; JSON with
// something after the document says where; a file whose content is not what its name says is
// refused naming what it holds; UTF-16 (Excel's "Unicode text") is decoded.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readActors } from '@terreau/core/node';
import type { ReadResult } from '@terreau/core/node';
import { runTerreau } from './run-in-process.js';

vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'terreau-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function read(source: string | AsyncIterable<Uint8Array>, options = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readActors(source, options)) out.push(r);
  return out;
}

const codes = (results: ReadResult[]) => results.map((r) => (r.actor ? 'ok' : (r.issues ?? []).map((i) => i.code).join('+')));
const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const actor = (id: string, extra = '') => `{"id":"${id}","name":"Nom ${id}","type":"association"${extra}}`;

describe('a record over the size limit (CSV)', () => {
  const big = `id,name,type\na1,Alpha,association\nb2,${'B'.repeat(2_000_000)},association\nc3,Gamma,association\n`;

  it('readActors: one record set aside at its line, the others read (rows in = valid + rejected)', async () => {
    const got = await read(file('big.csv', big));
    expect(codes(got)).toEqual(['ok', 'record_too_large', 'ok']);
    expect(got[1]).toMatchObject({ index: 1, line: 3 });
    expect(got[1]?.issues?.[0]?.message.en).toMatch(/1048576 bytes/);
    // raised, the record is read (and judged by the schema: a 2 MB name is too long)
    expect(codes(await read(file('big2.csv', big), { maxRecordBytes: 4 << 20 }))).toEqual(['ok', 'too_big', 'ok']);
  });

  it('the CLI (--jobs 1): set aside with its line in the rejects, the run goes on; --max-record-size raises the limit', async () => {
    const path = file('big3.csv', big);
    const rejects = join(dir, 'big3.rejects.csv');
    const r = await runTerreau(['validate', path, '--jobs', '1', '--rejects', rejects, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 records read = 2 valid + 1 rejected');
    expect(r.stdout).toContain('a1,Alpha');
    expect(r.stdout).toContain('c3,Gamma');
    expect(readFileSync(rejects, 'utf8')).toMatch(/\n2,3,,,,record_too_large,Record larger than 1048576 bytes/);
    const raised = await runTerreau(['validate', path, '--jobs', '1', '--max-record-size', '4M', '--rejects', rejects]);
    expect(raised.stderr).toContain('3 enregistrements lus = 2 valides + 1 rejetés');
    expect(readFileSync(rejects, 'utf8')).not.toContain('record_too_large');
    expect((await runTerreau(['validate', path, '--max-record-size', 'lots'])).code).toBe(2);
  });

  it('the CLI with worker threads (--jobs 2, the built command) writes the same output and rejects as --jobs 1', async () => {
    const cli = join(__dirname, '../../../packages/core/dist/node/cli.js');
    if (!existsSync(cli)) throw new Error('Build first (npm run build): --jobs 2 runs the built terreau command.');
    const path = file('big4.csv', `${big}${Array.from({ length: 5000 }, (_, i) => `d${i},Delta,association\n`).join('')}"${'q\n'.repeat(600_000)}",x,y\ne5,Epsilon,association\n`);
    const runs = ['1', '2'].map((jobs) => {
      const out = join(dir, `big4-${jobs}.out.csv`);
      const rejects = join(dir, `big4-${jobs}.rejects.csv`);
      const r = jobs === '1' ? null : spawnSync(process.execPath, [cli, 'validate', path, '--jobs', jobs, '--out', out, '--rejects', rejects, '--lang', 'en'], { encoding: 'utf8' });
      return { r, out, rejects };
    });
    const one = await runTerreau(['validate', path, '--jobs', '1', '--out', runs[0]!.out, '--rejects', runs[0]!.rejects, '--lang', 'en']);
    expect(one.stderr).toContain('5005 records read = 5003 valid + 2 rejected');
    expect(runs[1]!.r?.stderr).toContain('5005 records read = 5003 valid + 2 rejected');
    expect(readFileSync(runs[1]!.out, 'utf8')).toBe(readFileSync(runs[0]!.out, 'utf8'));
    const rejects = readFileSync(runs[1]!.rejects, 'utf8');
    expect(rejects).toBe(readFileSync(runs[0]!.rejects, 'utf8'));
    // record 5 004, whose quoted field of 600 000 line breaks starts on line 5 005
    expect(rejects).toMatch(/\n5004,5005,,,,record_too_large,/);
  });
});

describe('JSON nested too deep', () => {
  it('a 5 000-level value is one record set aside (too_deep), the records around it are read: JSON, dataset, NDJSON', async () => {
    // in a field the schema reads (it overflowed the stack before: the whole read threw)
    const array = `[${actor('a1')},${actor('b2', `,"activities":${deep(5000)}`)},${actor('c3')}]`;
    expect(codes(await read(file('deep.json', array)))).toEqual(['ok', 'too_deep', 'ok']);
    expect(codes(await read(file('deep-dataset.json', `{"actors":${array}}`)))).toEqual(['ok', 'too_deep', 'ok']);
    const lines = `${actor('a1')}\n{"id":"b2","name":${deep(5000)}}\n${actor('c3')}\n`;
    const nd = await read(file('deep.ndjson', lines));
    expect(codes(nd)).toEqual(['ok', 'too_deep', 'ok']);
    expect(nd[1]).toMatchObject({ index: 1, line: 2 });
    // 64 levels are read (and judged by the schema like any value)
    expect(codes(await read(file('ok-depth.json', `[${actor('a1', `,"x":${deep(63)}`)}]`)))[0]).not.toBe('too_deep');
  });

  it('the CLI names the record and writes the valid ones (it stopped the run before, exit 2)', async () => {
    const path = file('deep2.json', `[${actor('a1')},{"id":"b2","name":${deep(5000)},"type":"association"},${actor('c3')}]`);
    const rejects = join(dir, 'deep2.rejects.csv');
    const r = await runTerreau(['validate', path, '--jobs', '1', '--rejects', rejects]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 enregistrements lus = 2 valides + 1 rejetés');
    expect(r.stdout).toContain('c3,Nom c3');
    expect(readFileSync(rejects, 'utf8')).toContain('2,,,,,too_deep,');
  });
});

describe('JSON with something after the document', () => {
  it('[…][…] keeps the first array and sets aside the rest as one record naming its line and offset', async () => {
    const text = `[${actor('a1')}]\n[${actor('b2')}]`;
    const got = await read(file('two.json', text));
    expect(codes(got)).toEqual(['ok', 'trailing_content']);
    expect(got[1]?.issues?.[0]).toMatchObject({ params: { line: 2, offset: text.indexOf('\n[') + 1 } });
    expect(got[1]?.issues?.[0]?.message.fr).toContain('ligne 2');
  });

  it('trailing garbage after an array or a dataset is reported, blanks are not; NDJSON stays one value per line', async () => {
    expect(codes(await read(file('garbage.json', `[${actor('a1')}] oops`)))).toEqual(['ok', 'trailing_content']);
    expect(codes(await read(file('dataset.json', `{"actors":[${actor('a1')}]}}`)))).toEqual(['ok', 'trailing_content']);
    expect(codes(await read(file('blank.json', `[${actor('a1')}]\n\n  \n`)))).toEqual(['ok']);
    expect(codes(await read(file('two.ndjson', `${actor('a1')}\n${actor('b2')}\n`)))).toEqual(['ok', 'ok']);
  });
});

describe('content that is not what the name says', () => {
  const csv = 'name,type\nCafé des Arts,association\n';
  const cases: [string, string | Uint8Array, RegExp, RegExp][] = [
    ['json.csv', `[${actor('a1')}]`, /n’est pas du CSV : il contient du JSON/, /not CSV: it holds JSON/],
    ['gzip.csv', gzipSync(csv), /archive gzip/, /gzip archive/],
    ['sheet.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0]), /archive zip/, /zip archive/],
    ['doc.csv', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n', /document PDF/, /PDF document/],
    ['page.csv', '<!DOCTYPE html>\n<html lang="fr"><head><title>Erreur 404</title></head></html>', /page HTML/, /HTML page/],
    ['data.json', csv, /n’est pas du JSON/, /not JSON/],
  ];

  it('readActors refuses it, naming what it holds (it read as 0 records, or garbage, before)', async () => {
    for (const [name, content, fr, en] of cases) {
      const error = await read(file(name, content)).then(
        () => null,
        (e: { text?: { fr: string; en: string } }) => e,
      );
      expect(error?.text?.fr, name).toMatch(fr);
      expect(error?.text?.en, name).toMatch(en);
    }
  });

  it('the CLI refuses it with that message, in French and in English (exit 2)', async () => {
    for (const [name, content, fr, en] of cases) {
      const path = file(`cli-${name}`, content);
      const r = await runTerreau(['validate', path, '--jobs', '1']);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(fr);
      expect((await runTerreau(['validate', path, '--jobs', '1', '--lang', 'en'])).stderr, name).toMatch(en);
    }
  });

  // Excel "Unicode text" export: tab-separated, UTF-16LE with a BOM, CRLF line ends
  const excelUnicode = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name\ttype\tcity\r\nCafé des Arts\tassociation\tGuéret\r\nŒuvre « Solidaire »\tscop\tÉvian\r\n', 'utf16le')]);

  it('UTF-16 (Excel "Unicode text") is decoded, not refused, and the CLI says so', async () => {
    const got = await read(file('unicode.txt', excelUnicode));
    expect(got.map((r) => [r.actor?.name, r.actor?.address?.city])).toEqual([
      ['Café des Arts', 'Guéret'],
      ['Œuvre « Solidaire »', 'Évian'],
    ]);
    const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('name\ttype\r\n', 'utf16le').swap16(), ...Array.from({ length: 3000 }, (_, i) => Buffer.from(`Café ${i}\tassociation\r\n`, 'utf16le').swap16())]);
    const be = await read(Readable.from([big.subarray(0, 1001), big.subarray(1001)]) as AsyncIterable<Uint8Array>, { format: 'csv' });
    expect(be.length).toBe(3000);
    expect(be.at(-1)?.actor?.name).toBe('Café 2999');
    const r = await runTerreau(['validate', file('unicode-cli.txt', excelUnicode), '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('UTF-16LE');
    expect(r.stderr).toContain('2 enregistrements lus = 2 valides + 0 rejetés');
    expect(r.stdout).toContain('Œuvre « Solidaire »');
  });
});

describe('calendar dates', () => {
  it('an impossible date (2026-02-30) is refused by the schema, on the CSV fast path and in JSON', async () => {
    const csv = await read(file('dates.csv', 'id,name,type,checkedAt\na1,Alpha,association,2026-02-28\nb2,Beta,association,2026-02-30\n'));
    expect(codes(csv)).toEqual(['ok', 'invalid_date']);
    const json = await read(file('dates.json', `[${actor('a1', ',"provenance":{"source":"x","checkedAt":"2026-02-30"}')}]`));
    expect(codes(json)).toEqual(['invalid_date']);
  });
});
