// One actor ↔ one flat row (CSV line, spreadsheet row, GeoJSON properties). Pure.
//
// THE COLUMNS (canonical name — accepted aliases, matched without case, accents, spaces, _ or -):
//   id                — identifiant                     (default: siret, else siren, else rna, else row-N)
//   name              — nom, raison_sociale, denomination, denominationUniteLegale, enseigne1Etablissement
//   type              — type_acteur, typologie          (an actor type id; see data/ids.ts)
//   legalCategory     — categorie_juridique, categorieJuridiqueUniteLegale (4-digit INSEE code)
//   ess               — economieSocialeSolidaireUniteLegale, ess (O/N, oui/non, true/false)
//   siren, siret, rna — rna_id, numero_rna, identifiantAssociationUniteLegale
//   address           — adresse, address_line            (street line)
//   postcode          — code_postal, cp, codePostalEtablissement
//   city              — ville, commune, libelleCommuneEtablissement
//   communeCode       — code_commune, code_insee, insee, codeCommuneEtablissement
//   epciCode, departementCode (departement, dep), regionCode (region, reg)
//   lat, lon          — latitude, longitude, lng, long   (decimal point or decimal comma: 45,76)
//   precision         — precision                        (exact | commune; default exact)
//   activities, needs, approvals, assets — activites, besoins, agrements, atouts (ids separated by |)
//   zones             — zonages: zoning[:code[:from[:to]]] separated by |, e.g. "qpv:QN06901M|frr"
//   naf               — code_naf, ape, activitePrincipaleUniteLegale/Etablissement ("88.99B" or "8899B")
//   employees         — effectifs (band id), trancheEffectifsUniteLegale/Etablissement (INSEE code, mapped)
//   budget            — (budget band id)
//   creationYear      — annee_creation, dateCreationUniteLegale/Etablissement (year of the date)
//   website           — site, site_web, url
//   description
//   source, checkedAt (date_verification, dateDernierTraitementUniteLegale/Etablissement), sourceUrl
// Other columns are ignored. Empty cells count as absent. Values are NOT validated here: the row
// becomes an ActorInput-shaped object that parseActors validates, reporting the field and value.
// Lambert coordinates of SIRENE (coordonneeLambert…) are not converted: give WGS84 lat/lon.
import type { ActorInput } from '../schema/actor.js';
import { normaliseIdentifier } from '../schema/identifiers.js';
import { todayIso } from './today-iso.js';

/** The canonical flat columns, in the order `actorToRow` writes them. */
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

/** Fields read from a row that are not columns written back (SIRENE-only inputs). */
type ExtraField = 'ess' | 'sireneEmployees' | 'sireneCreation' | 'sireneChecked' | 'sireneName2';
type Field = ActorColumn | ExtraField;

const ALIASES: Record<string, Field> = {};
function alias(field: Field, ...names: string[]): void {
  ALIASES[normaliseHeader(field)] = field;
  for (const n of names) ALIASES[normaliseHeader(n)] = field;
}

/** Lower case, no accents, letters and digits only: "Code_Commune" → "codecommune". */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

alias('id', 'identifiant');
alias('name', 'nom', 'raison_sociale', 'raisonsociale', 'denomination', 'denominationUniteLegale', 'libelle');
alias('sireneName2', 'enseigne1Etablissement', 'denominationUsuelleEtablissement', 'denominationUsuelle1UniteLegale');
alias('type', 'type_acteur', 'typologie', 'actorType');
alias('legalCategory', 'categorie_juridique', 'categorieJuridiqueUniteLegale', 'catjur', 'legal_category');
alias('ess', 'economieSocialeSolidaireUniteLegale', 'economie_sociale_solidaire');
alias('siren');
alias('siret');
alias('rna', 'rna_id', 'numero_rna', 'identifiantAssociationUniteLegale', 'identifiant_association');
alias('address', 'adresse', 'address_line', 'addressLine');
alias('postcode', 'code_postal', 'cp', 'codePostalEtablissement', 'postal_code');
alias('city', 'ville', 'commune', 'libelleCommuneEtablissement');
alias('communeCode', 'code_commune', 'code_insee', 'insee', 'codeCommuneEtablissement', 'commune_code', 'codgeo', 'depcom');
alias('epciCode', 'epci', 'code_epci', 'siren_epci');
alias('departementCode', 'departement', 'dep', 'code_departement');
alias('regionCode', 'region', 'reg', 'code_region');
alias('lat', 'latitude');
alias('lon', 'longitude', 'lng', 'long');
alias('precision', 'precision_geo');
alias('activities', 'activites', 'activite');
alias('needs', 'besoins');
alias('approvals', 'agrements', 'agrement');
alias('assets', 'atouts', 'ressources');
alias('zones', 'zonages', 'zonage');
alias('naf', 'code_naf', 'ape', 'code_ape', 'activitePrincipaleUniteLegale', 'activitePrincipaleEtablissement');
alias('employees', 'effectifs', 'tranche_effectifs');
alias('sireneEmployees', 'trancheEffectifsUniteLegale', 'trancheEffectifsEtablissement');
alias('budget');
alias('creationYear', 'annee_creation', 'creation_year', 'annee');
alias('sireneCreation', 'dateCreationUniteLegale', 'dateCreationEtablissement');
alias('website', 'site', 'site_web', 'siteweb', 'url', 'site_internet');
alias('description');
alias('source');
alias('checkedAt', 'date_verification', 'checked_at', 'date_maj');
alias('sireneChecked', 'dateDernierTraitementUniteLegale', 'dateDernierTraitementEtablissement');
alias('sourceUrl', 'source_url', 'url_source');

const headerCache = new Map<string, Field | null>();
/** The canonical field a column header stands for, or null when the column is not an actor field. */
export function actorFieldOf(header: string): Field | null {
  let f = headerCache.get(header);
  if (f === undefined) {
    f = ALIASES[normaliseHeader(header)] ?? null;
    if (headerCache.size < 10_000) headerCache.set(header, f);
  }
  return f;
}

/** What a legal-unit classifier (data/legal-categories.ts) gets and gives. */
export interface LegalUnitFacts {
  categorieJuridique: string;
  ess?: boolean;
  naf?: string;
}
export type LegalUnitClassifier = (unit: LegalUnitFacts) => { type: string } | null | undefined;

export interface ActorFromRowOptions {
  /** Row index, used for the default id `row-N` (N = index + 1). */
  index?: number;
  /** Provenance source when the row has no `source` column (default "import"). */
  source?: string;
  /** Provenance date when the row has none (default: today, UTC). */
  checkedAt?: string;
  /** Gives the type from the legal category when the row has no `type` (SIRENE extracts). */
  classify?: LegalUnitClassifier;
}

/** An actor as read from a row: the shape of ActorInput, values not yet validated. */
export type ActorCandidate = { [K in keyof ActorInput]?: unknown };

const LIST_SEPARATOR = '|';

/** INSEE "tranche d'effectifs salariés" codes → employee bands. */
const SIRENE_EMPLOYEES: Record<string, string> = {
  '00': '0',
  '01': '1-9',
  '02': '1-9',
  '03': '1-9',
  '11': '10-49',
  '12': '10-49',
  '21': '50-249',
  '22': '50-249',
  '31': '50-249',
  '32': '250+',
  '41': '250+',
  '42': '250+',
  '51': '250+',
  '52': '250+',
  '53': '250+',
};

/** "45,76" and "45.76" → 45.76; anything that is not a number is returned as is (validation reports it). */
export function parseDecimal(value: string): number | string {
  const s = value.trim().replace(/\s/g, '').replace(',', '.');
  if (s === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return value;
  return Number(s);
}

function parseInteger(value: string): number | string {
  const s = value.trim();
  return /^[+-]?\d+$/.test(s) ? Number(s) : value;
}

function parseBoolean(value: string): boolean | undefined {
  const s = value.trim().toLowerCase();
  if (s === 'o' || s === 'oui' || s === 'y' || s === 'yes' || s === 'true' || s === '1') return true;
  if (s === 'n' || s === 'non' || s === 'no' || s === 'false' || s === '0') return false;
  return undefined;
}

function splitList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const out: string[] = [];
  for (const part of value.split(LIST_SEPARATOR)) {
    const t = part.trim();
    if (t !== '') out.push(t);
  }
  return out;
}

/** "qpv:QN06901M:2024-01-01" → { zoning: 'qpv', code: 'QN06901M', from: '2024-01-01' }. */
export function parseZone(text: string): Record<string, string> {
  const [zoning = '', code = '', from = '', to = ''] = text.split(':').map((s) => s.trim());
  const zone: Record<string, string> = { zoning };
  if (code) zone['code'] = code;
  if (from) zone['from'] = from;
  if (to) zone['to'] = to;
  return zone;
}

function formatZone(zone: { zoning: string; code?: string | undefined; from?: string | undefined; to?: string | undefined }): string {
  const parts = [zone.zoning, zone.code ?? '', zone.from ?? '', zone.to ?? ''];
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(':');
}

function padCode(value: string, length: number): string {
  const s = value.trim();
  return /^\d+$/.test(s) && s.length < length && s.length >= length - 1 ? s.padStart(length, '0') : s;
}

/**
 * Reads one flat row (CSV or spreadsheet line, GeoJSON properties) into an actor candidate for
 * parseActors. String cells are parsed (lists split on `|`, decimal commas, SIRENE codes mapped);
 * non-string values (from JSON) pass through unchanged. Never throws.
 */
export function actorFromRow(row: Readonly<Record<string, unknown>>, options: ActorFromRowOptions = {}): ActorCandidate {
  const v: Partial<Record<Field, unknown>> = {};
  const passthrough: Record<string, unknown> = {};
  for (const key in row) {
    const raw = row[key];
    if (raw === undefined || raw === null) continue;
    const field = actorFieldOf(key);
    if (field === null) {
      // nested JSON shapes (identifiers, provenance, location, size, address object…) pass through
      if (typeof raw === 'object' && NESTED_KEYS.has(key)) passthrough[key] = raw;
      continue;
    }
    if (typeof raw === 'string') {
      const t = raw.trim();
      if (t === '') continue;
      if (v[field] === undefined) v[field] = t;
    } else if (v[field] === undefined) {
      v[field] = raw;
    }
  }
  const actor: Record<string, unknown> = {};

  const str = (f: Field): string | undefined => (typeof v[f] === 'string' ? (v[f] as string) : undefined);

  // identifiers
  const identifiers: Record<string, unknown> = { ...(isObject(passthrough['identifiers']) ? passthrough['identifiers'] : {}) };
  for (const f of ['siren', 'siret', 'rna'] as const) {
    const x = v[f];
    if (x === undefined) continue;
    identifiers[f] = typeof x === 'string' ? normaliseIdentifier(x) : typeof x === 'number' ? String(x) : x;
  }
  if (identifiers['siren'] === undefined && typeof identifiers['siret'] === 'string' && /^\d{14}$/.test(identifiers['siret'])) {
    identifiers['siren'] = identifiers['siret'].slice(0, 9);
  }

  const idValue = v['id'];
  actor['id'] =
    idValue !== undefined
      ? typeof idValue === 'number'
        ? String(idValue)
        : idValue
      : (identifiers['siret'] ?? identifiers['siren'] ?? identifiers['rna'] ?? (options.index !== undefined ? `row-${options.index + 1}` : undefined));
  const name = v['name'] ?? v['sireneName2'];
  if (name !== undefined) actor['name'] = name;

  // legal category, type (or classification from the legal category and ESS flag)
  const legalCategory = v['legalCategory'];
  if (legalCategory !== undefined) actor['legalCategory'] = typeof legalCategory === 'number' ? String(legalCategory) : legalCategory;
  let naf = v['naf'];
  if (typeof naf === 'string') {
    naf = naf.toUpperCase();
    if (/^\d{4}[A-Z]$/.test(naf as string)) naf = `${(naf as string).slice(0, 2)}.${(naf as string).slice(2)}`;
  }
  if (naf !== undefined) actor['naf'] = naf;
  if (v['type'] !== undefined) actor['type'] = v['type'];
  else if (typeof actor['legalCategory'] === 'string' && options.classify) {
    const essRaw = v['ess'];
    const ess = typeof essRaw === 'boolean' ? essRaw : typeof essRaw === 'string' ? parseBoolean(essRaw) : undefined;
    const facts: LegalUnitFacts = { categorieJuridique: actor['legalCategory'] };
    if (ess !== undefined) facts.ess = ess;
    if (typeof naf === 'string') facts.naf = naf;
    const classified = options.classify(facts);
    if (classified) actor['type'] = classified.type;
  }
  if (Object.keys(identifiers).length > 0) actor['identifiers'] = identifiers;

  // address and territory
  const address: Record<string, unknown> = { ...(isObject(passthrough['address']) ? passthrough['address'] : {}) };
  if (v['address'] !== undefined) {
    if (isObject(v['address'])) Object.assign(address, v['address']);
    else address['line'] = v['address'];
  }
  const postcode = str('postcode');
  if (postcode !== undefined) address['postcode'] = padCode(postcode, 5);
  else if (v['postcode'] !== undefined) address['postcode'] = typeof v['postcode'] === 'number' ? padCode(String(v['postcode']), 5) : v['postcode'];
  if (v['city'] !== undefined) address['city'] = v['city'];
  if (Object.keys(address).length > 0) actor['address'] = address;
  for (const f of ['communeCode', 'epciCode', 'departementCode', 'regionCode'] as const) {
    const x = v[f];
    if (x === undefined) continue;
    const s = typeof x === 'number' ? String(x) : x;
    actor[f] = typeof s === 'string' ? padCode(s, f === 'communeCode' ? 5 : f === 'epciCode' ? 9 : 2) : s;
  }

  // location
  if (isObject(passthrough['location'])) actor['location'] = passthrough['location'];
  if (v['lat'] !== undefined || v['lon'] !== undefined) {
    const num = (x: unknown): unknown => (typeof x === 'string' ? parseDecimal(x) : x);
    actor['location'] = { lat: num(v['lat']), lon: num(v['lon']), precision: v['precision'] ?? 'exact' };
  }

  // lists
  if (v['activities'] !== undefined) actor['activities'] = splitList(v['activities']);
  if (v['needs'] !== undefined) actor['needs'] = splitList(v['needs']);
  if (v['approvals'] !== undefined) actor['approvals'] = splitList(v['approvals']);
  if (v['assets'] !== undefined) actor['assets'] = splitList(v['assets']);
  if (v['zones'] !== undefined) {
    const zones = splitList(v['zones']);
    actor['zones'] = Array.isArray(zones) ? zones.map((z) => (typeof z === 'string' ? parseZone(z) : z)) : zones;
  }

  // size
  const size: Record<string, unknown> = { ...(isObject(passthrough['size']) ? passthrough['size'] : {}) };
  if (v['employees'] !== undefined) size['employees'] = v['employees'];
  else if (typeof v['sireneEmployees'] === 'string' && v['sireneEmployees'] !== 'NN') {
    size['employees'] = SIRENE_EMPLOYEES[v['sireneEmployees']] ?? v['sireneEmployees'];
  }
  if (v['budget'] !== undefined) size['budget'] = v['budget'];
  if (Object.keys(size).length > 0) actor['size'] = size;

  const creation = v['creationYear'];
  if (creation !== undefined) actor['creationYear'] = typeof creation === 'string' ? parseInteger(creation) : creation;
  else {
    const d = str('sireneCreation');
    if (d !== undefined && /^\d{4}/.test(d)) actor['creationYear'] = Number(d.slice(0, 4));
  }
  if (v['website'] !== undefined) actor['website'] = v['website'];
  if (v['description'] !== undefined) actor['description'] = v['description'];

  // provenance
  const provenance: Record<string, unknown> = { ...(isObject(passthrough['provenance']) ? passthrough['provenance'] : {}) };
  if (v['source'] !== undefined) provenance['source'] = v['source'];
  if (v['checkedAt'] !== undefined) provenance['checkedAt'] = v['checkedAt'];
  if (v['sourceUrl'] !== undefined) provenance['url'] = v['sourceUrl'];
  if (provenance['source'] === undefined) provenance['source'] = options.source ?? 'import';
  if (provenance['checkedAt'] === undefined) {
    const d = str('sireneChecked');
    provenance['checkedAt'] = d !== undefined && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : (options.checkedAt ?? todayIso());
  }
  actor['provenance'] = provenance;
  return actor as ActorCandidate;
}

/**
 * The legal-unit facts of a row (category, ESS flag, NAF) for data/legal-categories.ts'
 * classifyLegalUnit; fields absent from the row are left out.
 */
export function legalUnitOfRow(row: Readonly<Record<string, unknown>>): { categorieJuridique?: string; ess?: boolean; naf?: string } {
  const out: { categorieJuridique?: string; ess?: boolean; naf?: string } = {};
  for (const key in row) {
    const raw = row[key];
    const field = actorFieldOf(key);
    if (raw === undefined || raw === null || raw === '') continue;
    if (field === 'legalCategory' && out.categorieJuridique === undefined) out.categorieJuridique = String(raw).trim();
    else if (field === 'ess' && out.ess === undefined) {
      const b = typeof raw === 'boolean' ? raw : parseBoolean(String(raw));
      if (b !== undefined) out.ess = b;
    } else if (field === 'naf' && out.naf === undefined) out.naf = String(raw).trim().toUpperCase();
  }
  return out;
}

const NESTED_KEYS = new Set(['identifiers', 'address', 'location', 'size', 'provenance']);

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The flat row of an actor, with every column of ACTOR_COLUMNS (empty string when absent). */
export function actorToRow(actor: ActorInput): Record<ActorColumn, string> {
  const s = (x: unknown): string => (x === undefined || x === null ? '' : String(x));
  const list = (x: readonly string[] | undefined): string => (x ? x.join(LIST_SEPARATOR) : '');
  return {
    id: actor.id,
    name: actor.name,
    type: actor.type,
    legalCategory: s(actor.legalCategory),
    siren: s(actor.identifiers?.siren),
    siret: s(actor.identifiers?.siret),
    rna: s(actor.identifiers?.rna),
    address: s(actor.address?.line),
    postcode: s(actor.address?.postcode),
    city: s(actor.address?.city),
    communeCode: s(actor.communeCode),
    epciCode: s(actor.epciCode),
    departementCode: s(actor.departementCode),
    regionCode: s(actor.regionCode),
    lat: s(actor.location?.lat),
    lon: s(actor.location?.lon),
    precision: s(actor.location?.precision),
    activities: list(actor.activities),
    needs: list(actor.needs),
    naf: s(actor.naf),
    employees: s(actor.size?.employees),
    budget: s(actor.size?.budget),
    creationYear: s(actor.creationYear),
    approvals: list(actor.approvals),
    zones: actor.zones ? actor.zones.map(formatZone).join(LIST_SEPARATOR) : '',
    assets: list(actor.assets),
    website: s(actor.website),
    description: s(actor.description),
    source: actor.provenance.source,
    checkedAt: actor.provenance.checkedAt,
    sourceUrl: s(actor.provenance.url),
  };
}
