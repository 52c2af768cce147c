import * as z from 'zod/mini';
import { ZONING_IDS } from '../data/ids.js';
import { CommuneCode, IsoDate, ZoneMembership } from './actor.js';

/** Where a zoning version is defined: the legal text or programme decision, and an official page. */
export const ZoningSource = z.object({
  /** Name of the text or decision, as officially titled ("décret n° 2023-1314 du 28 décembre 2023"). */
  text: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(300)),
  url: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^https:\/\//))),
});
export type ZoningSource = z.infer<typeof ZoningSource>;

/**
 * One dated version of a zoning (a list of communes or quarters in force between two dates).
 * `validTo` is the last day in force (inclusive); absent while the version is still in force.
 */
export const ZoningVersion = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9-]+$/)),
    zoning: z.enum(ZONING_IDS),
    validFrom: IsoDate,
    validTo: z.optional(IsoDate),
    /** Territory the version covers: all of France, mainland France only, or overseas only. */
    scope: z.enum(['all', 'mainland', 'overseas']),
    /** End date announced for a programme, for information only (it does not end the version). */
    plannedEnd: z.optional(IsoDate),
    /**
     * Regular expression matching the official zone codes of this version (QPV codes "QP…" for the
     * 2015 lists, "QN…" for the 2024–2025 lists). A membership whose code matches is tied to it.
     */
    codePattern: z.optional(z.string()),
    sources: /* @__PURE__ */ z.array(ZoningSource).check(z.minLength(1)),
  })
  .check(z.refine((v) => v.validTo === undefined || v.validTo >= v.validFrom, { error: 'invalid_date_range' }));
export type ZoningVersion = z.infer<typeof ZoningVersion>;
/** A version without its sources: when it is in force and which codes it covers (data/zonings.ts `zoningPeriods`). */
export type ZoningPeriod = Omit<ZoningVersion, 'sources'>;

/**
 * A commune → zone memberships table, keyed by INSEE commune code (COG), built by the user from the
 * official lists (see data/zonings.ts for the files and columns) or declared. Used by zonesOfCommune.
 */
export const CommuneZoneTable = z.record(CommuneCode, z.array(ZoneMembership));
export type CommuneZoneTable = z.infer<typeof CommuneZoneTable>;
