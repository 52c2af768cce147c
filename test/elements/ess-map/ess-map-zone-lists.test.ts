// Official zoning lists read by the map (issue 12, point 5): `zone-lists` takes the ANCT's files as
// published (QPV, ZRR, FRR communes), adds their memberships to the actors of the listed communes,
// counts them on the map's date (ZRR ended on 2024-06-30), and says what each list gave — or why
// one was not read, while the data is still shown.
import 'axe-core/axe.min.js';
import { expect, oneEvent } from '@open-wc/testing';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import type { ZoneListReport } from '../../../packages/elements/src/internal/load-data.js';
import { axeViolations, listNames, settle, shadow } from './helpers.js';

const ACTORS = 'nom;type;code_commune\nAtelier du plateau;association;23096\nRessourcerie du Bugey;association;01004\nCafé sans commune;association;\n';
const blobUrl = (text: string): string => URL.createObjectURL(new Blob([text], { type: 'text/csv' }));

function mount(attrs: Record<string, string>): EssMap {
  const el = document.createElement('ess-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

function note(el: EssMap): string {
  return shadow(el).querySelector('[part="zone-lists"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<ess-map zone-lists>', () => {
  afterEach(() => {
    for (const el of Array.from(document.querySelectorAll('ess-map'))) el.remove();
  });

  it('adds an FRR list to the actors of its communes: the zoning filter finds them, the note says what was read', async () => {
    const frr = blobUrl('INSEE_COM;LIBGEO;FRR\n23096;Gentioux-Pigerolles;FRR+\n01004;Ambérieu-en-Bugey;Non\n');
    const el = mount({ src: blobUrl(ACTORS), 'zone-lists': `frr:${frr}`, zones: 'frr' });
    const { detail } = await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(listNames(el)).to.deep.equal(['Atelier du plateau']);
    expect(detail.zoneLists).to.deep.equal([{ url: frr, ok: true, zonings: ['frr'], communes: 1, partly: 0 }]);
    expect(note(el)).to.equal(`Zonages officiels ajoutés aux acteurs de leurs communes : France Ruralités Revitalisation (FRR) (1 commune, ${frr.slice(frr.lastIndexOf('/') + 1)}).`);
    // FRR+ communes are FRR communes too.
    el.setAttribute('zones', 'frr-plus');
    await settle(el);
    expect(listNames(el)).to.deep.equal(['Atelier du plateau']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('leaves out the actors of a commune only partly classified, and says so (a real list: the FRR annex of 2024 marks 20 communes of La Réunion)', async () => {
    const frr = blobUrl(
      'code_insee,frr_initial_2024,partially_zoned,cog_vintage\n23096,1,0,2023\n97412,1,1,2023\n',
    );
    const actors = 'nom;type;code_commune\nAtelier du plateau;association;23096\nÉpicerie de Saint-Joseph;association;97412\n';
    const el = mount({ src: blobUrl(actors), 'zone-lists': frr, zones: 'frr' });
    const { detail } = await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(listNames(el)).to.deep.equal(['Atelier du plateau']);
    expect(detail.zoneLists).to.deep.equal([{ url: frr, ok: true, zonings: ['frr'], communes: 1, partly: 1 }]);
    expect(note(el)).to.contain(`1 commune de « ${frr.slice(frr.lastIndexOf('/') + 1)} » n’est classée qu’en partie : la liste ne dit pas quelle partie, leurs acteurs ne sont pas mis dans la zone.`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('counts a ZRR list only on a date the ZRR were in force (they ended on 2024-06-30)', async () => {
    const zrr = blobUrl('CODGEO,LIBGEO,ZRR_SIMP\n01004,Ambérieu-en-Bugey,C - Classée en ZRR\n23096,Gentioux-Pigerolles,NC - Non classée\n');
    const el = mount({ src: blobUrl(ACTORS), 'zone-lists': zrr, zones: 'zrr' });
    await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(listNames(el)).to.deep.equal([]);
    el.setAttribute('date', '2024-01-01');
    await settle(el);
    expect(listNames(el)).to.deep.equal(['Ressourcerie du Bugey']);
  });

  it('shows the data when a list cannot be read, and says why for each list (FR and EN)', async () => {
    const unnamed = blobUrl('CODGEO;LIBGEO\n23096;Gentioux-Pigerolles\n');
    const gone = blobUrl('x');
    URL.revokeObjectURL(gone);
    const el = mount({ src: blobUrl(ACTORS), 'zone-lists': `${unnamed} ${gone}`, timeout: '5' });
    const { detail } = await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(listNames(el)).to.have.length(3);
    expect((detail.zoneLists as ZoneListReport[]).map((r) => [r.ok, r.ok ? '' : (r.reason ?? r.failure?.kind)])).to.deep.equal([
      [false, 'no-zoning'],
      [false, 'network'],
    ]);
    const text = note(el);
    expect(text).to.contain(`non lue : le zonage n’est pas reconnu ; nommez-le devant l’adresse, par exemple « frr:${unnamed} »`);
    expect(text).to.contain('(colonnes : CODGEO, LIBGEO)');
    expect(text).to.match(/non lue : Le serveur est injoignable/);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('says it in English under lang="en"', async () => {
    const unnamed = blobUrl('CODGEO;LIBGEO\n23096;Gentioux-Pigerolles\n');
    const frr = blobUrl('INSEE_COM;FRR\n01004;FRR\n');
    const el = mount({ lang: 'en', src: blobUrl(ACTORS), 'zone-lists': `${unnamed} frr:${frr}` });
    await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(note(el)).to.contain(`Official zonings added to the actors of their communes: France Ruralités Revitalisation (FRR) (1 commune, `);
    expect(note(el)).to.contain(`not read: the zoning is not recognised; name it before the address, e.g. “frr:${unnamed}” (columns: CODGEO, LIBGEO).`);
  });

  it('reloads when the lists change, without a list the zonings are the data’s own', async () => {
    const frr = blobUrl('INSEE_COM;FRR\n01004;FRR\n');
    const el = mount({ src: blobUrl(ACTORS), zones: 'frr' });
    await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(listNames(el)).to.deep.equal([]);
    expect(note(el)).to.equal('');
    el.setAttribute('zone-lists', `frr:${frr}`);
    await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(listNames(el)).to.deep.equal(['Ressourcerie du Bugey']);
  });
});
