// examples/csp.html under a strict Content-Security-Policy (no inline script, no eval, no inline
// style sheet, same origin only): both widgets render and the browser reports no violation.
import { expect, waitUntil } from '@open-wc/testing';
import { doc, openPage, widgetsRendered, win } from './helpers.js';

describe('examples/csp.html under a strict CSP', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('is really served with the strict policy', async () => {
    const res = await fetch('/examples/csp.html');
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).not.to.contain('unsafe-inline');
    expect(policy).not.to.contain('unsafe-eval');
  });

  it('renders both widgets with zero securitypolicyviolation events', async () => {
    frame = await openPage('/examples/csp.html');
    await widgetsRendered(frame, 'both widgets render under the strict CSP');
    const d = doc(frame);
    expect(d.querySelector('ess-map')!.shadowRoot!.childElementCount).to.be.greaterThan(0);
    expect(d.querySelector('ess-lever-advisor')!.shadowRoot!.childElementCount).to.be.greaterThan(0);
    // Let lazy work (basemap, default data) finish, then use the widgets a little.
    const map = d.querySelector('ess-map')!;
    (map.shadowRoot!.querySelector('tbody button[data-id]') as HTMLButtonElement).click();
    const advisor = d.querySelector('ess-lever-advisor')!;
    const next = [...advisor.shadowRoot!.querySelectorAll('button')].find((b) => /suivante|next/i.test(b.textContent ?? ''));
    next?.click();
    await waitUntil(() => map.shadowRoot!.querySelector('[part~="card"]') !== null, 'the actor card opens');
    // The chunks that parse with zod (data validation, recommendation with its catalogues) run too.
    (advisor.shadowRoot!.querySelector('.progress li:last-child button') as HTMLButtonElement).click();
    await waitUntil(() => advisor.shadowRoot!.querySelectorAll('.action').length > 0, 'the recommended actions show', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(win(frame).__cspViolations).to.deep.equal([]);
    expect(d.getElementById('csp-violations')!.textContent).to.equal('0');
  });

  it('would report a violation (the watcher and the policy work)', async () => {
    frame = await openPage('/examples/csp.html');
    const d = doc(frame);
    const script = d.createElement('script');
    script.textContent = 'window.__ranInline = true;';
    d.body.append(script);
    await waitUntil(() => (win(frame).__cspViolations ?? []).length > 0, 'an inline script is reported');
    expect((win(frame) as unknown as { __ranInline?: boolean }).__ranInline).to.equal(undefined);
    expect(win(frame).__cspViolations![0]!.directive).to.match(/script-src/);
  });
});
