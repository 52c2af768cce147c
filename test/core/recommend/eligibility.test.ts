import { describe, expect, it } from 'vitest';
import { Actor, DecisionMaker, eligibilityContextOf, eligibilityOf, supportActionOf } from '@terreau/core';
import type { ActionId, ActorInput, DecisionMakerInput, InstrumentId } from '@terreau/core';

function actor(partial: Partial<ActorInput> & Pick<ActorInput, 'type'>): Actor {
  return Actor.parse({ id: 'x', name: 'Test', provenance: { source: 'test', checkedAt: '2026-01-01' }, ...partial });
}
function judge(actionId: ActionId, a: Actor, dm: DecisionMakerInput, extra: { publicCapitalShare?: number; targetApprovals?: ('esus' | 'scene-conventionnee' | 'evs')[] } = {}) {
  return eligibilityOf(supportActionOf(actionId), eligibilityContextOf({ actor: a, decisionMaker: DecisionMaker.parse(dm), ...extra }));
}
function opens(actionId: ActionId, instrument: InstrumentId, a: Actor, dm: DecisionMakerInput, extra = {}): boolean {
  return judge(actionId, a, dm, extra).instruments.includes(instrument);
}
function codesOf(actionId: ActionId, instrument: InstrumentId, a: Actor, dm: DecisionMakerInput, extra = {}): string[] {
  return (judge(actionId, a, dm, extra).excludedInstruments.find((e) => e.instrumentId === instrument)?.reasons ?? []).map((r) => r.code);
}

const association = actor({ type: 'association', activities: ['associative-cafe'] });
const scic = actor({ type: 'scic', activities: ['fablab'] });
const scop = actor({ type: 'scop', activities: ['eco-logistics'] });
const aci = actor({ type: 'aci', activities: ['ressourcerie'] });
const aiAssociation = actor({ type: 'association', approvals: ['ai'], activities: ['personal-services'] });
const esat = actor({ type: 'esat', activities: ['food-workshop'] });
const ea = actor({ type: 'entreprise-adaptee', activities: ['eco-logistics'] });
const healthCentre = actor({ type: 'association', activities: ['health-centre'] });
const pme = actor({ type: 'pme-locale' });
const commune = actor({ type: 'commune' });

describe('share capital (SCIC shares)', () => {
  it.each([
    ['an association', association],
    ['a SCOP', scop],
    ['an ACI', aci],
    ['an ESAT', esat],
  ])('is never open to %s', (_name, a) => {
    expect(opens('investment', 'scic-shares', a, { kind: 'commune' })).toBe(false);
    expect(codesOf('investment', 'scic-shares', a, { kind: 'commune' })).toContain('excluded-share-capital-not-scic');
  });
  it('is open to a SCIC for a commune, an EPCI, a Département and a Région', () => {
    for (const kind of ['commune', 'epci', 'departement', 'region'] as const) expect(opens('investment', 'scic-shares', scic, { kind })).toBe(true);
  });
  it('closes once public bodies hold 50 % of the capital', () => {
    expect(opens('investment', 'scic-shares', scic, { kind: 'commune' }, { publicCapitalShare: 0.49 })).toBe(true);
    expect(codesOf('investment', 'scic-shares', scic, { kind: 'commune' }, { publicCapitalShare: 0.5 })).toEqual(['excluded-scic-public-capital-cap']);
  });
  it('is not a tool of a CAF or a social landlord', () => {
    expect(codesOf('investment', 'scic-shares', scic, { kind: 'caf' })).toContain('excluded-not-competent');
    expect(opens('investment', 'scic-shares', scic, { kind: 'bailleur-social' })).toBe(false);
  });
});

describe('reserved contracts', () => {
  it.each([
    ['an ACI', aci, true],
    ['an association holding an AI approval', aiAssociation, true],
    ['a plain association', association, false],
    ['a SCOP', scop, false],
    ['an ESAT', esat, false],
  ])('L2113-13 (SIAE) for %s: %s', (_n, a, open) => {
    expect(opens('direct-purchase', 'reserved-siae', a, { kind: 'departement' })).toBe(open);
    if (!open) expect(codesOf('direct-purchase', 'reserved-siae', a, { kind: 'departement' })).toEqual(['excluded-not-siae']);
  });
  it.each([
    ['an ESAT', esat, true],
    ['an entreprise adaptée', ea, true],
    ['an ACI', aci, false],
    ['an association', association, false],
  ])('L2113-12 (disability) for %s: %s', (_n, a, open) => {
    expect(opens('direct-purchase', 'reserved-disability', a, { kind: 'commune' })).toBe(open);
    if (!open) expect(codesOf('direct-purchase', 'reserved-disability', a, { kind: 'commune' })).toEqual(['excluded-not-disability-employer']);
  });
  it('L2113-14 (either) opens to disability and insertion employers only', () => {
    expect(opens('direct-purchase', 'reserved-inclusive', esat, { kind: 'epci' })).toBe(true);
    expect(opens('direct-purchase', 'reserved-inclusive', aci, { kind: 'epci' })).toBe(true);
    expect(codesOf('direct-purchase', 'reserved-inclusive', scop, { kind: 'epci' })).toEqual(['excluded-not-inclusive-employer']);
  });
  it('L2113-15 opens to ESS enterprises in the listed services only', () => {
    expect(opens('direct-purchase', 'reserved-ess', healthCentre, { kind: 'commune' })).toBe(true);
    expect(codesOf('direct-purchase', 'reserved-ess', association, { kind: 'commune' })).toEqual(['excluded-service-not-listed']);
    const commercialHealth = actor({ type: 'ei', legalCategory: '5710', activities: ['health-centre'] });
    expect(codesOf('direct-purchase', 'reserved-ess', commercialHealth, { kind: 'commune' })).toContain('excluded-not-ess-enterprise');
  });
  it('a small purchase is open to any ESS enterprise', () => {
    for (const a of [association, scic, scop, aci, esat]) expect(opens('direct-purchase', 'small-purchase', a, { kind: 'caf' })).toBe(true);
  });
});

describe('approval top-up', () => {
  it('is closed without an approval or a targeted label', () => {
    const r = judge('approval-top-up', association, { kind: 'commune' });
    expect(r.eligible).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['excluded-not-iae', 'excluded-no-approval']));
  });
  it('opens label support when a label is targeted', () => {
    expect(opens('approval-top-up', 'label-support', association, { kind: 'commune' }, { targetApprovals: ['scene-conventionnee'] })).toBe(true);
  });
  it('opens the insertion top-up to an IAE structure only', () => {
    expect(opens('approval-top-up', 'iae-top-up', aci, { kind: 'departement' })).toBe(true);
    expect(codesOf('approval-top-up', 'iae-top-up', esat, { kind: 'departement' })).toEqual(['excluded-not-iae']);
  });
});

describe('NOTRe: a Département grants no general business aid, even with the Région', () => {
  it('closes business aid to a Département, alone or inside a Région scheme, whatever the actor', () => {
    for (const a of [association, scic, scop, aci]) {
      for (const partners of [[], ['region']] as const) {
        expect(codesOf('sector-policies', 'business-aid', a, { kind: 'departement', partners: [...partners] })).toContain('excluded-departement-business-aid');
      }
    }
  });
  it('opens it only for farming, forestry or fisheries by convention with the Région (L3232-1-2)', () => {
    const farm = actor({ type: 'scop', activities: ['short-circuit'] });
    expect(opens('sector-policies', 'business-aid', farm, { kind: 'departement', partners: ['region'] })).toBe(true);
    expect(opens('sector-policies', 'business-aid', farm, { kind: 'departement' })).toBe(false);
    expect(judge('sector-policies', farm, { kind: 'departement', partners: ['region'] }).cautions.map((c) => c.code)).toContain('caution-business-aid-convention');
  });
  it('keeps a Département’s subsidies within its social, insertion, culture, sport and tourism competences', () => {
    expect(judge('operating-subsidy', scop, { kind: 'departement' }).reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['excluded-notre-departement']),
    );
    expect(judge('operating-subsidy', aci, { kind: 'departement' }).eligible).toBe(true);
    expect(judge('investment', scop, { kind: 'departement' }).instruments).toEqual([]);
  });
  it('leaves procurement open to a Département for any ESS enterprise', () => {
    expect(judge('prior-exchanges', scop, { kind: 'departement' }).eligible).toBe(true);
  });
});

describe('who can act', () => {
  it('lets only competent decision-makers act', () => {
    expect(judge('staff', association, { kind: 'caf' }).reasons.map((r) => r.code)).toEqual(['excluded-not-competent']);
    expect(judge('advance-funds', association, { kind: 'bailleur-social' }).eligible).toBe(false);
    expect(opens('project-funding', 'evs-approval', association, { kind: 'commune' })).toBe(false);
    expect(opens('project-funding', 'evs-approval', association, { kind: 'caf' })).toBe(true);
  });
  it('keeps a CAF within family and social life', () => {
    expect(judge('operating-subsidy', association, { kind: 'caf' }).eligible).toBe(true);
    expect(judge('operating-subsidy', scop, { kind: 'caf' }).reasons.map((r) => r.code)).toEqual(['excluded-outside-competence']);
  });
  it('keeps the EVS approval to associations', () => {
    expect(codesOf('project-funding', 'evs-approval', scic, { kind: 'caf' })).toEqual(['excluded-evs-not-association']);
  });
  it('opens the DLA to a structure without employee with a caution (a first hire can be prepared)', () => {
    const noStaff = actor({ type: 'association', size: { employees: '0' } });
    expect(opens('financial-engineering', 'dla-funding', noStaff, { kind: 'region' })).toBe(true);
    expect(judge('financial-engineering', noStaff, { kind: 'region' }).cautions.map((c) => c.code)).toEqual(['caution-dla-first-employer']);
    expect(judge('financial-engineering', actor({ type: 'association', size: { employees: '1-9' } }), { kind: 'region' }).cautions).toEqual([]);
  });
  it('recommends nothing for actors outside the ESS', () => {
    for (const a of [pme, commune]) expect(judge('technical-engineering', a, { kind: 'commune' }).reasons.map((r) => r.code)).toEqual(['excluded-not-ess-actor']);
  });
});
