// The numbers and shapes of an actor's fields, zod-free: the schema (schema/actor.ts) checks them and
// the fast path (ingest/fast-actor.ts) reads them from here, so each is written once and importing
// the fast path does not evaluate zod (the widgets' validation chunk stays without it when every
// record passes the fast path).

/**
 * The limits of an actor's texts and numbers: the schema (schema/actor.ts) checks them, and the
 * fast path (ingest/fast-actor.ts) reads them from here, so each is written once.
 */
export const ACTOR_LIMITS = {
  idLength: 200,
  nameLength: 300,
  addressLineLength: 500,
  cityLength: 200,
  descriptionLength: 5000,
  sourceLength: 300,
  /** Years (creation, zone membership since). */
  firstYear: 1800,
  lastYear: 2100,
  maxLatitude: 90,
  maxLongitude: 180,
} as const;

/** What a location's coordinates stand for: the actor's own place, or its commune's centroid. */
export const LOCATION_PRECISIONS = ['exact', 'commune'] as const;

/** The shape of each code of an actor (after tidying): the schema's checks, read by the fast path too. */
export const CODE_SHAPES = {
  postcode: /^\d{5}$/,
  legalCategory: /^\d{4}$/,
  epciCode: /^\d{9}$/,
  departementCode: /^(\d{2}|2[AB]|97\d)$/,
  regionCode: /^\d{2}$/,
  naf: /^\d{2}\.\d{2}[A-Z]$/,
} as const;

/**
 * True for an absolute http(s) address with a host: "https://www.exemple.fr/page?x=1". Anything
 * else — javascript:, data:, vbscript:, relative paths, spaces or control characters — is refused.
 * Written without the URL global, which core (lib ES2022) does not assume.
 */
export function isWebUrl(s: string): boolean {
  const m = /^(https?):\/\/([^/?#\s@]+@)?(\[[0-9a-f:.]+\]|[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*)(:\d{1,5})?([/?#][^\s]*)?$/iu.exec(s);
  if (!m) return false;
  // No control or invisible formatting characters (bidi overrides…) anywhere in the address.
  return !/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u.test(s);
}

