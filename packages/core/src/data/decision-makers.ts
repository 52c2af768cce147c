// What each kind of local public decision-maker may fund by itself. Some act in any field
// (communes, EPCI, Régions, State services); others only within their own competences:
// since the NOTRe law (2015) a Département no longer grants general business aid and supports the
// ESS through its social, insertion, culture, sport and tourism competences or through
// procurement; a CAF acts for families and social life. Notes: messages.recommend.decisionMakers[id].
import * as z from 'zod/mini';
import { APPROVAL_IDS, DECISION_MAKER_IDS, NEED_IDS } from './ids.js';
import type { ApprovalId, DecisionMakerId, NeedId } from './ids.js';

export const DecisionMakerFacts = z.object({
  id: z.enum(DECISION_MAKER_IDS),
  /**
   * Needs (DOMAIN §4) in which the decision-maker may fund an enterprise when an action is limited
   * to its own competences; `null` means no such limit.
   */
  fundingDomain: z.nullable(z.array(z.enum(NEED_IDS))),
  /** Approvals that place an actor inside that domain whatever its declared needs (IAE → insertion…). */
  domainApprovals: z.array(z.enum(APPROVAL_IDS)),
  /** True for public buyers subject to the code de la commande publique. */
  publicBuyer: z.boolean(),
});
export type DecisionMakerFacts = z.infer<typeof DecisionMakerFacts>;

const IAE_AND_DISABILITY: ApprovalId[] = ['aci', 'ai', 'ei', 'etti', 'regie-de-quartier', 'esat', 'ea'];

export const decisionMakers: readonly DecisionMakerFacts[] = [
  { id: 'commune', fundingDomain: null, domainApprovals: [], publicBuyer: true },
  { id: 'epci', fundingDomain: null, domainApprovals: [], publicBuyer: true },
  {
    id: 'departement',
    // Social action and insertion (RSA), autonomy, child and family protection, housing solidarity,
    // health access, and the competences shared by all levels: culture, sport, tourism.
    fundingDomain: ['employment-access', 'dependency', 'parenting', 'housing', 'care-access', 'digital-inclusion', 'culture-sport', 'territorial-reach'],
    domainApprovals: [...IAE_AND_DISABILITY, 'centre-social', 'sport', 'scene-conventionnee'],
    publicBuyer: true,
  },
  { id: 'region', fundingDomain: null, domainApprovals: [], publicBuyer: true },
  { id: 'service-etat', fundingDomain: null, domainApprovals: [], publicBuyer: true },
  {
    id: 'caf',
    // Family branch of social security: social life (EVS, centres sociaux), childhood and
    // parenting, young workers' housing.
    fundingDomain: ['social-ties', 'parenting', 'housing'],
    domainApprovals: ['evs', 'centre-social'],
    publicBuyer: true,
  },
  { id: 'bailleur-social', fundingDomain: null, domainApprovals: [], publicBuyer: true },
  // Guyane, Martinique, Corse: a Région's and a Département's competences in one authority.
  { id: 'collectivite-unique', fundingDomain: null, domainApprovals: [], publicBuyer: true },
];

const factsById = new Map(decisionMakers.map((d) => [d.id, d]));

/** The facts of a decision-maker kind. */
export function decisionMakerFactsOf(id: DecisionMakerId): DecisionMakerFacts {
  return factsById.get(id) as DecisionMakerFacts;
}

/** True when an actor with these needs and approvals falls within the decision-maker's funding domain. */
export function isWithinFundingDomain(id: DecisionMakerId, needs: readonly NeedId[], approvals: readonly ApprovalId[]): boolean {
  const facts = decisionMakerFactsOf(id);
  if (facts.fundingDomain === null) return true;
  return needs.some((n) => facts.fundingDomain?.includes(n)) || approvals.some((a) => facts.domainApprovals.includes(a));
}
