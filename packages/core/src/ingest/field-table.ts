// THE field table of an actor row: which column names (aliases met in real exports) stand for
// which field, the shape of each code, the list separator. The row reader (formats/actor-row.ts),
// the fast path (ingest/fast-actor.ts, through actorFieldOf), the column report and the writers
// (actorToRow) all read it from here: an alias or a code length is written once, in this file.
// Pure and small: the widgets carry it.

/** The canonical flat columns, in the order actorToRow writes them. */
export const ACTOR_COLUMNS = [
  'id',
  'name',
  'type',
  'legalCategory',
  'siren',
  'siret',
  'rna',
  'address',
  'postcode',
  'city',
  'communeCode',
  'epciCode',
  'departementCode',
  'regionCode',
  'lat',
  'lon',
  'precision',
  'activities',
  'needs',
  'naf',
  'employees',
  'budget',
  'creationYear',
  'approvals',
  'zones',
  'assets',
  'website',
  'description',
  'source',
  'checkedAt',
  'sourceUrl',
] as const;
export type ActorColumn = (typeof ACTOR_COLUMNS)[number];

/** Fields read from a row that are not columns written back (SIRENE and DGEFP inputs). */
export type ExtraField =
  | 'ess' | 'sireneEmployees' | 'sireneCreation' | 'sireneChecked' | 'sireneName2' | 'sireneLastName' | 'sireneFirstName'
  | 'streetNumber' | 'projectedX' | 'projectedY' | 'epsg' | 'qpvCode' | 'sireneState';
export type Field = ActorColumn | ExtraField;

/** Separator of list cells (activities, needs, approvals, assets, zones). */
export const LIST_SEPARATOR = '|';

/**
 * Column names per field, as met in real files: our own names, French names, INSEE SIRENE
 * (StockUniteLegale / StockEtablissement), the DGEFP/ASP lists of insertion structures (MESURE,
 * DENOMINATION_SOCIALE, CODE_NAF2…), the Marché de l'inclusion and data.inclusion exports
 * (kind, department, legal_form…), pandas exports of SIRENE, RNA (id_association…).
 * Matched after normaliseHeader (no case, accents, spaces, `_` or `-`).
 */
export const FIELD_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  id: ['identifiant'],
  name: ['nom', 'raison_sociale', 'raisonsociale', 'denomination', 'denominationUniteLegale', 'libelle', 'denomination_sociale', 'nom_structure', 'titre', 'nom_raison_sociale'],
  sireneName2: ['enseigne1Etablissement', 'denominationUsuelleEtablissement', 'denominationUsuelle1UniteLegale', 'enseigne', 'brand'],
  // a person's legal unit (entrepreneur individuel) has no denomination: SIRENE gives the name in these
  sireneLastName: ['nomUniteLegale', 'nomUsageUniteLegale'],
  sireneFirstName: ['prenomUsuelUniteLegale', 'prenom1UniteLegale'],
  type: ['type_acteur', 'typologie', 'actorType', 'mesure', 'kind', 'type_structure', 'type_siae'],
  legalCategory: ['categorie_juridique', 'categorieJuridiqueUniteLegale', 'catjur', 'legal_category', 'legal_form', 'nature_juridique_code', 'code_categorie_juridique'],
  ess: ['economieSocialeSolidaireUniteLegale', 'economie_sociale_solidaire', 'est_ess'],
  siren: ['siren_unite_legale'],
  siret: ['siret_siae', 'numero_siret'],
  rna: ['rna_id', 'numero_rna', 'identifiantAssociationUniteLegale', 'identifiant_association', 'id_association', 'id_rna'],
  streetNumber: ['num_rue', 'numeroVoieEtablissement', 'numero_voie', 'adrs_numvoie'],
  address: ['adresse', 'address_line', 'addressLine', 'nom_rue', 'libelleVoieEtablissement', 'adresse_ligne_1', 'adrs_libvoie'],
  postcode: ['code_postal', 'cp', 'codePostalEtablissement', 'postal_code', 'post_code', 'zipcode', 'adrs_codepostal'],
  city: ['ville', 'commune', 'libelleCommuneEtablissement', 'lib_com', 'libelle_commune', 'adrs_libcommune'],
  communeCode: ['code_commune', 'code_insee', 'insee', 'codeCommuneEtablissement', 'commune_code', 'codgeo', 'depcom', 'code_insee_commune', 'adrs_codeinsee'],
  epciCode: ['epci', 'code_epci', 'siren_epci'],
  departementCode: ['departement', 'dep', 'code_departement', 'department', 'code_dpt', 'departement_code'],
  regionCode: ['region', 'reg', 'code_region', 'region_code'],
  lat: ['latitude', 'coords_lat', 'y_latitude'],
  lon: ['longitude', 'lng', 'long', 'coords_lon', 'x_longitude'],
  precision: ['precision_geo'],
  // projected coordinates (geolocated SIRENE: Lambert-93, UTM overseas), converted by the Node reader
  projectedX: ['coordonneeLambertAbscisseEtablissement', 'x', 'x_lambert93', 'lambert_x'],
  projectedY: ['coordonneeLambertOrdonneeEtablissement', 'y', 'y_lambert93', 'lambert_y'],
  epsg: ['epsg', 'srid'],
  // the QPV the address lies in, as geolocated SIRENE gives it (plg_qp) — an official attribution
  qpvCode: ['plg_qp', 'code_qpv', 'qpv'],
  activities: ['activites', 'activite'],
  needs: ['besoins'],
  approvals: ['agrements', 'agrement', 'conventions'],
  assets: ['atouts', 'ressources'],
  zones: ['zonages', 'zonage'],
  naf: ['code_naf', 'ape', 'code_ape', 'activitePrincipaleUniteLegale', 'activitePrincipaleEtablissement', 'code_naf2', 'naf_code'],
  employees: ['effectifs', 'tranche_effectifs', 'tranche_effectif_salarie'],
  sireneEmployees: ['trancheEffectifsUniteLegale', 'trancheEffectifsEtablissement'],
  budget: [],
  creationYear: ['annee_creation', 'creation_year', 'annee'],
  sireneCreation: ['dateCreationUniteLegale', 'dateCreationEtablissement', 'date_creation', 'date_creat'],
  website: ['site', 'site_web', 'siteweb', 'url', 'site_internet', 'web'],
  description: ['presentation_resume', 'objet'],
  source: [],
  checkedAt: ['date_verification', 'checked_at', 'date_maj'],
  sireneChecked: ['dateDernierTraitementUniteLegale', 'dateDernierTraitementEtablissement'],
  sourceUrl: ['source_url', 'url_source'],
  // SIRENE's administrative state: A active; C ceased (legal unit), F closed (establishment). See SIRENE_STATES.
  sireneState: ['etatAdministratifUniteLegale', 'etatAdministratifEtablissement', 'etat_administratif'],
};

/**
 * The values of SIRENE's administrative state (etatAdministratifUniteLegale, …Etablissement): the
 * active one, which the fast path takes, and the closed ones, whose rows the readers set aside
 * (closed_unit) unless asked to include them.
 */
export const SIRENE_STATES = { active: 'A', closed: ['C', 'F'] } as const;

/**
 * The column and value saying a row is a closed SIRENE unit or establishment (C, F), or null. Values
 * are read trimmed, in any case; the first closed column found is given.
 */
export function closedStateOf(row: Readonly<Record<string, unknown>>): { column: string; value: string } | null {
  for (const key in row) {
    const raw = row[key];
    if (typeof raw !== 'string' || actorFieldOf(key) !== 'sireneState') continue;
    const value = raw.trim().toUpperCase();
    if ((SIRENE_STATES.closed as readonly string[]).includes(value)) return { column: key, value };
  }
  return null;
}

/** Length of each code field once its leading zeros are restored ("1500" → "01500"). */
export const CODE_LENGTHS = { postcode: 5, communeCode: 5, epciCode: 9, departementCode: 2, regionCode: 2, legalCategory: 4 } as const;

/** Lower case, no accents, letters and digits only: "Code_Commune" → "codecommune". */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const ALIASES: Record<string, Field> = {};
for (const field of Object.keys(FIELD_ALIASES) as Field[]) {
  ALIASES[normaliseHeader(field)] = field;
  for (const n of FIELD_ALIASES[field]) ALIASES[normaliseHeader(n)] = field;
}

const headerCache = new Map<string, Field | null>();
/** The canonical field a column header stands for, or null when the column is not an actor field. */
export function actorFieldOf(header: string): Field | null {
  let f = headerCache.get(header);
  if (f === undefined) {
    const key = normaliseHeader(header);
    f = Object.prototype.hasOwnProperty.call(ALIASES, key) ? (ALIASES[key] as Field) : null;
    if (headerCache.size < 10_000) headerCache.set(header, f);
  }
  return f;
}

/** True when `name` is a field of the table (what a column mapping may name). */
export function isField(name: string): name is Field {
  return Object.prototype.hasOwnProperty.call(FIELD_ALIASES, name);
}
