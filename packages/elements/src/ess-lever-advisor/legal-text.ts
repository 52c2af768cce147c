// A legal basis as text: its label and its value with the unit when it has one ("60 000 € HT"),
// in the messages' language. Part of the recommendation chunk. Lit-free.
import type { LabelMessages, LegalBasisEntry } from '@terreau/core';
import { labelOf, messageAt } from './labels.js';

/** A legal basis: its label, and its value with the unit when it has one ("60 000 € HT"). */
export function legalText(basis: LegalBasisEntry, messages: LabelMessages): { label: string; value: string | null } {
  const label = labelOf(messages, 'legalParameters', basis.parameterId);
  if (basis.value === null) return { label, value: null };
  const locale = messages.locale === 'en' ? 'en-GB' : 'fr-FR';
  const n = basis.unit === 'share' ? basis.value * 100 : basis.value;
  const unit = messageAt(messages, ['recommend', 'units', basis.unit]) ?? '';
  return { label, value: `${new Intl.NumberFormat(locale).format(n)}${unit ? `\u00a0${unit}` : ''}` };
}
