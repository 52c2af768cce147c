import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_IDS,
  Activity,
  NEED_IDS,
  Need,
  THEME_IDS,
  activities,
  activitiesOfNeed,
  needs,
  needsOfActivities,
  themeOfNeed,
  themes,
} from '@terreau/core';

describe('needs catalogue', () => {
  it('holds the fifteen needs once each, in the study order, each valid', () => {
    expect(needs.map((n) => n.id)).toEqual([...NEED_IDS]);
    expect(needs.map((n) => n.rank)).toEqual(NEED_IDS.map((_, i) => i + 1));
    for (const n of needs) expect(Need.safeParse(n).success).toBe(true);
  });

  it('holds every activity once, each valid and answering at least one need', () => {
    expect(activities.map((a) => a.id)).toEqual([...ACTIVITY_IDS]);
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
    for (const a of activities) expect(Activity.safeParse(a).success, a.id).toBe(true);
  });

  it('leaves no need without an activity answering it', () => {
    for (const id of NEED_IDS) expect(activitiesOfNeed(id).length, id).toBeGreaterThan(0);
  });

  it('gives every theme at least one need', () => {
    expect(themes.map((t) => t.id)).toEqual([...THEME_IDS]);
    for (const t of THEME_IDS) expect(needs.some((n) => n.theme === t), t).toBe(true);
  });

  it('files activities under the themes of the study case studies', () => {
    const theme = (id: string) => activities.find((a) => a.id === id)?.theme;
    expect(theme('social-grocery')).toBe('inclusion');
    expect(theme('solidarity-concierge')).toBe('attractiveness');
    expect(theme('fablab')).toBe('responsible-consumption');
    expect(theme('associative-cafe')).toBe('social-cohesion');
  });
});

describe('needsOfActivities', () => {
  it('unions the needs of several activities, without repeats, in need order', () => {
    expect(needsOfActivities(['ressourcerie', 'food-waste'])).toEqual(['healthy-food', 'employment-access', 'waste-resource']);
  });
  it('returns nothing for no activity', () => {
    expect(needsOfActivities([])).toEqual([]);
  });
});

describe('themeOfNeed', () => {
  it('gives the theme of each need', () => {
    expect(themeOfNeed('renewable-energy')).toBe('responsible-consumption');
    expect(themeOfNeed('social-ties')).toBe('social-cohesion');
    expect(themeOfNeed('care-access')).toBe('inclusion');
    expect(themeOfNeed('territorial-reach')).toBe('attractiveness');
  });
});
