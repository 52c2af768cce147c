// The five assets an actor can bring to a partnership and the four roles a partner can take
// (DOMAIN §2, seed 000). Labels and descriptions: messages.catalogue.assets / .partnerRoles.
import * as z from 'zod/mini';
import { ASSET_IDS, PARTNER_ROLE_IDS } from './ids.js';

export const AssetEntry = z.object({ id: z.enum(ASSET_IDS) });
export type AssetEntry = z.infer<typeof AssetEntry>;

export const PartnerRoleEntry = z.object({ id: z.enum(PARTNER_ROLE_IDS) });
export type PartnerRoleEntry = z.infer<typeof PartnerRoleEntry>;

export const assets: readonly AssetEntry[] = ASSET_IDS.map((id) => ({ id }));
export const partnerRoles: readonly PartnerRoleEntry[] = PARTNER_ROLE_IDS.map((id) => ({ id }));

