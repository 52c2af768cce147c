import { describe, expect, it } from 'vitest';
import { OUTCOME_INDICATOR_IDS, addMonths, countBeneficiaries, jobsCreatedOrConsolidated, localCofinancingShare, messagesEn, messagesFr, survivalRate } from '@terreau/core';

describe('KPI helpers', () => {
  it('have a label and a definition for every outcome indicator in FR and EN', () => {
    for (const m of [messagesFr, messagesEn]) for (const id of OUTCOME_INDICATOR_IDS) expect(m.toolkit.kpis[id].definition.length).toBeGreaterThan(10);
  });

  it('count direct and indirect beneficiaries, ignoring invalid counts', () => {
    expect(countBeneficiaries({ direct: 120, indirect: 300 })).toEqual({ direct: 120, indirect: 300, total: 420 });
    expect(countBeneficiaries({ direct: -3, indirect: Number.NaN })).toEqual({ direct: 0, indirect: 0, total: 0 });
  });

  it('measure survival at 12 and 36 months only on activities old enough', () => {
    const acts = [
      { startedOn: '2022-01-10' },
      { startedOn: '2022-06-01', endedOn: '2023-02-01' },
      { startedOn: '2023-03-01', endedOn: '2026-06-01' },
      { startedOn: '2026-01-01' },
      { startedOn: 'bad' },
    ];
    expect(survivalRate(acts, 12, '2026-06-30')).toEqual({ months: 12, eligible: 3, surviving: 2, rate: 2 / 3, ignored: 1 });
    expect(survivalRate(acts, 36, '2026-06-30')).toMatchObject({ eligible: 3, surviving: 2 });
    expect(survivalRate([], 12, '2026-01-01').rate).toBeNull();
  });

  it('compute resources mobilised and the local co-financing share', () => {
    expect(localCofinancingShare([{ amount: 30000, local: true }, { amount: 70000, local: false }, { amount: -1, local: true }])).toEqual({ total: 100000, local: 30000, share: 0.3, ignored: 1 });
    expect(localCofinancingShare([]).share).toBeNull();
  });

  it('count jobs created and consolidated', () => {
    expect(jobsCreatedOrConsolidated({ before: 4, after: 6.5, atRisk: 2, atRiskKept: 1 })).toEqual({ created: 2.5, consolidated: 1, total: 3.5 });
    expect(jobsCreatedOrConsolidated({ before: 6, after: 4 }).created).toBe(0);
  });

  it('add calendar months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});
