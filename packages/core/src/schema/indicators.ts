import * as z from 'zod/mini';
import { FINANCIAL_INDICATOR_IDS } from '../data/ids.js';
import type { FinancialIndicatorId } from '../data/ids.js';

/**
 * One financial indicator computed from an actor's figures. `value` is null when it cannot be
 * computed: `missing` then lists the figures it needs (paths such as "expenses.total"), or `reason`
 * says the denominator is zero. `inputs` holds the numbers it was computed from, so it can be checked
 * by hand; `assumed` lists optional inputs that were absent and taken as 0.
 */
export const IndicatorValue = z.object({
  id: z.enum(FINANCIAL_INDICATOR_IDS),
  value: z.nullable(z.number()),
  unit: z.enum(['eur', 'days', 'ratio', 'index']),
  reason: z.optional(z.enum(['missing-input', 'zero-denominator', 'overflow'])),
  missing: z.array(z.string()),
  assumed: z.array(z.string()),
  inputs: z.record(z.string(), z.number()),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export type Indicators = Record<FinancialIndicatorId, IndicatorValue>;
