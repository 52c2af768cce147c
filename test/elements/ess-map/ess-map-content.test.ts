// A file whose content is not what the map can read is said as what it is (issue 17), and a UTF-16
// export (Excel's "Unicode text") is read like the CLI reads it — the rule is core's sniffContent.
import { expect, oneEvent } from '@open-wc/testing';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { listNames, settle, shadow } from './helpers.js';

function mount(bytes: Uint8Array, attrs: Record<string, string> = {}): EssMap {
  const el = document.createElement('ess-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.src = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  document.body.append(el);
  return el;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i += 1) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('<ess-map> reads what a file is, not what it is named', () => {
  afterEach(() => {
    for (const el of Array.from(document.querySelectorAll('ess-map'))) el.remove();
  });

  const NOT_TEXT: [string, number[], RegExp][] = [
    ['a workbook (zip)', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], /archive zip \(classeur \.xlsx ou \.ods \?\)/],
    ['a gzip file', [0x1f, 0x8b, 8, 0, 0, 0, 0, 0], /archive gzip/],
    ['a PDF', [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)), /document PDF/],
  ];
  for (const [what, bytes, said] of NOT_TEXT) {
    it(`says it got ${what}, instead of "0 actors" or a page`, async () => {
      const el = mount(new Uint8Array([...bytes, ...new Array(64).fill(0x41)]));
      const { detail } = await oneEvent(el, 'ess-data-error');
      await settle(el);
      expect(detail.kind).to.equal('wrong-content');
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.match(said);
    });
  }

  it('reads a UTF-16LE tab-separated export with its accents', async () => {
    const el = mount(utf16le('id\tname\ttype\tcity\r\nu1\tÉpicerie solidaire\tassociation\tDie\r\nu2\tCoop Œuvre\tscop\tCrest\r\n'));
    const { detail } = await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(detail.actors).to.equal(2);
    expect(listNames(el)).to.have.members(['Épicerie solidaire', 'Coop Œuvre']);
  });
});
