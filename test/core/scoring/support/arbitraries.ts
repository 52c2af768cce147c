// fast-check arbitraries for the scoring tests (H2).
import fc from 'fast-check';
import { CRITERION_IDS, THEME_IDS, ZONING_IDS, weightProfileFor } from '@terreau/core';
import type { Answer, Answers, Figures, WeightProfile } from '@terreau/core';

export const answerArb: fc.Arbitrary<Answer> = fc.constantFrom<Answer>(0, 1, 2, 3, 4, 'unknown', 'not-applicable');

export const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, answerArb])) as Record<(typeof CRITERION_IDS)[number], fc.Arbitrary<Answer>>,
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

const weightArb = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 10 }),
  fc.double({ min: 0.001, max: 1000, noNaN: true, noDefaultInfinity: true }),
);

/** Custom profiles (all criteria, some at 0, at least one positive) and the data-driven ones. */
export const profileArb: fc.Arbitrary<WeightProfile> = fc.oneof(
  fc
    .tuple(...CRITERION_IDS.map(() => weightArb))
    .filter((ws) => ws.some((w) => w > 0))
    .map((ws) => ({ id: 'custom', weights: Object.fromEntries(CRITERION_IDS.map((id, i) => [id, ws[i]!])) })),
  fc
    .record({ zonings: fc.subarray([...ZONING_IDS]), theme: fc.option(fc.constantFrom(...THEME_IDS), { nil: undefined }) })
    .map(({ zonings, theme }) => weightProfileFor(theme === undefined ? { zonings } : { zonings, theme })),
);

const amount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000 }), fc.double({ min: 0, max: 1e13, noNaN: true, noDefaultInfinity: true }));
const signed = fc.oneof(amount, amount.map((a) => -a));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Valid figures, including zeros, empty revenues and very large amounts. */
export const figuresArb: fc.Arbitrary<Figures> = fc
  .record(
    {
      revenues: opt(
        fc.record(
          {
            sales: amount,
            subsidies: fc.array(fc.record({ funder: fc.constantFrom('Commune', 'commune ', 'Région', 'CAF', 'FSE'), amount }), { maxLength: 5 }),
            donations: fc.array(fc.record({ donor: opt(fc.constantFrom('Fondation A', 'Mécène B')), amount }, { requiredKeys: ['amount'] }), {
              maxLength: 3,
            }),
            other: amount,
          },
          { requiredKeys: [] },
        ),
      ),
      expenses: opt(fc.record({ total: amount, depreciation: amount, admin: amount }, { requiredKeys: [] })),
      equity: opt(signed),
      longTermDebts: opt(amount),
      netFixedAssets: opt(amount),
      stocks: opt(amount),
      receivables: opt(amount),
      shortTermDebts: opt(amount),
      cash: opt(amount),
    },
    { requiredKeys: [] },
  )
  .map((f) => JSON.parse(JSON.stringify(f)) as Figures); // drop undefined keys (exactOptionalPropertyTypes)
