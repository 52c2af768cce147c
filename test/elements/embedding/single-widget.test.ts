// A page that shows one widget pastes that widget's own file (dist/ess-map.js or
// dist/ess-lever-advisor.js) and loads nothing of the other: not its file, not its code, not its text.
// Observed from the page's resource timing entries, and by reading back what the page fetched.
import { expect, waitUntil } from '@open-wc/testing';
import { doc, widgetsRendered, win, writePage } from './helpers.js';

function observe(frame: HTMLIFrameElement): string[] {
  const seen: string[] = [];
  new (win(frame).PerformanceObserver)((list) => {
    for (const e of list.getEntries()) {
      const u = new URL(e.name);
      seen.push(u.origin === location.origin ? u.pathname + u.search : u.href);
    }
  }).observe({ type: 'resource', buffered: true });
  return seen;
}

/** The text of every script the page fetched from /terreau/. */
async function fetchedCode(seen: string[]): Promise<string> {
  const scripts = seen.filter((u) => u.startsWith('/terreau/') && u.endsWith('.js'));
  return (await Promise.all(scripts.map(async (u) => (await fetch(u)).text()))).join('\n');
}

describe('one widget alone on a page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('ess-map.js: the map and its list render, in French then English, without any of the advisor', async function () {
    this.timeout(30000);
    frame = writePage('<script type="module" src="/terreau/ess-map.js"></script>\n<ess-map></ess-map>');
    const seen = observe(frame);
    await widgetsRendered(frame, 'the map renders the default data');
    await waitUntil(() => seen.includes('/terreau/basemap-france.json'), 'the basemap beside ess-map.js loads');
    const map = doc(frame).querySelector('ess-map')!;
    expect(map.shadowRoot!.querySelector('.count')?.textContent).to.match(/acteurs/i);
    map.setAttribute('lang', 'en');
    await waitUntil(() => /actors/i.test(map.shadowRoot!.querySelector('.count')?.textContent ?? ''), 'the map speaks English');
    await new Promise((r) => setTimeout(r, 300));
    expect(seen[0]).to.equal('/terreau/ess-map.js');
    expect(seen.filter((u) => /^\/terreau\/(terreau-elements|ess-lever-advisor)\.js$/.test(u)), 'no other bundle').to.deep.equal([]);
    expect(win(frame).customElements.get('ess-lever-advisor'), 'the advisor is not defined').to.equal(undefined);
    const code = await fetchedCode(seen);
    // Text only the advisor shows: core's scoring messages (FR, EN) and the advisor's own chrome.
    for (const advisorOnly of ['Pérennité organisationnelle', 'Organisational pérennité', 'Pérennité et leviers de soutien']) {
      expect(code.includes(advisorOnly), `fetched code contains ${advisorOnly}`).to.equal(false);
    }
    expect(seen.filter((u) => !/^\/terreau\/(ess-map\.js|chunks\/[\w.-]+\.js|basemap-france\.json)$/.test(u))).to.deep.equal([]);
  });

  it('ess-lever-advisor.js: the questionnaire renders, without any of the map', async function () {
    this.timeout(30000);
    frame = writePage('<script type="module" src="/terreau/ess-lever-advisor.js"></script>\n<ess-lever-advisor decision-maker="commune"></ess-lever-advisor>');
    const seen = observe(frame);
    await widgetsRendered(frame, 'the advisor renders');
    await new Promise((r) => setTimeout(r, 300));
    expect(seen[0]).to.equal('/terreau/ess-lever-advisor.js');
    expect(seen.filter((u) => /^\/terreau\/(terreau-elements|ess-map)\.js$/.test(u)), 'no other bundle').to.deep.equal([]);
    expect(seen.filter((u) => u.endsWith('/basemap-france.json')), 'no basemap').to.deep.equal([]);
    expect(win(frame).customElements.get('ess-map'), 'the map is not defined').to.equal(undefined);
    const code = await fetchedCode(seen);
    expect(code.includes('basemap-france.json'), 'no map code').to.equal(false);
    expect(seen.filter((u) => !/^\/terreau\/(ess-lever-advisor\.js|chunks\/[\w.-]+\.js)$/.test(u))).to.deep.equal([]);
  });
});
