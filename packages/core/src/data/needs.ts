// The fifteen territorial needs, the social-utility activities that answer them, and the four
// themes grouping the needs (ANCT 2021 study, DOMAIN §4). Labels and descriptions live in
// messages.catalogue.{needs,activities,themes}.
import * as z from 'zod/mini';
import { ACTIVITY_IDS, NEED_IDS, THEME_IDS } from './ids.js';
import type { ActivityId, NeedId, ThemeId } from './ids.js';
import { activityNeeds } from './activity-needs.js';

export { needsOfActivities } from './activity-needs.js';

export const Theme = z.object({
  id: z.enum(THEME_IDS),
});
export type Theme = z.infer<typeof Theme>;

export const Need = z.object({
  id: z.enum(NEED_IDS),
  /** Position of the need in the study's list (1–15). */
  rank: /* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(15)),
  theme: z.enum(THEME_IDS),
});
export type Need = z.infer<typeof Need>;

export const Activity = z.object({
  id: z.enum(ACTIVITY_IDS),
  /** Needs the activity answers; the first is its main need. */
  needs: /* @__PURE__ */ z.array(z.enum(NEED_IDS)).check(z.minLength(1)),
  /**
   * Theme the activity is filed under: the one the ANCT study gives it when it files it (its
   * case-study grouping, e.g. social groceries under inclusion), else the theme of its main need.
   */
  theme: z.enum(THEME_IDS),
});
export type Activity = z.infer<typeof Activity>;

export const themes: readonly Theme[] = THEME_IDS.map((id) => ({ id }));

export const needs: readonly Need[] = [
  { id: 'local-know-how', rank: 1, theme: 'responsible-consumption' },
  { id: 'renewable-energy', rank: 2, theme: 'responsible-consumption' },
  { id: 'healthy-food', rank: 3, theme: 'responsible-consumption' },
  { id: 'freight-mobility', rank: 4, theme: 'responsible-consumption' },
  { id: 'territorial-reach', rank: 5, theme: 'attractiveness' },
  { id: 'employment-access', rank: 6, theme: 'inclusion' },
  { id: 'sustainable-mobility', rank: 7, theme: 'inclusion' },
  { id: 'housing', rank: 8, theme: 'social-cohesion' },
  { id: 'digital-inclusion', rank: 9, theme: 'inclusion' },
  { id: 'dependency', rank: 10, theme: 'social-cohesion' },
  { id: 'care-access', rank: 11, theme: 'inclusion' },
  { id: 'parenting', rank: 12, theme: 'social-cohesion' },
  { id: 'culture-sport', rank: 13, theme: 'attractiveness' },
  { id: 'social-ties', rank: 14, theme: 'social-cohesion' },
  { id: 'waste-resource', rank: 15, theme: 'responsible-consumption' },
];

const themeByNeed = new Map<NeedId, ThemeId>(needs.map((n) => [n.id, n.theme]));

/** The theme a need belongs to. */
export function themeOfNeed(id: NeedId): ThemeId {
  // Every NeedId is in `needs` (checked by test), so the lookup cannot miss.
  return themeByNeed.get(id) as ThemeId;
}

/** Where the study files an activity under another theme than its main need's (annex, 16 case studies). */
const studyThemes: Partial<Record<ActivityId, ThemeId>> = {
  'solidarity-concierge': 'attractiveness',
  'social-grocery': 'inclusion',
  fablab: 'responsible-consumption',
  'personal-services': 'inclusion',
  'adapted-sport': 'inclusion',
  'sport-for-all': 'inclusion',
  'inclusive-housing': 'social-cohesion',
  'intergenerational-housing': 'social-cohesion',
};

export const activities: readonly Activity[] = ACTIVITY_IDS.map((id) => {
  const served = activityNeeds[id];
  return { id, needs: [...served], theme: studyThemes[id] ?? themeOfNeed(served[0] as NeedId) };
});

/** Activities that answer a need (main need or not), in catalogue order. */
export function activitiesOfNeed(id: NeedId): ActivityId[] {
  return activities.filter((a) => a.needs.includes(id)).map((a) => a.id);
}
