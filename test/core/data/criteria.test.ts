import { describe, expect, it } from 'vitest';
import {
  CRITERION_GROUP_IDS,
  CRITERION_IDS,
  Criterion,
  FINANCIAL_INDICATOR_IDS,
  OUTCOME_INDICATOR_IDS,
  criteria,
  criteriaOfGroup,
  criterionById,
  messagesEn,
  messagesFr,
  weightAdjustments,
} from '@terreau/core';

describe('criteria catalogue', () => {
  it('parses and lists each criterion id once, in the order of CRITERION_IDS', () => {
    for (const c of criteria) expect(Criterion.safeParse(c).success).toBe(true);
    expect(criteria.map((c) => c.id)).toEqual([...CRITERION_IDS]);
    expect(new Set(criteria.map((c) => c.id)).size).toBe(criteria.length);
  });

  it('puts needs-fit above the groups and 7 / 4 / 6 criteria in economics / team / ecosystem', () => {
    expect(criterionById('needs-fit').group).toBeNull();
    expect(criteriaOfGroup('economics')).toHaveLength(7);
    expect(criteriaOfGroup('team')).toHaveLength(4);
    expect(criteriaOfGroup('ecosystem')).toHaveLength(6);
  });

  it.each([
    ['fr', messagesFr],
    ['en', messagesEn],
  ])('has %s text for every criterion: label, question, 5 anchors, help, each evidence hint', (_locale, m) => {
    for (const c of criteria) {
      const t = m.scoring.criteria[c.id];
      expect(t.label.trim().length, c.id).toBeGreaterThan(3);
      expect(t.question.trim().endsWith('?'), c.id).toBe(true);
      expect(t.anchors, c.id).toHaveLength(5);
      for (const a of t.anchors) expect(a.trim().length, c.id).toBeGreaterThan(10);
      expect(new Set(t.anchors).size, `${c.id} anchors are distinct`).toBe(5);
      expect(t.help.length, c.id).toBeGreaterThan(20);
      expect(Object.keys(t.evidence).sort(), c.id).toEqual([...c.evidence].sort());
    }
  });

  it('FR and EN texts differ (a translation, not a copy)', () => {
    for (const id of CRITERION_IDS) {
      expect(messagesEn.scoring.criteria[id].question).not.toBe(messagesFr.scoring.criteria[id].question);
      expect(messagesEn.scoring.criteria[id].anchors[2]).not.toBe(messagesFr.scoring.criteria[id].anchors[2]);
    }
  });

  it('names only indicators that have FR and EN labels', () => {
    const all = new Set<string>([...FINANCIAL_INDICATOR_IDS, ...OUTCOME_INDICATOR_IDS]);
    for (const c of criteria) for (const i of c.indicators) expect(all.has(i), `${c.id} → ${i}`).toBe(true);
    for (const i of all) {
      expect(messagesFr.scoring.indicators[i as keyof typeof messagesFr.scoring.indicators].label.length).toBeGreaterThan(3);
      expect(messagesEn.scoring.indicators[i as keyof typeof messagesEn.scoring.indicators].label.length).toBeGreaterThan(3);
    }
  });

  it('has group labels and a written reason for every weight adjustment, FR and EN', () => {
    for (const g of CRITERION_GROUP_IDS) {
      expect(messagesFr.scoring.groups[g].label).toBeTruthy();
      expect(messagesEn.scoring.groups[g].label).toBeTruthy();
    }
    for (const a of weightAdjustments) {
      expect(messagesFr.scoring.adjustments[a.id].length, a.id).toBeGreaterThan(40);
      expect(messagesEn.scoring.adjustments[a.id].length, a.id).toBeGreaterThan(40);
    }
  });
});
