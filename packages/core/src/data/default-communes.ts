// The communes of the default dataset — name and declared zones by INSEE code — apart from the
// dataset itself, so that looking a commune up (the advisor's commune field) does not load the
// sixteen case studies and their partners.
import type { ZoneMembership } from '../schema/actor.js';
import type { CommuneZoneTable } from '../schema/zoning.js';
import { placeCommunes as places, type PlaceKey } from './case-study-communes.js';

const qpv: ZoneMembership = { zoning: 'qpv', source: 'declared' };
const zrr: ZoneMembership = { zoning: 'zrr', source: 'declared' };
const montagne: ZoneMembership = { zoning: 'montagne', source: 'declared' };

/**
 * Zones of the dataset's communes, as declared facts (a commune "in QPV" has at least one priority
 * quarter). DROM comes from the code itself (zonesOfCommune). Replace with the official lists.
 */
export const caseStudyCommuneZones: CommuneZoneTable = {
  [places.fauxLaMontagne.communeCode]: [zrr, montagne],
  [places.auvillers.communeCode]: [zrr],
  [places.toulouse.communeCode]: [qpv],
  [places.saintMichelDeChaillol.communeCode]: [montagne],
  [places.riviereDrugeon.communeCode]: [montagne],
  [places.franseches.communeCode]: [zrr],
  [places.comberanche.communeCode]: [zrr],
  [places.saintDenisReunion.communeCode]: [qpv],
  [places.poitiers.communeCode]: [qpv],
  [places.leLamentin.communeCode]: [qpv],
  [places.herouville.communeCode]: [qpv],
};

// Places no actor is said to be in (the study locates those actors only roughly, or not at all):
// not named, so that "Saint-Denis" is not taken for the one in La Réunion.
const unnamed = new Set<PlaceKey>(['sallesCuran', 'saintDenisReunion', 'caen']);

/** Name of every commune an actor of the default dataset is in, by INSEE code (checked by test). */
export const defaultCommuneNames: Readonly<Record<string, string>> = Object.fromEntries(
  (Object.keys(places) as PlaceKey[]).filter((k) => !unnamed.has(k)).map((k) => [places[k].communeCode, places[k].city]),
);
