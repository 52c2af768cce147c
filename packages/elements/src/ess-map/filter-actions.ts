// What the user's choices in the filter panel, the legend and the list's headers do to the map's
// state (Lit-free): tick a type, family or facet, search, clear, sort. The element's properties are
// the state (attributes a page can set, reflected); after a filter change the element says so
// (`ess-filter-change`, once the counts are known).
import { formatList, parseList } from './map-state.js';
import { toggleIn, toggleType } from './directory.js';
import type { SortDir, SortKey } from './host.js';

export interface FilterHost {
  types: string | null;
  needs: string | null;
  zones: string | null;
  q: string | null;
  approvals: string[];
  sizes: string[];
  sortKey: SortKey;
  sortDir: SortDir;
  /** Tells the page the filter changed, once the update that applies it is done. */
  filterChanged(): void;
}

/** A type or a family ticked in the panel or the legend. */
export function tickType(v: FilterHost, id: string, on: boolean): void {
  v.types = toggleType(v.types, id, on);
  v.filterChanged();
}

/** A need or a zoning ticked (attributes, so in the hash too). */
export function tickListed(v: FilterHost, key: 'needs' | 'zones', id: string, on: boolean): void {
  v[key] = formatList(toggleIn(parseList(v[key]), id, on));
  v.filterChanged();
}

/** An approval or a size band ticked (the element's own state). */
export function tickState(v: FilterHost, key: 'approvals' | 'sizes', id: string, on: boolean): void {
  v[key] = toggleIn(v[key], id, on);
  v.filterChanged();
}

export function search(v: FilterHost, e: Event): void {
  const value = (e.target as HTMLInputElement).value;
  v.q = value === '' ? null : value;
  v.filterChanged();
}

export function clearFilters(v: FilterHost): void {
  v.types = null;
  v.needs = null;
  v.zones = null;
  v.q = null;
  v.approvals = [];
  v.sizes = [];
  v.filterChanged();
}

/** A column header: sort by it, or reverse the order when it is the sort already. */
export function sortBy(v: FilterHost, key: SortKey): void {
  if (v.sortKey === key) v.sortDir = v.sortDir === 'ascending' ? 'descending' : 'ascending';
  else {
    v.sortKey = key;
    v.sortDir = 'ascending';
  }
}
