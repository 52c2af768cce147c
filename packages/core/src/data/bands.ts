// Thresholds of the pérennité score (0–100). No official grid exists: these are the model's choices,
// documented here and versioned with MODEL_VERSION (scoring/score-perennite.ts).

export const PERENNITE_BAND_IDS = ['fragile', 'to-consolidate', 'solid'] as const;
export type PerenniteBandId = (typeof PERENNITE_BAND_IDS)[number];

/**
 * Lower bound (inclusive) of each band on the overall score:
 * fragile [0, 40) · to-consolidate [40, 70) · solid [70, 100].
 * 40 is an average answer of 1.6 ("weak to partial"); 70 an average of 2.8 ("mostly secured").
 */
export const bandThresholds: Readonly<Record<PerenniteBandId, number>> = {
  fragile: 0,
  'to-consolidate': 40,
  solid: 70,
};

/**
 * The needs-fit cap. The fit between the activity and the territory's needs is the condition of
 * everything else: an activity nobody needs is not made durable by good accounts. When `needs-fit`
 * is answered 0 or 1, the overall score cannot exceed the cap below, whatever the other answers.
 * The cap rises with the answer (0 → 35, 1 → 60, 2 and above → no cap), so raising any answer
 * never lowers the score. 35 keeps the result in "fragile", 60 below "solid".
 */
export const needsFitCaps: Readonly<Record<0 | 1 | 2 | 3 | 4, number>> = {
  0: 35,
  1: 60,
  2: 100,
  3: 100,
  4: 100,
};

/** A criterion scoring at least this (answer 3 or 4) is a strength. */
export const STRENGTH_MIN_SCORE = 75;
/** A criterion scoring at most this (answer 0 or 1) is a weakness. */
export const WEAKNESS_MAX_SCORE = 25;

/** Band of an overall score (null when there is no score). */
export function bandOf(overall: number | null): PerenniteBandId | null {
  if (overall === null) return null;
  if (overall >= bandThresholds.solid) return 'solid';
  if (overall >= bandThresholds['to-consolidate']) return 'to-consolidate';
  return 'fragile';
}

/**
 * The economics guard (issue 11). The study finds most criteria cumulative: strong partners do not
 * make up for accounts that do not hold. When at least `minAnswered` criteria of the economics group
 * ("costs and revenues") are answered, the overall score cannot exceed the group's own score +
 * `margin`. An economics group at 18/100 caps the overall at 38 ("fragile"), whatever the partners;
 * a group at 50 caps it at 70. The cap rises with every economics answer, so raising any answer never
 * lowers the score. A model choice, not an official figure: overridable by forking the data.
 */
export const economicsGuard = { minAnswered: 2, margin: 20 } as const;
