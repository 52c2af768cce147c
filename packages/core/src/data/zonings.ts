// Zonings of fragile territories as dated data (DOMAIN §3, §10). Each zoning has one or more
// versions, each in force between two dates; a zone membership answers "on which date?" through
// territory/is-in-zone-on.ts. Labels and descriptions: messages.catalogue.zonings[id].
//
// The official lists themselves (which commune or quarter is in which zone) change every year and
// are not bundled. Build a commune → memberships table (schema/zoning.ts `CommuneZoneTable`) from
// the official files and pass it to `zonesOfCommune`. The files, by zoning:
// - QPV: ANCT "SIG Ville" (https://sig.ville.gouv.fr), list of quarters with their communes; one
//   row per quarter × commune, columns for the quarter code (`code_qp`: "QP…" in the 2015 lists,
//   "QN…" in the 2024 mainland and 2025 overseas lists) and the commune INSEE code (`insee_com`).
//   Map each row to `{ zoning: 'qpv', code: <quarter code>, source: 'official-list' }`.
// - ZRR: ANCT / Observatoire des territoires commune file of the 2017 classification (column
//   `CODGEO`, and the classification column, e.g. `ZRR_SIMP`: "C" classified, "P" partly, "NC" not).
//   Map "C" to `{ zoning: 'zrr' }`: it stops holding after 2024-06-30 by itself. A "P" commune is
//   only partly classified and the file does not say which part: set aside, counted, said
//   (territory/commune-zone-table.ts `part`), never put in the zone.
// - FRR / FRR+: ANCT commune list annexed to the arrêté of 19 June 2024 as amended on 14 April 2025
//   (commune INSEE code, classification "FRR" or "FRR+"). FRR+ communes are FRR communes too: map
//   them to both `{ zoning: 'frr' }` and `{ zoning: 'frr-plus' }`. The annex marks 20 communes of
//   La Réunion as partly classified ([P]): set aside like the ZRR's "P".
// - Montagne: ANCT / Observatoire des territoires commune file of the mountain zone (column `CODGEO`,
//   classification total or partial).
// - Action Cœur de Ville, Petites Villes de Demain, Territoires d'industrie: ANCT programme lists
//   on data.gouv.fr (one row per commune, INSEE code column), with the signing date when given
//   (put it in `from`).
// - DROM: no file needed; `dromMembershipOf(code)` derives it from the commune code (971–976).
import type { ZoneMembership } from '../schema/actor.js';
import type { ZoningPeriod, ZoningVersion } from '../schema/zoning.js';
import type { ZoningId } from './ids.js';

/**
 * When each version of a zoning is in force and which official codes it covers: all that "is this
 * membership in force on that date" reads (territory/is-in-zone-on.ts), so a widget filtering by
 * zone carries these and not the legal texts below.
 */
const PERIODS = [
  {
    id: 'qpv-2015-mainland',
    zoning: 'qpv',
    validFrom: '2015-01-01',
    validTo: '2023-12-31',
    scope: 'mainland',
    codePattern: '^QP(?!97)',
  },
  {
    id: 'qpv-2015-overseas',
    zoning: 'qpv',
    validFrom: '2015-01-01',
    validTo: '2024-12-31',
    scope: 'overseas',
    codePattern: '^QP97',
  },
  {
    id: 'qpv-2024-mainland',
    zoning: 'qpv',
    validFrom: '2024-01-01',
    scope: 'mainland',
    codePattern: '^QN(?!97)',
  },
  {
    id: 'qpv-2025-overseas',
    zoning: 'qpv',
    validFrom: '2025-01-01',
    scope: 'overseas',
    codePattern: '^QN97',
  },
  {
    id: 'zrr-2017',
    zoning: 'zrr',
    validFrom: '2017-07-01',
    validTo: '2024-06-30',
    scope: 'all',
  },
  {
    id: 'frr-2024',
    zoning: 'frr',
    validFrom: '2024-07-01',
    scope: 'all',
  },
  {
    id: 'frr-plus-2025',
    zoning: 'frr-plus',
    validFrom: '2025-01-01',
    scope: 'all',
  },
  {
    id: 'montagne-1985',
    zoning: 'montagne',
    validFrom: '1985-01-10',
    scope: 'all',
  },
  {
    id: 'drom-1946',
    zoning: 'drom',
    validFrom: '1946-03-19',
    scope: 'overseas',
  },
  {
    id: 'acv-2018',
    zoning: 'acv',
    validFrom: '2018-03-27',
    scope: 'all',
    plannedEnd: '2026-12-31',
  },
  {
    id: 'pvd-2020',
    zoning: 'pvd',
    validFrom: '2020-10-01',
    scope: 'all',
    plannedEnd: '2026-12-31',
  },
  {
    id: 'territoires-industrie-2018',
    zoning: 'territoire-industrie',
    validFrom: '2018-11-22',
    scope: 'all',
    plannedEnd: '2027-12-31',
  },
] as const satisfies readonly ZoningPeriod[];
export const zoningPeriods: readonly ZoningPeriod[] = PERIODS;

/** The legal texts or programme decisions that define each version, by its id (every version has some: the type says so). */
const SOURCES: Record<(typeof PERIODS)[number]['id'], ZoningVersion['sources']> = {
  'qpv-2015-mainland': [
    {
      text: 'Décret n° 2014-1750 du 30 décembre 2014 fixant la liste des quartiers prioritaires de la politique de la ville dans les départements métropolitains',
    },
    { text: 'Contrats de ville prolongés par les lois de finances jusqu’au 31 décembre 2023' },
  ],
  'qpv-2015-overseas': [
    {
      text: 'Décret n° 2014-1751 du 30 décembre 2014 fixant la liste des quartiers prioritaires de la politique de la ville dans les départements d’outre-mer, à Saint-Martin et en Polynésie française',
    },
  ],
  'qpv-2024-mainland': [
    {
      text: 'Décret n° 2023-1314 du 28 décembre 2023 modifiant la liste des quartiers prioritaires de la politique de la ville dans les départements métropolitains (1 362 quartiers)',
    },
    { text: 'ANCT, SIG Ville', url: 'https://sig.ville.gouv.fr' },
  ],
  'qpv-2025-overseas': [
    { text: 'Décret n° 2024-1211 du 27 décembre 2024 (critères des quartiers prioritaires d’outre-mer)' },
    { text: 'Décret n° 2024-1212 du 27 décembre 2024 fixant la liste des quartiers prioritaires de la politique de la ville dans les départements et collectivités d’outre-mer, en vigueur au 1er janvier 2025' },
    { text: 'ANCT, SIG Ville', url: 'https://sig.ville.gouv.fr' },
  ],
  'zrr-2017': [
    { text: 'Code général des impôts, art. 1465 A (critères de 2015 : densité ≤ 63 hab./km², revenu médian par UC ≤ 19 111 €)' },
    { text: 'Arrêté du 16 mars 2017 constatant le classement de communes en zone de revitalisation rurale' },
    { text: 'Loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024, art. 73 (remplacement par FRR au 1er juillet 2024)' },
  ],
  'frr-2024': [
    { text: 'Loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024, art. 73' },
    { text: 'Arrêté du 19 juin 2024 constatant le classement de communes en zone France Ruralités Revitalisation' },
    { text: 'Arrêté du 14 avril 2025 (réintégration de 2 168 anciennes communes ZRR, classées FRR jusqu’au 31 décembre 2027)' },
    {
      // Seen through a public audit of the FRR texts (github.com/beibeihk/france-frr-2024,
      // claims_audit.csv, 2026-10-03), which opened the article; the text itself was not read here.
      text: 'Loi de finances pour 2026, art. 48 (effets FRR des anciennes communes ZRR réintégrées prolongés de 2027 à 2029 ; https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000053508415) — lu par une source tierce, à confirmer',
    },
  ],
  'frr-plus-2025': [
    { text: 'Loi n° 2025-127 du 14 février 2025 de finances pour 2025, art. 99 (FRR+ pour les communes les plus fragiles, au 1er janvier 2025)' },
    { text: 'Décret n° 2025-628 (communes classées FRR+, avec effet rétroactif au 1er janvier 2025)' },
  ],
  'montagne-1985': [
    {
      text: 'Loi n° 85-30 du 9 janvier 1985 relative au développement et à la protection de la montagne',
    },
  ],
  'drom-1946': [
    { text: 'Loi n° 46-451 du 19 mars 1946 ; Constitution, art. 73' },
    { text: 'Mayotte, département d’outre-mer depuis le 31 mars 2011' },
  ],
  'acv-2018': [{ text: 'Programme national Action cœur de ville (222 villes retenues le 27 mars 2018 ; seconde phase 2023–2026)' }],
  'pvd-2020': [{ text: 'Programme Petites villes de demain (lancé le 1er octobre 2020, ANCT)' }],
  'territoires-industrie-2018': [{ text: 'Programme Territoires d’industrie (lancé le 22 novembre 2018 ; seconde phase 2023–2027)' }],
};

/** Each version with its sources (ZoningVersion): the periods above joined with their texts. */
export const zoningVersions: readonly ZoningVersion[] = /* @__PURE__ */ zoningPeriods.map((p) => ({ ...p, sources: SOURCES[p.id as keyof typeof SOURCES] }));

/** The versions of a zoning, oldest first. */
export function versionsOfZoning(zoning: ZoningId): ZoningVersion[] {
  return zoningVersions.filter((v) => v.zoning === zoning).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
}

/** DROM département codes by commune-code prefix, with the date each became an overseas département. */
const DROM_PREFIXES: readonly (readonly [string, string])[] = [
  ['971', '1946-03-19'],
  ['972', '1946-03-19'],
  ['973', '1946-03-19'],
  ['974', '1946-03-19'],
  ['976', '2011-03-31'],
];

/** The DROM membership a commune code implies (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte), or null. */
export function dromMembershipOf(communeCode: string): ZoneMembership | null {
  const hit = DROM_PREFIXES.find(([prefix]) => communeCode.startsWith(prefix));
  if (!hit) return null;
  return { zoning: 'drom', from: hit[1], source: 'official-list' };
}
