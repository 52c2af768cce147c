import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { contentMismatch, sniffContent, utf16Of } from '@terreau/core';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('sniffContent (what a file holds, whatever its name)', () => {
  it('tells the kinds a reader must not take for CSV or JSON', () => {
    expect(sniffContent(new Uint8Array(gzipSync('a,b\n1,2\n')))).toBe('gzip');
    expect(sniffContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toBe('zip');
    expect(sniffContent(bytes('%PDF-1.4\n'))).toBe('pdf');
    expect(sniffContent(bytes('PAR1\x15\x04'))).toBe('parquet');
    expect(sniffContent(bytes('\uFEFF  <!doctype html><html>'))).toBe('html');
    expect(sniffContent(bytes('<html lang="fr">'))).toBe('html');
    expect(sniffContent(bytes('<?xml version="1.0"?><root/>'))).toBe('xml');
    expect(sniffContent(bytes('  [{"id":"a"}]'))).toBe('json');
    expect(sniffContent(bytes('{"type":"FeatureCollection"}'))).toBe('json');
    expect(sniffContent(bytes('\n\n'))).toBe('empty');
  });

  it('leaves CSV alone, even when it starts with a bracket or a chevron', () => {
    for (const csv of ['name;type\nA;scop\n', '[nom],[type]\nA,scop', '{nom},type\n', '<nom>,type\n', '=1,2\n', '']) {
      expect(contentMismatch(sniffContent(bytes(csv)), 'csv'), csv).toBeNull();
    }
  });

  it('recognises UTF-16 by its BOM or by its NUL bytes (Excel "Unicode text"), little- and big-endian', () => {
    const le = Buffer.from('nom\ttype\r\nCafé\tscop\r\n', 'utf16le');
    expect(utf16Of(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), le])))).toBe('utf-16le');
    expect(utf16Of(new Uint8Array(le))).toBe('utf-16le');
    expect(utf16Of(new Uint8Array(Buffer.from(le).swap16()))).toBe('utf-16be');
    expect(utf16Of(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()])))).toBe('utf-16be');
    expect(utf16Of(bytes('nom,type\nCafé,scop\n'))).toBeNull();
    expect(contentMismatch('utf-16le', 'csv')).toBeNull();
  });

  it('refuses CSV given as JSON, JSON given as CSV, and binaries or pages for both', () => {
    expect(contentMismatch('json', 'csv')).toBe('json');
    expect(contentMismatch('text', 'json')).toBe('text');
    expect(contentMismatch('text', 'ndjson')).toBe('text');
    for (const kind of ['gzip', 'zip', 'pdf', 'html'] as const) {
      expect(contentMismatch(kind, 'csv')).toBe(kind);
      expect(contentMismatch(kind, 'geojson')).toBe(kind);
    }
  });
});
