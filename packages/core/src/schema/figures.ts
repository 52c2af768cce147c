import * as z from 'zod/mini';

// An actor's yearly financial figures, in euros. Everything is optional: indicators whose inputs
// are missing come out as null (see scoring/compute-indicators.ts). Amounts are capped at 10^13 €
// so that sums can never overflow.

const MAX_AMOUNT = 1e13;
/** A non-negative amount in euros. */
const Amount = /* @__PURE__ */ z.number().check(z.gte(0), z.lte(MAX_AMOUNT));
/** An amount that may be negative (equity after losses, a net result). */
const SignedAmount = /* @__PURE__ */ z.number().check(z.gte(-MAX_AMOUNT), z.lte(MAX_AMOUNT));

/** Kinds of public funder, to read a subsidy line without parsing its free-text name. */
export const FUNDER_KINDS = ['state', 'region', 'departement', 'epci', 'commune', 'caf', 'eu', 'other-public'] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

/** One public subsidy line (operating, project or investment subsidy received in the year). */
export const SubsidyLine = z.object({
  /** Who pays: "Région Nouvelle-Aquitaine", "CAF de la Creuse"… Lines with the same funder are added up. */
  funder: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  funderKind: z.optional(z.enum(FUNDER_KINDS)),
  amount: Amount,
  /** Granted under a pluriannual agreement. */
  multiYear: z.optional(z.boolean()),
});
export type SubsidyLine = z.infer<typeof SubsidyLine>;

/** One private donation or sponsorship line (foundation, firm, individuals). */
export const DonationLine = z.object({
  /** The donor; lines without a donor are counted together as "individual donors". */
  donor: z.optional(/* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
  amount: Amount,
});
export type DonationLine = z.infer<typeof DonationLine>;

/**
 * Revenue of the year by source. When `revenues` is given it is taken as complete: a source left
 * out counts as 0. When `revenues` itself is left out, revenue-based indicators are null.
 */
export const Revenues = z.object({
  /** Market revenue: sales of goods and services, to private or public buyers (public contracts included). */
  sales: z.optional(Amount),
  /** Of `sales`, the part paid by public buyers under contracts (informative). */
  salesToPublicBuyers: z.optional(Amount),
  subsidies: z.optional(/* @__PURE__ */ z.array(SubsidyLine).check(z.maxLength(1000))),
  donations: z.optional(/* @__PURE__ */ z.array(DonationLine).check(z.maxLength(1000))),
  /** Everything else: membership fees, financial and exceptional income, transfers of charges… */
  other: z.optional(Amount),
});
export type Revenues = z.infer<typeof Revenues>;

/** Expenses of the year. */
export const Expenses = z.object({
  /** All expenses of the year, depreciation included. */
  total: z.optional(Amount),
  /** Depreciation and provisions (non-cash expenses), part of `total`. */
  depreciation: z.optional(Amount),
  /** Administrative and general costs (management, accounting, premises of the head office), part of `total`. */
  admin: z.optional(Amount),
});
export type Expenses = z.infer<typeof Expenses>;

export const Figures = z.object({
  /** Financial year the figures describe. */
  year: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(1900), z.lte(2100))),
  revenues: z.optional(Revenues),
  expenses: z.optional(Expenses),
  /** Equity (fonds propres / fonds associatifs), reserves and investment subsidies included. */
  equity: z.optional(SignedAmount),
  /** Medium and long-term debts (loans over one year); permanent capital = equity + these. Left out = 0. */
  longTermDebts: z.optional(Amount),
  /** Net fixed assets (immobilisations nettes). */
  netFixedAssets: z.optional(Amount),
  /** Stocks (inventories). Left out = 0. */
  stocks: z.optional(Amount),
  /** Receivables, subsidies granted but not yet paid included. */
  receivables: z.optional(Amount),
  /** Short-term operating debts: suppliers, tax and social debts. */
  shortTermDebts: z.optional(Amount),
  /** Cash at bank at year end. */
  cash: z.optional(Amount),
  /** Headcount at year end. */
  employees: z.optional(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(1e6))),
});
export type Figures = z.infer<typeof Figures>;
