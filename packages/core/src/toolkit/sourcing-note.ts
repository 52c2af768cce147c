// A sourcing note and outline of specifications for a procurement action (lever `procurement`):
// a purchase is a public contract, never a partnership convention paid up front (the textbook
// requalification and favouritism risk). The note names the buyer and the operator to consult, the
// amount entered, the procedure that amount allows on that date (procurement-procedures.ts, from
// core's dated thresholds), the sourcing rule, an outline of specifications and the legal basis of
// the recommendation. A document model (document.ts), rendered as Markdown, .docx or .odt.
import { supportActionOf } from '../data/actions.js';
import { legalParameterOn } from '../data/legal-parameters.js';
import type { ActionId } from '../data/ids.js';
import { messagesFr, type LabelMessages } from '../i18n/messages.fr.js';
import { dayOrToday } from '../formats/today-iso.js';
import { isIsoDate } from '../schema/is-iso-date.js';
import type { RecommendedAction } from '../schema/recommendation.js';
import { fillMessage } from '../scoring/fill-message.js';
import { day, legalBasisLines, money, singleLine } from './draft-convention.js';
import { documentToMarkdown, escapeMarkdown, type DocBlock, type DraftDocument } from './document.js';
import { procedureFor, proceduresOn, procurementRulesOn, type ProcurementNature } from './procurement-procedures.js';

export interface SourcingNoteOptions {
  messages?: LabelMessages;
  /** The buyer (the local authority). */
  buyer: string;
  /** The ESS enterprise to consult among others. */
  operator?: string;
  /** Estimated amount in euros HT, whole contract, every lot. */
  amount?: number;
  /** The day whose thresholds apply (ISO). */
  date: string;
  /** Wished start of performance (ISO) and length in months. */
  startDate?: string;
  durationMonths?: number;
  nature?: ProcurementNature;
  /** How a user string is made safe (escapeMarkdown for Markdown; default: kept on one line). */
  esc?: (text: string) => string;
}

/** True for the actions that are purchases (lever `procurement`): they get a sourcing note, not a convention. */
export function isProcurementAction(actionId: ActionId): boolean {
  return supportActionOf(actionId).leverId === 'procurement';
}

/** The sourcing note as a document model. Pure; never throws. */
export function sourcingNoteDocument(action: ActionId | RecommendedAction, options: SourcingNoteOptions): DraftDocument {
  const m = options.messages ?? messagesFr;
  const locale = m.locale;
  const s = m.toolkit.sourcing;
  const actionId = typeof action === 'string' ? action : action.actionId;
  const actionText = m.recommend.actions[actionId];
  const escape = options.esc ?? singleLine;
  const esc = (v: string | undefined) => (v === undefined || v.trim() === '' ? '—' : escape(v));
  const date = dayOrToday(options.date);
  const nature = options.nature ?? 'supplies';
  const blocks: DocBlock[] = [];
  const h2 = (text: string) => blocks.push({ kind: 'heading', level: 2, text });
  const p = (text: string, strong = false) => blocks.push(strong ? { kind: 'paragraph', text, strong } : { kind: 'paragraph', text });
  const ul = (items: readonly string[]) => blocks.push({ kind: 'bullets', items });
  const eur = (n: number | null) => (n === null ? '—' : money(n, locale));
  const src = (t: string) => escape(t);

  blocks.push({ kind: 'notice', text: s.draftNotice });
  h2(s.sections.buyer);
  p(fillMessage(s.buyerLine, { name: esc(options.buyer) }));
  if (options.operator !== undefined && options.operator.trim() !== '') {
    h2(s.sections.operators);
    p(fillMessage(s.operatorLine, { name: esc(options.operator) }));
  }
  h2(s.sections.need);
  p(actionText.what);

  h2(s.sections.procedure);
  const amount = options.amount !== undefined && Number.isFinite(options.amount) && options.amount >= 0 ? options.amount : undefined;
  const when = day(date, locale);
  const line = (id: 'no-publicity' | 'adapted' | 'formal', threshold: number | null, source: string) =>
    fillMessage(s.procedures[id], { date: when, threshold: eur(threshold), source: src(source) });
  if (amount !== undefined) {
    p(fillMessage(s.amountLine, { amount: money(amount, locale) }));
    const chosen = procedureFor(amount, date, nature);
    if (chosen === null) p(s.noProcedure);
    else {
      p(fillMessage(s.procedureChosen, { procedure: s.procedureNames[chosen.id] }), true);
      p(line(chosen.id, (chosen.threshold ?? chosen.reached)?.value ?? null, chosen.source));
    }
  } else {
    p(s.amountUnknown);
    const list = proceduresOn(date, nature);
    if (list.length === 0) p(s.noProcedure);
    else ul(list.map((x) => line(x.id, (x.threshold ?? x.reached)?.value ?? null, x.source)));
  }

  h2(s.sections.sourcing);
  const consultation = legalParameterOn('prior-market-consultation', date);
  p(fillMessage(s.sourcingLine, { source: src(consultation.ok ? consultation.source : 'Code de la commande publique, art. R2111-1') }));

  h2(s.sections.outline);
  blocks.push({ kind: 'numbered', items: s.outline });
  for (const r of procurementRulesOn(date)) if (r.id === 'environmental-condition') p(fillMessage(s.environmentalRule, { source: src(r.source) }));

  h2(s.sections.calendar);
  const months = options.durationMonths !== undefined && Number.isInteger(options.durationMonths) && options.durationMonths > 0 ? options.durationMonths : undefined;
  const start = options.startDate !== undefined && isIsoDate(options.startDate) ? options.startDate : undefined;
  p(start !== undefined && months !== undefined ? fillMessage(s.calendarStart, { start: day(start, locale), months }) : s.calendarUnknown);

  if (typeof action !== 'string' && action.legalBasis.length > 0) {
    h2(s.sections.legal);
    p(fillMessage(s.legalIntro, { date: when }));
    ul(legalBasisLines(action, m, escape));
  }
  return { locale, title: fillMessage(s.title, { action: actionText.label }), blocks };
}

/** The sourcing note in Markdown (every user string escaped). */
export function draftSourcingNote(action: ActionId | RecommendedAction, options: SourcingNoteOptions): string {
  return documentToMarkdown(sourcingNoteDocument(action, { ...options, esc: escapeMarkdown }));
}
