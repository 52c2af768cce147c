// The official zoning lists of a map's `zone-lists` attribute (ANCT QPV, ZRR, FRR files as
// published): downloaded alongside the data, read by core's list reader (the CLI's `--zones` one),
// their memberships added to the actors of the listed communes. A chunk of its own, with its words:
// a map without lists loads none of it.
import { readZoneListText, withListedZones, zoneListSpecOf, type Actor, type CommuneZoneTable } from '@terreau/core';
import { fetchData, type FetchedZoneList, type FetchOptions, type ZoneListReport } from './load-data.js';
import { fileNameOf } from './read-bytes.js';

export { renderZoneLists } from './zone-lists-text.js';

/**
 * Downloads the lists of a `zone-lists` value (addresses separated by spaces, each optionally
 * `zoning:address`), all at once, under the data's timeout and size limit. Never rejects.
 */
export function fetchZoneLists(value: string, options: FetchOptions = {}): Promise<FetchedZoneList[]> {
  const specs = value.split(/\s+/).filter((s) => s.length > 0).map(zoneListSpecOf);
  return Promise.all(specs.map(async (spec) => ({ zoning: spec.zoning, url: spec.location, outcome: await fetchData(spec.location, options) })));
}

/** Adds the memberships the lists give to the actors of the communes they list; says what each list gave. */
export function applyZoneLists(actors: Actor[], lists: readonly FetchedZoneList[]): ZoneListReport[] {
  const table: CommuneZoneTable = {};
  const reports = lists.map((list): ZoneListReport => {
    const { url, outcome } = list;
    if (!outcome.ok) return { url, ok: false, failure: outcome.failure };
    if (outcome.raw.format !== 'csv') return { url, ok: false, reason: 'not-csv' };
    const read = readZoneListText(outcome.raw.text, list.zoning || fileNameOf(url), table);
    return read.ok ? { url, ok: true, zonings: read.zonings, communes: read.rows, partly: read.partly } : { url, ok: false, reason: read.reason, columns: read.columns };
  });
  for (const actor of actors) withListedZones(actor, table);
  return reports;
}

/** Downloads the lists, then resolves to what adds their memberships to the actors and reports each list. */
export async function readZoneLists(value: string, options: FetchOptions = {}): Promise<(actors: Actor[]) => ZoneListReport[]> {
  const fetched = await fetchZoneLists(value, options);
  return (actors) => applyZoneLists(actors, fetched);
}
