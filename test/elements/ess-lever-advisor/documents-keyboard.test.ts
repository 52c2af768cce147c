// Issue 14: the documents panel with the keyboard alone — Tab and Shift+Tab to move, Enter and
// Space to act, typing only into the amount and the action list's type-ahead: choose the action,
// the amount, the format, generate; a wrong amount sends focus to the field that says why. Focus is
// never lost (always on the control just used), axe is clean in each state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { messagesFr } from '@terreau/core';
import '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.js';
import type { EssLeverAdvisor } from '../../../packages/elements/src/ess-lever-advisor/ess-lever-advisor.component.js';
import { $, axeViolations, captureDownloads, clearAdvisorStorage, focused, press, recommendationShown, restored, tabTo, type } from './helpers.js';

const DATE = '2026-12-02';
const STATE = {
  v: 1,
  context: { type: 'aci', activities: ['ressourcerie'], communeCode: '26113', zones: ['frr'], stage: 'consolidation', fundingSources: ['fse', 'departement', 'commune'], decisionMaker: 'commune', request: 'operating', name: 'Ressourcerie du Diois', asker: 'Commune de Die' },
  answers: { 'needs-fit': 3, 'financial-autonomy': 1, 'subsidy-access': 2, 'financial-management': 1, 'market-hybridisation': 2, 'mission-fit': 4, 'operational-partners': 3, networks: 2, 'public-authorities': 3 },
};

/** Presses `key` and checks focus stayed inside the advisor, on `expected` when given. */
async function pressKeeping(el: EssLeverAdvisor, key: string, expected?: string): Promise<HTMLElement> {
  if (key === 'Shift+Tab') {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else await press(key);
  await el.updateComplete;
  const f = focused(el) as HTMLElement | null;
  expect(f, `focus is kept after ${key}`).to.not.equal(null);
  if (expected) expect(f!.matches(expected), `focus on ${expected} after ${key}, not ${f!.id || f!.tagName}`).to.equal(true);
  return f!;
}

/** The shortest prefix of `label` without a space that no other option of the list starts with (type-ahead). */
function typeAhead(select: HTMLSelectElement, label: string): string {
  const others = [...select.options].map((o) => o.textContent!.trim().toLowerCase()).filter((t) => t !== label.toLowerCase());
  for (let n = 1; n <= label.length && label[n - 1] !== ' '; n += 1) {
    const p = label.slice(0, n).toLowerCase();
    if (!others.some((t) => t.startsWith(p))) return label.slice(0, n);
  }
  throw new Error(`no type-ahead prefix for ${label}`);
}

describe('<ess-lever-advisor> documents panel with the keyboard only', function () {
  this.timeout(180000);
  beforeEach(() => clearAdvisorStorage());
  afterEach(() => clearAdvisorStorage());

  it('chooses the action, amount and format, generates, and corrects a wrong amount, never losing focus, axe clean in each state', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<ess-lever-advisor id="docs-keys" date="${DATE}" persist="off"></ess-lever-advisor>`;
    const el = host.querySelector('ess-lever-advisor') as EssLeverAdvisor;
    await el.updateComplete;
    await restored(el);
    expect(await el.load(STATE)).to.equal(true);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, '.progress li:last-child button');
    await press('Enter');
    await recommendationShown(el);

    // The action: type-ahead in the list picks the operating subsidy.
    const select = await tabTo(el, '#doc-action') as HTMLSelectElement;
    const label = messagesFr.recommend.actions['operating-subsidy'].label;
    await type(typeAhead(select, label));
    await el.updateComplete;
    expect(select.value).to.equal('operating-subsidy');
    expect(focused(el)?.id).to.equal('doc-action');
    expect($(el, '#doc-kind')!.textContent).to.match(/convention de partenariat/);
    expect(await axeViolations(el)).to.deep.equal([]);

    // The amount.
    await pressKeeping(el, 'Tab', '#doc-amount');
    await type('36000');
    await el.updateComplete;

    // The format: Word, reached with Tab, chosen with Space.
    await tabTo(el, '#doc-format-docx');
    await pressKeeping(el, 'Space', '#doc-format-docx');
    expect(await axeViolations(el)).to.deep.equal([]);

    // Generate with Enter: a .docx of the operating subsidy; focus stays on the button.
    await tabTo(el, '#doc-download');
    let files = await captureDownloads(() => press('Enter'));
    expect([...files.keys()]).to.deep.equal([`convention-operating-subsidy-${DATE}.docx`]);
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('doc-download');
    expect($(el, '.status')!.textContent).to.contain(`convention-operating-subsidy-${DATE}.docx`);
    expect(await axeViolations(el)).to.deep.equal([]);

    // Back with Shift+Tab to OpenDocument, Enter, then generate again.
    for (let i = 0; i < 10 && focused(el)?.id !== 'doc-format-odt'; i += 1) await pressKeeping(el, 'Shift+Tab');
    expect(focused(el)?.id).to.equal('doc-format-odt');
    await pressKeeping(el, 'Enter', '#doc-format-odt');
    await tabTo(el, '#doc-download');
    files = await captureDownloads(() => press('Enter'));
    expect([...files.keys()]).to.deep.equal([`convention-operating-subsidy-${DATE}.odt`]);

    // A wrong amount: generating sends focus to the field, which says why.
    for (let i = 0; i < 20 && focused(el)?.id !== 'doc-amount'; i += 1) await pressKeeping(el, 'Shift+Tab');
    expect(focused(el)?.id).to.equal('doc-amount');
    await type('x');
    await tabTo(el, '#doc-download');
    files = await captureDownloads(() => press('Enter'), 0);
    expect(files.size, 'nothing generated from a wrong amount').to.equal(0);
    await waitUntil(() => focused(el)?.id === 'doc-amount', 'focus goes to the amount that needs correcting');
    const amount = $(el, '#doc-amount') as HTMLInputElement;
    expect(amount.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${amount.getAttribute('aria-describedby')}`)!.textContent).to.match(/montant positif/);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
