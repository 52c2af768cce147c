import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Actor, caseStudies, draftSourcingNote, isProcurementAction, messagesEn, procedureFor, proceduresOn, recommendActions, sourcingNoteDocument, ACTION_IDS } from '@terreau/core';

describe('procedureFor', () => {
  it('gives the procedure the amount allows on that date (R2122-8 threshold raised on 2026-04-01)', () => {
    expect(procedureFor(50_000, '2026-03-31')?.id).toBe('adapted');
    expect(procedureFor(50_000, '2026-04-01')?.id).toBe('no-publicity');
    expect(procedureFor(59_999, '2026-04-01')?.threshold?.value).toBe(60_000);
    expect(procedureFor(60_000, '2026-04-01')?.id).toBe('adapted');
    expect(procedureFor(216_000, '2026-12-02')?.id).toBe('formal');
    expect(procedureFor(90_000, '2026-12-02', 'works')?.id).toBe('no-publicity');
  });

  it('never goes to a lighter procedure when the amount grows', () => {
    const order = { 'no-publicity': 0, adapted: 1, formal: 2 } as const;
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), fc.constantFrom('2024-06-01', '2026-03-31', '2026-04-01', '2027-06-01'), (a, b, date) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const p = procedureFor(lo, date);
        const q = procedureFor(hi, date);
        expect(p).not.toBeNull();
        expect(order[q!.id]).toBeGreaterThanOrEqual(order[p!.id]);
      }),
    );
  });

  it('lists no procedure before the code has thresholds in our data', () => {
    expect(proceduresOn('2010-01-01')).toEqual([]);
    expect(procedureFor(1000, '2010-01-01')).toBeNull();
  });
});

describe('sourcing note', () => {
  it('is what procurement actions get, not a partnership convention', () => {
    expect(ACTION_IDS.filter(isProcurementAction)).toEqual(['prior-exchanges', 'direct-purchase', 'procurement-access']);
  });

  it('names the buyer and the operator, cites the procedure the amount allows that day and the recommendation’s legal basis', () => {
    const actor = Actor.parse(caseStudies.find((a) => a.id === 'cs-hercule-insertion'));
    const rec = recommendActions({ actor, decisionMaker: { kind: 'commune' }, date: '2026-12-02' });
    const purchase = rec.actions.find((a) => a.actionId === 'direct-purchase')!;
    const md = draftSourcingNote(purchase, { buyer: 'Commune de Die', operator: 'Ressourcerie du Diois', amount: 45_000, date: '2026-12-02', startDate: '2027-01-04', durationMonths: 12 });
    expect(md).toContain('Commune de Die, acheteur public.');
    expect(md).toContain('Ressourcerie du Diois fait partie des opérateurs à consulter');
    expect(md).toMatch(/Montant estimé : 45\s000,00\s€ HT/);
    expect(md).toContain('**Procédure que ce montant permet : marché sans publicité ni mise en concurrence préalables**');
    expect(md).toMatch(/sous 60\s000,00\s€ HT/);
    expect(md).toContain('art. R2122-8');
    expect(md).toContain('art. R2111-1');
    expect(md).toContain('Loi n° 2021-1104'); // in force since 2026-08-22
    expect(md).not.toContain('Convention de partenariat');
    const before = draftSourcingNote('direct-purchase', { buyer: 'X', amount: 45_000, date: '2026-03-01' });
    expect(before).toContain('procédure adaptée');
    expect(before).not.toContain('Loi n° 2021-1104');
  });

  it('lists every procedure with its threshold when no amount is given, in English too', () => {
    const doc = sourcingNoteDocument('procurement-access', { buyer: 'Town', date: '2026-12-02', messages: messagesEn });
    const text = JSON.stringify(doc);
    expect(doc.title).toBe('Sourcing note and outline of specifications — ' + messagesEn.recommend.actions['procurement-access'].label);
    expect(text).toContain('adapted procedure');
    expect(text).toMatch(/216,000/);
  });
});
