import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Actor, caseStudies, draftConvention, escapeMarkdown, messagesEn, recommendActions } from '@terreau/core';
import type { ConventionPartner } from '@terreau/core';

const partners: ConventionPartner[] = [
  { name: 'Bell’Occas', role: 'carrying', assets: ['skills', 'terrain'] },
  { name: 'Département des Ardennes', role: 'resource', assets: ['finance'], amount: 30000 },
];

describe('draftConvention', () => {
  it('writes every section of the template in French by default', () => {
    const md = draftConvention('advance-funds', partners, { startDate: '2026-04-01', durationMonths: 24, amount: 30000 });
    for (const h of ['## Parties', '## Objet', '## Responsabilités de chaque partie', '## Livrables et étapes', '## Durée', '## Modalités financières', '## Indicateurs de suivi', '## Calendrier d’évaluation', '## Protocole de partage des données', '## Signatures']) {
      expect(md).toContain(h);
    }
    expect(md).toContain('# Convention de partenariat — Avancer les fonds d’autres financeurs');
    expect(md).toContain('du 1 avril 2026 au 31 mars 2028');
    expect(md).toMatch(/Tranche 2 : 15\s000,00\s€, à la date du 1 avril 2027/);
    expect(md).toContain('Comité de pilotage annuel : 1 avril 2027');
    expect(md).toContain('1. Recenser les aides accordées mais non encore versées');
  });

  it('writes it in English, citing the legal basis of a recommended action', () => {
    const actor = Actor.parse(caseStudies.find((a) => a.id === 'cs-hercule-insertion'));
    const rec = recommendActions({ actor, decisionMaker: { kind: 'departement' }, date: '2026-04-01' });
    const purchase = rec.actions.find((a) => a.actionId === 'direct-purchase');
    expect(purchase).toBeDefined();
    const md = draftConvention(purchase!, partners, { messages: messagesEn });
    expect(md).toContain('# Partnership agreement — Buy directly');
    expect(md).toContain('## Legal basis');
    expect(md).toContain('Threshold for purchases without publicity (supplies and services): 60,000 € excl. VAT');
    expect(md).toContain('Contract reserved for insertion enterprises (SIAE): 50%');
    expect(md).toContain('A review every three months');
  });

  it('warns when a contract reserved for ESS enterprises would last over three years', () => {
    const actor = Actor.parse(caseStudies.find((a) => a.id === 'cs-centre-sante-3-cites'));
    const purchase = recommendActions({ actor, decisionMaker: { kind: 'commune' }, date: '2026-04-01' }).actions.find((a) => a.actionId === 'direct-purchase');
    expect(purchase?.instruments).toContain('reserved-ess');
    expect(draftConvention(purchase!, partners, { durationMonths: 48 })).toContain('ne peut pas dépasser 3 ans');
    expect(draftConvention(purchase!, partners, { durationMonths: 36 })).not.toContain('ne peut pas dépasser');
  });

  it('keeps hostile partner names and texts inert', () => {
    const md = draftConvention('premises', [{ name: '<img src=x onerror=alert(1)>\n# Pwned [click](javascript:alert(1))', role: 'carrying', responsibilities: ['- **bold** <script>alert(1)</script>'] }], { purpose: '1. <b>x</b>' });
    expect(md).not.toMatch(/(^|[^\\])<(img|script|b>)/);
    expect(md).not.toContain('\n# Pwned');
    expect(md).not.toContain('](javascript:');
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
  });
});

describe('escapeMarkdown', () => {
  it('never lets a string open HTML, a link, a heading or a new line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const e = escapeMarkdown(s);
        expect(e).not.toMatch(/[\r\n]/);
        expect(e).not.toMatch(/(^|[^\\])[<>[\]()]/);
        expect(e).not.toMatch(/^#/);
      }),
      { numRuns: 500 },
    );
  });
});
