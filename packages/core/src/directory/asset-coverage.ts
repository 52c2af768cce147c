import { ASSET_IDS } from '../data/ids.js';
import type { AssetId } from '../data/ids.js';
import type { Actor, Partnership } from '../schema/actor.js';

export interface AssetCoverage {
  /** Assets at least one partner brings, in catalogue order. */
  covered: AssetId[];
  /** Assets nobody brings: what the partnership still has to find. */
  missing: AssetId[];
  /** For each asset, the ids of those who bring it, in input order, without repeats. */
  providers: Record<AssetId, string[]>;
}

export interface AssetCoverageOptions {
  /**
   * Actors to look partners up in: a partnership that lists no assets counts the assets its
   * partner offers in general (Actor.assets).
   */
  actors?: readonly Actor[];
}

function isPartnership(item: Actor | Partnership): item is Partnership {
  return 'partnerId' in item;
}

/**
 * Which of the five assets (terrain, skills, finance, network, legitimacy) a set of partners
 * covers, who brings each, and which are missing. Give either actors (their offered assets count)
 * or partnerships (the assets each partner brings to that partnership; usually those of one
 * supported actor: `partnerships.filter((p) => p.actorId === id)`), or a mix.
 */
export function assetCoverage(items: readonly (Actor | Partnership)[], options: AssetCoverageOptions = {}): AssetCoverage {
  const byId = options.actors === undefined ? undefined : new Map(options.actors.map((a) => [a.id, a]));
  const sets = new Map<AssetId, Set<string>>(ASSET_IDS.map((id) => [id, new Set<string>()]));
  for (const item of items) {
    let provider: string;
    let assets: readonly AssetId[];
    if (isPartnership(item)) {
      provider = item.partnerId;
      assets = item.assets.length > 0 ? item.assets : (byId?.get(item.partnerId)?.assets ?? []);
    } else {
      provider = item.id;
      assets = item.assets;
    }
    for (const asset of assets) sets.get(asset)?.add(provider);
  }
  const providers = {} as Record<AssetId, string[]>;
  for (const id of ASSET_IDS) providers[id] = [...(sets.get(id) ?? [])];
  return {
    covered: ASSET_IDS.filter((id) => providers[id].length > 0),
    missing: ASSET_IDS.filter((id) => providers[id].length === 0),
    providers,
  };
}
