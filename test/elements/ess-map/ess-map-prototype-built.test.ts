// Issue 17, "an enumerable Object.prototype property makes the map report a network error": on the
// BUILT bundle (run `npm run build` first), where the validation chunk — and the zod schemas it
// builds — loads after the page's own scripts have polluted the prototypes. zod 4.6.7 walked an
// object with for…in and read the own descriptor of every key it met: an inherited enumerable key
// made it throw, the chunk failed to load and the map said "server unreachable" (rollup.config.js'
// zodOwnKeysOnly guards the bundled zod). The dev build (ess-map-prototype.test.ts) loads zod before
// the test pollutes, so it never showed. Each case runs in a fresh iframe: its own realm, polluted
// before the bundle loads, as on a real page.
import { expect, waitUntil } from '@open-wc/testing';
import { doc, win, writePage } from '../embedding/helpers.js';

const POLLUTIONS: [string, string][] = [
  ['Object.prototype.foo = 1', 'Object.prototype.foo = 1;'],
  ['an enumerable getter on Object.prototype', "Object.defineProperty(Object.prototype, 'polluted', { get() { return 'yes'; }, enumerable: true, configurable: true });"],
  ['Array.prototype.x = function', 'Array.prototype.x = function () { return 1; };'],
  [
    'all three, and an enumerable method',
    "Object.prototype.foo = 1; Object.defineProperty(Object.prototype, 'polluted', { get() { return 'yes'; }, enumerable: true, configurable: true }); Array.prototype.x = function () { return 1; }; Object.prototype.each = function () {};",
  ],
];

const SOURCES: [string, string, string[]][] = [
  ['src JSON', '/__ess__/data.json', ['Atelier vélo solidaire', 'Épicerie coopérative']],
  ['src CSV', '/__ess__/csv-utf8-bom', ['Régie de quartier Fontbarlettes', 'Café associatif « Le Préau »', 'Ressourcerie de la vallée – Drôme']],
];

type Outcome = { kind: 'load'; actors: number; rejected: number } | { kind: 'error'; detail: unknown };

describe('the built ess-map.js under polluted prototypes (#17)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const [what, pollute] of POLLUTIONS) {
    for (const [how, src, names] of SOURCES) {
      it(`${what}: ${how} loads and lists its data, with no error`, async function () {
        this.timeout(30000);
        frame = writePage(
          `<script>${pollute}
window.__outcome = null;
document.addEventListener('ess-data-load', (e) => { window.__outcome = { kind: 'load', actors: e.detail.actors, rejected: e.detail.rejected }; });
document.addEventListener('ess-data-error', (e) => { window.__outcome = { kind: 'error', detail: e.detail }; });
</script>
<script type="module" src="/terreau/ess-map.js"></script>
<ess-map basemap="none" src="${src}"></ess-map>`,
        );
        const w = win(frame) as unknown as { __outcome: Outcome | null };
        await waitUntil(() => w.__outcome !== null, 'the map loads or fails', { timeout: 20000, interval: 50 });
        // Copied into this realm: the frame's objects inherit its polluted keys, which deep equality would count.
        expect(JSON.parse(JSON.stringify(w.__outcome))).to.deep.equal({ kind: 'load', actors: names.length, rejected: 0 });
        const root = doc(frame).querySelector('ess-map')!.shadowRoot!;
        await waitUntil(() => root.querySelectorAll('tbody button[data-id]').length === names.length, 'the list is rendered', { timeout: 10000, interval: 50 });
        const listed = Array.from(root.querySelectorAll('tbody button[data-id]')).map((b) => (b.textContent ?? '').trim());
        expect(listed).to.have.members(names);
        expect(root.querySelector('[role="alert"]')).to.equal(null);
      });
    }
  }
});
