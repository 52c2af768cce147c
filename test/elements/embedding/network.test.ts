// The bundle asks the network for nothing but itself, its lazy chunks (default data, English), the
// basemap beside it, and the data and geometry URLs the page configures. Observed from the page's
// resource timing entries (PerformanceObserver) while the widgets load and are used.
import { expect, waitUntil } from '@open-wc/testing';
import { doc, widgetsRendered, win, writePage } from './helpers.js';

function observe(frame: HTMLIFrameElement): string[] {
  const seen: string[] = [];
  const w = win(frame);
  new w.PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const u = new URL(e.name);
      seen.push(u.origin === location.origin ? u.pathname + u.search : u.href);
    }
  }).observe({ type: 'resource', buffered: true });
  return seen;
}

const OWN = [/^\/terreau\/terreau-elements\.js$/, /^\/terreau\/chunks\/[\w.-]+\.js$/, /^\/terreau\/basemap-france\.json$/];

function unexpected(seen: string[], configured: RegExp[]): string[] {
  return seen.filter((u) => ![...OWN, ...configured].some((re) => re.test(u)));
}

describe('network requests of the bundle', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('default data: only the bundle, its chunks and the basemap — also after switching to English', async function () {
    this.timeout(30000);
    frame = writePage(
      '<script type="module" src="/terreau/terreau-elements.js"></script>\n<ess-map></ess-map>\n<ess-lever-advisor decision-maker="commune"></ess-lever-advisor>',
    );
    const seen = observe(frame);
    await widgetsRendered(frame, 'the widgets render');
    await waitUntil(() => seen.some((u) => u.endsWith('/basemap-france.json')), 'the basemap loads lazily');
    for (const el of doc(frame).querySelectorAll('ess-map, ess-lever-advisor')) el.setAttribute('lang', 'en');
    const map = doc(frame).querySelector('ess-map')!;
    await waitUntil(() => /actors/i.test(map.shadowRoot!.querySelector('.count')?.textContent ?? ''), 'the map speaks English');
    (map.shadowRoot!.querySelector('tbody button[data-id]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 300));
    expect(seen[0]).to.equal('/terreau/terreau-elements.js');
    expect(seen.filter((u) => u.startsWith('/terreau/chunks/')).length, 'lazy chunks were fetched').to.be.greaterThan(0);
    expect(unexpected(seen, [])).to.deep.equal([]);
  });

  it('the advisor fetches its recommendation chunk only once the results are opened, and once', async function () {
    this.timeout(30000);
    frame = writePage('<script type="module" src="/terreau/terreau-elements.js"></script>\n<ess-lever-advisor decision-maker="commune" persist="off"></ess-lever-advisor>');
    const seen = observe(frame);
    await widgetsRendered(frame, 'the advisor renders');
    const advisor = doc(frame).querySelector('ess-lever-advisor')!;
    const root = advisor.shadowRoot!;
    await new Promise((r) => setTimeout(r, 300));
    const questionsChunk = (u: string) => /^\/terreau\/chunks\/questions\.fr-[\w-]+\.js$/.test(u);
    expect(seen.filter(questionsChunk), 'the questions are not part of the first screen').to.deep.equal([]);
    expect(seen.filter((u) => /\/validate-data-/.test(u)), 'no data validation code for an advisor without data').to.deep.equal([]);
    expect(seen.filter((u) => /\/state-input-/.test(u)), 'nothing saved, no link: no state-reading code').to.deep.equal([]);
    // Answer a criterion (the live score summary updates) and leave the page idle a moment.
    (root.querySelector('.progress li:nth-child(6) button') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('input[name="crit-needs-fit"]') !== null, 'the needs-fit step shows');
    (root.querySelector('input[name="crit-needs-fit"][id$="-3"]') as HTMLInputElement).click();
    await waitUntil(() => /\/ 100/.test(root.querySelector('.summary dd')?.textContent ?? ''), 'the score shows');
    await new Promise((r) => setTimeout(r, 300));
    const recommendationChunk = (u: string) => /^\/terreau\/chunks\/recommendation-[\w-]+\.js$/.test(u);
    expect(seen.filter(recommendationChunk), 'not fetched for the questionnaire and the score').to.deep.equal([]);
    (root.querySelector('.progress li:last-child button') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelectorAll('.action').length > 0, 'the recommended actions show', { timeout: 10000 });
    (root.querySelector('.progress li:nth-child(2) button') as HTMLButtonElement).click();
    (root.querySelector('.progress li:last-child button') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.filter(recommendationChunk), 'fetched once').to.have.length(1);
    expect(seen.filter(questionsChunk), 'the questions fetched once, for the criteria step').to.have.length(1);
    expect(seen.filter((u) => /recommendation\.en-/.test(u)), 'no English text on a French page').to.deep.equal([]);
    expect(unexpected(seen, [])).to.deep.equal([]);
  });

  it('configured data, boundaries and no basemap: exactly those URLs besides the bundle', async function () {
    this.timeout(30000);
    frame = writePage(
      '<script type="module" src="/terreau/terreau-elements.js"></script>\n' +
        // tiles="none": a commune map shows Plan IGN by default (#13), not wanted in this offline test.
        '<ess-map src="/__ess__/data.json" basemap="none" tiles="none" commune="26108" geo-api="/__ess__/status/404"></ess-map>',
    );
    const seen = observe(frame);
    await widgetsRendered(frame, 'the map renders the configured data');
    await waitUntil(() => seen.includes('/__ess__/data.json'), 'the data URL was fetched');
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.filter((u) => u.endsWith('/basemap-france.json')), 'basemap="none" fetches no basemap').to.deep.equal([]);
    expect(unexpected(seen, [/^\/__ess__\/data\.json$/, /^\/__ess__\/status\/404\//])).to.deep.equal([]);
  });
});
