import { describe, expect, it } from 'vitest';
import { REASON_CODES, formatReason, messagesEn, messagesFr } from '@terreau/core';
import type { Reason } from '@terreau/core';

/** A reason carrying every fact a template may quote. */
const full = (code: Reason['code']): Reason => ({
  code,
  criterionId: 'financial-autonomy',
  score: 25,
  zoning: 'qpv',
  stage: 'development',
  activity: 'ressourcerie',
  need: 'healthy-food',
  approval: 'aci',
  fundingSource: 'fse',
  instrumentId: 'reserved-siae',
  decisionMaker: 'departement',
  parameterId: 'no-publicity-threshold-supplies',
  date: '2026-04-01',
  value: 0.4,
  request: 'investment',
});

describe.each([
  ['fr', messagesFr],
  ['en', messagesEn],
] as const)('formatReason (%s)', (_locale, messages) => {
  it('has a text for every reason code, with every placeholder filled', () => {
    for (const code of REASON_CODES) {
      const text = formatReason(full(code), messages);
      expect(text.length, code).toBeGreaterThan(15);
      expect(text, code).not.toMatch(/[{}]/);
    }
  });
});

describe('formatReason', () => {
  it('names the criterion, the stage and the decision-maker in the locale', () => {
    expect(formatReason({ code: 'weak-criterion', criterionId: 'financial-autonomy', score: 25 }, messagesFr)).toMatch(/^Le critère « .+ » est fragile \(25\/100\)\.$/);
    expect(formatReason({ code: 'stage-fit', stage: 'emergence' }, messagesEn)).toBe('This action suits the emergence stage.');
    expect(formatReason({ code: 'excluded-notre-departement', decisionMaker: 'departement' }, messagesEn)).toContain('NOTRe');
  });
  it('names the request and shows the room left under the SCIC cap as a percentage', () => {
    expect(formatReason({ code: 'first-answers-request', request: 'cash-flow' }, messagesFr)).toBe('C’est ce qui est demandé : « Un problème de trésorerie ».');
    expect(formatReason({ code: 'caution-scic-cap-crossed', value: 0.15 }, messagesEn)).toContain('15%');
  });
  it('shows shares as percentages in each locale', () => {
    expect(formatReason({ code: 'excluded-scic-public-capital-cap', value: 0.5 }, messagesFr)).toContain('50\u202f%');
    expect(formatReason({ code: 'many-fragile', value: 0.375 }, messagesEn)).toBe('38% of the enterprises assessed are fragile.');
  });
});
