import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { LazyController } from '../../../packages/elements/src/internal/lazy-controller.js';

// A chunk that the test resolves or fails by hand, counting how often it was asked for.
function deferredChunk() {
  const chunk = {
    calls: 0,
    settle: (_ok: boolean) => {},
    load(): Promise<{ answer: number }> {
      chunk.calls += 1;
      return new Promise((resolve, reject) => {
        chunk.settle = (ok) => (ok ? resolve({ answer: 42 }) : reject(new TypeError('Failed to fetch dynamically imported module')));
      });
    },
  };
  return chunk;
}

const chunk = deferredChunk();

class LazyProbe extends LitElement {
  lazy = new LazyController(this, chunk);
  override render() {
    return litHtml`<p>${this.lazy.status}${this.lazy.value ? `:${this.lazy.value.answer}` : ''}</p>`;
  }
}
customElements.define('ess-lazy-probe', LazyProbe);

const shown = (el: LazyProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LazyController', () => {
  it('loads once for concurrent callers, then re-renders its host with the module', async () => {
    const el = await fixture<LazyProbe>(html`<ess-lazy-probe></ess-lazy-probe>`);
    expect(shown(el)).to.equal('idle');
    chunk.calls = 0;
    const first = el.lazy.load();
    const second = el.lazy.load();
    await el.updateComplete;
    expect(shown(el)).to.equal('loading');
    chunk.settle(true);
    expect(await first).to.deep.equal({ answer: 42 });
    expect(await second).to.deep.equal({ answer: 42 });
    expect(chunk.calls).to.equal(1);
    await el.updateComplete;
    expect(shown(el)).to.equal('ready:42');
    await el.lazy.load();
    expect(chunk.calls).to.equal(1);
  });

  it('says a failure without throwing, and the next load() tries again', async () => {
    const el = await fixture<LazyProbe>(html`<ess-lazy-probe></ess-lazy-probe>`);
    chunk.calls = 0;
    const failed = el.lazy.load();
    chunk.settle(false);
    expect(await failed).to.equal(undefined);
    await el.updateComplete;
    expect(el.lazy.status).to.equal('error');
    expect(String(el.lazy.error)).to.contain('Failed to fetch');
    expect(shown(el)).to.equal('error');
    const retried = el.lazy.load();
    chunk.settle(true);
    expect(await retried).to.deep.equal({ answer: 42 });
    expect(chunk.calls).to.equal(2);
    await el.updateComplete;
    expect(shown(el)).to.equal('ready:42');
    expect(el.lazy.error).to.equal(undefined);
  });
});
