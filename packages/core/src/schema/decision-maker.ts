import * as z from 'zod/mini';
import { DECISION_MAKER_IDS } from '../data/ids.js';

/**
 * The local public decision-maker a recommendation is made for. Only `kind` is required: it fixes
 * the legal competences (data/actions.ts). `partners` says with whom it acts (a Département acting
 * inside a Région's business-aid scheme may do what it cannot do alone); `budget` and `ambition`
 * tilt the ranking, never the eligibility.
 */
export const DecisionMaker = z.object({
  kind: z.enum(DECISION_MAKER_IDS),
  /** Name shown in a convention ("Ville de Crest"). */
  name: z.optional(/* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
  /** INSEE codes of the territory it covers; used to notice an actor outside it. */
  territory: z.optional(
    z.object({
      communeCodes: z.optional(z.array(/* @__PURE__ */ z.string().check(z.regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'invalid_commune_code' })))),
      epciCode: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\d{9}$/, { error: 'invalid_epci_code' }))),
      departementCode: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^(\d{2}|2[AB]|97\d)$/, { error: 'invalid_departement_code' }))),
      regionCode: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\d{2}$/, { error: 'invalid_region_code' }))),
    }),
  ),
  /** Other decision-makers it acts together with on this file. */
  partners: z._default(z.array(z.enum(DECISION_MAKER_IDS)), []),
  /** Means it can commit: `small` favours in-kind, procurement and promotion over money. */
  budget: z.optional(z.enum(['small', 'medium', 'large'])),
  /** `structuring` favours multi-year and collective actions. */
  ambition: z.optional(z.enum(['punctual', 'structuring'])),
});
export type DecisionMaker = z.infer<typeof DecisionMaker>;
export type DecisionMakerInput = z.input<typeof DecisionMaker>;
