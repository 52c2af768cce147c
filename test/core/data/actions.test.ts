import { describe, expect, it } from 'vitest';
import {
  ACTION_IDS,
  COMPETENCE_NOTE_IDS,
  DECISION_MAKER_IDS,
  LEGAL_PARAMETER_IDS,
  LEVER_IDS,
  Lever,
  SupportAction,
  decisionMakers,
  defaultDataset,
  levers,
  messagesEn,
  messagesFr,
  supportActions,
} from '@terreau/core';

describe('levers and actions catalogues', () => {
  it('parse against their schemas', () => {
    for (const l of levers) expect(Lever.safeParse(l).success).toBe(true);
    for (const a of supportActions) expect(SupportAction.safeParse(a).success).toBe(true);
  });

  it('hold each id exactly once, in the ids order', () => {
    expect(levers.map((l) => l.id)).toEqual([...LEVER_IDS]);
    expect(supportActions.map((a) => a.id)).toEqual([...ACTION_IDS]);
  });

  it('put every action in exactly one lever, the one the action names', () => {
    const listed = levers.flatMap((l) => l.actions);
    expect([...listed].sort()).toEqual([...ACTION_IDS].sort());
    for (const a of supportActions) {
      expect(levers.find((l) => l.actions.includes(a.id))?.id).toBe(a.leverId);
    }
  });

  it('give every action at least one competent decision-maker', () => {
    for (const a of supportActions) {
      const maps = a.instruments.length > 0 ? a.instruments.map((i) => i.decisionMakers) : [a.decisionMakers];
      expect(maps.some((m) => Object.keys(m).length > 0), a.id).toBe(true);
    }
  });

  it('keep instrument ids unique across actions', () => {
    const ids = supportActions.flatMap((a) => a.instruments.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describe every decision-maker kind', () => {
    expect(decisionMakers.map((d) => d.id)).toEqual([...DECISION_MAKER_IDS]);
  });

  it('cite only case studies of the default dataset', () => {
    const ids = new Set(defaultDataset.actors.map((a) => a.id));
    for (const a of supportActions) {
      expect(a.examples.length, a.id).toBeGreaterThan(0);
      for (const e of a.examples) expect(ids.has(e), `${a.id} → ${e}`).toBe(true);
    }
  });
});

describe.each([
  ['fr', messagesFr],
  ['en', messagesEn],
] as const)('%s texts of the recommender', (_locale, m) => {
  it('label and summarise every lever', () => {
    for (const id of LEVER_IDS) {
      expect(m.recommend.levers[id].label.length).toBeGreaterThan(3);
      expect(m.recommend.levers[id].summary.length).toBeGreaterThan(20);
    }
  });

  it('label and explain every action, every step key and every example of the catalogue', () => {
    for (const a of supportActions) {
      const t = m.recommend.actions[a.id];
      expect(t.label.length).toBeGreaterThan(3);
      expect(t.what.length).toBeGreaterThan(30);
      const steps = t.steps as Record<string, string>;
      const examples = t.examples as Record<string, string>;
      expect(Object.keys(steps).sort()).toEqual([...a.steps].sort());
      for (const s of a.steps) expect(steps[s]?.length ?? 0, `${a.id}.${s}`).toBeGreaterThan(10);
      expect(Object.keys(examples).sort()).toEqual([...a.examples].sort());
    }
  });

  it('label every instrument, competence note and legal parameter', () => {
    for (const a of supportActions) for (const i of a.instruments) expect(m.recommend.instruments[i.id].length).toBeGreaterThan(3);
    for (const n of COMPETENCE_NOTE_IDS) expect(m.recommend.competenceNotes[n].length).toBeGreaterThan(10);
    for (const p of LEGAL_PARAMETER_IDS) {
      expect(m.recommend.legal[p].label.length).toBeGreaterThan(3);
      expect(m.recommend.legal[p].note.length).toBeGreaterThan(10);
    }
  });
});
