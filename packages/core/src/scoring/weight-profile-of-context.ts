// The one home of an actor's scoring context: the zonings it is in on a date and the theme of what
// it does, turned into its weight profile. `terreau score`, `terreau recommend`, scoreStream,
// recommendActions and the advisor all call these, so one actor gets one profile everywhere.
import { activities as activityCatalogue, themeOfNeed } from '../data/needs.js';
import type { ThemeId, ZoningId } from '../data/ids.js';
import type { Actor } from '../schema/actor.js';
import type { WeightProfile } from '../schema/weight-profile.js';
import { zonesOn } from '../territory/is-in-zone-on.js';
import { weightProfileFor } from './weight-profile-for.js';

/** The theme of an actor's context: its main (first) activity's theme, else its first need's. */
export function themeOfContext(context: { activities: readonly string[]; needs: readonly string[] }): ThemeId | undefined {
  const first = context.activities[0];
  if (first !== undefined) {
    const theme = activityCatalogue.find((a) => a.id === first)?.theme;
    if (theme !== undefined) return theme;
  }
  const need = context.needs[0];
  return need === undefined ? undefined : themeOfNeed(need as Parameters<typeof themeOfNeed>[0]);
}

// Register-sized runs meet a handful of contexts over millions of rows: profiles are kept by context
// (a bounded table; profiles are never changed once made).
const profiles = new Map<string, WeightProfile>();

/** The weight profile of a context given as zonings (already resolved on a date), activities and needs. */
export function weightProfileOfContext(context: { zonings: readonly ZoningId[]; activities: readonly string[]; needs: readonly string[] }): WeightProfile {
  const theme = themeOfContext(context);
  const key = `${context.zonings.join(',')}|${theme ?? ''}`;
  let profile = profiles.get(key);
  if (profile === undefined) {
    profile = weightProfileFor(theme !== undefined ? { zonings: context.zonings, theme } : { zonings: context.zonings });
    if (profiles.size >= 1024) profiles.clear();
    profiles.set(key, profile);
  }
  return profile;
}

/** The weight profile of an actor on `date`: its zonings in force that day and its theme. */
export function weightProfileOfActor(actor: Pick<Actor, 'zones' | 'activities' | 'needs'>, date: string): WeightProfile {
  return weightProfileOfContext({ zonings: zonesOn(actor.zones, date), activities: actor.activities, needs: actor.needs });
}
