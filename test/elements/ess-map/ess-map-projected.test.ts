// A geolocated SIRENE file (Lambert-93 in metropolitan France, UTM overseas) is placed by the map
// where the CLI places it (issue 12: same input, same actors): core's projector over proj4, in a
// chunk fetched only for a file with projected columns.
import { expect, oneEvent } from '@open-wc/testing';
import '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssMap } from '../../../packages/elements/src/ess-map/ess-map.js';
import type { EssActorSelectDetail } from '../../../packages/elements/src/events/ess-actor-select.js';
import { listNames, settle, shadow } from './helpers.js';

// Columns of the INSEE's geolocated establishment file (StockEtablissement geo: x, y, epsg), with the legal unit's.
const GEO_CSV = [
  'siret;denominationUniteLegale;categorieJuridiqueUniteLegale;codeCommuneEtablissement;x;y;epsg',
  '78300123300015;Ressourcerie de Paris;9220;75056;652469.0;6862035.0;2154',
  '78300123300023;Jardin de Saint-Denis;9220;97411;340000.0;7680000.0;2975',
  '78300123300031;Atelier sans coordonnées;9220;26362;;;',
].join('\n');

function mount(text: string): EssMap {
  const el = document.createElement('ess-map');
  el.src = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  document.body.append(el);
  return el;
}

async function locationOf(el: EssMap, name: string): Promise<{ lat: number; lon: number } | undefined> {
  const button = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('tbody button[data-id]')).find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no row for ${name}`);
  setTimeout(() => button.click());
  const { detail } = await oneEvent(el, 'ess-actor-select');
  return (detail as EssActorSelectDetail).actor?.location;
}

// The dev server serves each module as a file: room for all of them in the resource timeline (250 by default).
performance.setResourceTimingBufferSize(10_000);
const projectionFetched = (): boolean => performance.getEntriesByType('resource').some((e) => e.name.includes('project-coordinates'));

describe('<ess-map> with projected coordinates', () => {
  afterEach(() => {
    for (const el of Array.from(document.querySelectorAll('ess-map'))) el.remove();
  });

  it('does not fetch the projection chunk for a file without projected columns', async () => {
    const el = mount('nom;type;latitude;longitude\nAtelier;association;44.93;4.89\n');
    await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(listNames(el)).to.deep.equal(['Atelier']);
    expect(projectionFetched()).to.equal(false);
  });

  it('places Lambert-93 and overseas UTM records where they are (Paris, La Réunion); a record without coordinates stays unlocated', async () => {
    const el = mount(GEO_CSV);
    const { detail } = await oneEvent(el, 'ess-data-load');
    await settle(el);
    expect(detail.actors).to.equal(3);
    expect(detail.rejected).to.equal(0);
    const paris = await locationOf(el, 'Ressourcerie de Paris');
    expect(paris?.lat).to.be.closeTo(48.85660, 1e-4);
    expect(paris?.lon).to.be.closeTo(2.35220, 1e-4);
    const reunion = await locationOf(el, 'Jardin de Saint-Denis');
    expect(reunion?.lat).to.be.closeTo(-20.9736, 1e-3);
    expect(reunion?.lon).to.be.closeTo(55.4609, 1e-3);
    expect(await locationOf(el, 'Atelier sans coordonnées')).to.equal(undefined);
    expect(projectionFetched()).to.equal(true);
  });
});
