// Animation actions a local authority takes for its whole ESS ecosystem (DOMAIN §8, seeds 001,
// 002, 004): what triggers each one in a territory's diagnosis, the steps, the legal parameters it
// cites. Text: messages.recommend.territoryActions[id] and messages.recommend.reasons[code].
import * as z from 'zod/mini';
import { DECISION_MAKER_IDS, LEGAL_PARAMETER_IDS, TERRITORY_ACTION_IDS } from './ids.js';
import type { TerritoryActionId } from './ids.js';

export const TerritoryAction = z.object({
  id: z.enum(TERRITORY_ACTION_IDS),
  /** Who usually carries it. */
  decisionMakers: /* @__PURE__ */ z.array(z.enum(DECISION_MAKER_IDS)).check(z.minLength(1)),
  /** Keys of the steps (text: messages.recommend.territoryActions[id].steps[key]). */
  steps: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.minLength(1))).check(z.minLength(2)),
  legalBasis: z.array(z.enum(LEGAL_PARAMETER_IDS)),
});
export type TerritoryAction = z.infer<typeof TerritoryAction>;

const LOCAL = ['commune', 'epci', 'departement', 'region'] as const;

export const territoryActions: readonly TerritoryAction[] = [
  { id: 'shared-diagnosis', decisionMakers: [...LOCAL], steps: ['networks', 'workshops', 'map'], legalBasis: [] },
  { id: 'call-for-projects', decisionMakers: [...LOCAL, 'service-etat', 'caf'], steps: ['name-needs', 'open-terms', 'cooperation-bonus', 'follow-winners'], legalBasis: [] },
  { id: 'club-or-ptce', decisionMakers: [...LOCAL, 'service-etat'], steps: ['first-meetings', 'shared-project', 'ptce-call'], legalBasis: ['ptce-call-funding'] },
  { id: 'fund-support-structures', decisionMakers: [...LOCAL, 'service-etat'], steps: ['map-offer', 'co-fund', 'refer-fragile'], legalBasis: ['dla-eligibility'] },
  { id: 'maison-ess', decisionMakers: ['commune', 'epci'], steps: ['find-building', 'shared-governance', 'programme'], legalBasis: ['scic-public-capital-cap'] },
  { id: 'reciprocal-charter', decisionMakers: ['commune', 'epci', 'departement'], steps: ['draft-together', 'practical-guide', 'yearly-review'], legalBasis: [] },
  { id: 'mois-ess', decisionMakers: [...LOCAL], steps: ['programme-with-actors', 'wider-events', 'communicate'], legalBasis: [] },
  { id: 'ess-council', decisionMakers: ['commune', 'epci', 'region'], steps: ['composition', 'mandate', 'report-back'], legalBasis: [] },
  { id: 'single-entry-point', decisionMakers: ['commune', 'epci'], steps: ['referent-desk', 'directory', 'pathways'], legalBasis: [] },
  { id: 'land-and-premises', decisionMakers: ['commune', 'epci', 'bailleur-social'], steps: ['inventory-assets', 'shared-spaces', 'transitional-use'], legalBasis: ['scic-public-capital-cap'] },
  { id: 'seed-funding', decisionMakers: ['commune', 'epci', 'region'], steps: ['join-fund', 'grants-loans', 'follow-up'], legalBasis: [] },
  { id: 'ess-communication', decisionMakers: [...LOCAL], steps: ['regular-page', 'portraits', 'policy-results'], legalBasis: [] },
];

const byId = new Map(territoryActions.map((a) => [a.id, a]));

/** The catalogue entry of a territory action. */
export function territoryActionOf(id: TerritoryActionId): TerritoryAction {
  return byId.get(id) as TerritoryAction;
}
