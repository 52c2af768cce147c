// Generated CSV tables for the readers' property tests: column names met in real files (SIRENE,
// canonical, French aliases) and cells good, to tidy and bad, mostly well-formed rows, now and then a
// ragged one or a repeated column. Shared by the fast path's test (test/core/node/fast-actor.test.ts)
// and the ingestion's (fast then zod = zod alone).
import fc from 'fast-check';
import { ACTOR_LIMITS, ACTIVITY_IDS, ACTOR_TYPE_IDS, APPROVAL_IDS, ASSET_IDS, BUDGET_BAND_IDS, EMPLOYEE_BAND_IDS, NEED_IDS } from '@terreau/core';

/** A text of the schema's longest length, and one character longer (the limits are the schema's: the fast path reads them). */
const atAndOver = (length: number): string[] => ['x'.repeat(length), 'x'.repeat(length + 1)];

/** Fields of a row: column names (SIRENE, canonical, French aliases) and cells (good ones first, then ones the full path tidies, then bad ones). */
export const groups: [string[], string[]][] = [
  [['name', 'nom', 'denominationUniteLegale', 'enseigne1Etablissement'], ['Café', 'Structure 1, "la Coop"', ' Café  Léon ', '\u00a0Nom\u00a0', '', ' ', ...atAndOver(ACTOR_LIMITS.nameLength)]],
  [['type', 'typologie'], [...ACTOR_TYPE_IDS.slice(0, 4), '', 'Association', 'nope']],
  [['categorieJuridiqueUniteLegale', 'legalCategory'], ['9220', '5458', '6411', '5499', '7210', '8210', ' 9220 ', '', '0000', '92', '92a0']],
  [['economieSocialeSolidaireUniteLegale'], ['O', 'N', 'oui', 'non', 'true', '', 'peut-être']],
  [['activitePrincipaleUniteLegale', 'activitePrincipaleEtablissement'], ['88.99B', '8899B', '8810C', '88.99b', '', '88 99B', '8899']],
  [['siren'], ['552081317', '', '552 081 317', '552.081.317', '552081318', '35600000']],
  [['siret', 'SIRET '], ['55208131766522', '', '552 081 317 66522', '55208131700000', '35600000000048', '356000000']],
  [['rna'], ['W751000001', 'W2A1000001', '', 'w751000001', 'W75100000']],
  [['id', 'identifiant'], ['a-1', '', ' b-2 ', ...atAndOver(ACTOR_LIMITS.idLength)]],
  [['codeCommuneEtablissement', 'code_insee'], ['69123', '2A004', '97411', '1053', '', '2a004', '9X123']],
  [['code_postal'], ['75001', '7500', '', '75 001', '750']],
  [['adresse'], ['1 rue de la Paix', '', ...atAndOver(ACTOR_LIMITS.addressLineLength)]],
  [['ville'], ['Lyon', '', ...atAndOver(ACTOR_LIMITS.cityLength)]],
  [['epci'], ['200046977', '20004697', '', '2000 469 77', 'abc']],
  [['departement'], ['69', '6', '2A', '971', '', '2a', '9']],
  [['region'], ['84', '4', '', '840']],
  [['latitude'], ['45.76', '-20.88', ' 4.84 ', '45,76', '', '123.5', '1e999', 'à l’est', '-90']],
  [['longitude', 'lng'], ['4.84', '-0.58', '180.0', '2,17', '', '-181', 'x']],
  [['precision'], ['exact', 'commune', '', 'approx']],
  [['activites'], [ACTIVITY_IDS[0] as string, `${ACTIVITY_IDS[0]}|${ACTIVITY_IDS[4]}`, `${ACTIVITY_IDS[1]} | `, '', 'nope|x']],
  [['besoins'], [NEED_IDS[0] as string, `${NEED_IDS[2]}|${NEED_IDS[3]}`, '', '|', 'nope']],
  [['agrements'], [APPROVAL_IDS[0] as string, '', 'nope']],
  [['atouts'], [ASSET_IDS[0] as string, `${ASSET_IDS[1]}|${ASSET_IDS[0]}`, '', 'nope']],
  [['zonages'], ['', '', 'qpv', 'qpv:QN1']],
  [['trancheEffectifsUniteLegale'], ['00', '03', '11', '32', 'NN', '', '99', 'constructor']],
  [['effectifs'], [...EMPLOYEE_BAND_IDS, '', 'beaucoup']],
  [['budget'], [BUDGET_BAND_IDS[0] as string, '', 'nope']],
  [['dateCreationUniteLegale'], ['2005-07-15', '1990', '', '1799-01-01', 'juin']],
  [['annee_creation'], ['1990', ' 2001 ', '+2000', '', '2101', '1990.5']],
  [['site'], ['https://exemple.fr/a,b', 'http://x', '', 'javascript:alert(1)', 'ftp://x.fr']],
  [['description'], ['Épicerie "solidaire"', '', ...atAndOver(ACTOR_LIMITS.descriptionLength)]],
  [['source'], ['enquête 2026', '', ...atAndOver(ACTOR_LIMITS.sourceLength)]],
  [['checkedAt', 'date_verification'], ['2024-02-29', '', '2026-02-29', '2024-13-01', '2024-1-1']],
  [['dateDernierTraitementUniteLegale'], ['2024-03-01T12:00:00', '', '2024']],
  [['source_url'], ['https://sirene.fr', '', 'javascript:x']],
  [['etatAdministratifUniteLegale', 'etatAdministratifEtablissement'], ['A', '', 'C', 'F', ' a ', 'x']],
  [['unknown', '2', '10', '__proto__', 'constructor', ''], ['', 'x', '"']],
];

/** A header (some fields, in any order, a repeated name now and then) and rows, mostly well-formed. */
export const tableArb = fc
  .tuple(
    fc.shuffledSubarray(groups, { minLength: 1, maxLength: 12 }),
    fc.array(fc.nat(), { minLength: groups.length, maxLength: groups.length }),
    fc.boolean(),
  )
  .chain(([chosen, picks, repeat]) => {
    // name and type or category most of the time, so that many rows are valid
    let base = chosen.some((g) => g === groups[0]) ? chosen : [groups[0] as [string[], string[]], ...chosen];
    if (!base.some((g) => g === groups[1] || g === groups[2])) base = [...base, groups[(picks[0] ?? 0) % 2 === 0 ? 1 : 2] as [string[], string[]]];
    const cols = base.map(([names, values], i) => ({ name: names[(picks[i] ?? 0) % names.length] as string, values }));
    if (repeat && cols.length > 1) cols.push(cols[0] as (typeof cols)[number]);
    const cellArb = (values: string[]) => fc.oneof({ weight: 12, arbitrary: fc.constantFrom(values[0] as string) }, { weight: 3, arbitrary: fc.constantFrom(...values) });
    const fullRow = fc.tuple(...cols.map((c) => cellArb(c.values)));
    const rowArb = fc.oneof(
      { weight: 8, arbitrary: fullRow },
      // ragged rows
      { weight: 1, arbitrary: fullRow.map((r) => r.slice(0, Math.max(0, r.length - 1))) },
    );
    return fc.tuple(fc.constant(cols.map((c) => c.name)), fc.array(rowArb, { minLength: 1, maxLength: 6 }));
  });

