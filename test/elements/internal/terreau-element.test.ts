import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { html as litHtml } from 'lit';
import { TerreauElement, defineElement } from '../../../packages/elements/src/internal/terreau-element.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'ess-probe-ping': CustomEvent<{ n: number }>;
  }
}

class ProbeElement extends TerreauElement {
  ping(n: number): boolean {
    return this.emit('ess-probe-ping', { n }, { cancelable: true });
  }
  override render() {
    return litHtml`<button type="button" part="button">Ping</button>`;
  }
}
defineElement('ess-probe', ProbeElement);

describe('TerreauElement', () => {
  it('emit() dispatches a bubbling, composed event that crosses the shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><ess-probe></ess-probe></div>`);
    const probe = host.querySelector('ess-probe') as ProbeElement;
    const seen: number[] = [];
    host.addEventListener('ess-probe-ping', (e) => seen.push(e.detail.n));
    expect(probe.ping(3)).to.equal(true);
    expect(seen).to.deep.equal([3]);
  });

  it('emit() reports a listener that cancels the event', async () => {
    const probe = await fixture<ProbeElement>(html`<ess-probe></ess-probe>`);
    probe.addEventListener('ess-probe-ping', (e) => e.preventDefault());
    expect(probe.ping(1)).to.equal(false);
  });

  it('defineElement() tolerates a second registration of the same tag', () => {
    expect(() => defineElement('ess-probe', class extends ProbeElement {})).not.to.throw();
  });

  it('passes axe-core once rendered', async () => {
    const probe = await fixture<ProbeElement>(html`<ess-probe></ess-probe>`);
    const results = await (window as unknown as { axe: { run: (n: Element) => Promise<{ violations: unknown[] }> } }).axe.run(probe);
    expect(results.violations).to.deep.equal([]);
  });
});

describe('strict CSP', () => {
  it('the modules that parse with zod turn off its eval-compiled parser before parsing; the base class does not load zod', async () => {
    const { config } = await import('zod/mini');
    // Defining an element loads nothing of zod's parsing (zod is not part of the start bundle).
    expect(config().jitless).to.not.equal(true);
    // The validation chunk reads with core's zod-free fast path: it does not load zod either.
    await import('../../../packages/elements/src/internal/validate-data.js');
    expect(config().jitless).to.not.equal(true);
    // Its full path (fetched for a record the fast path cannot take) parses with zod: jitless first.
    await import('../../../packages/elements/src/internal/validate-full.js');
    expect(config().jitless).to.equal(true);
  });
});
