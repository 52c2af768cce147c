// Drafts a partnership convention (seed 000's template: parties, responsibilities, deliverables,
// duration, financial terms, indicators, evaluation calendar, data-sharing protocol), in French or
// English, as a document model (document.ts) rendered as Markdown, .docx or .odt. In Markdown every
// string that comes from the user is escaped, so a name can never become a heading, a link or raw
// HTML in the rendered document.
import * as z from 'zod/mini';
import { supportActionOf } from '../data/actions.js';
import { ACTION_IDS, ASSET_IDS, OUTCOME_INDICATOR_IDS, PARTNER_ROLE_IDS } from '../data/ids.js';
import type { ActionId, OutcomeIndicatorId } from '../data/ids.js';
import { messagesFr } from '../i18n/messages.fr.js';
import type { LabelMessages } from '../i18n/messages.fr.js';
import { IsoDate } from '../schema/actor.js';
import type { RecommendedAction } from '../schema/recommendation.js';
import { fillMessage } from '../scoring/fill-message.js';
import { addMonths } from './kpi.js';
import { documentToMarkdown, escapeMarkdown, type DocBlock, type DraftDocument } from './document.js';

export { escapeMarkdown } from './document.js';

export const ConventionPartner = z.object({
  name: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  role: z.enum(PARTNER_ROLE_IDS),
  /** What the partner commits to; default: the usual responsibilities of its role. */
  responsibilities: z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.maxLength(1000))).check(z.maxLength(50))),
  assets: z.optional(z.array(z.enum(ASSET_IDS))),
  /** Financial contribution in euros. */
  amount: z.optional(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(1e12))),
});
export type ConventionPartner = z.infer<typeof ConventionPartner>;

export interface DraftConventionOptions {
  /**
   * The messages to write in (their `locale` sets dates and amounts too); default: French. Pass
   * `messagesEn` (`@terreau/core/messages/en`) for English: this module does not import it, so a
   * French page never loads the English text.
   */
  messages?: LabelMessages;
  /** ISO day the convention starts; without it the calendar is described, not dated. */
  startDate?: string;
  /** Length in months (default 36, a three-year agreement). */
  durationMonths?: number;
  /** Total amount in euros, split into yearly instalments. */
  amount?: number;
  /** Deliverables written by the parties; default: the action's steps. */
  deliverables?: readonly string[];
  /** Indicators to follow; default: direct beneficiaries, survival at 12 months, local co-financing, jobs. */
  indicators?: readonly OutcomeIndicatorId[];
  /** A short statement of purpose written by the parties, added to the action's description. */
  purpose?: string;
  /**
   * How a user string is made safe for the output: `escapeMarkdown` for Markdown (what
   * `draftConvention` uses); the default keeps it as it is, for writers that escape on output (.docx, .odt).
   */
  esc?: (text: string) => string;
}

const DEFAULT_INDICATORS: readonly OutcomeIndicatorId[] = ['beneficiaries-direct', 'survival-12-months', 'local-cofinancing-share', 'jobs-created', 'jobs-consolidated'];

export function money(amount: number, locale: 'fr' | 'en'): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(amount);
}

export function day(iso: string, locale: 'fr' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

function valueWithUnit(value: number, unit: string, unitText: string, locale: 'fr' | 'en'): string {
  if (unit === 'share') return `${Math.round(value * 100)}${locale === 'fr' ? '\u202f' : ''}%`;
  const n = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB').format(value);
  return unitText === '' ? n : `${n} ${unitText}`;
}

/** The legal-basis lines of a recommended action ("label : value (source, in force since …)"); `esc` makes the source safe. */
export function legalBasisLines(action: RecommendedAction, m: LabelMessages, esc: (s: string) => string): string[] {
  const c = m.toolkit.convention;
  const locale = m.locale;
  return action.legalBasis.map((l) => {
    const label = m.recommend.legal[l.parameterId].label;
    const vars = { label, source: esc(l.source), from: day(l.validFrom, locale) };
    return l.value === null ? fillMessage(c.legalLineNoValue, vars) : fillMessage(c.legalLine, { ...vars, value: valueWithUnit(l.value, l.unit, m.recommend.units[l.unit], locale) });
  });
}

/** Folds line breaks of a user string into spaces (the default of `esc`: writers that escape on output). */
export const singleLine = (s: string): string => s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

/**
 * A Markdown partnership convention for an action (an action id, or a recommended action whose
 * legal basis is then cited) between the given partners. Pure; never throws: every user string is
 * escaped, an empty one shows as "—", an invalid date or duration falls back to an undated
 * calendar or 36 months.
 */
export function draftConvention(action: ActionId | RecommendedAction, partners: readonly ConventionPartner[], options: DraftConventionOptions = {}): string {
  return documentToMarkdown(conventionDocument(action, partners, { ...options, esc: escapeMarkdown }));
}

/** The same convention as a document model (for .docx and .odt, user strings are left as they are unless `options.esc` says). */
export function conventionDocument(action: ActionId | RecommendedAction, partners: readonly ConventionPartner[], options: DraftConventionOptions = {}): DraftDocument {
  const m = options.messages ?? messagesFr;
  const locale: 'fr' | 'en' = m.locale;
  const c = m.toolkit.convention;
  const actionId: ActionId = typeof action === 'string' ? action : action.actionId;
  const known = (ACTION_IDS as readonly string[]).includes(actionId);
  const actionText = known ? m.recommend.actions[actionId] : undefined;
  const escape = options.esc ?? singleLine;
  const esc = (s: string | undefined) => (s === undefined || s.trim() === '' ? '—' : escape(s));
  const blocks: DocBlock[] = [];
  const h2 = (text: string) => blocks.push({ kind: 'heading', level: 2, text });
  const p = (text: string, strong = false) => blocks.push(strong ? { kind: 'paragraph', text, strong } : { kind: 'paragraph', text });
  const ul = (items: readonly string[]) => blocks.push({ kind: 'bullets', items });

  blocks.push({ kind: 'notice', text: c.draftNotice });
  p(c.between);

  h2(c.sections.parties);
  ul(
    partners.map((pt) => {
      const parts = [fillMessage(c.partyLine, { name: esc(pt.name), role: c.roles[pt.role] ?? esc(String(pt.role)) })];
      if (pt.assets !== undefined && pt.assets.length > 0) parts.push(fillMessage(c.contribution, { assets: pt.assets.map((a) => c.assets[a] ?? esc(String(a))).join(', ') }));
      if (pt.amount !== undefined && Number.isFinite(pt.amount)) parts.push(fillMessage(c.amountContribution, { amount: money(pt.amount, locale) }));
      return parts.join(' ; ');
    }),
  );

  h2(c.sections.purpose);
  if (actionText !== undefined) p(actionText.what);
  if (options.purpose !== undefined && options.purpose.trim() !== '') p(esc(options.purpose));

  h2(c.sections.responsibilities);
  for (const pt of partners) {
    blocks.push({ kind: 'heading', level: 3, text: esc(pt.name) });
    ul(pt.responsibilities !== undefined && pt.responsibilities.length > 0 ? pt.responsibilities.map(esc) : [c.defaultResponsibilities[pt.role] ?? '—']);
  }

  h2(c.sections.deliverables);
  const deliverables =
    options.deliverables !== undefined && options.deliverables.length > 0
      ? options.deliverables.map(esc)
      : known
        ? supportActionOf(actionId).steps.map((k) => (actionText?.steps as Record<string, string> | undefined)?.[k] ?? k)
        : [];
  if (deliverables.length > 0) blocks.push({ kind: 'numbered', items: deliverables });

  h2(c.sections.duration);
  const months = options.durationMonths !== undefined && Number.isInteger(options.durationMonths) && options.durationMonths > 0 ? options.durationMonths : 36;
  const start = options.startDate !== undefined && IsoDate.safeParse(options.startDate).success ? options.startDate : undefined;
  const end = start === undefined ? undefined : dayBefore(addMonths(start, months));
  p(start === undefined || end === undefined ? fillMessage(c.durationUnknownStart, { months }) : fillMessage(c.durationLine, { months, start: day(start, locale), end: day(end, locale) }));
  const reservedEss = typeof action !== 'string' && action.instruments.includes('reserved-ess');
  if (reservedEss && months > 36) p(fillMessage(c.durationTooLong, { max: 3 }), true);

  h2(c.sections.financial);
  if (options.amount !== undefined && Number.isFinite(options.amount) && options.amount >= 0) {
    const instalments = Math.max(1, Math.ceil(months / 12));
    p(fillMessage(c.amountLine, { amount: money(options.amount, locale), instalments }));
    if (start !== undefined) {
      const share = Math.round((options.amount / instalments) * 100) / 100;
      const items: string[] = [];
      for (let i = 0; i < instalments; i += 1) {
        const amount = i === instalments - 1 ? Math.round((options.amount - share * (instalments - 1)) * 100) / 100 : share;
        items.push(fillMessage(c.instalmentLine, { index: i + 1, amount: money(amount, locale), date: day(addMonths(start, 12 * i), locale) }));
      }
      ul(items);
    }
  } else {
    p(c.amountUnknown);
  }
  p(c.financialCommon);

  h2(c.sections.indicators);
  const indicators = (options.indicators ?? DEFAULT_INDICATORS).filter((id) => (OUTCOME_INDICATOR_IDS as readonly string[]).includes(id));
  ul(indicators.map((id) => fillMessage(c.indicatorLine, m.toolkit.kpis[id])));

  h2(c.sections.evaluation);
  if (start === undefined) {
    p(c.reviewsUnknownStart);
  } else {
    const items: string[] = [];
    for (let k = 3; k < months; k += 3) items.push(fillMessage(k % 12 === 0 ? c.steeringLine : c.reviewLine, { date: day(addMonths(start, k), locale) }));
    items.push(fillMessage(c.finalLine, { date: day(end ?? start, locale) }));
    ul(items);
  }

  h2(c.sections.data);
  ul(c.dataClauses);

  if (typeof action !== 'string' && action.legalBasis.length > 0) {
    h2(c.sections.legal);
    ul(legalBasisLines(action, m, escape));
  }

  h2(c.sections.signatures);
  ul(partners.map((pt) => fillMessage(c.signatureLine, { name: esc(pt.name) })));
  return { locale, title: fillMessage(c.title, { action: actionText?.label ?? esc(actionId) }), blocks };
}

/** The ISO day before `iso`. */
function dayBefore(iso: string): string {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d - 1)).toISOString().slice(0, 10);
}
