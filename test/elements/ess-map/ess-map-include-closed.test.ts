// A SIRENE extract with a closed establishment (etatAdministratifEtablissement = F): the map sets it
// aside as the `terreau` command and the Node API do — hidden, counted among the rejected records with
// its French reason (rows read = shown + rejected) — unless the `include-closed` attribute is set.
import { expect, oneEvent } from '@open-wc/testing';
import '../../../packages/elements/src/ess-map/ess-map.js';
import { issuesText, listNames, mountSrc, settle, shadow } from './helpers.js';

const csv = [
  'siren,siret,denominationUniteLegale,categorieJuridiqueUniteLegale,economieSocialeSolidaireUniteLegale,etatAdministratifEtablissement,codeCommuneEtablissement',
  '350992335,35099233500025,ATELIER COOPERATIF,5458,O,A,26362',
  '343560405,34356040500023,ASSOCIATION DU QUARTIER,9220,O,F,26362',
  '783001233,78300123300015,RESSOURCERIE,9220,O,A,26362',
].join('\n');

const mount = (includeClosed: boolean) => mountSrc(URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), includeClosed ? { 'include-closed': '' } : {});

describe('<ess-map include-closed>', () => {
  afterEach(() => {
    for (const el of Array.from(document.querySelectorAll('ess-map'))) el.remove();
  });

  it('hides a closed establishment by default and counts it among the rejected, with the French reason', async () => {
    const { el, detail } = await mount(false);
    expect(listNames(el)).to.have.members(['ATELIER COOPERATIF', 'RESSOURCERIE']);
    expect(detail.actors).to.equal(2);
    expect(detail.rejected).to.equal(1);
    expect(detail.issues.map((i) => [i.code, i.index, i.value])).to.deep.equal([['closed_unit', 1, 'F']]);
    const text = issuesText(el);
    expect(text).to.contain('1 enregistrement rejeté');
    // (blanks, the non-breaking ones of French typography too, read as plain spaces here)
    expect(text).to.contain('Enregistrement n° 2, ligne 3 du fichier — L’enregistrement : la colonne etatAdministratifEtablissement vaut « F » : l’unité est fermée dans Sirene');
  });

  it('shows it with the attribute, and hides it again when the attribute goes', async () => {
    const { el, detail } = await mount(true);
    expect(listNames(el)).to.have.members(['ATELIER COOPERATIF', 'ASSOCIATION DU QUARTIER', 'RESSOURCERIE']);
    expect(detail.rejected).to.equal(0);
    expect(shadow(el).querySelector('#issues-title')).to.equal(null);
    const reloaded = oneEvent(el, 'ess-data-load');
    el.removeAttribute('include-closed');
    expect((await reloaded).detail.rejected).to.equal(1);
    await settle(el);
    expect(listNames(el)).to.have.members(['ATELIER COOPERATIF', 'RESSOURCERIE']);
  });
});
