// The actor typology: a two-level tree family → type (DOMAIN §2). Flat `{ id, parentId, kind }`
// rows, so d3-hierarchy's `stratify()` builds the tree directly (add one synthetic root row, e.g.
// `{ id: 'root', parentId: null }`, and map the families' `null` parent to it). Labels and
// descriptions: messages.catalogue.families[id] / .types[id].
import * as z from 'zod/mini';
import { ACTOR_TYPE_IDS, APPROVAL_IDS, ASSET_IDS, FAMILY_IDS, PARTNER_ROLE_IDS } from './ids.js';
import type { ActorTypeId, ApprovalId, AssetId, FamilyId, PartnerRoleId } from './ids.js';

/**
 * How a family relates to the ESS as the law of 31 July 2014 (art. 1) defines it:
 * `legal` — one of the families the law names (associations, cooperatives, mutuelles, foundations)
 * or the commercial companies it admits under conditions; `ecosystem` — the partners around them.
 */
export const EssScope = z.enum(['legal', 'ecosystem']);
export type EssScope = z.infer<typeof EssScope>;

/**
 * Whether an actor of this type belongs to the ESS by law:
 * `status` — by its legal form (association, cooperative, mutuelle, foundation);
 * `conditions` — a commercial company meeting art. 1's conditions (purpose, governance, reserves);
 * `form-varies` — depends on the legal form chosen (often an association, sometimes a company or a
 * public body): classify the individual actor from its legal category (data/legal-categories.ts);
 * `no` — public bodies, State bodies and ordinary companies.
 */
export const EssMembership = z.enum(['status', 'conditions', 'form-varies', 'no']);
export type EssMembership = z.infer<typeof EssMembership>;

export const FamilyNode = z.object({
  id: z.enum(FAMILY_IDS),
  parentId: z.null(),
  kind: z.literal('family'),
  scope: EssScope,
  /** Assets actors of this family typically bring to a partnership. */
  assets: z.array(z.enum(ASSET_IDS)),
  /** Roles they typically take in a local project (seed 000: design, carrying, resource, legitimacy). */
  roles: z.array(z.enum(PARTNER_ROLE_IDS)),
});
export type FamilyNode = z.infer<typeof FamilyNode>;

export const TypeNode = z.object({
  id: z.enum(ACTOR_TYPE_IDS),
  parentId: z.enum(FAMILY_IDS),
  kind: z.literal('type'),
  essMembership: EssMembership,
  assets: z.array(z.enum(ASSET_IDS)),
  roles: z.array(z.enum(PARTNER_ROLE_IDS)),
  /** Approvals (agréments, conventions, labels) that being of this type implies. */
  approvals: z.array(z.enum(APPROVAL_IDS)),
  /**
   * True when the type is among the structures that receive the ESUS approval by right once they
   * meet the ESS conditions (code du travail L3332-17-1, II: SIAE, entreprises adaptées, ESAT…).
   */
  esusByRight: z.boolean(),
});
export type TypeNode = z.infer<typeof TypeNode>;

export const TypologyNode = z.discriminatedUnion('kind', [FamilyNode, TypeNode]);
export type TypologyNode = z.infer<typeof TypologyNode>;

type FamilyFacts = Omit<FamilyNode, 'id' | 'parentId' | 'kind'>;
const familyFacts: Record<FamilyId, FamilyFacts> = {
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

interface TypeFacts {
  family: FamilyId;
  ess: EssMembership;
  /** Overrides the family's typical assets. */
  assets?: AssetId[];
  /** Overrides the family's typical roles. */
  roles?: PartnerRoleId[];
  approvals?: ApprovalId[];
  esusByRight?: boolean;
}

const typeFacts: Record<ActorTypeId, TypeFacts> = {
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

/** The whole tree as flat rows: the twelve families first, then every type, in id order. */
export const typology: readonly TypologyNode[] = [
  ...FAMILY_IDS.map((id): FamilyNode => {
    const f = familyFacts[id];
    return { id, parentId: null, kind: 'family', scope: f.scope, assets: [...f.assets], roles: [...f.roles] };
  }),
  ...ACTOR_TYPE_IDS.map((id): TypeNode => {
    const t = typeFacts[id];
    const f = familyFacts[t.family];
    return {
      id,
      parentId: t.family,
      kind: 'type',
      essMembership: t.ess,
      assets: [...(t.assets ?? f.assets)],
      roles: [...(t.roles ?? f.roles)],
      approvals: [...(t.approvals ?? [])],
      esusByRight: t.esusByRight ?? false,
    };
  }),
];

/** The family an actor type belongs to. */
export function familyOf(typeId: ActorTypeId): FamilyId {
  return typeFacts[typeId].family;
}

/** The types of a family, in catalogue order. */
export function typesOfFamily(familyId: FamilyId): ActorTypeId[] {
  return ACTOR_TYPE_IDS.filter((id) => typeFacts[id].family === familyId);
}

/** The typology row of a type (its facts: ESS membership, typical assets and roles, approvals). */
export function typeNodeOf(typeId: ActorTypeId): TypeNode {
  return typology.find((n): n is TypeNode => n.kind === 'type' && n.id === typeId) as TypeNode;
}

/** Approvals that being of a type implies (an ACI holds the `aci` convention…). */
export function approvalsImpliedBy(typeId: ActorTypeId): ApprovalId[] {
  return [...(typeFacts[typeId].approvals ?? [])];
}
