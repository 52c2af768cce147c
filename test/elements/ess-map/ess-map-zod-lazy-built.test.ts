// Issue 13 (first useful paint) with issue 12 (one validator: fast path, zod when a row needs it), on
// the BUILT ess-map.js (run `npm run build` first): a CSV whose rows all pass core's fast path is
// drawn without the page fetching or evaluating zod (the full path's chunk, validate-full); a CSV
// with a bad row fetches it and shows that row's located French issue, as before.
import { expect, waitUntil } from '@open-wc/testing';
import { doc, win, writePage } from '../embedding/helpers.js';

type Outcome = { kind: 'load'; actors: number; rejected: number } | { kind: 'error'; detail: unknown };

const GOOD = [
  'id;nom;type;adresse;code_postal;commune;code_commune;latitude;longitude;besoins;site;source;date_verification',
  'A1;Atelier vélo;association;3 rue Émile Augier;26000;Valence;26362;44.93;4.89;sustainable-mobility;https://atelier.example.org/;Mairie;2026-11-02',
  'A2;Épicerie « solidaire »;scic;place des Clercs;26000;Valence;26362;44.934;4.891;healthy-food|employment-access;;Mairie;2026-11-02',
  'A3;Régie de quartier;regie-de-quartier;;26000;Valence;26362;;;;;Mairie;2026-11-02',
].join('\r\n');
// the same file with one row whose type is no type of the catalogue (line 4 of the file)
const WITH_BAD_ROW = GOOD.replace('A3;Régie de quartier;regie-de-quartier', 'A3;Régie de quartier;pas-un-type');
// the same file with SIRENE's state, one establishment closed (F)
const WITH_CLOSED = GOOD.split('\r\n')
  .map((line, i) => `${line};${i === 0 ? 'etatAdministratifEtablissement' : i === 2 ? 'F' : 'A'}`)
  .join('\r\n');

/** Loads the built map in a fresh frame with `csv` as its src (and `attrs`); its outcome and the scripts the frame fetched. */
async function load(csv: string, attrs = ''): Promise<{ frame: HTMLIFrameElement; outcome: Outcome; scripts: string[] }> {
  const src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const frame = writePage(
    `<script>
performance.setResourceTimingBufferSize(10000);
window.__outcome = null;
document.addEventListener('ess-data-load', (e) => { window.__outcome = { kind: 'load', actors: e.detail.actors, rejected: e.detail.rejected }; });
document.addEventListener('ess-data-error', (e) => { window.__outcome = { kind: 'error', detail: e.detail }; });
</script>
<script type="module" src="/terreau/ess-map.js"></script>
<ess-map basemap="none" src="${src}" ${attrs}></ess-map>`,
  );
  const w = win(frame) as unknown as { __outcome: Outcome | null; performance: Performance };
  await waitUntil(() => w.__outcome !== null, 'the map loads or fails', { timeout: 20000, interval: 50 });
  const root = doc(frame).querySelector('ess-map')!.shadowRoot!;
  await waitUntil(() => root.querySelectorAll('tbody button[data-id]').length > 0, 'the list is rendered', { timeout: 10000, interval: 50 });
  const scripts = w.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.endsWith('.js'));
  return { frame, outcome: JSON.parse(JSON.stringify(w.__outcome)) as Outcome, scripts };
}

/** The scripts among `urls` that carry zod (its internals are named `_zod` in every build). */
async function withZod(urls: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const url of urls) if ((await (await fetch(url)).text()).includes('_zod')) out.push(url.slice(url.lastIndexOf('/') + 1));
  return out;
}

describe('the built ess-map.js loads zod only when a row needs it (#12, #13)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('draws and lists a valid CSV without fetching zod or the full path', async function () {
    this.timeout(40000);
    const r = await load(GOOD);
    frame = r.frame;
    expect(r.outcome).to.deep.equal({ kind: 'load', actors: 3, rejected: 0 });
    // the validation chunk came (the fast path), the full path did not, nor any script holding zod
    expect(r.scripts.some((s) => /\/validate-data-[^/]*\.js$/.test(s)), 'the validation chunk was fetched').to.equal(true);
    expect(r.scripts.filter((s) => /validate-full/.test(s))).to.deep.equal([]);
    expect(await withZod(r.scripts)).to.deep.equal([]);
  });

  it('fetches the full path for a CSV with a bad row, and says that row\'s fault with its line in French', async function () {
    this.timeout(40000);
    const r = await load(WITH_BAD_ROW);
    frame = r.frame;
    expect(r.outcome).to.deep.equal({ kind: 'load', actors: 2, rejected: 1 });
    expect(r.scripts.some((s) => /validate-full/.test(s)), 'the full path was fetched').to.equal(true);
    expect((await withZod(r.scripts)).length).to.be.greaterThan(0);
    const root = doc(frame).querySelector('ess-map')!.shadowRoot!;
    const panel = root.querySelector('[part="error"]');
    expect(panel?.querySelector('h2')?.textContent).to.equal('1 enregistrement rejeté');
    const fault = panel?.querySelector('li')?.textContent ?? '';
    expect(fault).to.contain('pas-un-type');
    expect(fault).to.match(/ligne 4/i);
  });

  it('draws a closed unit kept by include-closed without fetching zod (the fast path takes it), and sets it aside without', async function () {
    this.timeout(40000);
    const kept = await load(WITH_CLOSED, 'include-closed');
    frame = kept.frame;
    expect(kept.outcome).to.deep.equal({ kind: 'load', actors: 3, rejected: 0 });
    expect(await withZod(kept.scripts)).to.deep.equal([]);
    frame.remove();
    const aside = await load(WITH_CLOSED);
    frame = aside.frame;
    expect(aside.outcome).to.deep.equal({ kind: 'load', actors: 2, rejected: 1 });
  });
});
