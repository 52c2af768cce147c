// The actor typology: a two-level tree family → type (DOMAIN §2). Flat `{ id, parentId, kind }`
// rows, so d3-hierarchy's `stratify()` builds the tree directly (add one synthetic root row, e.g.
// `{ id: 'root', parentId: null }`, and map the families' `null` parent to it). Labels and
// descriptions: messages.catalogue.families[id] / .types[id].
import * as z from 'zod/mini';
import { ACTOR_TYPE_IDS, APPROVAL_IDS, ASSET_IDS, FAMILY_IDS, PARTNER_ROLE_IDS } from './ids.js';
import type { ActorTypeId } from './ids.js';
import { ESS_MEMBERSHIP_IDS, ESS_SCOPE_IDS, familyFacts, typeFacts } from './typology-facts.js';

export { approvalsImpliedBy, familyOf, typesOfFamily } from './typology-facts.js';

/**
 * How a family relates to the ESS as the law of 31 July 2014 (art. 1) defines it:
 * `legal` — one of the families the law names (associations, cooperatives, mutuelles, foundations)
 * or the commercial companies it admits under conditions; `ecosystem` — the partners around them.
 */
export const EssScope = z.enum(ESS_SCOPE_IDS);
export type EssScope = z.infer<typeof EssScope>;

/**
 * Whether an actor of this type belongs to the ESS by law:
 * `status` — by its legal form (association, cooperative, mutuelle, foundation);
 * `conditions` — a commercial company meeting art. 1's conditions (purpose, governance, reserves);
 * `form-varies` — depends on the legal form chosen (often an association, sometimes a company or a
 * public body): classify the individual actor from its legal category (data/legal-categories.ts);
 * `no` — public bodies, State bodies and ordinary companies.
 */
export const EssMembership = z.enum(ESS_MEMBERSHIP_IDS);
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

/** The typology row of a type (its facts: ESS membership, typical assets and roles, approvals). */
export function typeNodeOf(typeId: ActorTypeId): TypeNode {
  return typology.find((n): n is TypeNode => n.kind === 'type' && n.id === typeId) as TypeNode;
}
