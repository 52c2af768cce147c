// Scoring and recommendation over async iterables, one record at a time (memory stays flat).
import type { Actor } from '../schema/actor.js';
import type { Answers } from '../schema/answers.js';
import type { Figures } from '../schema/figures.js';
import type { WeightProfile } from '../schema/weight-profile.js';
import { scorePerennite } from '../scoring/score-perennite.js';
import type { PerenniteScore } from '../schema/perennite-score.js';
import { weightProfileFor } from '../scoring/weight-profile-for.js';
import { themeOfNeed } from '../data/needs.js';
import { zonesOn } from '../territory/is-in-zone-on.js';

/** What scoreStream and recommendStream take: an actor with what is known of it. */
export interface AssessmentInput {
  actor: Actor;
  answers?: Answers;
  figures?: Figures;
}

export interface ScoreStreamOptions {
  /** Weight profile for every record; default: weightProfileFor the actor's zonings (on `date`) and main theme. */
  profile?: WeightProfile;
  /** ISO date of the assessment (default today). */
  date?: string;
}

/** The weight profile for an actor in context: its zonings on `date` and the theme of its first need. */
export function profileForActor(actor: Pick<Actor, 'zones' | 'needs'>, date: string): WeightProfile {
  const zonings = zonesOn(actor.zones, date);
  const firstNeed = actor.needs[0];
  return weightProfileFor(firstNeed ? { zonings, theme: themeOfNeed(firstNeed) } : { zonings });
}

/** Scores each record as it comes: yields the record with its pérennité score. */
export async function* scoreStream<T extends AssessmentInput>(
  records: AsyncIterable<T> | Iterable<T>,
  options: ScoreStreamOptions = {},
): AsyncGenerator<T & { score: PerenniteScore }> {
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const cache = new Map<string, WeightProfile>();
  for await (const record of records) {
    let profile = options.profile;
    if (!profile) {
      const key = `${zonesOn(record.actor.zones, date).join(',')}|${record.actor.needs[0] ?? ''}`;
      profile = cache.get(key);
      if (!profile) {
        profile = profileForActor(record.actor, date);
        cache.set(key, profile);
      }
    }
    const score = scorePerennite(profile, record.answers ?? {}, { date, ...(record.figures ? { figures: record.figures } : {}) });
    yield { ...record, score };
  }
}
