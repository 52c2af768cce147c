import * as z from 'zod/mini';
import {
  ACTIVITY_IDS,
  ACTOR_TYPE_IDS,
  APPROVAL_IDS,
  ASSET_IDS,
  BUDGET_BAND_IDS,
  EMPLOYEE_BAND_IDS,
  NEED_IDS,
  PARTNER_ROLE_IDS,
  ZONING_IDS,
} from '../data/ids.js';
import { isValidCommuneCode, isValidRna, isValidSiren, isValidSiret } from './identifiers.js';
import { isIsoDate } from './is-iso-date.js';
import { ACTOR_LIMITS, CODE_SHAPES, LOCATION_PRECISIONS, isWebUrl } from './actor-limits.js';

// Error codes carried by custom checks; messages live in i18n (see i18n/messages.*.ts → errors).
// zod's own codes (invalid_type, too_small, invalid_value, …) are translated there too.

export { isIsoDate } from './is-iso-date.js';
export { ACTOR_LIMITS, CODE_SHAPES, LOCATION_PRECISIONS, isWebUrl } from './actor-limits.js';

/** An ISO calendar date, "2026-04-01". */
export const IsoDate = /* @__PURE__ */ z.string().check(z.refine(isIsoDate, { error: 'invalid_date' }));
export type IsoDate = z.infer<typeof IsoDate>;

export const Siren = /* @__PURE__ */ z.string().check(z.refine(isValidSiren, { error: 'invalid_siren' }));
export const Siret = /* @__PURE__ */ z.string().check(z.refine(isValidSiret, { error: 'invalid_siret' }));
export const Rna = /* @__PURE__ */ z.string().check(z.refine(isValidRna, { error: 'invalid_rna' }));
export const CommuneCode = /* @__PURE__ */ z.string().check(z.refine(isValidCommuneCode, { error: 'invalid_commune_code' }));

/** A web address. Only http and https: anything else (javascript:, data:, …) is rejected. */
export const WebUrl = /* @__PURE__ */ z.string().check(z.refine(isWebUrl, { error: 'invalid_web_url' }));

export const Identifiers = z.object({
  siren: z.optional(Siren),
  siret: z.optional(Siret),
  rna: z.optional(Rna),
});
export type Identifiers = z.infer<typeof Identifiers>;

export const Address = z.object({
  line: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(ACTOR_LIMITS.addressLineLength))),
  postcode: z.optional(/* @__PURE__ */ z.string().check(z.regex(CODE_SHAPES.postcode, { error: 'invalid_postcode' }))),
  city: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(ACTOR_LIMITS.cityLength))),
});
export type Address = z.infer<typeof Address>;

/** WGS84 coordinates; `precision` says whether they are the actor's own or its commune's centroid. */
export const Location = z.object({
  lat: /* @__PURE__ */ z.number().check(z.gte(-ACTOR_LIMITS.maxLatitude), z.lte(ACTOR_LIMITS.maxLatitude)),
  lon: /* @__PURE__ */ z.number().check(z.gte(-ACTOR_LIMITS.maxLongitude), z.lte(ACTOR_LIMITS.maxLongitude)),
  precision: z.enum(LOCATION_PRECISIONS),
});
export type Location = z.infer<typeof Location>;

/**
 * Membership of a zoning. Without dates it is taken to hold whenever the zoning itself is in force
 * (see data/zonings.ts); `code` is the zone's official code when it has one (QPV code…).
 */
export const ZoneMembership = z.object({
  zoning: z.enum(ZONING_IDS),
  code: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(40))),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  /** Where the membership comes from: declared by the data provider, or derived from an official list. */
  source: z.optional(z.enum(['declared', 'official-list'])),
});
export type ZoneMembership = z.infer<typeof ZoneMembership>;

export const Size = z.object({
  employees: z.optional(z.enum(EMPLOYEE_BAND_IDS)),
  budget: z.optional(z.enum(BUDGET_BAND_IDS)),
});
export type Size = z.infer<typeof Size>;

export const Provenance = z.object({
  /** Name of the source: "ANCT 2021 study", "SIRENE extract 2026-10", "survey"… */
  source: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(ACTOR_LIMITS.sourceLength)),
  /**
   * Date the record was last checked against its source. Absent when nobody says: the date is then
   * unknown (a reader never puts today's date in its place).
   */
  checkedAt: z.optional(IsoDate),
  url: z.optional(WebUrl),
});
export type Provenance = z.infer<typeof Provenance>;

/** A local actor of the social and solidarity economy or of its ecosystem. */
export const Actor = z.object({
  id: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(ACTOR_LIMITS.idLength)),
  name: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(ACTOR_LIMITS.nameLength)),
  type: z.enum(ACTOR_TYPE_IDS),
  /** INSEE "catégorie juridique" code (4 digits, e.g. 9220 for a declared association). */
  legalCategory: z.optional(/* @__PURE__ */ z.string().check(z.regex(CODE_SHAPES.legalCategory, { error: 'invalid_legal_category' }))),
  identifiers: z._default(Identifiers, {}),
  address: z.optional(Address),
  /** INSEE code of the commune (COG). */
  communeCode: z.optional(CommuneCode),
  /** SIREN of the EPCI the commune belongs to. */
  epciCode: z.optional(/* @__PURE__ */ z.string().check(z.regex(CODE_SHAPES.epciCode, { error: 'invalid_epci_code' }))),
  departementCode: z.optional(/* @__PURE__ */ z.string().check(z.regex(CODE_SHAPES.departementCode, { error: 'invalid_departement_code' }))),
  regionCode: z.optional(/* @__PURE__ */ z.string().check(z.regex(CODE_SHAPES.regionCode, { error: 'invalid_region_code' }))),
  location: z.optional(Location),
  activities: z._default(z.array(z.enum(ACTIVITY_IDS)), []),
  needs: z._default(z.array(z.enum(NEED_IDS)), []),
  /** NAF rév. 2 activity code, "88.99B". */
  naf: z.optional(/* @__PURE__ */ z.string().check(z.regex(CODE_SHAPES.naf, { error: 'invalid_naf' }))),
  size: z.optional(Size),
  creationYear: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(ACTOR_LIMITS.firstYear), z.lte(ACTOR_LIMITS.lastYear))),
  approvals: z._default(z.array(z.enum(APPROVAL_IDS)), []),
  zones: z._default(z.array(ZoneMembership), []),
  /** Assets the actor offers to partners. */
  assets: z._default(z.array(z.enum(ASSET_IDS)), []),
  website: z.optional(WebUrl),
  description: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(ACTOR_LIMITS.descriptionLength))),
  provenance: Provenance,
});
export type Actor = z.infer<typeof Actor>;
/** What a data provider writes: defaults (empty lists) may be left out. */
export type ActorInput = z.input<typeof Actor>;

/** A partnership between two actors: who brings what, in which role. */
export const Partnership = z.object({
  /** The supported actor (usually the ESS enterprise). */
  actorId: /* @__PURE__ */ z.string().check(z.minLength(1)),
  /** The partner. */
  partnerId: /* @__PURE__ */ z.string().check(z.minLength(1)),
  roles: z._default(z.array(z.enum(PARTNER_ROLE_IDS)), []),
  assets: z._default(z.array(z.enum(ASSET_IDS)), []),
  since: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(ACTOR_LIMITS.firstYear), z.lte(ACTOR_LIMITS.lastYear))),
  /** Free text: what the partnership consists of. */
  note: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(2000))),
});
export type Partnership = z.infer<typeof Partnership>;
