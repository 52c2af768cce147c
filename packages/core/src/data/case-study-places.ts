// The communes of the default dataset: INSEE code (COG), département, région and EPCI SIREN as in
// @etalab/decoupage-administratif 6.0.0 (checked by test/core/data/default-dataset.test.ts), and an
// approximate position of the commune (town centre, to about a kilometre: not an official centroid).
// The ANCT study gives no coordinates; every position derived from here is marked `precision: 'commune'`.
import type { ActorInput } from '../schema/actor.js';
import { placeCommunes, type PlaceKey } from './case-study-communes.js';

export interface Place {
  communeCode: string;
  city: string;
  postcode: string;
  departementCode: string;
  regionCode: string;
  /** SIREN of the commune itself (a local authority's own identifier). */
  siren: string;
  epciCode?: string;
  lat: number;
  lon: number;
}

export const places = {
  crest: { ...placeCommunes.crest, postcode: '26400', departementCode: '26', regionCode: '84', siren: '212601082', epciCode: '200040509', lat: 44.7283, lon: 5.0225 },
  fauxLaMontagne: { ...placeCommunes.fauxLaMontagne, postcode: '23340', departementCode: '23', regionCode: '75', siren: '212307706', epciCode: '200044014', lat: 45.75, lon: 1.9333 },
  auvillers: { ...placeCommunes.auvillers, postcode: '08260', departementCode: '08', regionCode: '44', siren: '210800355', epciCode: '200041622', lat: 49.8667, lon: 4.35 },
  toulouse: { ...placeCommunes.toulouse, postcode: '31000', departementCode: '31', regionCode: '76', siren: '213105554', epciCode: '243100518', lat: 43.6045, lon: 1.444 },
  saintMichelDeChaillol: { ...placeCommunes.saintMichelDeChaillol, postcode: '05260', departementCode: '05', regionCode: '93', siren: '210501532', epciCode: '200068096', lat: 44.69, lon: 6.17 },
  riviereDrugeon: { ...placeCommunes.riviereDrugeon, postcode: '25560', departementCode: '25', regionCode: '27', siren: '212504930', epciCode: '242504496', lat: 46.867, lon: 6.25 },
  franseches: { ...placeCommunes.franseches, postcode: '23480', departementCode: '23', regionCode: '75', siren: '212308605', epciCode: '200067189', lat: 46.025, lon: 1.995 },
  comberanche: { ...placeCommunes.comberanche, postcode: '24600', departementCode: '24', regionCode: '75', siren: '212401285', epciCode: '200040400', lat: 45.28, lon: 0.28 },
  saintDenisReunion: { ...placeCommunes.saintDenisReunion, postcode: '97400', departementCode: '974', regionCode: '04', siren: '219740115', epciCode: '249740119', lat: -20.8789, lon: 55.4481 },
  montrevault: { ...placeCommunes.montrevault, postcode: '49110', departementCode: '49', regionCode: '52', siren: '200054302', epciCode: '200060010', lat: 47.2617, lon: -1.0461 },
  poitiers: { ...placeCommunes.poitiers, postcode: '86000', departementCode: '86', regionCode: '75', siren: '218601946', epciCode: '200069854', lat: 46.5802, lon: 0.3404 },
  leLamentin: { ...placeCommunes.leLamentin, postcode: '97232', departementCode: '972', regionCode: '02', siren: '219722139', epciCode: '249720061', lat: 14.61, lon: -60.997 },
  herouville: { ...placeCommunes.herouville, postcode: '14200', departementCode: '14', regionCode: '28', siren: '211403274', epciCode: '200065597', lat: 49.204, lon: -0.329 },
  sainteGenevieve: { ...placeCommunes.sainteGenevieve, postcode: '91700', departementCode: '91', regionCode: '11', siren: '219105491', epciCode: '200057859', lat: 48.646, lon: 2.32 },
  sallesCuran: { ...placeCommunes.sallesCuran, postcode: '12410', departementCode: '12', regionCode: '76', siren: '211202536', epciCode: '241200765', lat: 44.182, lon: 2.788 },
  // Seats of the partners (préfectures, regional capitals, EPCI and park seats).
  valence: { ...placeCommunes.valence, postcode: '26000', departementCode: '26', regionCode: '84', siren: '212603625', lat: 44.9334, lon: 4.8924 },
  lyon: { ...placeCommunes.lyon, postcode: '69001', departementCode: '69', regionCode: '84', siren: '216901231', lat: 45.764, lon: 4.8357 },
  eurre: { ...placeCommunes.eurre, postcode: '26400', departementCode: '26', regionCode: '84', siren: '212601256', lat: 44.7597, lon: 4.9917 },
  bordeaux: { ...placeCommunes.bordeaux, postcode: '33000', departementCode: '33', regionCode: '75', siren: '213300635', lat: 44.8378, lon: -0.5792 },
  aubusson: { ...placeCommunes.aubusson, postcode: '23200', departementCode: '23', regionCode: '75', siren: '212300800', lat: 45.956, lon: 2.168 },
  millevaches: { ...placeCommunes.millevaches, postcode: '19290', departementCode: '19', regionCode: '75', siren: '211913900', lat: 45.65, lon: 2.1 },
  charleville: { ...placeCommunes.charleville, postcode: '08000', departementCode: '08', regionCode: '44', siren: '210800967', lat: 49.7719, lon: 4.7161 },
  strasbourg: { ...placeCommunes.strasbourg, postcode: '67000', departementCode: '67', regionCode: '44', siren: '216704825', lat: 48.5734, lon: 7.7521 },
  gap: { ...placeCommunes.gap, postcode: '05000', departementCode: '05', regionCode: '93', siren: '210500617', lat: 44.5594, lon: 6.0786 },
  gueret: { ...placeCommunes.gueret, postcode: '23000', departementCode: '23', regionCode: '75', siren: '212309603', lat: 46.1716, lon: 1.8717 },
  bourganeuf: { ...placeCommunes.bourganeuf, postcode: '23400', departementCode: '23', regionCode: '75', siren: '212303002', lat: 45.953, lon: 1.755 },
  perigueux: { ...placeCommunes.perigueux, postcode: '24000', departementCode: '24', regionCode: '75', siren: '212403224', lat: 45.1847, lon: 0.7214 },
  nantes: { ...placeCommunes.nantes, postcode: '44000', departementCode: '44', regionCode: '52', siren: '214401093', lat: 47.2184, lon: -1.5536 },
  fortDeFrance: { ...placeCommunes.fortDeFrance, postcode: '97200', departementCode: '972', regionCode: '02', siren: '219722097', lat: 14.6037, lon: -61.0742 },
  evry: { ...placeCommunes.evry, postcode: '91000', departementCode: '91', regionCode: '11', siren: '200083525', lat: 48.629, lon: 2.44 },
  millau: { ...placeCommunes.millau, postcode: '12100', departementCode: '12', regionCode: '76', siren: '211201454', lat: 44.0986, lon: 3.0783 },
  caen: { ...placeCommunes.caen, postcode: '14000', departementCode: '14', regionCode: '28', siren: '211401187', lat: 49.1829, lon: -0.3707 },
} as const satisfies Record<string, Place>;

export type { PlaceKey };

/**
 * The territorial fields of an actor located in a commune: codes, address city and postcode, and the
 * commune's approximate position marked `precision: 'commune'`. `withCommune: false` keeps only the
 * position (for an actor whose exact commune the study does not give).
 */
export function locatedIn(key: PlaceKey, options: { withCommune?: boolean; withEpci?: boolean } = {}): Partial<ActorInput> {
  const p: Place = places[key];
  const location = { lat: p.lat, lon: p.lon, precision: 'commune' as const };
  if (options.withCommune === false) return { departementCode: p.departementCode, regionCode: p.regionCode, location };
  return {
    communeCode: p.communeCode,
    departementCode: p.departementCode,
    regionCode: p.regionCode,
    ...(options.withEpci !== false && p.epciCode !== undefined ? { epciCode: p.epciCode } : {}),
    address: { postcode: p.postcode, city: p.city },
    location,
  };
}
