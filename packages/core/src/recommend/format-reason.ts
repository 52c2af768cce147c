// Renders a reason code with its facts in the messages' language. Labels of criteria, zonings,
// activities, needs and approvals come from the scoring and catalogue parts; when one is missing
// the id is shown rather than nothing.
import type { LabelMessages } from '../i18n/messages.fr.js';
import type { Reason } from '../schema/recommendation.js';
import { fillMessage } from '../scoring/fill-message.js';

/** Codes whose `value` is a share (0–1) shown as a percentage. */
const SHARE_CODES = new Set<string>([
  'few-answers',
  'isolated-actors',
  'many-fragile',
  'many-young-actors',
  'incomplete-knowledge',
  'excluded-scic-public-capital-cap',
  'caution-scic-cap-crossed',
  'actors-largely-unknown',
]);

/** The label of `id` in a messages table whose entries are strings or `{ label }` objects. */
export function labelFrom(table: unknown, id: string): string | undefined {
  if (table === null || typeof table !== 'object') return undefined;
  const entry = (table as Record<string, unknown>)[id];
  if (typeof entry === 'string') return entry;
  if (entry !== null && typeof entry === 'object') {
    const label = (entry as Record<string, unknown>)['label'];
    if (typeof label === 'string') return label;
  }
  return undefined;
}

/** A share as a percentage in the messages' locale ("40 %" in French, "40%" in English). */
export function formatShare(share: number, locale: 'fr' | 'en'): string {
  const pct = Math.round(share * 100);
  return locale === 'fr' ? `${pct}\u202f%` : `${pct}%`;
}

/** The text of a reason, e.g. "Le critère « Autonomie financière » est fragile (25/100)." */
export function formatReason(reason: Reason, messages: LabelMessages): string {
  const template = messages.recommend.reasons[reason.code];
  const cat = messages.catalogue as unknown as Record<string, unknown>;
  const scoring = messages.scoring as unknown as Record<string, unknown>;
  const r = messages.recommend;
  const params: Record<string, string | number> = {};
  if (reason.criterionId !== undefined) params['criterion'] = labelFrom(scoring['criteria'], reason.criterionId) ?? reason.criterionId;
  if (reason.score !== undefined) params['score'] = Math.round(reason.score);
  if (reason.zoning !== undefined) params['zoning'] = labelFrom(cat['zonings'], reason.zoning) ?? reason.zoning.toUpperCase();
  if (reason.activity !== undefined) params['activity'] = labelFrom(cat['activities'], reason.activity) ?? reason.activity;
  if (reason.need !== undefined) params['need'] = labelFrom(cat['needs'], reason.need) ?? reason.need;
  if (reason.approval !== undefined) params['approval'] = labelFrom(cat['approvals'], reason.approval) ?? reason.approval;
  if (reason.stage !== undefined) params['stage'] = r.stages[reason.stage].toLowerCase();
  if (reason.fundingSource !== undefined) params['fundingSource'] = r.fundingSources[reason.fundingSource];
  if (reason.instrumentId !== undefined) params['instrument'] = r.instruments[reason.instrumentId];
  if (reason.decisionMaker !== undefined) params['decisionMaker'] = r.decisionMakers[reason.decisionMaker];
  if (reason.parameterId !== undefined) params['parameter'] = r.legal[reason.parameterId].label;
  if (reason.date !== undefined) params['date'] = reason.date;
  if (reason.request !== undefined) params['request'] = r.requests[reason.request];
  if (reason.value !== undefined) {
    params['value'] = SHARE_CODES.has(reason.code) ? formatShare(reason.value, messages.locale) : String(reason.value);
  }
  return fillMessage(template, params);
}
