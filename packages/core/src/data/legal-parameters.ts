// Dated legal parameters and rules that recommendations cite (DOMAIN §10). Each parameter keeps
// every version with its validity dates and the text that sets it, so a recommendation produced
// on a given day cites the rule in force that day. Labels and notes: messages.recommend.legal[id].
// Sources are legal citations (proper names of texts), not prose, so they stay in the data.
import * as z from 'zod/mini';
import { IsoDate } from '../schema/actor.js';
import { LEGAL_PARAMETER_IDS } from './ids.js';
import type { LegalParameterId } from './ids.js';

/** What a parameter's `value` counts. `none` marks a rule without a figure (value is null). */
export const LegalUnit = z.enum(['eur-ht', 'eur', 'eur-per-year', 'share', 'years', 'employees', 'smic-multiple', 'none']);
export type LegalUnit = z.infer<typeof LegalUnit>;

export const LegalParameterVersion = z.object({
  /** First day the version applies (inclusive). */
  validFrom: IsoDate,
  /** Last day the version applies (inclusive); absent while in force with no end date. */
  validTo: z.optional(IsoDate),
  value: z.nullable(/* @__PURE__ */ z.number().check(z.gte(0))),
  unit: LegalUnit,
  /** Further figures of the same rule (the ESUS pay caps and approval lengths…). */
  extra: z.optional(z.record(z.string(), z.number())),
  /** True when the figure is an order of magnitude reported by a study rather than set by a text. */
  approximate: z.optional(z.boolean()),
  /** The text that sets the rule (article, decree, law). */
  source: /* @__PURE__ */ z.string().check(z.minLength(1)),
});
export type LegalParameterVersion = z.infer<typeof LegalParameterVersion>;

export const LegalParameter = /* @__PURE__ */ z
  .object({
    id: z.enum(LEGAL_PARAMETER_IDS),
    /** Versions in chronological order, without overlap. */
    versions: /* @__PURE__ */ z.array(LegalParameterVersion).check(z.minLength(1)),
  })
  .check(
    z.refine(
      (p) =>
        p.versions.every((v, i) => {
          if (v.validTo !== undefined && v.validTo < v.validFrom) return false;
          const next = p.versions[i + 1];
          return next === undefined || (v.validTo !== undefined && v.validTo < next.validFrom);
        }),
      { error: 'overlapping_versions' },
    ),
  );
export type LegalParameter = z.infer<typeof LegalParameter>;

const CCP = 'Code de la commande publique';

export const legalParameters: readonly LegalParameter[] = [
  {
    id: 'no-publicity-threshold-supplies',
    versions: [
      {
        validFrom: '2020-01-01',
        validTo: '2026-03-31',
        value: 40_000,
        unit: 'eur-ht',
        source: `${CCP}, art. R2122-8 (décret n° 2019-1344 du 12 décembre 2019)`,
      },
      {
        validFrom: '2026-04-01',
        value: 60_000,
        unit: 'eur-ht',
        source: `${CCP}, art. R2122-8 (décret n° 2025-1386)`,
      },
    ],
  },
  {
    id: 'no-publicity-threshold-works',
    versions: [
      {
        validFrom: '2026-01-01',
        value: 100_000,
        unit: 'eur-ht',
        source: `${CCP}, art. R2122-8 (décret n° 2025-1386, seuil pérennisé pour les travaux)`,
      },
    ],
  },
  {
    id: 'eu-threshold-supplies-local',
    versions: [
      {
        validFrom: '2024-01-01',
        validTo: '2025-12-31',
        value: 221_000,
        unit: 'eur-ht',
        source: `${CCP}, annexe n° 2 (seuils européens 2024–2025, collectivités territoriales)`,
      },
      {
        validFrom: '2026-01-01',
        validTo: '2027-12-31',
        value: 216_000,
        unit: 'eur-ht',
        source: `${CCP}, annexe n° 2 (seuils européens 2026–2027, collectivités territoriales)`,
      },
    ],
  },
  {
    id: 'eu-threshold-works',
    versions: [
      {
        validFrom: '2024-01-01',
        validTo: '2025-12-31',
        value: 5_538_000,
        unit: 'eur-ht',
        source: `${CCP}, annexe n° 2 (seuils européens 2024–2025, travaux)`,
      },
      {
        validFrom: '2026-01-01',
        validTo: '2027-12-31',
        value: 5_404_000,
        unit: 'eur-ht',
        source: `${CCP}, annexe n° 2 (seuils européens 2026–2027, travaux)`,
      },
    ],
  },
  {
    id: 'prior-market-consultation',
    versions: [{ validFrom: '2019-04-01', value: null, unit: 'none', source: `${CCP}, art. R2111-1` }],
  },
  {
    id: 'reserved-contract-disability',
    versions: [
      {
        validFrom: '2019-04-01',
        value: 0.5,
        unit: 'share',
        source: `${CCP}, art. L2113-12 et R2113-7 (au moins 50 % de travailleurs handicapés)`,
      },
    ],
  },
  {
    id: 'reserved-contract-siae',
    versions: [
      {
        validFrom: '2019-04-01',
        value: 0.5,
        unit: 'share',
        source: `${CCP}, art. L2113-13 et R2113-7 (au moins 50 % de travailleurs défavorisés)`,
      },
    ],
  },
  {
    id: 'reserved-contract-inclusive',
    versions: [
      {
        validFrom: '2020-12-09',
        value: 0.5,
        unit: 'share',
        source: `${CCP}, art. L2113-14 et R2113-7 (loi n° 2020-1525 du 7 décembre 2020)`,
      },
    ],
  },
  {
    id: 'reserved-contract-ess',
    versions: [
      {
        validFrom: '2019-04-01',
        value: 3,
        unit: 'years',
        source: `${CCP}, art. L2113-15 et R2113-8 (durée maximale de trois ans)`,
      },
    ],
  },
  {
    id: 'social-clause',
    versions: [{ validFrom: '2019-04-01', value: null, unit: 'none', source: `${CCP}, art. L2112-2` }],
  },
  {
    id: 'allotment',
    versions: [{ validFrom: '2019-04-01', value: null, unit: 'none', source: `${CCP}, art. L2113-10 et L2113-11` }],
  },
  {
    id: 'scic-public-capital-cap',
    versions: [
      {
        validFrom: '2014-08-02',
        value: 0.5,
        unit: 'share',
        source: 'Loi n° 47-1775 du 10 septembre 1947, art. 19 septies (modifié par la loi n° 2014-856 du 31 juillet 2014)',
      },
    ],
  },
  {
    id: 'evs-funding',
    versions: [
      {
        validFrom: '2021-01-01',
        value: 23_000,
        unit: 'eur-per-year',
        approximate: true,
        source: 'Prestation de service « animation locale » des CAF (ordre de grandeur cité par l’étude ANCT 2021)',
      },
    ],
  },
  {
    id: 'dla-eligibility',
    versions: [
      {
        validFrom: '2014-08-02',
        value: 1,
        unit: 'employees',
        source: 'Loi n° 2014-856 du 31 juillet 2014, art. 61 (dispositif local d’accompagnement)',
      },
    ],
  },
  {
    id: 'esus-conditions',
    versions: [
      {
        validFrom: '2019-05-24',
        value: 7,
        unit: 'smic-multiple',
        extra: { highestSalarySmicMultiple: 10, approvalYears: 5, youngCompanyApprovalYears: 2, youngCompanyAgeYears: 3 },
        source: 'Code du travail, art. L3332-17-1 (loi n° 2014-856 ; loi n° 2019-486 PACTE)',
      },
    ],
  },
  {
    id: 'ptce-call-funding',
    versions: [
      {
        validFrom: '2021-01-01',
        value: 100_000,
        unit: 'eur',
        extra: { years: 2, laureatesPerYear: 15 },
        approximate: true,
        source: 'Appel à manifestation d’intérêt « PTCE émergents » de l’État ; loi n° 2014-856, art. 9',
      },
    ],
  },
  {
    id: 'staff-secondment',
    versions: [
      {
        validFrom: '2022-03-01',
        value: null,
        unit: 'none',
        source: 'Code général de la fonction publique (mise à disposition) ; décret n° 2008-580 du 18 juin 2008',
      },
    ],
  },
  {
    id: 'business-aid-competence',
    versions: [
      {
        validFrom: '2015-08-09',
        value: null,
        unit: 'none',
        source: 'CGCT, art. L1511-2 et L1511-3 (loi n° 2015-991 du 7 août 2015, dite NOTRe)',
      },
    ],
  },
];

/** A version in force on the requested day, with the parameter it belongs to. */
export interface LegalParameterInForce extends LegalParameterVersion {
  ok: true;
  parameterId: LegalParameterId;
}

/** No version applies: the date is invalid, before the first version, or after the last one ended. */
export interface LegalParameterNotInForce {
  ok: false;
  code: 'invalid-date' | 'before-first-version' | 'after-last-version' | 'between-versions' | 'unknown-parameter';
  parameterId: string;
  date: string;
  /** Where versions exist: the first day covered and the last day covered (absent if open-ended). */
  firstValidFrom?: string;
  lastValidTo?: string;
}

const byId = new Map<string, LegalParameter>(legalParameters.map((p) => [p.id, p]));

/**
 * The version of a legal parameter in force on `date` (ISO "YYYY-MM-DD"). Never throws: when no
 * version applies it says why (`before-first-version`, `after-last-version`, `invalid-date`,
 * `unknown-parameter`) with the dates the catalogue does cover.
 */
export function legalParameterOn(id: LegalParameterId | string, date: string): LegalParameterInForce | LegalParameterNotInForce {
  const parameter = byId.get(id);
  if (parameter === undefined) return { ok: false, code: 'unknown-parameter', parameterId: id, date };
  const first = parameter.versions[0] as LegalParameterVersion;
  const last = parameter.versions[parameter.versions.length - 1] as LegalParameterVersion;
  const span = { firstValidFrom: first.validFrom, ...(last.validTo !== undefined ? { lastValidTo: last.validTo } : {}) };
  if (!IsoDate.safeParse(date).success) return { ok: false, code: 'invalid-date', parameterId: id, date, ...span };
  const version = parameter.versions.find((v) => v.validFrom <= date && (v.validTo === undefined || date <= v.validTo));
  if (version !== undefined) return { ok: true, parameterId: parameter.id, ...version };
  const code =
    date < first.validFrom ? 'before-first-version' : last.validTo !== undefined && date > last.validTo ? 'after-last-version' : 'between-versions';
  return { ok: false, code, parameterId: id, date, ...span };
}
