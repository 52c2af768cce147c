// KPI helpers for monitoring a partnership (seed 000): beneficiaries, survival of activities at 12
// and 36 months, resources mobilised and local co-financing share, jobs created or consolidated.
// Labels and definitions: messages.toolkit.kpis[id] (ids: OUTCOME_INDICATOR_IDS). Pure; inputs
// that cannot be counted (negative, not finite, invalid dates) are skipped and counted in `ignored`.
import { IsoDate } from '../schema/actor.js';

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** Adds `months` calendar months to an ISO day, clamping to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

export interface BeneficiaryCount {
  direct: number;
  indirect: number;
  total: number;
}

/** Direct and indirect beneficiaries and their total. */
export function countBeneficiaries(input: { direct?: number; indirect?: number }): BeneficiaryCount {
  const direct = isCount(input.direct) ? input.direct : 0;
  const indirect = isCount(input.indirect) ? input.indirect : 0;
  return { direct, indirect, total: direct + indirect };
}

export interface ActivityRecord {
  /** ISO day the activity started. */
  startedOn: string;
  /** ISO day it stopped; absent while it runs. */
  endedOn?: string | undefined;
}

export interface SurvivalRate {
  months: number;
  /** Activities old enough to be judged (started at least `months` before `asOf`). */
  eligible: number;
  /** Of those, the ones still running `months` after their start. */
  surviving: number;
  /** surviving ÷ eligible; null when none is old enough. */
  rate: number | null;
  /** Records with invalid dates, left out. */
  ignored: number;
}

/**
 * Survival of activities `months` after their start (12 and 36 in the seeds), judged on `asOf`:
 * only activities started at least `months` earlier count; one survives if it had not ended
 * before its `months`-th month was over.
 */
export function survivalRate(activities: readonly ActivityRecord[], months: number, asOf: string): SurvivalRate {
  let eligible = 0;
  let surviving = 0;
  let ignored = 0;
  const valid = (s: string | undefined) => s !== undefined && IsoDate.safeParse(s).success;
  for (const a of activities) {
    if (!valid(a.startedOn) || (a.endedOn !== undefined && !valid(a.endedOn))) {
      ignored += 1;
      continue;
    }
    const milestone = addMonths(a.startedOn, months);
    if (milestone > asOf) continue;
    eligible += 1;
    if (a.endedOn === undefined || a.endedOn >= milestone) surviving += 1;
  }
  return { months, eligible, surviving, rate: eligible === 0 ? null : surviving / eligible, ignored };
}

export interface ResourceLine {
  amount: number;
  /** True when the funder or contributor belongs to the territory. */
  local: boolean;
}

export interface CofinancingShare {
  /** Resources mobilised: the sum of the valid lines. */
  total: number;
  local: number;
  /** local ÷ total; null when nothing was mobilised. */
  share: number | null;
  ignored: number;
}

/** Resources mobilised and the share brought by local actors. */
export function localCofinancingShare(lines: readonly ResourceLine[]): CofinancingShare {
  let total = 0;
  let local = 0;
  let ignored = 0;
  for (const l of lines) {
    if (!isCount(l.amount)) {
      ignored += 1;
      continue;
    }
    total += l.amount;
    if (l.local) local += l.amount;
  }
  return { total, local, share: total === 0 ? null : local / total, ignored };
}

export interface JobsCount {
  created: number;
  consolidated: number;
  total: number;
}

/**
 * Jobs created (growth of the headcount, in FTE or posts) and consolidated (posts at risk that
 * were kept) over the period.
 */
export function jobsCreatedOrConsolidated(input: { before: number; after: number; atRisk?: number; atRiskKept?: number }): JobsCount {
  const before = isCount(input.before) ? input.before : 0;
  const after = isCount(input.after) ? input.after : before;
  const atRisk = isCount(input.atRisk) ? input.atRisk : 0;
  const kept = isCount(input.atRiskKept) ? input.atRiskKept : 0;
  const created = Math.max(0, after - before);
  const consolidated = Math.min(atRisk, kept);
  return { created, consolidated, total: created + consolidated };
}
