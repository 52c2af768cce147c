// Each CMS recipe page shows a snippet in <code data-snippet>. Pasted as-is into a page (written
// into a fresh document, as a CMS outputs it), it loads the built bundle, upgrades the element and
// renders. The page's own live copy is that same snippet.
import { expect } from '@open-wc/testing';
import { doc, widgetsRendered, win, writePage } from './helpers.js';

const RECIPES = ['wordpress', 'drupal', 'spip', 'typo3', 'joomla', 'static'];

async function recipe(name: string): Promise<Document> {
  const res = await fetch(`/examples/cms/${name}.html`);
  expect(res.ok, `${name}.html is served`).to.equal(true);
  return new DOMParser().parseFromString(await res.text(), 'text/html');
}

/** Tag names and attributes of the elements of an HTML fragment, to compare two copies of it. */
function shape(html: string): string[] {
  const t = document.createElement('template');
  t.innerHTML = html;
  return [...t.content.querySelectorAll('*')].map((el) => `${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ')}`);
}

describe('CMS recipes: the snippet, pasted as-is', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const name of RECIPES) {
    it(`${name}: upgrades and renders`, async function () {
      this.timeout(30000);
      const page = await recipe(name);
      const snippet = page.querySelector('[data-snippet]')?.textContent ?? '';
      expect(snippet, 'a snippet is shown').to.match(/<script type="module" src="[^"]+terreau-elements\.js"><\/script>/);
      expect(snippet.trim().split('\n').length, 'two lines').to.equal(2);
      // The live copy on the recipe page is the very same snippet.
      expect(shape(page.querySelector('.live')!.innerHTML)).to.deep.equal(shape(snippet));

      frame = writePage(snippet);
      await widgetsRendered(frame, `${name}: the pasted snippet renders`);
      const tag = /<(ess-map|ess-lever-advisor)\b/.exec(snippet)![1]!;
      const el = doc(frame).querySelector(tag)!;
      expect(win(frame).customElements.get(tag), 'the element is defined').to.be.a('function');
      expect(el).to.be.instanceOf(win(frame).customElements.get(tag)!);
      expect(el.shadowRoot!.textContent!.length).to.be.greaterThan(100);
    });
  }
});
