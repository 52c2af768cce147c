import { describe, expect, it } from 'vitest';
import { Actor, DecisionMaker, competenceRules, eligibilityContextOf, eligibilityOf, supportActionOf } from '@terreau/core';
import type { ActionId, ActorInput, DecisionMakerInput, InstrumentId } from '@terreau/core';

const actor = (p: Partial<ActorInput> & Pick<ActorInput, 'type'>): Actor =>
  Actor.parse({ id: 'x', name: 'Test', provenance: { source: 'test', checkedAt: '2026-01-01' }, ...p });

interface Case {
  actor: Actor;
  dm: DecisionMakerInput;
  action: ActionId;
  /** The instrument judged; the action itself when it has none. */
  unit?: InstrumentId;
  extra?: Record<string, unknown>;
}
/** Each row: a case where the row lets the unit through (or does not warn), and one where it closes it (or warns). */
interface Pair {
  allowed: Case;
  forbidden: Case;
}

const DATE = '2026-12-02';
const judge = (c: Case) => {
  const ctx = eligibilityContextOf({ actor: c.actor, decisionMaker: DecisionMaker.parse(c.dm), date: DATE, ...(c.extra ?? {}) });
  const e = eligibilityOf(supportActionOf(c.action), ctx);
  const open = c.unit === undefined ? e.eligible : e.instruments.includes(c.unit);
  const excluded = c.unit === undefined ? e.reasons : (e.excludedInstruments.find((x) => x.instrumentId === c.unit)?.reasons ?? []);
  const cautions = e.cautions.filter((x) => c.unit === undefined || x.instrumentId === c.unit);
  return { open, excluded, cautions };
};

const scop = actor({ type: 'scop', legalCategory: '5458', activities: ['eco-logistics'] });
const farmScop = actor({ type: 'scop', legalCategory: '5458', activities: ['short-circuit'] });
const sa = actor({ type: 'societe-commerciale-ess', legalCategory: '5505', activities: ['collective-entrepreneurship'] });
const scic = actor({ type: 'scic', activities: ['fablab'] });
const association = actor({ type: 'association', legalCategory: '9220', activities: ['associative-cafe'] });
const aci = actor({ type: 'aci', legalCategory: '9220', activities: ['ressourcerie'] });
const regie = actor({ type: 'regie-de-quartier', legalCategory: '9220', activities: ['solidarity-concierge'] });
const regieEi = actor({ type: 'regie-de-quartier', legalCategory: '9220', approvals: ['ei'], activities: ['solidarity-concierge'] });
const healthCentre = actor({ type: 'association', legalCategory: '9220', activities: ['health-centre'], size: { employees: '10-49' } });
const noEmployee = actor({ type: 'association', legalCategory: '9220', activities: ['associative-cafe'], size: { employees: '0' } });

const pairs: Record<string, Pair> = {
  'departement-no-business-aid': {
    allowed: { actor: scop, dm: { kind: 'region' }, action: 'sector-policies', unit: 'business-aid' },
    forbidden: { actor: scop, dm: { kind: 'departement', partners: ['region'] }, action: 'sector-policies', unit: 'business-aid' },
  },
  'departement-no-company-aid': {
    allowed: { actor: aci, dm: { kind: 'departement' }, action: 'operating-subsidy' },
    forbidden: { actor: sa, dm: { kind: 'departement', partners: ['region'] }, action: 'operating-subsidy' },
  },
  'departement-agriculture-convention': {
    allowed: { actor: farmScop, dm: { kind: 'departement', partners: ['region'] }, action: 'sector-policies', unit: 'business-aid' },
    forbidden: { actor: farmScop, dm: { kind: 'departement' }, action: 'sector-policies', unit: 'business-aid' },
  },
  'departement-premises-delegated': {
    allowed: { actor: scop, dm: { kind: 'departement', partners: ['epci'] }, action: 'premises', unit: 'public-premises' },
    forbidden: { actor: scop, dm: { kind: 'departement' }, action: 'premises', unit: 'public-premises' },
  },
  'commune-epci-company-aid': {
    allowed: { actor: association, dm: { kind: 'commune' }, action: 'advance-funds' },
    forbidden: { actor: scic, dm: { kind: 'commune' }, action: 'advance-funds' },
  },
  'commune-epci-business-aid': {
    allowed: { actor: association, dm: { kind: 'commune', partners: ['region'] }, action: 'sector-policies', unit: 'business-aid' },
    forbidden: { actor: association, dm: { kind: 'commune' }, action: 'sector-policies', unit: 'business-aid' },
  },
  'commune-epci-in-region-scheme': {
    allowed: { actor: sa, dm: { kind: 'epci', partners: ['region'] }, action: 'advance-funds' },
    forbidden: { actor: sa, dm: { kind: 'epci' }, action: 'advance-funds' },
  },
  'scic-subsidies': {
    allowed: { actor: scic, dm: { kind: 'commune' }, action: 'operating-subsidy' },
    forbidden: { actor: scop, dm: { kind: 'commune' }, action: 'operating-subsidy' },
  },
  'scic-public-capital-cap': {
    allowed: { actor: scic, dm: { kind: 'epci' }, action: 'investment', unit: 'scic-shares', extra: { publicCapitalShare: 0.3 } },
    forbidden: { actor: scic, dm: { kind: 'epci' }, action: 'investment', unit: 'scic-shares', extra: { publicCapitalShare: 0.5 } },
  },
  'scic-cap-crossed': {
    allowed: { actor: scic, dm: { kind: 'commune' }, action: 'investment', unit: 'scic-shares', extra: { publicCapitalShare: 0.3, proposedCapitalShare: 0.2 } },
    forbidden: { actor: scic, dm: { kind: 'commune' }, action: 'investment', unit: 'scic-shares', extra: { publicCapitalShare: 0.3, proposedCapitalShare: 0.25 } },
  },
  'scic-share-unknown': {
    allowed: { actor: scic, dm: { kind: 'commune' }, action: 'investment', unit: 'scic-shares', extra: { publicCapitalShare: 0.1 } },
    forbidden: { actor: scic, dm: { kind: 'commune' }, action: 'investment', unit: 'scic-shares' },
  },
  'regie-needs-iae-convention': {
    allowed: { actor: regieEi, dm: { kind: 'commune' }, action: 'direct-purchase', unit: 'reserved-siae' },
    forbidden: { actor: regie, dm: { kind: 'commune' }, action: 'direct-purchase', unit: 'reserved-siae' },
  },
  'reserved-ess-annex-services': {
    allowed: { actor: healthCentre, dm: { kind: 'commune' }, action: 'direct-purchase', unit: 'reserved-ess', extra: { reservedEssContractEnded: '2020-01-31' } },
    forbidden: { actor: association, dm: { kind: 'commune' }, action: 'direct-purchase', unit: 'reserved-ess' },
  },
  'reserved-ess-recent-holder': {
    allowed: { actor: healthCentre, dm: { kind: 'commune' }, action: 'direct-purchase', unit: 'reserved-ess', extra: { reservedEssContractEnded: '2023-11-30' } },
    forbidden: { actor: healthCentre, dm: { kind: 'commune' }, action: 'direct-purchase', unit: 'reserved-ess', extra: { reservedEssContractEnded: '2024-06-30' } },
  },
  'reserved-ess-history-unknown': {
    allowed: { actor: healthCentre, dm: { kind: 'commune' }, action: 'direct-purchase', unit: 'reserved-ess', extra: { reservedEssContractEnded: '2019-06-30' } },
    forbidden: { actor: healthCentre, dm: { kind: 'commune' }, action: 'direct-purchase', unit: 'reserved-ess' },
  },
  'staff-public-interest-only': {
    allowed: { actor: healthCentre, dm: { kind: 'commune' }, action: 'staff', extra: { publicInterestMission: true } },
    forbidden: { actor: healthCentre, dm: { kind: 'commune' }, action: 'staff', extra: { publicInterestMission: false } },
  },
  'staff-public-interest-unknown': {
    allowed: { actor: healthCentre, dm: { kind: 'commune' }, action: 'staff', extra: { publicInterestMission: true } },
    forbidden: { actor: healthCentre, dm: { kind: 'commune' }, action: 'staff' },
  },
  'dla-first-employer': {
    allowed: { actor: healthCentre, dm: { kind: 'region' }, action: 'financial-engineering', unit: 'dla-funding' },
    forbidden: { actor: noEmployee, dm: { kind: 'region' }, action: 'financial-engineering', unit: 'dla-funding' },
  },
  'state-declared-late': {
    allowed: { actor: association, dm: { kind: 'commune' }, action: 'advance-funds', extra: { latePayers: ['fse'] } },
    forbidden: { actor: association, dm: { kind: 'commune' }, action: 'advance-funds', extra: { latePayers: ['state'] } },
  },
  'secure-needs-current-support': {
    allowed: { actor: association, dm: { kind: 'commune' }, action: 'secure-existing', unit: 'renewal', extra: { supportedNow: true } },
    forbidden: { actor: association, dm: { kind: 'commune' }, action: 'secure-existing', unit: 'renewal' },
  },
};

describe('competence rule table', () => {
  it('has one row per rule, each with its article, dates and source (a checked text or our reading)', () => {
    const ids = competenceRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of competenceRules) {
      expect(r.article.length).toBeGreaterThan(10);
      expect(r.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.source === 'our-reading' || r.source.url.startsWith('https://')).toBe(true);
      if (r.effect === 'forbid') expect(r.code).toMatch(/^excluded-/);
      if (r.effect === 'caution') expect(r.code).toMatch(/^caution-/);
      for (const lifted of r.lifts ?? []) expect(ids).toContain(lifted);
    }
  });

  it('has an allowed and a forbidden case for every row', () => {
    expect(Object.keys(pairs).sort()).toEqual(competenceRules.map((r) => r.id).sort());
  });

  describe.each(competenceRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const pair = pairs[id]!;
    if (rule.effect === 'forbid') {
      it('closes the unit, with its code and rule id', () => {
        const j = judge(pair.forbidden);
        expect(j.open).toBe(false);
        expect(j.excluded).toContainEqual(expect.objectContaining({ code: rule.code, ruleId: id }));
      });
      it('lets the allowed case through', () => {
        const j = judge(pair.allowed);
        expect(j.open).toBe(true);
        expect(j.excluded.map((r) => r.ruleId)).not.toContain(id);
      });
    } else if (rule.effect === 'lift') {
      it('reopens the unit on its narrow route, and not without it', () => {
        expect(judge(pair.allowed).open).toBe(true);
        expect(judge(pair.forbidden).open).toBe(false);
        if (rule.code !== undefined) expect(judge(pair.allowed).cautions.map((c) => c.ruleId)).toContain(id);
      });
    } else {
      it('keeps the unit open and warns only when its condition holds', () => {
        const warned = judge(pair.forbidden);
        expect(warned.open).toBe(true);
        expect(warned.cautions).toContainEqual(expect.objectContaining({ code: rule.code, ruleId: id }));
        expect(judge(pair.allowed).cautions.map((c) => c.ruleId)).not.toContain(id);
      });
    }
  });

  it('quotes the room left under the SCIC cap when a proposed stake would cross it', () => {
    const j = judge(pairs['scic-cap-crossed']!.forbidden);
    expect(j.cautions.find((c) => c.code === 'caution-scic-cap-crossed')?.value).toBe(0.2);
  });

  it('applies a rule only between its dates: before NOTRe a Département could still aid a company', () => {
    const ctx = (date: string) => eligibilityContextOf({ actor: sa, decisionMaker: DecisionMaker.parse({ kind: 'departement' }), date });
    const openOn = (date: string) => eligibilityOf(supportActionOf('advance-funds'), ctx(date)).reasons.map((r) => r.ruleId);
    expect(openOn('2026-01-01')).toContain('departement-no-company-aid');
    expect(openOn('2015-01-01')).not.toContain('departement-no-company-aid');
  });

  it('gives a single territorial authority the Région’s competence for business aid (Guyane, Martinique, Corse)', () => {
    const c: Case = { actor: scop, dm: { kind: 'collectivite-unique' }, action: 'sector-policies', unit: 'business-aid' };
    expect(judge(c).open).toBe(true);
    expect(judge({ actor: scop, dm: { kind: 'collectivite-unique' }, action: 'advance-funds' }).open).toBe(true);
    expect(judge({ actor: aci, dm: { kind: 'collectivite-unique' }, action: 'approval-top-up', unit: 'iae-top-up' }).open).toBe(true);
  });
});
