// Which public-procurement procedure an estimated amount allows on a given day (code de la commande
// publique), for the sourcing note of procurement actions. The thresholds are core's dated legal
// parameters (data/legal-parameters.ts); the procedures' own articles and the rules a note must
// recall are dated data here, with their source. Pure.
import { legalParameterOn, type LegalParameterInForce } from '../data/legal-parameters.js';
import type { LegalParameterId } from '../data/ids.js';

export type ProcurementNature = 'supplies' | 'works';
export type ProcedureId = 'no-publicity' | 'adapted' | 'formal';

interface DatedRule {
  validFrom: string;
  validTo?: string;
  source: string;
}

/** Each procedure, the threshold it stays below (per nature of purchase), and the text that sets it. */
export const PROCUREMENT_PROCEDURES: readonly { id: ProcedureId; below: Record<ProcurementNature, LegalParameterId> | null; rule: DatedRule | null }[] = [
  // Its source is the threshold's own (R2122-8, with the decree that set the figure in force).
  { id: 'no-publicity', below: { supplies: 'no-publicity-threshold-supplies', works: 'no-publicity-threshold-works' }, rule: null },
  { id: 'adapted', below: { supplies: 'eu-threshold-supplies-local', works: 'eu-threshold-works' }, rule: { validFrom: '2019-04-01', source: 'Code de la commande publique, art. L2123-1 et R2123-1' } },
  { id: 'formal', below: null, rule: { validFrom: '2019-04-01', source: 'Code de la commande publique, art. L2124-1 à L2124-4 et R2124-1' } },
];

/** Rules every sourcing note recalls when in force on its date. */
export const PROCUREMENT_RULES: readonly ({ id: 'environmental-condition' } & DatedRule)[] = [
  // Loi Climat et résilience art. 35: an environmental execution condition and award criterion in every contract.
  { id: 'environmental-condition', validFrom: '2026-08-22', source: 'Loi n° 2021-1104 du 22 août 2021, art. 35 (code de la commande publique, art. L2112-2 et L2152-7)' },
];

export interface ProcedureOnDate {
  id: ProcedureId;
  /** The threshold the amount stays below (absent for the formal procedure, or when it is not in force that day). */
  threshold?: LegalParameterInForce;
  /** The threshold the amount reaches (the formal procedure: the European threshold). */
  reached?: LegalParameterInForce;
  source: string;
}

const inForce = (rule: DatedRule, date: string) => rule.validFrom <= date && (rule.validTo === undefined || date <= rule.validTo);

/**
 * Every procedure with its threshold and source on `date` (in order: without publicity, adapted,
 * formal). A procedure whose threshold is not in force that day is left out.
 */
export function proceduresOn(date: string, nature: ProcurementNature = 'supplies'): ProcedureOnDate[] {
  const out: ProcedureOnDate[] = [];
  let previous: LegalParameterInForce | undefined;
  for (const p of PROCUREMENT_PROCEDURES) {
    if (p.below === null) {
      if (p.rule && inForce(p.rule, date)) out.push({ id: p.id, ...(previous ? { reached: previous } : {}), source: p.rule.source });
      continue;
    }
    const t = legalParameterOn(p.below[nature], date);
    if (!t.ok) continue;
    if (p.rule && !inForce(p.rule, date)) continue;
    out.push({ id: p.id, threshold: t, source: p.rule?.source ?? t.source });
    previous = t;
  }
  return out;
}

/**
 * The procedure an estimated amount (€ HT, the whole contract over its full length, every lot)
 * allows on `date`: the first whose threshold the amount stays strictly below; the formal one
 * otherwise. Null when no procedure is known that day (a date before the code's thresholds).
 */
export function procedureFor(amount: number, date: string, nature: ProcurementNature = 'supplies'): ProcedureOnDate | null {
  const list = proceduresOn(date, nature);
  for (const p of list) {
    if (p.threshold === undefined) return p;
    if (p.threshold.value !== null && amount < p.threshold.value) return p;
  }
  return null;
}

/** The rules a note recalls on `date`. */
export function procurementRulesOn(date: string): (typeof PROCUREMENT_RULES)[number][] {
  return PROCUREMENT_RULES.filter((r) => inForce(r, date));
}
