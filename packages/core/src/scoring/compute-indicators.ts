import { FINANCIAL_INDICATOR_IDS } from '../data/ids.js';
import type { FinancialIndicatorId } from '../data/ids.js';
import type { Figures } from '../schema/figures.js';
import type { IndicatorValue, Indicators } from '../schema/indicators.js';

// Financial indicators of DOMAIN §11, from one year's figures. Pure; never NaN nor Infinity: an
// indicator whose inputs are missing, or whose denominator is zero, is null with the reason.
//
// Formulas (all amounts in euros):
//   revenue R = sales + Σ subsidies + Σ donations + other (a source left out of `revenues` counts 0)
//   cash expenses E = expenses.total − expenses.depreciation
//   working-capital (fonds de roulement) FR = equity + longTermDebts − netFixedAssets
//   working-capital-days = FR ÷ E × 365
//   working-capital-need (BFR) = stocks + receivables − shortTermDebts
//   net-cash = FR − BFR;  net-cash-days = net-cash ÷ E × 365
//   self-financing-capacity (CAF, additive method) = (R − expenses.total) + depreciation
//   self-financing-ratio = CAF ÷ R
//   subsidy-dependence = Σ subsidies ÷ R (bankers watch the 50 % line)
//   largest-funder-share = largest funder's amount ÷ R (funders: each subsidy funder and each donor,
//     lines of the same name added up; unnamed donations counted together; 0 when there is none)
//   funder-herfindahl = Σ (funderᵢ ÷ Σ funders)² over the same funders (1 = a single funder)
//   market-revenue-share = sales ÷ R
//   Tuckman & Chang: equity-ratio = equity ÷ R; revenue-concentration = Σ (categoryₖ ÷ R)² over
//     sales, subsidies, donations, other; admin-cost-ratio = expenses.admin ÷ expenses.total;
//     operating-margin = (R − expenses.total) ÷ R

const UNITS: Record<FinancialIndicatorId, IndicatorValue['unit']> = {
  'working-capital': 'eur',
  'working-capital-days': 'days',
  'working-capital-need': 'eur',
  'net-cash': 'eur',
  'net-cash-days': 'days',
  'self-financing-capacity': 'eur',
  'self-financing-ratio': 'ratio',
  'subsidy-dependence': 'ratio',
  'largest-funder-share': 'ratio',
  'funder-herfindahl': 'index',
  'market-revenue-share': 'ratio',
  'equity-ratio': 'ratio',
  'revenue-concentration': 'index',
  'admin-cost-ratio': 'ratio',
  'operating-margin': 'ratio',
};

/** A finite number, or undefined (so hand-built figures with NaN behave as missing). */
function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/** Adds up finite amounts of a list of lines. */
function sumLines(lines: readonly { amount: number }[] | undefined): number {
  let s = 0;
  for (const l of lines ?? []) s += num(l.amount) ?? 0;
  return s;
}

interface Partial {
  value?: number;
  missing?: string[];
  assumed?: string[];
  zero?: boolean;
  inputs?: Record<string, number>;
}

function make(id: FinancialIndicatorId, p: Partial): IndicatorValue {
  const missing = p.missing ?? [];
  const inputs = Object.fromEntries(Object.entries(p.inputs ?? {}).filter(([, v]) => Number.isFinite(v)));
  const base = { id, unit: UNITS[id], missing, assumed: p.assumed ?? [], inputs };
  if (missing.length > 0) return { ...base, value: null, reason: 'missing-input' };
  if (p.zero) return { ...base, value: null, reason: 'zero-denominator' };
  const v = p.value;
  if (v === undefined || !Number.isFinite(v)) return { ...base, value: null, reason: 'overflow' };
  return { ...base, value: v === 0 ? 0 : v };
}

/** Groups funding lines by funder name (trimmed, case-insensitive) and returns the amounts. */
function funderAmounts(figures: Figures): number[] {
  const byFunder = new Map<string, number>();
  const add = (key: string, amount: unknown) => {
    const a = num(amount) ?? 0;
    byFunder.set(key, (byFunder.get(key) ?? 0) + a);
  };
  for (const s of figures.revenues?.subsidies ?? []) add(`s:${String(s.funder).trim().toLowerCase()}`, s.amount);
  for (const d of figures.revenues?.donations ?? []) {
    add(d.donor === undefined ? 'd:' : `d:${String(d.donor).trim().toLowerCase()}`, d.amount);
  }
  return [...byFunder.values()].filter((a) => a > 0);
}

/** Computes every financial indicator of DOMAIN §11 from one year's figures. */
export function computeIndicators(figures: Figures): Indicators {
  const rev = figures.revenues;
  const sales = num(rev?.sales) ?? 0;
  const subsidies = sumLines(rev?.subsidies);
  const donations = sumLines(rev?.donations);
  const other = num(rev?.other) ?? 0;
  const revenue = rev === undefined ? undefined : sales + subsidies + donations + other;
  const revMissing = revenue === undefined ? ['revenues'] : [];

  const total = num(figures.expenses?.total);
  const depreciationGiven = num(figures.expenses?.depreciation);
  const depreciation = depreciationGiven ?? 0;
  const depAssumed = depreciationGiven === undefined ? ['expenses.depreciation'] : [];
  const admin = num(figures.expenses?.admin);
  const cashExpenses = total === undefined ? undefined : Math.max(0, total - depreciation);
  const totalMissing = total === undefined ? ['expenses.total'] : [];

  const equity = num(figures.equity);
  const ltdGiven = num(figures.longTermDebts);
  const nfa = num(figures.netFixedAssets);
  const wcMissing = [...(equity === undefined ? ['equity'] : []), ...(nfa === undefined ? ['netFixedAssets'] : [])];
  const wcAssumed = ltdGiven === undefined ? ['longTermDebts'] : [];
  const wc = equity !== undefined && nfa !== undefined ? equity + (ltdGiven ?? 0) - nfa : undefined;

  const stocksGiven = num(figures.stocks);
  const receivables = num(figures.receivables);
  const std = num(figures.shortTermDebts);
  const wcnMissing = [...(receivables === undefined ? ['receivables'] : []), ...(std === undefined ? ['shortTermDebts'] : [])];
  const wcnAssumed = stocksGiven === undefined ? ['stocks'] : [];
  const wcn = receivables !== undefined && std !== undefined ? (stocksGiven ?? 0) + receivables - std : undefined;
  const netCash = wc !== undefined && wcn !== undefined ? wc - wcn : undefined;

  const result = revenue !== undefined && total !== undefined ? revenue - total : undefined;
  const caf = result !== undefined ? result + depreciation : undefined;

  const funders = funderAmounts(figures);
  const funderTotal = funders.reduce((a, b) => a + b, 0);
  const largestFunder = funders.reduce((a, b) => Math.max(a, b), 0);

  const ratio = (n: number | undefined, d: number | undefined) =>
    n === undefined || d === undefined || d === 0 ? undefined : n / d;
  const days = (n: number | undefined) => (n === undefined || cashExpenses === undefined || cashExpenses === 0 ? undefined : (n / cashExpenses) * 365);
  const zeroRevenue = revenue === 0;

  const out: Record<FinancialIndicatorId, IndicatorValue> = {
    'working-capital': make('working-capital', {
      ...(wc !== undefined && { value: wc }),
      missing: wcMissing,
      assumed: wcAssumed,
      inputs: { ...(equity !== undefined && { equity }), longTermDebts: ltdGiven ?? 0, ...(nfa !== undefined && { netFixedAssets: nfa }) },
    }),
    'working-capital-days': make('working-capital-days', {
      ...(days(wc) !== undefined && { value: days(wc) as number }),
      missing: [...wcMissing, ...totalMissing],
      assumed: [...wcAssumed, ...depAssumed],
      zero: cashExpenses === 0,
      inputs: { ...(wc !== undefined && { workingCapital: wc }), ...(cashExpenses !== undefined && { cashExpenses }) },
    }),
    'working-capital-need': make('working-capital-need', {
      ...(wcn !== undefined && { value: wcn }),
      missing: wcnMissing,
      assumed: wcnAssumed,
      inputs: { stocks: stocksGiven ?? 0, ...(receivables !== undefined && { receivables }), ...(std !== undefined && { shortTermDebts: std }) },
    }),
    'net-cash': make('net-cash', {
      ...(netCash !== undefined && { value: netCash }),
      missing: [...wcMissing, ...wcnMissing],
      assumed: [...wcAssumed, ...wcnAssumed],
      inputs: { ...(wc !== undefined && { workingCapital: wc }), ...(wcn !== undefined && { workingCapitalNeed: wcn }) },
    }),
    'net-cash-days': make('net-cash-days', {
      ...(days(netCash) !== undefined && { value: days(netCash) as number }),
      missing: [...wcMissing, ...wcnMissing, ...totalMissing],
      assumed: [...wcAssumed, ...wcnAssumed, ...depAssumed],
      zero: cashExpenses === 0,
      inputs: { ...(netCash !== undefined && { netCash }), ...(cashExpenses !== undefined && { cashExpenses }) },
    }),
    'self-financing-capacity': make('self-financing-capacity', {
      ...(caf !== undefined && { value: caf }),
      missing: [...revMissing, ...totalMissing],
      assumed: depAssumed,
      inputs: { ...(revenue !== undefined && { revenue }), ...(total !== undefined && { totalExpenses: total }), depreciation },
    }),
    'self-financing-ratio': make('self-financing-ratio', {
      ...(ratio(caf, revenue) !== undefined && { value: ratio(caf, revenue) as number }),
      missing: [...revMissing, ...totalMissing],
      assumed: depAssumed,
      zero: zeroRevenue,
      inputs: { ...(caf !== undefined && { selfFinancingCapacity: caf }), ...(revenue !== undefined && { revenue }) },
    }),
    'subsidy-dependence': make('subsidy-dependence', {
      ...(ratio(subsidies, revenue) !== undefined && { value: ratio(subsidies, revenue) as number }),
      missing: revMissing,
      zero: zeroRevenue,
      inputs: { subsidies, ...(revenue !== undefined && { revenue }) },
    }),
    'largest-funder-share': make('largest-funder-share', {
      ...(ratio(largestFunder, revenue) !== undefined && { value: ratio(largestFunder, revenue) as number }),
      missing: revMissing,
      zero: zeroRevenue,
      inputs: { largestFunder, ...(revenue !== undefined && { revenue }) },
    }),
    'funder-herfindahl': make('funder-herfindahl', {
      ...(funderTotal > 0 && { value: funders.reduce((s, a) => s + (a / funderTotal) ** 2, 0) }),
      missing: revMissing,
      zero: funderTotal === 0,
      inputs: { funders: funders.length, funderTotal },
    }),
    'market-revenue-share': make('market-revenue-share', {
      ...(ratio(sales, revenue) !== undefined && { value: ratio(sales, revenue) as number }),
      missing: revMissing,
      zero: zeroRevenue,
      inputs: { sales, ...(revenue !== undefined && { revenue }) },
    }),
    'equity-ratio': make('equity-ratio', {
      ...(ratio(equity, revenue) !== undefined && { value: ratio(equity, revenue) as number }),
      missing: [...(equity === undefined ? ['equity'] : []), ...revMissing],
      zero: zeroRevenue,
      inputs: { ...(equity !== undefined && { equity }), ...(revenue !== undefined && { revenue }) },
    }),
    'revenue-concentration': make('revenue-concentration', {
      ...(revenue !== undefined &&
        revenue > 0 && { value: [sales, subsidies, donations, other].reduce((s, c) => s + (c / revenue) ** 2, 0) }),
      missing: revMissing,
      zero: zeroRevenue,
      inputs: { sales, subsidies, donations, other },
    }),
    'admin-cost-ratio': make('admin-cost-ratio', {
      ...(ratio(admin, total) !== undefined && { value: ratio(admin, total) as number }),
      missing: [...(admin === undefined ? ['expenses.admin'] : []), ...totalMissing],
      zero: total === 0,
      inputs: { ...(admin !== undefined && { adminExpenses: admin }), ...(total !== undefined && { totalExpenses: total }) },
    }),
    'operating-margin': make('operating-margin', {
      ...(ratio(result, revenue) !== undefined && { value: ratio(result, revenue) as number }),
      missing: [...revMissing, ...totalMissing],
      zero: zeroRevenue,
      inputs: { ...(result !== undefined && { result }), ...(revenue !== undefined && { revenue }) },
    }),
  };
  // Rebuild in the catalogue order so the output's key order never depends on the code above.
  return Object.fromEntries(FINANCIAL_INDICATOR_IDS.map((id) => [id, out[id]])) as Indicators;
}
