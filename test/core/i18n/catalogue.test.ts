import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_IDS,
  ACTOR_TYPE_IDS,
  APPROVAL_IDS,
  ASSET_IDS,
  BUDGET_BAND_IDS,
  EMPLOYEE_BAND_IDS,
  FAMILY_IDS,
  FRAGILITY_REASON_CODES,
  LEGAL_UNIT_REASONS,
  NEED_IDS,
  PARTNER_ROLE_IDS,
  STAGE_IDS,
  THEME_IDS,
  ZONING_IDS,
  messagesEn,
  messagesFr,
} from '@terreau/core';

const catalogues = {
  families: FAMILY_IDS,
  types: ACTOR_TYPE_IDS,
  needs: NEED_IDS,
  themes: THEME_IDS,
  activities: ACTIVITY_IDS,
  approvals: APPROVAL_IDS,
  zonings: ZONING_IDS,
  assets: ASSET_IDS,
  partnerRoles: PARTNER_ROLE_IDS,
  employeeBands: EMPLOYEE_BAND_IDS,
  budgetBands: BUDGET_BAND_IDS,
  stages: STAGE_IDS,
} as const;

describe('catalogue messages', () => {
  for (const messages of [messagesFr, messagesEn]) {
    describe(messages.locale, () => {
      for (const [part, ids] of Object.entries(catalogues)) {
        it(`labels and describes every id of ${part}, and only those`, () => {
          const entries = messages.catalogue[part as keyof typeof catalogues] as Record<string, { label: string; description: string }>;
          expect(Object.keys(entries).sort()).toEqual([...ids].sort());
          for (const id of ids) {
            expect(entries[id]?.label.trim().length, `${part}.${id}`).toBeGreaterThan(0);
            expect(entries[id]?.description.trim().length, `${part}.${id}`).toBeGreaterThan(0);
          }
        });
      }
      it('words every reason code of classifyLegalUnit and classifyFragility', () => {
        for (const code of LEGAL_UNIT_REASONS) expect(messages.catalogue.legalReasons[code].length, code).toBeGreaterThan(0);
        for (const code of FRAGILITY_REASON_CODES) expect(messages.catalogue.fragility.reasons[code].length, code).toBeGreaterThan(0);
      });
    });
  }

  it('has distinct labels within a catalogue, so lists and legends are unambiguous', () => {
    for (const messages of [messagesFr, messagesEn]) {
      for (const part of Object.keys(catalogues)) {
        const labels = Object.values(messages.catalogue[part as keyof typeof catalogues] as Record<string, { label: string }>).map((e) => e.label);
        expect(new Set(labels).size, `${messages.locale} ${part}`).toBe(labels.length);
      }
    }
  });

  it('translates: English labels differ from French ones for most entries', () => {
    const fr = Object.values(messagesFr.catalogue.needs).map((e) => e.label);
    const en = Object.values(messagesEn.catalogue.needs).map((e) => e.label);
    expect(fr.filter((l, i) => l === en[i]).length).toBe(0);
  });
});
