import { describe, expect, it } from 'vitest';
import { ASSET_IDS, AssetEntry, PARTNER_ROLE_IDS, PartnerRoleEntry, assets, partnerRoles } from '@terreau/core';

describe('assets and partner roles', () => {
  it('list the five assets and four roles once each, each valid', () => {
    expect(assets.map((a) => a.id)).toEqual([...ASSET_IDS]);
    expect(partnerRoles.map((r) => r.id)).toEqual([...PARTNER_ROLE_IDS]);
    for (const a of assets) expect(AssetEntry.safeParse(a).success).toBe(true);
    for (const r of partnerRoles) expect(PartnerRoleEntry.safeParse(r).success).toBe(true);
    expect(AssetEntry.safeParse({ id: 'money' }).success).toBe(false);
  });
});
