// What a decision-maker is asked for, and the support actions that answer each request (issue 11:
// the ranking starts from the request). Labels: messages.recommend.requests[id] (also in the
// questionnaire's context messages). A request may be answered by several actions, the most direct
// first; an action may answer several requests.
import type { ActionId, RequestId } from './ids.js';

export const requestActions: Readonly<Record<RequestId, readonly ActionId[]>> = {
  operating: ['operating-subsidy', 'secure-existing', 'approval-top-up', 'sector-policies'],
  investment: ['investment', 'crowdfunding', 'sector-policies'],
  premises: ['premises'],
  purchase: ['direct-purchase', 'prior-exchanges', 'procurement-access'],
  label: ['approval-top-up', 'territorial-marketing'],
  advice: ['technical-engineering', 'financial-engineering'],
  visibility: ['institutional-communication', 'territorial-marketing', 'crowdfunding'],
  'cash-flow': ['advance-funds', 'secure-existing', 'financial-engineering'],
  project: ['project-funding'],
  cooperation: ['groupings', 'value-chains'],
  staff: ['staff'],
  equipment: ['equipment', 'investment'],
};

/** True when `action` answers `request`. */
export function answersRequest(request: RequestId | undefined, action: ActionId): boolean {
  return request !== undefined && requestActions[request].includes(action);
}
