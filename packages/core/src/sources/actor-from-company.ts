// One result of the API Recherche d'entreprises (a legal unit with its siège and the establishments
// matching the search) → a raw actor record, not yet validated: parseActors checks it like any
// imported row. The unit is placed at its establishment in the searched territory (the siège when
// it is there, else the first open matching one, else the siège). Pure.
import { classifyLegalUnit } from '../data/legal-categories.js';
import { SIAE_KINDS } from '../data/siae-kinds.js';
import { actorFromRow } from '../formats/actor-row.js';
import type { ActorCandidate } from '../formats/actor-row.js';

/** The fields read from an establishment (`siege`, `matching_etablissements[]`), as documented. */
export interface CompanySearchEstablishment {
  siret?: string | null;
  adresse?: string | null;
  code_postal?: string | null;
  commune?: string | null;
  libelle_commune?: string | null;
  epci?: string | null;
  departement?: string | null;
  region?: string | null;
  latitude?: string | number | null;
  longitude?: string | number | null;
  activite_principale?: string | null;
  etat_administratif?: string | null;
  est_siege?: boolean | null;
}

/** The fields read from one result (`results[]`), as documented. */
export interface CompanySearchUnit {
  siren?: string | null;
  nom_complet?: string | null;
  nom_raison_sociale?: string | null;
  nature_juridique?: string | null;
  activite_principale?: string | null;
  tranche_effectif_salarie?: string | null;
  date_creation?: string | null;
  siege?: CompanySearchEstablishment | null;
  matching_etablissements?: CompanySearchEstablishment[] | null;
  complements?: {
    est_ess?: boolean | null;
    est_siae?: boolean | null;
    est_association?: boolean | null;
    type_siae?: string | null;
    identifiant_association?: string | null;
  } | null;
}

export interface CompanyProvenance {
  /** Provenance source written on every actor. */
  source: string;
  /** Retrieval date (YYYY-MM-DD). */
  retrievedAt: string;
}

export const COMPANY_SEARCH_SOURCE = 'API Recherche d’entreprises (DINUM)';
/** Public page of a unit, given as the provenance address. */
export const ANNUAIRE_PAGE = 'https://annuaire-entreprises.data.gouv.fr/entreprise/';

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The establishment an actor is placed at (see the header). */
export function establishmentOf(unit: CompanySearchUnit): CompanySearchEstablishment | undefined {
  const matching = Array.isArray(unit.matching_etablissements) ? unit.matching_etablissements.filter(isObject) : [];
  const siege = isObject(unit.siege) ? unit.siege : undefined;
  if (siege && matching.some((e) => e.siret === siege.siret)) return siege;
  return matching.find((e) => e.etat_administratif !== 'F') ?? matching[0] ?? siege;
}

/** The SIAE kinds of a unit ("ACI", "EI,ETTI"…), upper-cased. */
function siaeKindsOf(unit: CompanySearchUnit): string[] {
  const raw = unit.complements?.type_siae;
  if (typeof raw !== 'string') return [];
  return raw.split(/[\s,;|]+/).map((k) => k.trim().toUpperCase()).filter((k) => k !== '');
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/**
 * The raw actor record of one result. Field by field: siren, siret (of the chosen establishment),
 * name (nom_raison_sociale, else nom_complet), nature_juridique → legalCategory and, with the ESS
 * flag and the NAF code, the type (classifyLegalUnit; a known SIAE kind gives its own type and
 * approval), tranche_effectif_salarie → employee band, RNA id, address, commune/EPCI/département/
 * région codes and coordinates of the establishment (marked exact: geocoded addresses), creation
 * year, and provenance (source, retrieval date, the unit's public page).
 */
export function actorFromCompany(unit: unknown, provenance: CompanyProvenance, index = 0): ActorCandidate {
  const u: CompanySearchUnit = isObject(unit) ? (unit as CompanySearchUnit) : {};
  const e = establishmentOf(u) ?? {};
  const siren = text(u.siren);
  const ess = u.complements?.est_ess;
  const kinds = siaeKindsOf(u).map((k) => SIAE_KINDS[k]).filter((k) => k !== undefined);
  const row: Record<string, unknown> = {
    siren,
    siret: text(e.siret),
    denominationUniteLegale: text(u.nom_raison_sociale) ?? text(u.nom_complet),
    categorieJuridiqueUniteLegale: text(u.nature_juridique),
    economieSocialeSolidaireUniteLegale: ess === true ? 'O' : ess === false ? 'N' : undefined,
    // The unit's activity classifies it; the establishment's only stands in when the unit has none.
    activitePrincipaleUniteLegale: text(u.activite_principale) ?? text(e.activite_principale),
    trancheEffectifsUniteLegale: text(u.tranche_effectif_salarie),
    dateCreationUniteLegale: text(u.date_creation),
    identifiantAssociationUniteLegale: text(u.complements?.identifiant_association),
    address: text(e.adresse),
    codePostalEtablissement: text(e.code_postal),
    libelleCommuneEtablissement: text(e.libelle_commune),
    codeCommuneEtablissement: text(e.commune),
    epciCode: text(e.epci),
    departementCode: text(e.departement),
    regionCode: text(e.region),
    latitude: text(e.latitude),
    longitude: text(e.longitude),
    approvals: kinds.length > 0 ? [...new Set(kinds.map((k) => k.approval))] : undefined,
    source: provenance.source,
    checkedAt: provenance.retrievedAt,
    sourceUrl: siren !== undefined && /^\d{9}$/.test(siren) ? `${ANNUAIRE_PAGE}${siren}` : undefined,
  };
  // An establishment without coordinates has no location (not its commune's centre, unsaid).
  if (row['latitude'] === undefined || row['longitude'] === undefined) {
    delete row['latitude'];
    delete row['longitude'];
  }
  const siaeType = kinds[0]?.type;
  return actorFromRow(row, {
    index,
    source: provenance.source,
    checkedAt: provenance.retrievedAt,
    classify: (facts) => {
      if (siaeType) return { type: siaeType };
      const c = classifyLegalUnit({ categorieJuridique: facts.categorieJuridique, ess: facts.ess, naf: facts.naf });
      return c.type ? { type: c.type } : null;
    },
  });
}
