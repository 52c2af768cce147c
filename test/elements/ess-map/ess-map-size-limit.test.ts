import { expect, oneEvent } from '@open-wc/testing';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { DEFAULT_MAX_BYTES, readBodyWithin } from '../../../packages/elements/src/internal/load-data.js';
import { listNames, mountFailing, settle, shadow } from './helpers.js';

const MiB = 1048576;


const alertText = (el: EssMap): string => (shadow(el).querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ');

describe('<ess-map src> refuses a body past its size limit (max-bytes)', () => {
  afterEach(() => {
    for (const el of Array.from(document.querySelectorAll('ess-map'))) el.remove();
  });

  it('a 200 MiB gzip bomb (≈200 kB on the wire): refused at the 50 MiB default, the reading stopped there, the message names the limit and max-bytes', async () => {
    const { el, detail } = await mountFailing(`/__ess__/gzip-bomb?mb=200&t=${Date.now()}`);
    expect(detail.kind).to.equal('too-large');
    expect(detail.limit).to.equal(DEFAULT_MAX_BYTES);
    expect(DEFAULT_MAX_BYTES).to.equal(50 * MiB);
    // Stopped just past the limit (the inflated chunks the browser hands over are a few MiB at most), not after the 200 MiB.
    expect(detail.bytes).to.be.above(50 * MiB);
    expect(detail.bytes).to.be.below(64 * MiB);
    const text = alertText(el);
    expect(text).to.contain('Le fichier dépasse la limite de 50 Mo');
    expect(text).to.match(/\(\d+(,\d)? Mo reçus\)/);
    expect(text).to.contain('max-bytes');
    expect(listNames(el)).to.deep.equal([]);
  });

  it('in English under lang="en", with the limit given by max-bytes', async () => {
    const { el, detail } = await mountFailing(`/__ess__/gzip-bomb?mb=8&t=${Date.now()}`, { lang: 'en', 'max-bytes': String(MiB) });
    expect(detail.kind).to.equal('too-large');
    expect(detail.limit).to.equal(MiB);
    expect(detail.bytes).to.be.above(MiB).and.below(8 * MiB);
    const text = alertText(el);
    expect(text).to.contain('beyond the 1 MB limit');
    expect(text).to.match(/\(\d+(\.\d)? MB received\)/);
    expect(text).to.contain('max-bytes');
  });

  it('a plain file past the limit is refused; raising max-bytes and retrying shows it', async () => {
    const { el, detail } = await mountFailing('/__ess__/data.json', { 'max-bytes': '100' });
    expect(detail.kind).to.equal('too-large');
    expect(detail.bytes).to.be.above(100);
    el.maxBytes = 100_000;
    const loaded = oneEvent(el, 'ess-data-load');
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await loaded;
    await settle(el);
    expect(listNames(el)).to.have.members(['Atelier vélo solidaire', 'Épicerie coopérative']);
  });

  it('readBodyWithin cancels the stream at the limit: it never pulls the rest of a 200 MiB body', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(64 * 1024);
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (pulled >= 200 * MiB) return controller.close();
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const outcome = await readBodyWithin(new Response(stream), MiB);
    expect(outcome.ok).to.equal(false);
    expect(cancelled).to.equal(true);
    expect(pulled).to.be.at.most(MiB + 2 * chunk.byteLength);
  });

  it('readBodyWithin returns a body within the limit whole', async () => {
    const outcome = await readBodyWithin(new Response('a;b\r\n1;2\r\n'), 100);
    expect(outcome.ok).to.equal(true);
    if (outcome.ok) expect(new TextDecoder().decode(outcome.bytes)).to.equal('a;b\r\n1;2\r\n');
  });
});
