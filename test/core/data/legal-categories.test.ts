import { describe, expect, it } from 'vitest';
import { classifyLegalUnit } from '@terreau/core';
import type { LegalUnitInput } from '@terreau/core';

// [input, expected type, family, confidence, reason, ess]
const cases: [LegalUnitInput, string | null, string | null, string, string, boolean | null][] = [
  [{ categorieJuridique: '9220', ess: 'O' }, 'association', 'associations', 'certain', 'association-form', true],
  [{ categorieJuridique: '9220' }, 'association', 'associations', 'certain', 'association-form', true],
  [{ categorieJuridique: 9230 }, 'association', 'associations', 'certain', 'association-form', true],
  [{ categorieJuridique: '9260' }, 'association', 'associations', 'certain', 'association-form', true],
  [{ categorieJuridique: '9222' }, 'ai', 'insertion', 'certain', 'intermediary-association', true],
  [{ categorieJuridique: '9221' }, 'aci', 'insertion', 'likely', 'insertion-association', true],
  [{ categorieJuridique: '9300' }, 'fondation', 'fondations', 'certain', 'foundation-form', true],
  [{ categorieJuridique: '5458' }, 'scop', 'cooperatives', 'certain', 'scop-form', true],
  [{ categorieJuridique: '5558' }, 'scop', 'cooperatives', 'certain', 'scop-form', true],
  [{ categorieJuridique: '5658' }, 'scop', 'cooperatives', 'certain', 'scop-form', true],
  [{ categorieJuridique: '5560', ess: 'O' }, 'cooperative', 'cooperatives', 'likely', 'cooperative-form', true],
  [{ categorieJuridique: '6317' }, 'cooperative', 'cooperatives', 'likely', 'cooperative-form', true],
  [{ categorieJuridique: '6595' }, 'cooperative', 'cooperatives', 'likely', 'cooperative-bank', true],
  [{ categorieJuridique: '8210' }, 'mutuelle', 'mutuelles', 'certain', 'mutual-form', true],
  [{ categorieJuridique: '8250' }, 'mutuelle', 'mutuelles', 'certain', 'mutual-form', true],
  [{ categorieJuridique: '5505', ess: 'O' }, 'societe-commerciale-ess', 'societes-ess', 'likely', 'workers-participation-sa', true],
  [{ categorieJuridique: '5710', ess: 'O' }, 'societe-commerciale-ess', 'societes-ess', 'likely', 'commercial-company-ess', true],
  [{ categorieJuridique: '5499', ess: 'N' }, null, null, 'unknown', 'commercial-company', false],
  [{ categorieJuridique: '5710', ess: 'O', naf: '78.20Z' }, 'etti', 'insertion', 'likely', 'naf-etti', true],
  [{ categorieJuridique: '9220', naf: '88.10C' }, 'esat', 'insertion', 'likely', 'naf-esat', true],
  [{ categorieJuridique: '7366', naf: '8810C' }, 'esat', 'insertion', 'likely', 'naf-esat', false],
  [{ categorieJuridique: '7210', ess: 'N' }, 'commune', 'public', 'certain', 'local-authority', false],
  [{ categorieJuridique: '7220' }, 'departement', 'public', 'certain', 'local-authority', false],
  [{ categorieJuridique: '7230' }, 'region', 'public', 'certain', 'local-authority', false],
  [{ categorieJuridique: '7346' }, 'epci', 'public', 'certain', 'intercommunality', false],
  [{ categorieJuridique: '7348' }, 'epci', 'public', 'certain', 'intercommunality', false],
  [{ categorieJuridique: '7344' }, 'epci', 'public', 'certain', 'intercommunality', false],
  [{ categorieJuridique: '7343' }, 'epci', 'public', 'certain', 'intercommunality', false],
  [{ categorieJuridique: '7172' }, 'service-etat', 'public', 'certain', 'state-service', false],
  [{ categorieJuridique: '7381' }, 'chambre-consulaire', 'accompagnateurs', 'certain', 'consular-chamber', false],
  [{ categorieJuridique: '7410' }, 'gip', 'public', 'certain', 'public-interest-group', false],
  [{ categorieJuridique: '7371' }, 'bailleur-social', 'public', 'certain', 'social-housing', false],
  [{ categorieJuridique: '5546' }, 'bailleur-social', 'public', 'certain', 'social-housing', null],
  [{ categorieJuridique: '8110', naf: '84.30C' }, 'caf', 'public', 'likely', 'naf-caf', false],
  [{ categorieJuridique: '8110', naf: '84.30A' }, null, 'public', 'likely', 'social-security', false],
  [{ categorieJuridique: '7355' }, null, 'public', 'likely', 'local-public-body', false],
  [{ categorieJuridique: '7490' }, null, 'public', 'likely', 'public-body', false],
  [{ categorieJuridique: '1000', ess: 'N' }, null, null, 'unknown', 'unmapped-category', false],
  [{ categorieJuridique: '6540' }, null, null, 'unknown', 'unmapped-category', null],
  [{ categorieJuridique: '92' }, null, null, 'unknown', 'invalid-category', null],
  [{ categorieJuridique: 'abcd', ess: 'O' }, null, null, 'unknown', 'invalid-category', true],
];

describe('classifyLegalUnit', () => {
  it.each(cases)('%j → %s', (input, type, family, confidence, reason, ess) => {
    expect(classifyLegalUnit(input)).toEqual({ type, family, confidence, reason, ess });
  });

  it('lets SIRENE’s own ESS flag override the default of the form', () => {
    expect(classifyLegalUnit({ categorieJuridique: '9220', ess: 'N' }).ess).toBe(false);
  });

  it('never throws on junk input', () => {
    for (const junk of [null, undefined, {}, [], 12.5, '']) {
      expect(() => classifyLegalUnit({ categorieJuridique: junk as unknown as string })).not.toThrow();
    }
  });
});
