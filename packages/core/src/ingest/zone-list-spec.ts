// How a user names an official zoning list: `frr:liste.csv`, `qpv:https://…/qp.csv`, or the path or
// URL alone (the file's name is then the hint). One rule for the CLI's `--zones` and the map's
// `zone-lists` attribute; zod-free and tiny, so the map's start bundle can split the attribute and
// start the downloads before the validation chunk arrives.
import { ZONING_IDS, type ZoningId } from '../data/ids.js';

/** A list as the user names it: `frr:liste.csv` (the zoning said before the path or URL), or the path alone. */
export interface ZoneListSpec {
  /** The zoning named before the location, else "" (the file's name is then the hint). */
  zoning: ZoningId | '';
  /** The path or URL. */
  location: string;
}

/**
 * Splits `zoning:location`; the prefix counts only when it is one of our zoning ids, so a URL
 * (`https://…`) or a Windows path (`C:\…`) is read as a location. One rule for the CLI's `--zones`
 * and the map's `zone-lists` attribute.
 */
export function zoneListSpecOf(spec: string): ZoneListSpec {
  const m = /^([a-z][a-z-]*):(.+)$/.exec(spec.trim());
  if (m && (ZONING_IDS as readonly string[]).includes(m[1] as string)) return { zoning: m[1] as ZoningId, location: m[2] as string };
  return { zoning: '', location: spec.trim() };
}
