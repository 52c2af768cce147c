// fast-check arbitraries for actors, shared by the core tests. Values are drawn from small pools
// (a few communes, names with accents, ligatures and apostrophes) so that filters, facets and
// duplicate checks actually meet matching records.
import fc from 'fast-check';
import {
  ACTIVITY_IDS,
  ACTOR_TYPE_IDS,
  APPROVAL_IDS,
  ASSET_IDS,
  BUDGET_BAND_IDS,
  EMPLOYEE_BAND_IDS,
  FAMILY_IDS,
  NEED_IDS,
  THEME_IDS,
  ZONING_IDS,
  Actor,
  isValidSiren,
  isValidSiret,
} from '@terreau/core';
import type { ActorFilter, ActorInput } from '@terreau/core';

/** Appends the check digit that makes `body` pass `check`. */
function withCheckDigit(body: string, check: (s: string) => boolean): string {
  for (let d = 0; d < 10; d += 1) if (check(`${body}${d}`)) return `${body}${d}`;
  throw new Error(`no check digit for ${body}`);
}

/** A SIREN with a right check digit (never La Poste's, whose SIRETs follow another rule). */
export const sirenArb: fc.Arbitrary<string> = fc
  .stringMatching(/^[1-9]\d{7}$/)
  .filter((s) => s !== '35600000')
  .map((body) => withCheckDigit(body, isValidSiren));

/** A SIRET with a right check digit, optionally of a given SIREN. */
export function siretArb(siren?: string): fc.Arbitrary<string> {
  const sirens = siren === undefined ? sirenArb : fc.constant(siren);
  return fc
    .tuple(sirens, fc.stringMatching(/^\d{4}$/))
    .map(([s, nic]) => withCheckDigit(`${s}${nic}`, isValidSiret));
}

export const rnaArb: fc.Arbitrary<string> = fc.stringMatching(/^W\d{9}$/);

/** Commune codes with their département and EPCI, mainland, Corsica and overseas. */
export const communes = [
  { code: '31555', departement: '31', region: '76', epci: '243100518', city: 'Toulouse' },
  { code: '86194', departement: '86', region: '75', epci: '200069854', city: 'Poitiers' },
  { code: '2A004', departement: '2A', region: '94', epci: '200066793', city: 'Ajaccio' },
  { code: '97209', departement: '972', region: '02', epci: '249720061', city: 'Fort-de-France' },
  { code: '08031', departement: '08', region: '44', epci: '200041630', city: 'Auvillers-les-Forges' },
] as const;

/** Words names are made of: accents, ligatures, apostrophes and dashes on purpose. */
export const nameWords = [
  'Pôle',
  'Café',
  'Écocyclerie',
  'Œuvre',
  'Ressourcerie',
  'Fablab',
  'L’Atelier',
  "Bell'Occas",
  'Habit’Âge',
  'Solidaire',
  'Pluche',
  'Garage',
  'Épicerie',
  'Saint-Clair',
  'Jardins',
  'Mobilité',
] as const;

export const nameArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...nameWords), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' '));

const isoDateArb = fc
  .date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const zoneArb = fc.record(
  {
    zoning: fc.constantFrom(...ZONING_IDS),
    from: isoDateArb,
    to: isoDateArb,
  },
  { requiredKeys: ['zoning'] },
);

/** A valid actor record as a provider writes it (defaults may be left out). */
export const actorInputArb: fc.Arbitrary<ActorInput> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    name: nameArb,
    type: fc.constantFrom(...ACTOR_TYPE_IDS),
    commune: fc.option(fc.constantFrom(...communes), { nil: undefined }),
    siren: fc.option(sirenArb, { nil: undefined }),
    rna: fc.option(rnaArb, { nil: undefined }),
    activities: fc.subarray([...ACTIVITY_IDS], { maxLength: 3 }),
    needs: fc.subarray([...NEED_IDS], { maxLength: 2 }),
    approvals: fc.subarray([...APPROVAL_IDS], { maxLength: 2 }),
    assets: fc.subarray([...ASSET_IDS], { maxLength: 3 }),
    zones: fc.array(zoneArb, { maxLength: 2 }),
    employees: fc.option(fc.constantFrom(...EMPLOYEE_BAND_IDS), { nil: undefined }),
    budget: fc.option(fc.constantFrom(...BUDGET_BAND_IDS), { nil: undefined }),
    description: fc.option(nameArb, { nil: undefined }),
  })
  .map((r) => {
    const actor: ActorInput = {
      id: r.id,
      name: r.name,
      type: r.type,
      activities: r.activities,
      needs: r.needs,
      approvals: r.approvals,
      assets: r.assets,
      zones: r.zones.map((z) => {
        // Keep from ≤ to.
        if (z.from !== undefined && z.to !== undefined && z.from > z.to) return { ...z, from: z.to, to: z.from };
        return z;
      }),
      identifiers: {
        ...(r.siren === undefined ? {} : { siren: r.siren }),
        ...(r.rna === undefined ? {} : { rna: r.rna }),
      },
      size: {
        ...(r.employees === undefined ? {} : { employees: r.employees }),
        ...(r.budget === undefined ? {} : { budget: r.budget }),
      },
      provenance: { source: 'fast-check', checkedAt: '2026-01-01' },
    };
    if (r.description !== undefined) actor.description = r.description;
    if (r.commune !== undefined) {
      actor.communeCode = r.commune.code;
      actor.departementCode = r.commune.departement;
      actor.regionCode = r.commune.region;
      actor.epciCode = r.commune.epci;
      actor.address = { city: r.commune.city };
    }
    return actor;
  });

/** A valid, parsed actor (defaults filled). */
export const actorArb: fc.Arbitrary<Actor> = actorInputArb.map((a) => Actor.parse(a));

/** A list of actors with distinct ids. */
export function actorsArb(maxLength = 40): fc.Arbitrary<Actor[]> {
  return fc.uniqueArray(actorArb, { selector: (a) => a.id, maxLength, size: 'medium' });
}

/** A record that may be valid, slightly broken (one field replaced by junk) or anything at all. */
export const dirtyRecordArb: fc.Arbitrary<unknown> = fc.oneof(
  actorInputArb,
  fc
    .tuple(actorInputArb, fc.constantFrom('id', 'name', 'type', 'communeCode', 'identifiers', 'website', 'activities', 'provenance'), fc.anything())
    .map(([a, key, junk]) => ({ ...a, [key]: junk })),
  fc.anything(),
);

/** Removes accents and spells out ligatures, the way a user types without them. */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae');
}

function someOf<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.subarray([...values], { minLength: 1, maxLength: 3 });
}

/** A selection for every facet; actorFilterArb keeps a few of them. */
const filterParts = {
  types: someOf(ACTOR_TYPE_IDS),
  families: someOf(FAMILY_IDS),
  needs: someOf(NEED_IDS),
  activities: someOf(ACTIVITY_IDS),
  themes: someOf(THEME_IDS),
  zones: someOf(ZONING_IDS),
  date: isoDateArb,
  approvals: someOf(APPROVAL_IDS),
  assets: someOf(ASSET_IDS),
  employeeBands: someOf(EMPLOYEE_BAND_IDS),
  budgetBands: someOf(BUDGET_BAND_IDS),
  communes: someOf(communes.map((c) => c.code)),
  epcis: someOf(communes.map((c) => c.epci)),
  departements: someOf(communes.map((c) => c.departement)),
  regions: someOf(communes.map((c) => c.region)),
  q: fc.oneof(fc.constantFrom(...nameWords), fc.constantFrom(...nameWords).map(withoutAccents), fc.constantFrom('pole', 'OEUVRE', 'l atelier', 'bell occas', 'sol')),
};
const filterKeys = Object.keys(filterParts) as (keyof typeof filterParts)[];

/**
 * A directory filter drawing on the same pools as the actors, with up to three facets (or the
 * text, or the date) set, so that it often keeps some actors and sometimes none.
 */
export const actorFilterArb: fc.Arbitrary<ActorFilter> = fc
  .tuple(fc.record(filterParts), fc.subarray(filterKeys, { maxLength: 3 }))
  .map(([full, keys]) => {
    const filter: Record<string, unknown> = {};
    for (const key of keys) filter[key] = (full as Record<string, unknown>)[key];
    return filter as ActorFilter;
  });
