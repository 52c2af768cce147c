// How many records a reading rejected: one count for the map's header, its `ess-data-load` event and
// the advisor's territory diagnosis (a record with several faults counts once; partnerships apart).
// Lit-free.
import type { RecordIssue } from '@terreau/core';

/** Number of distinct actor records with at least one issue. */
export function countRejectedRecords(issues: readonly RecordIssue[]): number {
  return new Set(issues.filter((i) => i.collection !== 'partnerships').map((i) => i.index)).size;
}
