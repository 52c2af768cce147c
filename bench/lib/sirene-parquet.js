// Generates SIRENE-shaped Parquet files with INSEE's official column names, deterministic (a
// hash of the row number, no randomness): StockUniteLegale, StockEtablissement and the geolocated
// file (GeolocalisationEtablissement_Sirene_pour_etudes_statistiques). Used by bench/parquet.js
// (10 M establishments) and the Node tests (a few thousand). Written by DuckDB (@duckdb/node-api,
// the optional dependency `terreau sirene` reads with). Proportions are rough orders of magnitude
// of the real stock: ≈ 0.7 legal unit per establishment, ≈ 40 % of establishments closed,
// ≈ 6 % of units flagged ESS ("O"), every SIREN and SIRET with a valid Luhn key.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Real communes (INSEE code) with a centre: Crest and its EPCI first, then elsewhere in France. */
export const PARQUET_COMMUNES = [
  ['26108', 44.7283, 5.0228],
  ['26108', 44.7283, 5.0228],
  ['26017', 44.7397, 5.0917],
  ['26071', 44.7106, 5.0564],
  ['26063', 44.7458, 4.9739],
  ['26362', 44.9334, 4.8924],
  ['69123', 45.7640, 4.8357],
  ['75056', 48.8566, 2.3522],
  ['75111', 48.8590, 2.3800],
  ['13055', 43.2965, 5.3698],
  ['2A004', 41.9192, 8.7386],
  ['97411', -20.8823, 55.4504],
  ['59350', 50.6292, 3.0573],
  ['33063', 44.8378, -0.5792],
  ['23079', 45.8369, 2.1508],
  ['48095', 44.5181, 3.5006],
  ['86194', 46.5802, 0.3404],
  ['14327', 49.2060, -0.3226],
];

const CATEGORIES = [
  // [code, weight]
  ['1000', 46], ['5710', 18], ['5499', 12], ['9220', 4], ['5720', 4], ['6540', 3], ['5458', 1],
  ['5560', 1], ['5460', 1], ['6317', 1], ['8210', 1], ['9300', 1], ['9221', 1], ['7210', 1],
  ['7346', 1], ['4110', 1],
];
const NAF = ['88.99B', '94.99Z', '85.59A', '56.10A', '47.11F', '38.32Z', '93.12Z', '90.01Z', '88.10A', '81.21Z', '62.01Z', '43.21A', '68.20B', '86.21Z', '88.10C', '78.20Z'];
const TRANCHES = ['NN', 'NN', 'NN', '00', '01', '01', '02', '03', '11', '12', '21', '22', '31', '32', '41', '42', '51', '52', '53'];

const sqlList = (values) => `[${values.map((v) => `'${v}'`).join(', ')}]`;
const weightedCategories = CATEGORIES.flatMap(([code, w]) => Array.from({ length: w }, () => code));

/** DuckDB macros: deterministic picks and a Luhn key. */
const MACROS = `
CREATE OR REPLACE MACRO pick(list, seed) AS list[1 + (hash(seed) % len(list))::INTEGER];
CREATE OR REPLACE MACRO dbl(x) AS ((2 * x) % 10 + (2 * x) // 10);
CREATE OR REPLACE MACRO luhn_key(b) AS ((10 - (dbl(((b // 1) % 10)) + ((b // 10) % 10) + dbl(((b // 100) % 10)) + ((b // 1000) % 10) + dbl(((b // 10000) % 10)) + ((b // 100000) % 10) + dbl(((b // 1000000) % 10)) + ((b // 10000000) % 10) + dbl(((b // 100000000) % 10)) + ((b // 1000000000) % 10) + dbl(((b // 10000000000) % 10)) + ((b // 100000000000) % 10) + dbl(((b // 1000000000000) % 10))) % 10) % 10);
CREATE OR REPLACE MACRO siren_of(u) AS (10000000 + u * 7) * 10 + luhn_key(10000000 + u * 7);
`;

/**
 * Writes the three files under `dir` and resolves to their paths.
 * `establishments`: rows of StockEtablissement; legal units are ≈ 70 % of that; the geolocated
 * file has one row per establishment.
 */
export async function writeSireneParquet({ dir, establishments, compression = 'zstd' }) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  mkdirSync(dir, { recursive: true });
  const units = Math.max(1, Math.floor(establishments * 0.7));
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '2GB', preserve_insertion_order: 'false' });
  const c = await instance.connect();
  const paths = {
    unites: join(dir, 'StockUniteLegale.parquet'),
    etablissements: join(dir, 'StockEtablissement.parquet'),
    geo: join(dir, 'GeolocalisationEtablissement.parquet'),
  };
  const communes = PARQUET_COMMUNES.map(([code]) => code);
  const lats = PARQUET_COMMUNES.map(([, lat]) => lat);
  const lons = PARQUET_COMMUNES.map(([, , lon]) => lon);
  await c.run(MACROS);
  await c.run(`COPY (
    SELECT
      CAST(siren_of(u) AS VARCHAR) AS siren,
      'O' AS statutDiffusionUniteLegale,
      NULL::VARCHAR AS unitePurgeeUniteLegale,
      CAST(DATE '1950-01-01' + CAST(hash(u, 'c') % 27000 AS INTEGER) AS VARCHAR) AS dateCreationUniteLegale,
      NULL::VARCHAR AS sigleUniteLegale,
      NULL::VARCHAR AS sexeUniteLegale,
      NULL::VARCHAR AS prenom1UniteLegale,
      NULL::VARCHAR AS prenomUsuelUniteLegale,
      CASE WHEN pick(${sqlList(weightedCategories)}, u) LIKE '92%' AND hash(u, 'r') % 3 > 0 THEN 'W' || LPAD(CAST(261000000 + u % 999999 AS VARCHAR), 9, '0') END AS identifiantAssociationUniteLegale,
      pick(${sqlList(TRANCHES)}, hash(u, 't')) AS trancheEffectifsUniteLegale,
      '2023' AS anneeEffectifsUniteLegale,
      '2026-11-0' || CAST(1 + hash(u, 'd') % 9 AS VARCHAR) || 'T03:12:45.000' AS dateDernierTraitementUniteLegale,
      1 AS nombrePeriodesUniteLegale,
      pick(['PME', 'PME', 'PME', 'ETI', 'GE'], hash(u, 'k')) AS categorieEntreprise,
      '2023' AS anneeCategorieEntreprise,
      '2020-01-01' AS dateDebut,
      CASE WHEN hash(u, 'e') % 10 < 7 THEN 'A' ELSE 'C' END AS etatAdministratifUniteLegale,
      NULL::VARCHAR AS nomUniteLegale,
      'STRUCTURE ' || CAST(u AS VARCHAR) AS denominationUniteLegale,
      NULL::VARCHAR AS denominationUsuelle1UniteLegale,
      pick(${sqlList(weightedCategories)}, u) AS categorieJuridiqueUniteLegale,
      pick(${sqlList(NAF)}, hash(u, 'n')) AS activitePrincipaleUniteLegale,
      'NAFRev2' AS nomenclatureActivitePrincipaleUniteLegale,
      LPAD(CAST(10 + luhn_key(siren_of(u) * 10000 + 1) AS VARCHAR), 5, '0') AS nicSiegeUniteLegale,
      CASE
        WHEN pick(${sqlList(weightedCategories)}, u) IN ('9220', '9221', '9300', '8210', '5458', '5560', '5460', '6317') THEN (CASE WHEN hash(u, 's') % 10 < 9 THEN 'O' ELSE 'N' END)
        WHEN hash(u, 's') % 100 < 1 THEN 'O'
        WHEN hash(u, 's') % 100 < 3 THEN NULL
        ELSE 'N' END AS economieSocialeSolidaireUniteLegale,
      NULL::VARCHAR AS societeMissionUniteLegale,
      pick(['O', 'N'], hash(u, 'm')) AS caractereEmployeurUniteLegale
    FROM range(${units}) r(u)
  ) TO '${paths.unites}' (FORMAT parquet, COMPRESSION ${compression}, ROW_GROUP_SIZE 122880)`);
  // Establishment i belongs to unit i % units: the first `units` rows are the sièges (nic 0001 + key).
  await c.run(`COPY (
    SELECT
      CAST(sn AS VARCHAR) AS siren,
      LPAD(CAST(nic4 * 10 + luhn_key(sn * 10000 + nic4) AS VARCHAR), 5, '0') AS nic,
      CAST((sn * 10000 + nic4) * 10 + luhn_key(sn * 10000 + nic4) AS VARCHAR) AS siret,
      'O' AS statutDiffusionEtablissement,
      CAST(DATE '1950-01-01' + CAST(hash(i, 'c') % 27000 AS INTEGER) AS VARCHAR) AS dateCreationEtablissement,
      pick(${sqlList(TRANCHES)}, hash(i, 't')) AS trancheEffectifsEtablissement,
      '2023' AS anneeEffectifsEtablissement,
      NULL::VARCHAR AS activitePrincipaleRegistreMetiersEtablissement,
      '2026-11-0' || CAST(1 + hash(i, 'd') % 9 AS VARCHAR) || 'T03:12:45.000' AS dateDernierTraitementEtablissement,
      i < ${units} AS etablissementSiege,
      1 AS nombrePeriodesEtablissement,
      NULL::VARCHAR AS complementAdresseEtablissement,
      CAST(1 + hash(i, 'v') % 120 AS VARCHAR) AS numeroVoieEtablissement,
      NULL::VARCHAR AS indiceRepetitionEtablissement,
      pick(['RUE', 'AV', 'BD', 'PL', 'CHE'], hash(i, 'y')) AS typeVoieEtablissement,
      'DE LA REPUBLIQUE' AS libelleVoieEtablissement,
      '26400' AS codePostalEtablissement,
      'COMMUNE' AS libelleCommuneEtablissement,
      NULL::VARCHAR AS libelleCommuneEtrangerEtablissement,
      NULL::VARCHAR AS distributionSpecialeEtablissement,
      pick(${sqlList(communes)}, hash(i, 'g')) AS codeCommuneEtablissement,
      NULL::VARCHAR AS codeCedexEtablissement,
      NULL::VARCHAR AS libelleCedexEtablissement,
      NULL::VARCHAR AS codePaysEtrangerEtablissement,
      NULL::VARCHAR AS libellePaysEtrangerEtablissement,
      NULL::VARCHAR AS identifiantAdresseEtablissement,
      NULL::VARCHAR AS coordonneeLambertAbscisseEtablissement,
      NULL::VARCHAR AS coordonneeLambertOrdonneeEtablissement,
      '2020-01-01' AS dateDebut,
      CASE WHEN hash(i, 'e') % 10 < 6 THEN 'A' ELSE 'F' END AS etatAdministratifEtablissement,
      NULL::VARCHAR AS enseigne1Etablissement,
      NULL::VARCHAR AS enseigne2Etablissement,
      NULL::VARCHAR AS enseigne3Etablissement,
      NULL::VARCHAR AS denominationUsuelleEtablissement,
      pick(${sqlList(NAF)}, hash(i, 'n')) AS activitePrincipaleEtablissement,
      'NAFRev2' AS nomenclatureActivitePrincipaleEtablissement,
      pick(['O', 'N'], hash(i, 'm')) AS caractereEmployeurEtablissement
    FROM (SELECT i, siren_of(i % ${units}) AS sn, CASE WHEN i < ${units} THEN 1 ELSE 2 + i // ${units} END AS nic4 FROM range(${establishments}) r(i))
  ) TO '${paths.etablissements}' (FORMAT parquet, COMPRESSION ${compression}, ROW_GROUP_SIZE 122880)`);
  await c.run(`COPY (
    SELECT e.siret,
      NULL::DOUBLE AS x, NULL::DOUBLE AS y, '11' AS qualite_xy, '2154' AS epsg,
      NULL::VARCHAR AS plg_qp, NULL::VARCHAR AS plg_iris, NULL::VARCHAR AS plg_zus, NULL::VARCHAR AS plg_qva,
      e.codeCommuneEtablissement AS plg_code_commune, NULL::VARCHAR AS distance_precision,
      NULL::VARCHAR AS qualite_qp, NULL::VARCHAR AS qualite_iris, NULL::VARCHAR AS qualite_zus, NULL::VARCHAR AS qualite_qva,
      ${sqlList(lats.map(String))}[list_position(${sqlList(communes)}, e.codeCommuneEtablissement)]::DOUBLE + ((hash(e.siret) % 1000)::DOUBLE - 500) / 50000 AS y_latitude,
      ${sqlList(lons.map(String))}[list_position(${sqlList(communes)}, e.codeCommuneEtablissement)]::DOUBLE + ((hash(e.siret, 'x') % 1000)::DOUBLE - 500) / 50000 AS x_longitude
    FROM read_parquet('${paths.etablissements}') e
    WHERE hash(e.siret, 'geo') % 20 > 0
  ) TO '${paths.geo}' (FORMAT parquet, COMPRESSION ${compression}, ROW_GROUP_SIZE 122880)`);
  c.closeSync?.();
  instance.closeSync?.();
  return paths;
}
