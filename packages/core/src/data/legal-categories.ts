// From INSEE's "catégorie juridique" to the actor typology, so researchers can classify SIRENE
// extracts. The input columns of the SIRENE "unités légales" file:
// - `categorieJuridiqueUniteLegale`: level-III code (4 digits) of INSEE's nomenclature of legal
//   categories (https://www.insee.fr/fr/information/2028129);
// - `economieSocialeSolidaireUniteLegale`: "O" when INSEE counts the unit in the ESS, "N" otherwise;
// - `activitePrincipaleUniteLegale`: NAF rév. 2 code ("88.10C").
//
// Confidence: `certain` when the code names the form itself (9220 declared association, 5458 SCOP
// SARL, 7346 communauté de communes…); `likely` when the code admits other types (a SCIC has no code
// of its own: it is one of the "other cooperative" codes; a CCAS is the commune's own body…) or when
// the type rests on the NAF code or the ESS flag; `unknown` when nothing maps. Codes we are unsure of
// are left out on purpose rather than guessed: they come back `unknown` with reason `unmapped-category`.
import type { ActorTypeId, FamilyId } from './ids.js';
import { familyOf } from './typology.js';

export type LegalUnitConfidence = 'certain' | 'likely' | 'unknown';

/** Reason codes; their text is in messages.catalogue.legalReasons. */
export const LEGAL_UNIT_REASONS = [
  'invalid-category',
  'unmapped-category',
  'association-form',
  'insertion-association',
  'intermediary-association',
  'employers-group',
  'foundation-form',
  'scop-form',
  'cooperative-form',
  'cooperative-bank',
  'mutual-form',
  'workers-participation-sa',
  'commercial-company-ess',
  'commercial-company',
  'social-housing',
  'local-authority',
  'intercommunality',
  'intercommunal-syndicate',
  'local-public-body',
  'public-body',
  'state-service',
  'consular-chamber',
  'public-interest-group',
  'social-security',
  'naf-esat',
  'naf-etti',
  'naf-caf',
] as const;
export type LegalUnitReason = (typeof LEGAL_UNIT_REASONS)[number];

export interface LegalUnitInput {
  /** `categorieJuridiqueUniteLegale` (4 digits; a number is accepted). */
  categorieJuridique: string | number;
  /** `economieSocialeSolidaireUniteLegale`: "O" / "N" (true/false accepted). */
  ess?: 'O' | 'N' | boolean | null | undefined;
  /** `activitePrincipaleUniteLegale`, NAF rév. 2 ("88.10C"; "8810C" accepted). */
  naf?: string | null | undefined;
}

export interface LegalUnitClassification {
  type: ActorTypeId | null;
  family: FamilyId | null;
  confidence: LegalUnitConfidence;
  reason: LegalUnitReason;
  /** Whether the unit belongs to the ESS: by its legal form, else by SIRENE's flag; null when unknown. */
  ess: boolean | null;
}

type Row = readonly [ActorTypeId | null, FamilyId | null, LegalUnitConfidence, LegalUnitReason];

const rows: Record<string, Row> = {};
function put(codes: readonly string[], row: Row): void {
  for (const c of codes) rows[c] = row;
}

// Associations (92xx). 9221 "association déclarée d'insertion par l'économique" is most often an ACI
// (but may carry an EI); 9223 employers' groups include the GEIQ without being all GEIQ.
put(['9210', '9220', '9230', '9260'], ['association', null, 'certain', 'association-form']);
put(['9221'], ['aci', null, 'likely', 'insertion-association']);
put(['9222'], ['ai', null, 'certain', 'intermediary-association']);
put(['9223'], ['association', null, 'likely', 'employers-group']);
put(['9240'], ['association', null, 'likely', 'association-form']);
// Foundations.
put(['9300'], ['fondation', null, 'certain', 'foundation-form']);
// Workers' cooperatives (SCOP) in SARL and SA forms (a SCOP in SAS form is coded 5710 and cannot be told apart).
put(['5458', '5558', '5658'], ['scop', null, 'certain', 'scop-form']);
// Other cooperatives: consumer, retailers', craft, maritime, transport, construction, unions, "other"
// cooperatives (where SCIC and CAE sit), agricultural cooperatives and CUMA, civil cooperatives.
put(
  [
    '5203', '5307', '5309', '5443', '5451', '5453', '5454', '5455', '5459', '5460',
    '5543', '5551', '5552', '5553', '5554', '5555', '5559', '5560',
    '5643', '5651', '5652', '5653', '5654', '5655', '5659', '5660',
    '6316', '6317', '6318', '6543', '6551', '6554', '6558', '6560',
  ],
  ['cooperative', null, 'likely', 'cooperative-form'],
);
// Cooperative and mutual banks: Banque populaire, crédit maritime, crédit mutuel, Alsace-Moselle
// cooperative associations, caisses d'épargne, crédit agricole local banks.
put(['5192', '5193', '5194', '5195', '5196', '6100', '6595', '6596'], ['cooperative', null, 'likely', 'cooperative-bank']);
// Mutuals (code de la mutualité), agricultural mutual insurance, mutual insurance companies.
put(['8210', '8250', '6411'], ['mutuelle', null, 'certain', 'mutual-form']);
put(['8290'], ['mutuelle', null, 'likely', 'mutual-form']);
// Sociétés anonymes à participation ouvrière (SAPO), like Ambiance Bois.
put(['5505', '5605'], ['societe-commerciale-ess', null, 'likely', 'workers-participation-sa']);
// Social housing: SA d'HLM, cooperative SA of HLM production, offices publics de l'habitat.
put(['5546', '5547', '5646', '5647', '7371'], ['bailleur-social', null, 'certain', 'social-housing']);
// Local authorities.
put(['7210'], ['commune', null, 'certain', 'local-authority']);
put(['7220'], ['departement', null, 'certain', 'local-authority']);
put(['7230'], ['region', null, 'certain', 'local-authority']);
// Overseas and other single authorities (collectivités territoriales uniques…) hold regional powers.
put(['7225', '7229'], ['region', null, 'likely', 'local-authority']);
// Intercommunalities with their own taxation: communauté urbaine, métropole, communauté de communes,
// communauté de villes (former), communauté d'agglomération.
put(['7343', '7344', '7346', '7347', '7348'], ['epci', null, 'certain', 'intercommunality']);
// Intercommunal syndicates (SIVOM, SIVU) and CIAS act for their communes' grouping.
put(['7345', '7353', '7367'], ['epci', null, 'likely', 'intercommunal-syndicate']);
// The commune's social action centre (CCAS) and school fund act for the commune.
put(['7361', '7362'], ['commune', null, 'likely', 'local-public-body']);
// Mixed syndicates, PETR, metropolitan poles: public bodies of several kinds (a regional nature park is
// run by a mixed syndicate, but so are many other services).
put(['7340', '7354', '7355', '7357'], [null, 'public', 'likely', 'local-public-body']);
// State services: ministries, central and decentralised services, national administrative bodies.
put(['7113', '7120', '7150', '7160', '7171', '7172', '7179'], ['service-etat', null, 'certain', 'state-service']);
put(['7111', '7112', '7382', '7389'], ['service-etat', null, 'likely', 'state-service']);
put(['7381'], ['chambre-consulaire', null, 'certain', 'consular-chamber']);
put(['7410'], ['gip', null, 'certain', 'public-interest-group']);
// General social-security bodies (CAF, CPAM, URSSAF…): the NAF code tells the CAF apart (see below).
put(['8110'], [null, 'public', 'likely', 'social-security']);

/** Legal categories of ordinary commercial companies (SNC, SCS, SCA, SARL, SA, SAS, SE…). */
function isCommercialCompany(code: string): boolean {
  return /^5[2-8]\d\d$/.test(code);
}

function essFlag(ess: LegalUnitInput['ess']): boolean | null {
  if (ess === 'O' || ess === true) return true;
  if (ess === 'N' || ess === false) return false;
  return null;
}

function nafOf(naf: LegalUnitInput['naf']): string | null {
  if (typeof naf !== 'string') return null;
  const compact = naf.replace(/[\s.]/g, '').toUpperCase();
  return /^\d{4}[A-Z]$/.test(compact) ? compact : null;
}

/** Reasons that say the form itself is one the 2014 law counts in the ESS (association, cooperative, mutual, foundation). */
const ESS_FORM_REASONS = new Set<LegalUnitReason>([
  'association-form',
  'insertion-association',
  'intermediary-association',
  'employers-group',
  'foundation-form',
  'scop-form',
  'cooperative-form',
  'cooperative-bank',
  'mutual-form',
]);

/** Whether a code's form puts a unit in the ESS (true), outside (false, public-law bodies), or says nothing (null). */
function essByForm(code: string, reason: LegalUnitReason): boolean | null {
  if (ESS_FORM_REASONS.has(reason)) return true;
  if (/^(7\d\d\d|8110)$/.test(code)) return false;
  return null;
}

function result(type: ActorTypeId | null, family: FamilyId | null, confidence: LegalUnitConfidence, reason: LegalUnitReason, ess: boolean | null): LegalUnitClassification {
  return { type, family: type !== null ? familyOf(type) : family, confidence, reason, ess };
}

/**
 * Classifies a SIRENE legal unit into the actor typology from its legal category, ESS flag and NAF code.
 * Never throws: an unreadable category comes back `unknown` with reason `invalid-category`.
 */
export function classifyLegalUnit(input: LegalUnitInput): LegalUnitClassification {
  const raw = typeof input.categorieJuridique === 'number' ? String(input.categorieJuridique) : String(input.categorieJuridique ?? '').trim();
  const flag = essFlag(input.ess);
  const naf = nafOf(input.naf);
  if (!/^\d{4}$/.test(raw)) return result(null, null, 'unknown', 'invalid-category', flag);

  const row = rows[raw];
  const formEss = row ? essByForm(raw, row[3]) : /^7\d\d\d$/.test(raw) ? false : null;
  // Activity first where it names the structure whatever its form: "aide par le travail" is what ESATs do.
  if (naf === '8810C') return result('esat', null, 'likely', 'naf-esat', flag ?? formEss);

  if (row) {
    const [type, family, confidence, reason] = row;
    if (raw === '8110' && naf === '8430C') return result('caf', null, 'likely', 'naf-caf', false);
    // A unit's own flag wins over the form's default when INSEE has set it.
    return result(type, family, confidence, reason, flag ?? formEss);
  }

  if (isCommercialCompany(raw)) {
    if (flag === true && naf === '7820Z') return result('etti', null, 'likely', 'naf-etti', true);
    if (flag === true) return result('societe-commerciale-ess', null, 'likely', 'commercial-company-ess', true);
    return result(null, null, 'unknown', 'commercial-company', flag);
  }
  // Other public-law bodies (7xxx) and public industrial and commercial establishments (41xx).
  if (/^(7\d\d\d|41\d\d)$/.test(raw)) return result(null, 'public', 'likely', 'public-body', false);
  return result(null, null, 'unknown', 'unmapped-category', flag);
}
