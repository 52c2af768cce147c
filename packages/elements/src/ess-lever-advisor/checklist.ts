// The subsidy checklist of an action as lines a reader can act on (issue 11's items, core decides
// which apply): each item's text from core's messages (recommend.checklist, FR or EN) with its
// figure in force filled in, whether the law requires it here or it is to check, and its legal
// basis as in force on the advice's date (label, dates, source). Part of the recommendation chunk.
// Lit-free.
import { legalParameterOn, type ChecklistItem, type LabelMessages, type LegalBasisEntry, type RecommendedAction } from '@terreau/core';
import { fillTemplate, messageAt } from './labels.js';
import { legalText } from './legal-text.js';

export interface ChecklistLine {
  itemId: ChecklistItem['itemId'];
  status: ChecklistItem['status'];
  /** "Obligatoire" / "À vérifier" (core's checklistStatus). */
  statusText: string;
  /** The item, its figure filled in ("Au-delà de 23 000 € par an, une convention…"). */
  text: string;
  /** The legal parameter it rests on, as in force on `date`; null when none is (never for core's items). */
  legal: LegalBasisEntry | null;
}

/** The checklist lines of an action (empty when it is not a subsidy), the law as of `date`. */
export function checklistLines(action: RecommendedAction, date: string, messages: LabelMessages): ChecklistLine[] {
  return action.checklist.map((item) => {
    const found = legalParameterOn(item.parameterId, date);
    let legal: LegalBasisEntry | null = null;
    if (found.ok) {
      const { ok: _ok, ...entry } = found;
      legal = entry;
    }
    // The item's text says "a year" / "over three years" itself: the figure goes in as plain euros.
    const value = legal ? (legalText({ ...legal, unit: legal.unit === 'eur-per-year' ? 'eur' : legal.unit, value: item.value ?? legal.value }, messages).value ?? '') : '';
    const template = messageAt(messages, ['recommend', 'checklist', item.itemId]) ?? item.itemId;
    return {
      itemId: item.itemId,
      status: item.status,
      statusText: messageAt(messages, ['recommend', 'checklistStatus', item.status]) ?? item.status,
      text: fillTemplate(template, { value }),
      legal,
    };
  });
}
