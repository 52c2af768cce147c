// Helpers for the embedding tests: the example pages and CMS snippets run in iframes served by the
// test runner through the examples' middleware (/terreau/ → packages/elements/dist, strict CSP on
// csp.html), i.e. on the BUILT bundle a webmaster uploads. Run `npm run build` first.
import { waitUntil } from '@open-wc/testing';

export type FrameWindow = Window & typeof globalThis & { __cspViolations?: { directive: string; blockedURI: string }[] };

function addFrame(width: number, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:${height}px;border:0;background:#fff`;
  document.body.append(frame);
  return frame;
}

/** Opens `url` in a fresh iframe and resolves once it has loaded. */
export async function openPage(url: string, width = 1200, height = 800): Promise<HTMLIFrameElement> {
  const frame = addFrame(width, height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  await loaded;
  return frame;
}

/** Writes `html` as the whole body of a fresh same-origin iframe document, as a CMS would output it. */
export function writePage(html: string, width = 1200, height = 800): HTMLIFrameElement {
  const frame = addFrame(width, height);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CMS</title></head><body>${html}</body></html>`);
  doc.close();
  return frame;
}

export const win = (frame: HTMLIFrameElement) => frame.contentWindow as FrameWindow;
export const doc = (frame: HTMLIFrameElement) => frame.contentDocument!;

/** The map is rendered: its shadow root holds the list of actors and the count. */
export function mapRendered(map: Element | null): boolean {
  const root = map?.shadowRoot;
  // The list and the count come with the data; the filters (search field included) when the page is idle, soon after.
  return !!root && root.querySelectorAll('tbody button[data-id]').length > 0 && /\d/.test(root.querySelector('.count')?.textContent ?? '') && root.querySelector('.filters') !== null;
}

/** The advisor is rendered: its shadow root holds the questionnaire (fieldsets and buttons). */
export function advisorRendered(advisor: Element | null): boolean {
  const root = advisor?.shadowRoot;
  return !!root && root.querySelectorAll('fieldset, select').length > 0 && root.querySelectorAll('button').length > 0;
}

/** Waits until every `ess-map` / `ess-lever-advisor` of the frame is upgraded and rendered. */
export async function widgetsRendered(frame: HTMLIFrameElement, message: string): Promise<void> {
  await waitUntil(
    () => {
      const d = doc(frame);
      const maps = [...d.querySelectorAll('ess-map')];
      const advisors = [...d.querySelectorAll('ess-lever-advisor')];
      return maps.length + advisors.length > 0 && maps.every(mapRendered) && advisors.every(advisorRendered);
    },
    message,
    { timeout: 15000, interval: 50 },
  );
}

/** Same-origin paths (and cross-origin URLs) of every resource the frame requested, in order. */
export function resourcesOf(frame: HTMLIFrameElement): string[] {
  return win(frame)
    .performance.getEntriesByType('resource')
    .map((e) => {
      const u = new URL(e.name);
      return u.origin === location.origin ? u.pathname : u.href;
    });
}
