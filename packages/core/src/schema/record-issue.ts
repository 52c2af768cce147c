import * as z from 'zod/mini';

/** The codes zod itself reports (zod 4), kept as they are. */
export const ZOD_ISSUE_CODES = [
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_value',
  'invalid_format',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'not_multiple_of',
  'custom',
] as const;

/**
 * Codes of our own checks. `required` replaces zod's `invalid_type` when the value is missing;
 * `duplicate_id` and `unknown_actor` come from checks across records (parseActors, parseDataset).
 */
export const CUSTOM_ISSUE_CODES = [
  'required',
  'invalid_siren',
  'invalid_siret',
  'invalid_rna',
  'invalid_commune_code',
  'invalid_web_url',
  'invalid_date',
  'invalid_postcode',
  'invalid_naf',
  'invalid_legal_category',
  'invalid_epci_code',
  'invalid_departement_code',
  'invalid_region_code',
  'duplicate_id',
  'unknown_actor',
  'self_partnership',
  'siret_siren_mismatch',
  'unreadable_record',
  // faults of form of a CSV row (the row is set aside)
  'ragged_row',
  'unclosed_quote',
  // a row set aside by the reader: a SIRENE unit or establishment closed (etatAdministratif… C or F)
  'closed_unit',
  // faults of form of a GeoJSON feature
  'not_a_feature',
  'unsupported_geometry',
  // warnings (the record is kept): what a reader tidied with a loss or decided
  'departement_suffix_dropped',
  'type_unclassified',
  'naf_old_nomenclature',
  'creation_date_unknown',
  'conventions_merged',
  'commune_ambiguous',
  'record_too_large',
] as const;

/** Every code a RecordIssue can carry; each has a French and an English message. */
export const ISSUE_CODES = [...ZOD_ISSUE_CODES, ...CUSTOM_ISSUE_CODES] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Which list of a dataset a record belongs to. */
export const RecordCollection = z.enum(['actors', 'partnerships']);
export type RecordCollection = z.infer<typeof RecordCollection>;

/**
 * One fault in one input record. `index` is the record's position in the input (-1 when the
 * input as a whole is unusable); `path` is dotted ("identifiers.siret", "zones.0.from", "" for the
 * record itself); `value` is the bad value as given; `params` carries what the message needs
 * (minimum, expected type, allowed values…) so it can be formatted again in another locale.
 * `message` is plain text: show it as text, never as markup.
 */
export const RecordIssue = z.object({
  index: /* @__PURE__ */ z.number().check(z.int(), z.gte(-1)),
  collection: z.optional(RecordCollection),
  id: z.optional(z.string()),
  path: z.string(),
  code: z.enum(ISSUE_CODES),
  value: z.unknown(),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))),
  message: z.object({ fr: z.string(), en: z.string() }),
});
export type RecordIssue = z.infer<typeof RecordIssue>;

/** What formatIssue needs: an issue, with or without its message. */
export type IssueToFormat = Omit<RecordIssue, 'message'> & { message?: RecordIssue['message'] };
