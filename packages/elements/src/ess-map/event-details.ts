// The details of the map's events, built from what the element holds (Lit-free). The element
// dispatches them through its one emit(); the detail types are in ../events/.
import type { Actor } from '@terreau/core';
import type { EssDataLoadDetail } from '../events/ess-data-load.js';
import type { EssFilterChangeDetail } from '../events/ess-filter-change.js';
import type { LoadedDataset } from '../internal/load-data.js';
import type { FilterState } from './directory.js';
import { countRejectedRecords } from '../internal/rejected-records.js';

/** `ess-data-load`: what was read, and how many records were rejected (partnerships apart). */
export function dataLoadDetail(result: LoadedDataset): EssDataLoadDetail {
  return {
    origin: result.origin,
    format: result.format,
    actors: result.actors.length,
    partnerships: result.partnerships.length,
    rejected: countRejectedRecords(result.issues),
    issues: result.issues,
    ...(result.zoneLists ? { zoneLists: result.zoneLists } : {}),
    ...(result.notice ? { partial: result.notice.kind === 'capped' ? ('capped' as const) : ('stopped' as const) } : {}),
  };
}

/** `ess-filter-change`: the filter now applied (copies), and what it leaves visible of the total. */
export function filterChangeDetail(f: FilterState, visible: readonly Actor[], all: readonly Actor[]): EssFilterChangeDetail {
  return {
    types: [...f.types],
    needs: [...f.needs],
    zones: [...f.zones],
    approvals: [...f.approvals],
    sizes: [...f.sizes],
    q: f.q,
    visible: visible.length,
    total: all.length,
  };
}
