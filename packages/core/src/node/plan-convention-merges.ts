// The CLI's second look at an input where some ids repeated: which of those records are other
// conventions of one structure (same SIRET), merged into its first actor — decided by readActors
// with mergeConventions, that is core's one rule (schema/parse-actors.ts, mergeConvention), as the
// map and ingestRecords decide it. Only the actors of the repeated ids are kept in memory.
import { createReadStream } from 'node:fs';
import type { Actor } from '../schema/actor.js';
import type { RecordIssue } from '../schema/record-issue.js';
import { readActorBatches } from './read-actors.js';
import type { ConventionFields, ReadActorsOptions } from './read-actors.js';

/** What the first pass saw: the ids set aside as repeats, and the records involved (the repeats and the records whose id they repeat). */
export interface RepeatedIds {
  ids: Set<string>;
  records: Set<number>;
}

export interface ConventionMerges {
  /** The approvals, activities and needs of each actor others were merged into, by its record index. */
  into: Map<number, ConventionFields>;
  /** The records merged, by index, with their warnings (conventions_merged first). */
  merged: Map<number, RecordIssue[]>;
}

/**
 * Reads `file` again (its records' output is not made) and says which records merge into which
 * actor. Stops between batches once `stopping()` (Ctrl-C): the plan is then partial, not to be used.
 */
export async function planConventionMerges(file: string, read: ReadActorsOptions, repeated: RepeatedIds, stopping: () => boolean = () => false): Promise<ConventionMerges> {
  const repeatedIds = repeated.ids;
  const { onHeader: _onHeader, onEncoding: _onEncoding, mergedConventions: _merged, ...options } = read;
  const firsts = new Map<string, { index: number; actor: Actor }>();
  const merged = new Map<number, RecordIssue[]>();
  const into = new Set<number>();
  const source = createReadStream(file, { highWaterMark: 1 << 16 });
  for await (const batch of readActorBatches(source, { ...options, mergeConventions: true, conventionIds: repeatedIds, onlyRecords: repeated.records })) {
    if (stopping()) break;
    for (const r of batch) {
      if (r.actor !== undefined && repeatedIds.has(r.actor.id) && !firsts.has(r.actor.id)) firsts.set(r.actor.id, { index: r.index, actor: r.actor });
      else if (r.merged !== undefined) {
        merged.set(r.index, r.warnings ?? []);
        into.add(r.merged);
      }
    }
  }
  const plan: ConventionMerges = { into: new Map(), merged };
  for (const { index, actor } of firsts.values()) {
    if (into.has(index)) plan.into.set(index, { approvals: actor.approvals, activities: actor.activities, needs: actor.needs });
  }
  return plan;
}
