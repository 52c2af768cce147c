import * as z from 'zod/mini';
import {
  ACTIVITY_IDS,
  ACTOR_TYPE_IDS,
  APPROVAL_IDS,
  ASSET_IDS,
  BUDGET_BAND_IDS,
  EMPLOYEE_BAND_IDS,
  FAMILY_IDS,
  NEED_IDS,
  THEME_IDS,
  ZONING_IDS,
} from '../data/ids.js';
import { IsoDate } from '../schema/actor.js';

/**
 * What a directory search asks for. Facets combine with AND; the values inside one facet with OR
 * (types ["scop", "scic"] means a SCOP or a SCIC). An absent or empty facet does not filter.
 * `q` is free text, matched without regard to case, accents or punctuation: every word must appear
 * in the actor's name, description, city, address, commune code or identifiers.
 * `date` says on which day zone memberships are read (zonings change: ZRR ended on 2024-06-30);
 * without it, a declared membership counts whatever its dates.
 */
export const ActorFilter = z.object({
  types: z.optional(z.array(z.enum(ACTOR_TYPE_IDS))),
  families: z.optional(z.array(z.enum(FAMILY_IDS))),
  needs: z.optional(z.array(z.enum(NEED_IDS))),
  activities: z.optional(z.array(z.enum(ACTIVITY_IDS))),
  themes: z.optional(z.array(z.enum(THEME_IDS))),
  zones: z.optional(z.array(z.enum(ZONING_IDS))),
  date: z.optional(IsoDate),
  approvals: z.optional(z.array(z.enum(APPROVAL_IDS))),
  assets: z.optional(z.array(z.enum(ASSET_IDS))),
  employeeBands: z.optional(z.array(z.enum(EMPLOYEE_BAND_IDS))),
  budgetBands: z.optional(z.array(z.enum(BUDGET_BAND_IDS))),
  communes: z.optional(z.array(z.string())),
  epcis: z.optional(z.array(z.string())),
  departements: z.optional(z.array(z.string())),
  regions: z.optional(z.array(z.string())),
  q: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(500))),
});
export type ActorFilter = z.infer<typeof ActorFilter>;
