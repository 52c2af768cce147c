import type { RecordIssue } from '@terreau/core';
import type { ZoneListReport } from '../internal/load-data.js';

/** Detail of `ess-data-load`: data was read and validated (some records may have been rejected). */
export interface EssDataLoadDetail {
  /** Where the data came from. */
  origin: 'src' | 'inline' | 'property' | 'source' | 'default';
  /** Format that was read. */
  format: 'json' | 'dataset' | 'geojson' | 'csv';
  /** Number of valid actors shown. */
  actors: number;
  /** Number of partnerships kept. */
  partnerships: number;
  /** Number of rejected records. */
  rejected: number;
  /** Every problem found, record by record (FR and EN messages). */
  issues: RecordIssue[];
  /**
   * Set when a live source was read only in part: `capped` (the API announced more than it gives),
   * `stopped` (reading failed after some pages; what was read is shown, with a retry button).
   */
  partial?: 'capped' | 'stopped';
  /** With the `zone-lists` attribute: what each official zoning list gave, or why it was not read. */
  zoneLists?: ZoneListReport[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ess-data-load': CustomEvent<EssDataLoadDetail>;
  }
}
