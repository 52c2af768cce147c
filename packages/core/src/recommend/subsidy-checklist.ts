// The checklist every subsidy carries (issue 11): the convention above 23 000 € a year (loi
// 2000-321, art. 10), the contrat d'engagement républicain for associations and foundations (loi
// 2021-1109), the EU de minimis or SIEG ceilings when the activity is economic, and the elected
// member sitting on the beneficiary's board (conflict of interest). Each item cites the dated
// legal parameter in force on the day.
import { SUBSIDY_UNITS } from '../data/competence-rules.js';
import type { ActionId, ChecklistItemId, InstrumentId, LegalParameterId } from '../data/ids.js';
import { legalParameterOn } from '../data/legal-parameters.js';
import { classifyLegalUnit } from '../data/legal-categories.js';
import { familyOf } from '../data/typology.js';
import type { Actor } from '../schema/actor.js';
import type { ChecklistItem } from '../schema/recommendation.js';
import { isCompany } from './eligibility.js';

/** True when the action is given as a subsidy through one of its open units. */
export function isSubsidy(actionId: ActionId, openInstruments: readonly InstrumentId[]): boolean {
  return SUBSIDY_UNITS.includes(actionId) || openInstruments.some((i) => SUBSIDY_UNITS.includes(i));
}

function isAssociationOrFoundation(actor: Actor): boolean {
  const family = familyOf(actor.type);
  if (actor.legalCategory !== undefined) {
    const f = classifyLegalUnit({ categorieJuridique: actor.legalCategory }).family;
    if (f !== null) return f === 'associations' || f === 'fondations';
  }
  return family === 'associations' || family === 'fondations' || ['aci', 'ai', 'regie-de-quartier', 'centre-social'].includes(actor.type);
}

/**
 * The checklist of a subsidy for `actor` on `date`. `amount` (€ a year, when known) decides the
 * convention item: required above the threshold, left out at or below it, to check when unknown.
 */
export function subsidyChecklistOf(actor: Actor, date: string, amount?: number): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const add = (itemId: ChecklistItemId, parameterId: LegalParameterId, status: ChecklistItem['status']): void => {
    const p = legalParameterOn(parameterId, date);
    if (!p.ok) return;
    items.push({ itemId, status, parameterId, value: p.value });
  };
  const threshold = legalParameterOn('subsidy-convention-threshold', date);
  if (threshold.ok && threshold.value !== null) {
    if (amount === undefined) add('convention-above-threshold', 'subsidy-convention-threshold', 'check');
    else if (amount > threshold.value) add('convention-above-threshold', 'subsidy-convention-threshold', 'required');
  }
  if (isAssociationOrFoundation(actor)) add('contrat-engagement-republicain', 'contrat-engagement-republicain', 'required');
  add('de-minimis-or-sieg', 'de-minimis-ceiling', isCompany(actor) ? 'required' : 'check');
  add('elected-member-conflict', 'elected-member-conflict', 'check');
  return items;
}
