// The facts of the actor typology (DOMAIN §2), zod-free: the family of each type, its ESS membership,
// typical assets, roles and approvals. data/typology.ts builds the tree (and its zod schemas) from
// them; the classifier from the legal category and the rule of conventions read them here, so the
// fast path of the readers does not evaluate zod.
import type { ActorTypeId, ApprovalId, AssetId, FamilyId, PartnerRoleId } from './ids.js';
import { ACTOR_TYPE_IDS } from './ids.js';

/** How a family relates to the ESS (see data/typology.ts' EssScope). */
export const ESS_SCOPE_IDS = ['legal', 'ecosystem'] as const;
/** Whether an actor of a type belongs to the ESS by law (see data/typology.ts' EssMembership). */
export const ESS_MEMBERSHIP_IDS = ['status', 'conditions', 'form-varies', 'no'] as const;

/** What a family's actors are and typically bring. */
export interface FamilyFacts {
  scope: (typeof ESS_SCOPE_IDS)[number];
  assets: AssetId[];
  roles: PartnerRoleId[];
}

export const familyFacts: Record<FamilyId, FamilyFacts> = {
  associations: { scope: 'legal', assets: ['skills', 'network', 'legitimacy'], roles: ['carrying', 'design'] },
  cooperatives: { scope: 'legal', assets: ['skills', 'finance', 'network'], roles: ['carrying', 'design'] },
  mutuelles: { scope: 'legal', assets: ['finance', 'network', 'legitimacy'], roles: ['resource'] },
  fondations: { scope: 'legal', assets: ['finance', 'legitimacy'], roles: ['resource'] },
  'societes-ess': { scope: 'legal', assets: ['skills', 'finance'], roles: ['carrying'] },
  insertion: { scope: 'ecosystem', assets: ['skills', 'terrain', 'network'], roles: ['carrying'] },
  public: { scope: 'ecosystem', assets: ['terrain', 'finance', 'legitimacy'], roles: ['resource', 'legitimacy', 'design'] },
  financeurs: { scope: 'ecosystem', assets: ['finance', 'skills'], roles: ['resource'] },
  accompagnateurs: { scope: 'ecosystem', assets: ['skills', 'network'], roles: ['design', 'resource'] },
  reseaux: { scope: 'ecosystem', assets: ['network', 'skills', 'legitimacy'], roles: ['resource', 'legitimacy'] },
  'prives-engages': { scope: 'ecosystem', assets: ['finance', 'skills', 'network'], roles: ['resource'] },
  collectifs: { scope: 'ecosystem', assets: ['terrain', 'network', 'skills'], roles: ['carrying', 'design'] },
  // Not a family of the law nor of the seeds: where unclassified records wait for a type (our reading).
  'non-classes': { scope: 'ecosystem', assets: [], roles: [] },
};

export interface TypeFacts {
  family: FamilyId;
  ess: (typeof ESS_MEMBERSHIP_IDS)[number];
  /** Overrides the family's typical assets. */
  assets?: AssetId[];
  /** Overrides the family's typical roles. */
  roles?: PartnerRoleId[];
  approvals?: ApprovalId[];
  esusByRight?: boolean;
}

export const typeFacts: Record<ActorTypeId, TypeFacts> = {
  association: { family: 'associations', ess: 'status' },
  scop: { family: 'cooperatives', ess: 'status' },
  scic: { family: 'cooperatives', ess: 'status', roles: ['carrying', 'design', 'legitimacy'] },
  cae: { family: 'cooperatives', ess: 'status', assets: ['skills', 'network'], roles: ['resource', 'carrying'] },
  cooperative: { family: 'cooperatives', ess: 'status' },
  mutuelle: { family: 'mutuelles', ess: 'status' },
  fondation: { family: 'fondations', ess: 'status' },
  // Endowment funds (loi 2008-776, art. 140) are not named by art. 1 of the 2014 law.
  'fonds-de-dotation': { family: 'fondations', ess: 'no' },
  'societe-commerciale-ess': { family: 'societes-ess', ess: 'conditions' },
  aci: { family: 'insertion', ess: 'form-varies', approvals: ['aci'], esusByRight: true },
  ai: { family: 'insertion', ess: 'status', approvals: ['ai'], esusByRight: true },
  ei: { family: 'insertion', ess: 'form-varies', approvals: ['ei'], esusByRight: true },
  etti: { family: 'insertion', ess: 'form-varies', approvals: ['etti'], esusByRight: true },
  'regie-de-quartier': {
    family: 'insertion',
    ess: 'form-varies',
    assets: ['skills', 'terrain', 'network', 'legitimacy'],
    approvals: ['regie-de-quartier'],
    esusByRight: true,
  },
  geiq: { family: 'insertion', ess: 'form-varies', assets: ['skills', 'network'], approvals: ['geiq'] },
  esat: { family: 'insertion', ess: 'form-varies', approvals: ['esat'], esusByRight: true },
  'entreprise-adaptee': { family: 'insertion', ess: 'form-varies', approvals: ['ea'], esusByRight: true },
  commune: { family: 'public', ess: 'no' },
  epci: { family: 'public', ess: 'no' },
  departement: { family: 'public', ess: 'no', assets: ['finance', 'legitimacy', 'skills'] },
  region: { family: 'public', ess: 'no', assets: ['finance', 'legitimacy', 'skills'], roles: ['resource', 'legitimacy'] },
  'service-etat': { family: 'public', ess: 'no', assets: ['finance', 'legitimacy'], roles: ['resource', 'legitimacy'] },
  caf: { family: 'public', ess: 'no', assets: ['finance', 'legitimacy'], roles: ['resource', 'legitimacy'] },
  'parc-naturel-regional': { family: 'public', ess: 'no', assets: ['skills', 'network', 'legitimacy'] },
  gip: { family: 'public', ess: 'no', assets: ['skills', 'finance'], roles: ['resource', 'design'] },
  'bailleur-social': { family: 'public', ess: 'form-varies', assets: ['terrain', 'finance'], roles: ['resource'] },
  mecene: { family: 'financeurs', ess: 'form-varies', assets: ['finance', 'legitimacy'] },
  'france-active': { family: 'financeurs', ess: 'form-varies', assets: ['finance', 'skills', 'network'] },
  'banque-des-territoires': { family: 'financeurs', ess: 'no', assets: ['finance', 'skills'] },
  bpifrance: { family: 'financeurs', ess: 'no', assets: ['finance'] },
  'fonds-europeens': { family: 'financeurs', ess: 'no', assets: ['finance'] },
  'financement-participatif': { family: 'financeurs', ess: 'form-varies', assets: ['finance', 'network'] },
  'fonds-solidaire-local': { family: 'financeurs', ess: 'form-varies', assets: ['finance', 'network'] },
  dla: { family: 'accompagnateurs', ess: 'form-varies', assets: ['skills'] },
  incubateur: { family: 'accompagnateurs', ess: 'form-varies', assets: ['skills', 'network', 'terrain'] },
  'fabrique-a-initiatives': { family: 'accompagnateurs', ess: 'form-varies', assets: ['skills', 'network'], roles: ['design'] },
  'chambre-consulaire': { family: 'accompagnateurs', ess: 'no', assets: ['skills', 'network'], roles: ['resource'] },
  cress: { family: 'reseaux', ess: 'status' },
  'mouvement-associatif': { family: 'reseaux', ess: 'status' },
  'reseau-iae': { family: 'reseaux', ess: 'status' },
  'reseau-local': { family: 'reseaux', ess: 'form-varies', assets: ['network'] },
  'centre-social': {
    family: 'reseaux',
    ess: 'form-varies',
    assets: ['terrain', 'network', 'legitimacy'],
    roles: ['resource', 'carrying'],
    approvals: ['centre-social'],
  },
  'maison-des-associations': { family: 'reseaux', ess: 'form-varies', assets: ['terrain', 'network', 'skills'] },
  'club-entrepreneurs': { family: 'reseaux', ess: 'form-varies', assets: ['network'] },
  'entreprise-a-mission': { family: 'prives-engages', ess: 'form-varies' },
  'pme-locale': { family: 'prives-engages', ess: 'no', assets: ['finance', 'skills', 'terrain'] },
  ptce: { family: 'collectifs', ess: 'form-varies', assets: ['network', 'skills'], roles: ['design', 'carrying'] },
  ges: { family: 'collectifs', ess: 'form-varies', assets: ['skills', 'network', 'finance'] },
  'tiers-lieu': { family: 'collectifs', ess: 'form-varies' },
  'maison-ess': { family: 'collectifs', ess: 'form-varies', assets: ['terrain', 'network', 'legitimacy'], roles: ['resource'] },
  'non-classe': { family: 'non-classes', ess: 'form-varies' },
};

/** The family an actor type belongs to. */
export function familyOf(typeId: ActorTypeId): FamilyId {
  return typeFacts[typeId].family;
}

/** The types of a family, in catalogue order. */
export function typesOfFamily(familyId: FamilyId): ActorTypeId[] {
  return ACTOR_TYPE_IDS.filter((id) => typeFacts[id].family === familyId);
}

/** Approvals that being of a type implies (an ACI holds the `aci` convention…). */
export function approvalsImpliedBy(typeId: ActorTypeId): ApprovalId[] {
  return [...(typeFacts[typeId].approvals ?? [])];
}
