// Shared helpers of the <ess-lever-advisor> tests: real keyboard (sendKeys), axe-core, storage.
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { EssLeverAdvisor } from '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.component.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run: (n: Element, options?: unknown) => Promise<AxeResult> };
  }
}

/** axe-core violations inside the element (ids and targets, for a readable failure). */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await window.axe.run(el);
  return result.violations.map((v) => `${v.id}: ${v.help} @ ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** The focused element inside the advisor's shadow root, or null. */
export function focused(el: EssLeverAdvisor): Element | null {
  return el.shadowRoot?.activeElement ?? null;
}

/** Presses Tab (real key) until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(el: EssLeverAdvisor, selector: string, max = 250): Promise<HTMLElement> {
  for (let i = 0; i < max; i += 1) {
    const f = focused(el);
    if (f && f.matches(selector)) return f as HTMLElement;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** The element's shadow root, typed. */
export function $(el: EssLeverAdvisor, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}
export function $$(el: EssLeverAdvisor, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Removes every advisor entry from localStorage. */
export function clearAdvisorStorage(): void {
  for (let i = localStorage.length - 1; i >= 0; i -= 1) {
    const k = localStorage.key(i);
    if (k?.startsWith('terreau:ess-lever-advisor:')) localStorage.removeItem(k);
  }
}

/** Waits until the results show the recommended actions (their code and text load on first need). */
export async function recommendationShown(el: EssLeverAdvisor): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.results .first-actions') !== null, 'the recommendation loads and is shown');
  await el.updateComplete;
}

/** Waits until the score is shown (core's scoring loads once there is something to score, or the user starts). */
export async function scoreShown(el: EssLeverAdvisor): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.results .summary') !== null, 'the scoring loads and the score is shown');
  await el.updateComplete;
}

/** Waits until saved answers or a share link have been read back (the questionnaire is inert meanwhile). */
export async function restored(el: EssLeverAdvisor): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('.questionnaire-area')?.getAttribute('aria-busy') !== 'true', 'the saved answers are read back');
  await el.updateComplete;
}

/** Captures the files the element offers for download (blob: links), by name. */
export async function captureDownloads(run: () => void | Promise<void>, count = 1): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const pending: Promise<void>[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const name = this.download;
    pending.push(fetch(this.href).then(async (r) => void files.set(name, new Uint8Array(await r.arrayBuffer()))));
  };
  try {
    await run();
    for (let i = 0; i < 300 && pending.length < count; i += 1) await new Promise((r) => setTimeout(r, 10));
    await Promise.all(pending);
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  return files;
}
