// The figures step as plain data: which amounts the form asks for, how a typed text becomes a
// number (French or English decimals, spaces as thousands separators), and the conversions between
// the form's flat text fields and core's nested `Figures`. Lit-free, DOM-free.
import type { Figures } from '@terreau/core';

/** Flat keys of the form's fields; each maps to one place in `Figures`. */
export const FIGURE_FIELDS = [
  'revenues.sales',
  'revenues.subsidies.0',
  'revenues.subsidies.1',
  'revenues.subsidies.2',
  'revenues.donations',
  'revenues.other',
  'expenses.total',
  'expenses.depreciation',
  'expenses.admin',
  'equity',
  'longTermDebts',
  'netFixedAssets',
  'stocks',
  'receivables',
  'shortTermDebts',
  'cash',
  'employees',
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** Fields that may be negative (equity after losses). */
const SIGNED: ReadonlySet<FigureField> = new Set(['equity']);

/** Fields of subsidy lines, which also carry the funder's name. */
export const SUBSIDY_FIELDS = ['revenues.subsidies.0', 'revenues.subsidies.1', 'revenues.subsidies.2'] as const;

export type FigureError = 'not-a-number' | 'negative';

/** Reads "12 345,67", "12345.67", "-3 000" → number; '' → null; anything else → an error. */
export function parseAmount(text: string, field: FigureField): { ok: true; value: number | null } | { ok: false; error: FigureError } {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (t === '') return { ok: true, value: null };
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return { ok: false, error: 'not-a-number' };
  const value = Number(t.replace(',', '.'));
  if (!Number.isFinite(value) || Math.abs(value) > 1e13) return { ok: false, error: 'not-a-number' };
  if (value < 0 && !SIGNED.has(field)) return { ok: false, error: 'negative' };
  return { ok: true, value };
}

/** The form's raw state: amount texts by field, and the funder names of subsidy lines. */
export interface FiguresDraft {
  amounts: Partial<Record<FigureField, string>>;
  funders: Partial<Record<(typeof SUBSIDY_FIELDS)[number], string>>;
}

/**
 * Builds core's Figures from the valid fields of a draft, and lists the invalid ones. `kept` (the
 * figures the draft was shown from: an import, a share link) keeps whole what the form cannot hold —
 * the year, subsidy lines beyond the third, funder kinds and multi-year flags, donors, sales to
 * public buyers — so editing one field never drops the rest (nor changes the score through them).
 */
export function figuresFromDraft(draft: FiguresDraft, kept: Figures = {}): { figures: Figures; errors: Partial<Record<FigureField, FigureError>> } {
  const errors: Partial<Record<FigureField, FigureError>> = {};
  const v: Partial<Record<FigureField, number>> = {};
  for (const field of FIGURE_FIELDS) {
    const parsed = parseAmount(draft.amounts[field] ?? '', field);
    if (!parsed.ok) errors[field] = parsed.error;
    else if (parsed.value !== null) v[field] = parsed.value;
  }
  const figures: Figures = {};
  const subsidies = SUBSIDY_FIELDS.flatMap((f, i) => {
    const amount = v[f];
    if (amount === undefined) return [];
    const funder = (draft.funders[f] ?? '').trim().slice(0, 300) || `#${i + 1}`;
    const before = kept.revenues?.subsidies?.[i];
    // The same line as before (same funder): its kind and multi-year flag stay.
    const line: NonNullable<NonNullable<Figures['revenues']>['subsidies']>[number] = { funder, amount };
    if (before && before.funder === funder) {
      if (before.funderKind) line.funderKind = before.funderKind;
      if (before.multiYear !== undefined) line.multiYear = before.multiYear;
    }
    return [line];
  });
  const beyond = kept.revenues?.subsidies?.slice(SUBSIDY_FIELDS.length) ?? [];
  subsidies.push(...beyond);
  if (kept.year !== undefined) figures.year = kept.year;
  const hasRevenues = ['revenues.sales', 'revenues.donations', 'revenues.other'].some((f) => v[f as FigureField] !== undefined) || subsidies.length > 0;
  if (hasRevenues) {
    const keptDonations = kept.revenues?.donations ?? [];
    const donationsTotal = keptDonations.reduce((sum, d) => sum + d.amount, 0);
    const donations = v['revenues.donations'];
    figures.revenues = {
      sales: v['revenues.sales'] ?? 0,
      ...(kept.revenues?.salesToPublicBuyers !== undefined && v['revenues.sales'] !== undefined ? { salesToPublicBuyers: kept.revenues.salesToPublicBuyers } : {}),
      subsidies,
      // The donor lines stay while their total is the amount shown.
      donations: donations === undefined ? [] : keptDonations.length > 0 && donationsTotal === donations ? keptDonations : [{ amount: donations }],
      other: v['revenues.other'] ?? 0,
    };
  }
  const expenses: NonNullable<Figures['expenses']> = {};
  if (v['expenses.total'] !== undefined) expenses.total = v['expenses.total'];
  if (v['expenses.depreciation'] !== undefined) expenses.depreciation = v['expenses.depreciation'];
  if (v['expenses.admin'] !== undefined) expenses.admin = v['expenses.admin'];
  if (Object.keys(expenses).length > 0) figures.expenses = expenses;
  for (const key of ['equity', 'longTermDebts', 'netFixedAssets', 'stocks', 'receivables', 'shortTermDebts', 'cash', 'employees'] as const) {
    const n = v[key];
    if (n !== undefined) figures[key] = n;
  }
  return { figures, errors };
}

/** Subsidy lines the form does not show (beyond the third): how many, and their total. */
export function hiddenSubsidies(figures: Figures): { count: number; total: number } {
  const rest = figures.revenues?.subsidies?.slice(SUBSIDY_FIELDS.length) ?? [];
  return { count: rest.length, total: rest.reduce((s, l) => s + l.amount, 0) };
}

/** The draft that shows saved Figures again (after a reload, an import or a share link). */
export function draftFromFigures(figures: Figures): FiguresDraft {
  const amounts: FiguresDraft['amounts'] = {};
  const funders: FiguresDraft['funders'] = {};
  const put = (f: FigureField, n: number | undefined) => {
    if (n !== undefined) amounts[f] = String(n);
  };
  const r = figures.revenues;
  if (r) {
    if (r.sales) put('revenues.sales', r.sales);
    (r.subsidies ?? []).slice(0, 3).forEach((line, i) => {
      const f = SUBSIDY_FIELDS[i];
      if (!f) return;
      put(f, line.amount);
      if (!/^#\d$/.test(line.funder)) funders[f] = line.funder;
    });
    const donations = (r.donations ?? []).reduce((s, d) => s + d.amount, 0);
    if (donations) put('revenues.donations', donations);
    if (r.other) put('revenues.other', r.other);
  }
  put('expenses.total', figures.expenses?.total);
  put('expenses.depreciation', figures.expenses?.depreciation);
  put('expenses.admin', figures.expenses?.admin);
  for (const key of ['equity', 'longTermDebts', 'netFixedAssets', 'stocks', 'receivables', 'shortTermDebts', 'cash', 'employees'] as const) {
    put(key, figures[key]);
  }
  return { amounts, funders };
}
