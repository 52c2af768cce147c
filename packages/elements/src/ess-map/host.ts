// What the map's render partials read from the element and call back: one interface, so each
// partial is a plain function of the view (no Lit class to learn first) and the element stays a
// thin shell. The members are the element's own, marked @internal there (not public API).
import type { Actor, Partnership, RecordIssue } from '@terreau/core';
import type { EssActorSelectDetail } from '../events/ess-actor-select.js';
import type { LazyController } from '../internal/lazy-controller.js';
import type { LocaleController } from '../internal/localize.js';
import type { MapDataController } from './data-controller.js';
import type { MapViewController } from './map-view-controller.js';
import type { FilterState } from './directory.js';
import type { FilterCounts } from './filter-counts.js';
import type { FilterHost } from './filter-actions.js';
import type { MapMessages } from './messages.js';
import type { MapView } from './map-view.js';
import type { Summary } from './summary.js';

import type { ExportsModule, PanelsModule } from './loaders.js';

export type { ExportsModule };
export type SortKey = 'name' | 'type' | 'commune';
export type SortDir = 'ascending' | 'descending';

/** Rows of the list shown at once, and added by "show more". */
export const PAGE = 100;

/** The filters, the search and the sort are the element's own properties (filter-actions.ts changes them). */
export interface MapHost extends FilterHost {
  readonly l10n: LocaleController<MapMessages>;
  readonly data: MapDataController;
  /** Seconds `src` is waited for (said in a timeout error). */
  readonly timeout: number;
  // The data and what the filter keeps.
  readonly all: Actor[];
  readonly links: Partnership[];
  readonly issues: RecordIssue[];
  readonly byId: Map<string, number>;
  readonly status: 'loading' | 'ready' | 'error';
  readonly filter: FilterState;
  readonly visible: Actor[];
  readonly sorted: Actor[];
  /** The facet counts: `facets` (the panel), `typeCounts` (the legend), each made when first read. */
  readonly counts: Pick<FilterCounts, 'facets' | 'typeCounts'>;
  readonly selectedActor: Actor | null;
  /** The actor indices of the group of markers whose list is open (null: none). */
  readonly group: number[] | null;
  /** Rows of the list shown (grows by PAGE). */
  limit: number;
  /** The list's row whose name is its one Tab stop (arrow keys move it); null: the selected actor's, else the first. */
  listRow: string | null;
  /** The summary table is open. */
  showSummary: boolean;
  /**
   * The filter panel's criteria are unfolded: set when the panel is first drawn, from the element's
   * width (folded in the one-column layout, where they stood between the map and the list), then by
   * the user.
   */
  filtersOpen: boolean | undefined;
  readonly clientWidth: number;
  /** The map's view, where each actor is on it (placement.ts), the legend's families. */
  readonly mapView: MapViewController;
  readonly view: MapView | null;
  /** The tile template that could not be loaded (null: none failed). */
  readonly tilesFailed: string | null;
  /** The export code, fetched on the first export. */
  readonly exportsChunk: LazyController<ExportsModule>;
  /** The filter, coverage and export panels and the card (map-panels.ts), fetched beside the data. */
  readonly panelsChunk: LazyController<PanelsModule>;
  summaryOf(): Summary;
  // What the user does.
  onKeydown(e: KeyboardEvent): void;
  select(id: string, source: EssActorSelectDetail['source']): void;
  closeGroup(): void;
  closeCard(): void;
  onRetry(): void;
}
