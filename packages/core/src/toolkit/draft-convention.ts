// Drafts a partnership convention in Markdown (seed 000's template: parties, responsibilities,
// deliverables, duration, financial terms, indicators, evaluation calendar, data-sharing protocol),
// in French or English. Every string that comes from the user is escaped, so a name can never
// become a heading, a link or raw HTML in the rendered document.
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
}

const DEFAULT_INDICATORS: readonly OutcomeIndicatorId[] = ['beneficiaries-direct', 'survival-12-months', 'local-cofinancing-share', 'jobs-created', 'jobs-consolidated'];

/**
 * Escapes text for Markdown: folds line breaks into spaces (no heading or list can start inside a
 * value), backslash-escapes the characters with an inline meaning (emphasis, code, links, images,
 * tables, `<` and `>` so HTML stays text, `&` so no entity is formed) and a leading list or
 * heading marker.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#!|<>~&]/g, (c) => `\\${c}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function money(amount: number, locale: 'fr' | 'en'): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(amount);
}

function day(iso: string, locale: 'fr' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

function valueWithUnit(value: number, unit: string, unitText: string, locale: 'fr' | 'en'): string {
  if (unit === 'share') return `${Math.round(value * 100)}${locale === 'fr' ? '\u202f' : ''}%`;
  const n = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB').format(value);
  return unitText === '' ? n : `${n} ${unitText}`;
}

/**
 * A Markdown partnership convention for an action (an action id, or a recommended action whose
 * legal basis is then cited) between the given partners. Pure; never throws: every user string is
 * escaped, an empty one shows as "—", an invalid date or duration falls back to an undated
 * calendar or 36 months.
 */
export function draftConvention(action: ActionId | RecommendedAction, partners: readonly ConventionPartner[], options: DraftConventionOptions = {}): string {
  const m = options.messages ?? messagesFr;
  const locale: 'fr' | 'en' = m.locale;
  const c = m.toolkit.convention;
  const actionId: ActionId = typeof action === 'string' ? action : action.actionId;
  const known = (ACTION_IDS as readonly string[]).includes(actionId);
  const actionText = known ? m.recommend.actions[actionId] : undefined;
  const esc = (s: string | undefined) => (s === undefined || s.trim() === '' ? '—' : escapeMarkdown(s));
  const lines: string[] = [];
  const h2 = (title: string) => lines.push('', `## ${title}`, '');

  lines.push(`# ${fillMessage(c.title, { action: actionText?.label ?? esc(actionId) })}`, '', `> ${c.draftNotice}`, '', c.between);

  h2(c.sections.parties);
  for (const p of partners) {
    const parts = [fillMessage(c.partyLine, { name: esc(p.name), role: c.roles[p.role] ?? esc(String(p.role)) })];
    if (p.assets !== undefined && p.assets.length > 0) parts.push(fillMessage(c.contribution, { assets: p.assets.map((a) => c.assets[a] ?? esc(String(a))).join(', ') }));
    if (p.amount !== undefined && Number.isFinite(p.amount)) parts.push(fillMessage(c.amountContribution, { amount: money(p.amount, locale) }));
    lines.push(`- ${parts.join(' ; ')}`);
  }

  h2(c.sections.purpose);
  if (actionText !== undefined) lines.push(actionText.what);
  if (options.purpose !== undefined && options.purpose.trim() !== '') lines.push('', esc(options.purpose));

  h2(c.sections.responsibilities);
  for (const p of partners) {
    lines.push(`### ${esc(p.name)}`, '');
    const items = p.responsibilities !== undefined && p.responsibilities.length > 0 ? p.responsibilities.map(esc) : [c.defaultResponsibilities[p.role] ?? '—'];
    for (const item of items) lines.push(`- ${item}`);
    lines.push('');
  }
  lines.pop();

  h2(c.sections.deliverables);
  const deliverables =
    options.deliverables !== undefined && options.deliverables.length > 0
      ? options.deliverables.map(esc)
      : known
        ? supportActionOf(actionId).steps.map((k) => (actionText?.steps as Record<string, string> | undefined)?.[k] ?? k)
        : [];
  deliverables.forEach((d, i) => lines.push(`${i + 1}. ${d}`));

  h2(c.sections.duration);
  const months = options.durationMonths !== undefined && Number.isInteger(options.durationMonths) && options.durationMonths > 0 ? options.durationMonths : 36;
  const start = options.startDate !== undefined && IsoDate.safeParse(options.startDate).success ? options.startDate : undefined;
  const end = start === undefined ? undefined : dayBefore(addMonths(start, months));
  lines.push(start === undefined || end === undefined ? fillMessage(c.durationUnknownStart, { months }) : fillMessage(c.durationLine, { months, start: day(start, locale), end: day(end, locale) }));
  const reservedEss = typeof action !== 'string' && action.instruments.includes('reserved-ess');
  if (reservedEss && months > 36) lines.push('', `**${fillMessage(c.durationTooLong, { max: 3 })}**`);

  h2(c.sections.financial);
  if (options.amount !== undefined && Number.isFinite(options.amount) && options.amount >= 0) {
    const instalments = Math.max(1, Math.ceil(months / 12));
    lines.push(fillMessage(c.amountLine, { amount: money(options.amount, locale), instalments }));
    if (start !== undefined) {
      const share = Math.round((options.amount / instalments) * 100) / 100;
      for (let i = 0; i < instalments; i += 1) {
        const amount = i === instalments - 1 ? Math.round((options.amount - share * (instalments - 1)) * 100) / 100 : share;
        lines.push(`- ${fillMessage(c.instalmentLine, { index: i + 1, amount: money(amount, locale), date: day(addMonths(start, 12 * i), locale) })}`);
      }
    }
  } else {
    lines.push(c.amountUnknown);
  }
  lines.push('', c.financialCommon);

  h2(c.sections.indicators);
  const indicators = (options.indicators ?? DEFAULT_INDICATORS).filter((id) => (OUTCOME_INDICATOR_IDS as readonly string[]).includes(id));
  for (const id of indicators) lines.push(`- ${fillMessage(c.indicatorLine, m.toolkit.kpis[id])}`);

  h2(c.sections.evaluation);
  if (start === undefined) {
    lines.push(c.reviewsUnknownStart);
  } else {
    for (let k = 3; k < months; k += 3) {
      lines.push(`- ${fillMessage(k % 12 === 0 ? c.steeringLine : c.reviewLine, { date: day(addMonths(start, k), locale) })}`);
    }
    lines.push(`- ${fillMessage(c.finalLine, { date: day(end ?? start, locale) })}`);
  }

  h2(c.sections.data);
  for (const clause of c.dataClauses) lines.push(`- ${clause}`);

  if (typeof action !== 'string' && action.legalBasis.length > 0) {
    h2(c.sections.legal);
    for (const l of action.legalBasis) {
      const label = m.recommend.legal[l.parameterId].label;
      const vars = { label, source: escapeMarkdown(l.source), from: day(l.validFrom, locale) };
      lines.push(
        `- ${
          l.value === null
            ? fillMessage(c.legalLineNoValue, vars)
            : fillMessage(c.legalLine, { ...vars, value: valueWithUnit(l.value, l.unit, m.recommend.units[l.unit], locale) })
        }`,
      );
    }
  }

  h2(c.sections.signatures);
  for (const p of partners) lines.push(`- ${fillMessage(c.signatureLine, { name: esc(p.name) })}`);
  return `${lines.join('\n')}\n`;
}

/** The ISO day before `iso`. */
function dayBefore(iso: string): string {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d - 1)).toISOString().slice(0, 10);
}
