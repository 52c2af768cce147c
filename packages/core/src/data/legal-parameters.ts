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
const ORD2015 = 'Ordonnance n° 2015-899 du 23 juillet 2015';
const DEC2016 = 'Décret n° 2016-360 du 25 mars 2016';
const EU_THRESHOLDS = 'Seuils européens (règlements délégués de la Commission)';
/** Sources we could not check against a primary text are marked with this suffix (the team's reading). */
export const OUR_READING = '(lecture de l’équipe Terreau, non vérifiée sur le texte)';

// Every parameter answers for any day since 2019-01-01 (legalParameterOn), except the rules that did
// not exist yet, which answer `before-first-version` (RULES_CREATED_AFTER_2019 below).
export const legalParameters: readonly LegalParameter[] = [
  {
    id: 'no-publicity-threshold-supplies',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-12-31', value: 25_000, unit: 'eur-ht', source: `${DEC2016}, art. 30 I 8°, puis ${CCP}, art. R2122-8 (1er avril 2019)` },
      { validFrom: '2020-01-01', validTo: '2026-03-31', value: 40_000, unit: 'eur-ht', source: `${CCP}, art. R2122-8 (décret n° 2019-1344 du 12 décembre 2019)` },
      { validFrom: '2026-04-01', value: 60_000, unit: 'eur-ht', source: `${CCP}, art. R2122-8 (décret n° 2025-1386 du 29 décembre 2025)` },
    ],
  },
  {
    id: 'no-publicity-threshold-works',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-12-31', value: 25_000, unit: 'eur-ht', source: `${DEC2016}, art. 30 I 8°, puis ${CCP}, art. R2122-8 (1er avril 2019)` },
      { validFrom: '2020-01-01', validTo: '2020-07-23', value: 40_000, unit: 'eur-ht', source: `${CCP}, art. R2122-8 (décret n° 2019-1344 du 12 décembre 2019)` },
      { validFrom: '2020-07-24', validTo: '2020-12-08', value: 70_000, unit: 'eur-ht', source: 'Décret n° 2020-893 du 22 juillet 2020 portant relèvement temporaire du seuil de dispense de procédure pour les marchés publics de travaux' },
      { validFrom: '2020-12-09', validTo: '2022-12-31', value: 100_000, unit: 'eur-ht', source: 'Loi n° 2020-1525 du 7 décembre 2020 (ASAP), art. 142' },
      { validFrom: '2023-01-01', validTo: '2024-12-31', value: 100_000, unit: 'eur-ht', source: 'Décret n° 2022-1683 du 28 décembre 2022, art. 6 (prorogation)' },
      { validFrom: '2025-01-01', validTo: '2025-12-31', value: 100_000, unit: 'eur-ht', source: 'Décret n° 2024-1217 du 28 décembre 2024 (prorogation)' },
      { validFrom: '2026-01-01', value: 100_000, unit: 'eur-ht', source: `${CCP}, art. R2122-8 (décret n° 2025-1386, seuil pérennisé pour les travaux)` },
    ],
  },
  {
    id: 'eu-threshold-supplies-local',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-12-31', value: 221_000, unit: 'eur-ht', source: `${EU_THRESHOLDS} 2018–2019, collectivités territoriales` },
      { validFrom: '2020-01-01', validTo: '2021-12-31', value: 214_000, unit: 'eur-ht', source: `${EU_THRESHOLDS} 2020–2021, collectivités territoriales` },
      { validFrom: '2022-01-01', validTo: '2023-12-31', value: 215_000, unit: 'eur-ht', source: `${EU_THRESHOLDS} 2022–2023, collectivités territoriales` },
      { validFrom: '2024-01-01', validTo: '2025-12-31', value: 221_000, unit: 'eur-ht', source: `${CCP}, annexe n° 2 (seuils européens 2024–2025, collectivités territoriales)` },
      { validFrom: '2026-01-01', validTo: '2027-12-31', value: 216_000, unit: 'eur-ht', source: `${CCP}, annexe n° 2 (seuils européens 2026–2027, collectivités territoriales)` },
    ],
  },
  {
    id: 'eu-threshold-works',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-12-31', value: 5_548_000, unit: 'eur-ht', source: `${EU_THRESHOLDS} 2018–2019, travaux` },
      { validFrom: '2020-01-01', validTo: '2021-12-31', value: 5_350_000, unit: 'eur-ht', source: `${EU_THRESHOLDS} 2020–2021, travaux` },
      { validFrom: '2022-01-01', validTo: '2023-12-31', value: 5_382_000, unit: 'eur-ht', source: `${EU_THRESHOLDS} 2022–2023, travaux` },
      { validFrom: '2024-01-01', validTo: '2025-12-31', value: 5_538_000, unit: 'eur-ht', source: `${CCP}, annexe n° 2 (seuils européens 2024–2025, travaux)` },
      { validFrom: '2026-01-01', validTo: '2027-12-31', value: 5_404_000, unit: 'eur-ht', source: `${CCP}, annexe n° 2 (seuils européens 2026–2027, travaux)` },
    ],
  },
  {
    id: 'prior-market-consultation',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-03-31', value: null, unit: 'none', source: `${DEC2016}, art. 4` },
      { validFrom: '2019-04-01', value: null, unit: 'none', source: `${CCP}, art. R2111-1` },
    ],
  },
  {
    id: 'reserved-contract-disability',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-03-31', value: 0.5, unit: 'share', source: `${ORD2015}, art. 36` },
      { validFrom: '2019-04-01', value: 0.5, unit: 'share', source: `${CCP}, art. L2113-12 et R2113-7 (au moins 50 % de travailleurs handicapés)` },
    ],
  },
  {
    id: 'reserved-contract-siae',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-03-31', value: 0.5, unit: 'share', source: `${ORD2015}, art. 36` },
      { validFrom: '2019-04-01', value: 0.5, unit: 'share', source: `${CCP}, art. L2113-13 et R2113-7 (au moins 50 % de travailleurs défavorisés)` },
    ],
  },
  {
    id: 'reserved-contract-inclusive',
    versions: [{ validFrom: '2020-12-09', value: 0.5, unit: 'share', source: `${CCP}, art. L2113-14 et R2113-7 (loi n° 2020-1525 du 7 décembre 2020)` }],
  },
  {
    id: 'reserved-contract-ess',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-03-31', value: 3, unit: 'years', source: `${ORD2015}, art. 37` },
      {
        validFrom: '2019-04-01',
        value: 3,
        unit: 'years',
        extra: { pastContractYears: 3 },
        source: `${CCP}, art. L2113-15 et R2113-8 (services de l’avis annexé au code ; durée maximale de trois ans ; pas de marché de ce type du même acheteur dans les trois années précédentes)`,
      },
    ],
  },
  {
    id: 'social-clause',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-03-31', value: null, unit: 'none', source: `${ORD2015}, art. 38` },
      { validFrom: '2019-04-01', validTo: '2026-08-21', value: null, unit: 'none', source: `${CCP}, art. L2112-2 (conditions d’exécution sociales possibles)` },
      {
        validFrom: '2026-08-22',
        value: null,
        unit: 'none',
        source: `${CCP}, art. L2112-2 et L2112-2-1 (loi n° 2021-1104 du 22 août 2021, art. 35 : condition sociale obligatoire au-dessus des seuils européens, possible en dessous)`,
      },
    ],
  },
  {
    id: 'allotment',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-03-31', value: null, unit: 'none', source: `${ORD2015}, art. 32` },
      { validFrom: '2019-04-01', value: null, unit: 'none', source: `${CCP}, art. L2113-10 et L2113-11` },
    ],
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
        validFrom: '2019-01-01',
        value: 23_000,
        unit: 'eur-per-year',
        approximate: true,
        extra: { referenceYear: 2021 },
        source: 'Prestation de service « animation locale » des CAF : ordre de grandeur de 2021 cité par l’étude ANCT (à vérifier auprès de la CAF pour l’année en cours)',
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
        source: `Loi n° 2014-856 du 31 juillet 2014, art. 61 (dispositif local d’accompagnement) ; premier emploi accompagné possible ${OUR_READING}`,
      },
    ],
  },
  {
    id: 'esus-conditions',
    versions: [
      {
        validFrom: '2014-08-02',
        validTo: '2019-05-23',
        value: 7,
        unit: 'smic-multiple',
        extra: { highestSalarySmicMultiple: 10, approvalYears: 5, youngCompanyApprovalYears: 2, youngCompanyAgeYears: 3 },
        source: 'Code du travail, art. L3332-17-1 (loi n° 2014-856, art. 11)',
      },
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
        validFrom: '2019-01-01',
        validTo: '2020-12-31',
        value: null,
        unit: 'none',
        source: `Loi n° 2014-856, art. 9 (PTCE) ; pas d’appel national connu sur la période ${OUR_READING}`,
      },
      {
        validFrom: '2021-01-01',
        validTo: '2023-12-31',
        value: 100_000,
        unit: 'eur',
        extra: { years: 2, laureatesPerYear: 15 },
        approximate: true,
        source: 'Appel à manifestation d’intérêt « PTCE émergents » de l’État (2021–2023) ; loi n° 2014-856, art. 9',
      },
      {
        validFrom: '2024-01-01',
        validTo: '2024-12-31',
        value: null,
        unit: 'none',
        source: `Pas de chiffre d’appel national trouvé pour 2024 ${OUR_READING}`,
      },
      {
        validFrom: '2025-01-01',
        value: 62_500,
        unit: 'eur',
        extra: { laureates: 8, totalEur: 500_000 },
        approximate: true,
        source: 'Appel à manifestation d’intérêt PTCE 2025 de l’État : 8 lauréats se partagent 500 000 € (moyenne par pôle)',
      },
    ],
  },
  {
    id: 'staff-secondment',
    versions: [
      {
        validFrom: '2019-01-01',
        validTo: '2022-02-28',
        value: null,
        unit: 'none',
        source: 'Loi n° 84-53 du 26 janvier 1984, art. 61 et 61-1 (organismes contribuant à une politique publique, pour leurs seules missions de service public) ; décret n° 2008-580 du 18 juin 2008',
      },
      {
        validFrom: '2022-03-01',
        value: null,
        unit: 'none',
        source: 'Code général de la fonction publique, art. L512-7 et L512-8 4° (mise à disposition auprès d’organismes pour leurs seules missions de service public) ; décret n° 2008-580 du 18 juin 2008',
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
  {
    id: 'environmental-condition',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-03-31', value: null, unit: 'none', extra: { mandatory: 0 }, source: `${ORD2015}, art. 38 (conditions environnementales possibles)` },
      { validFrom: '2019-04-01', validTo: '2026-08-21', value: null, unit: 'none', extra: { mandatory: 0 }, source: `${CCP}, art. L2112-2 et L2152-7 (conditions et critères environnementaux possibles)` },
      {
        validFrom: '2026-08-22',
        value: null,
        unit: 'none',
        extra: { mandatory: 1 },
        source: `${CCP}, art. L2112-2 et L2152-7 (loi n° 2021-1104 du 22 août 2021, art. 35 : condition d’exécution et critère d’attribution environnementaux dans chaque marché, consultations lancées à partir du 22 août 2026)`,
      },
    ],
  },
  {
    id: 'social-condition-above-eu',
    versions: [
      {
        validFrom: '2026-08-22',
        value: null,
        unit: 'none',
        source: `${CCP}, art. L2112-2-1 (loi n° 2021-1104 du 22 août 2021, art. 35 : condition sociale dans les marchés au-dessus des seuils européens)`,
      },
    ],
  },
  {
    id: 'social-specific-services',
    versions: [
      { validFrom: '2019-01-01', validTo: '2019-03-31', value: 750_000, unit: 'eur-ht', source: `${DEC2016}, art. 28 (procédure adaptée ; seuil européen de 750 000 € HT)` },
      {
        validFrom: '2019-04-01',
        value: 750_000,
        unit: 'eur-ht',
        source: `${CCP}, art. R2123-1 3° (procédure adaptée quel que soit le montant pour les services de l’avis du 31 mars 2019) ; au-delà du seuil européen de 750 000 € HT, avis de marché publié au niveau européen`,
      },
    ],
  },
  {
    id: 'spaser',
    versions: [
      { validFrom: '2019-01-01', validTo: '2022-12-31', value: 100_000_000, unit: 'eur-per-year', source: `${CCP}, art. L2111-3 et D2111-3 (loi n° 2014-856, art. 13)` },
      { validFrom: '2023-01-01', value: 50_000_000, unit: 'eur-per-year', source: `${CCP}, art. L2111-3 et D2111-3 (décret n° 2022-767 du 2 mai 2022 ; loi n° 2021-1104, art. 35)` },
    ],
  },
  {
    id: 'subsidy-convention-threshold',
    versions: [
      {
        validFrom: '2001-06-07',
        value: 23_000,
        unit: 'eur-per-year',
        source: 'Loi n° 2000-321 du 12 avril 2000, art. 10 ; décret n° 2001-495 du 6 juin 2001',
      },
    ],
  },
  {
    id: 'contrat-engagement-republicain',
    versions: [
      {
        validFrom: '2022-01-02',
        value: null,
        unit: 'none',
        source: 'Loi n° 2000-321 du 12 avril 2000, art. 10-1 (loi n° 2021-1109 du 24 août 2021, art. 12) ; décret n° 2021-1947 du 31 décembre 2021',
      },
    ],
  },
  {
    id: 'de-minimis-ceiling',
    versions: [
      { validFrom: '2014-01-01', validTo: '2023-12-31', value: 200_000, unit: 'eur', extra: { years: 3 }, source: 'Règlement (UE) n° 1407/2013 de la Commission du 18 décembre 2013' },
      { validFrom: '2024-01-01', value: 300_000, unit: 'eur', extra: { years: 3 }, source: 'Règlement (UE) 2023/2831 de la Commission du 13 décembre 2023' },
    ],
  },
  {
    id: 'sieg-de-minimis-ceiling',
    versions: [
      { validFrom: '2012-04-26', validTo: '2023-12-31', value: 500_000, unit: 'eur', extra: { years: 3 }, source: 'Règlement (UE) n° 360/2012 de la Commission du 25 avril 2012' },
      { validFrom: '2024-01-01', value: 750_000, unit: 'eur', extra: { years: 3 }, source: 'Règlement (UE) 2023/2832 de la Commission du 13 décembre 2023' },
    ],
  },
  {
    id: 'elected-member-conflict',
    versions: [
      { validFrom: '2019-01-01', validTo: '2022-02-22', value: null, unit: 'none', source: 'CGCT, art. L2131-11 ; loi n° 2013-907 du 11 octobre 2013, art. 2' },
      { validFrom: '2022-02-23', value: null, unit: 'none', source: `CGCT, art. L1111-6 (loi n° 2022-217 du 21 février 2022, dite 3DS) et L2131-11 ; loi n° 2013-907, art. 2` },
    ],
  },
  {
    id: 'scic-subsidies',
    versions: [
      {
        validFrom: '2001-07-18',
        value: null,
        unit: 'none',
        source: 'Loi n° 47-1775 du 10 septembre 1947, art. 19 decies (créé par la loi n° 2001-624 du 17 juillet 2001)',
      },
    ],
  },
  {
    id: 'departement-agriculture-aid',
    versions: [
      {
        validFrom: '2015-08-09',
        value: null,
        unit: 'none',
        source: 'CGCT, art. L3232-1-2 (loi n° 2015-991 du 7 août 2015, NOTRe) : aides aux entreprises agricoles, forestières et de la pêche par convention avec la Région',
      },
    ],
  },
  {
    id: 'late-payment-state',
    versions: [
      {
        validFrom: '2019-01-01',
        value: null,
        unit: 'none',
        source: `Aide au poste d’insertion versée mensuellement par l’Agence de services et de paiement (Code du travail, art. R5132-1 et suivants) ${OUR_READING}`,
      },
    ],
  },
];

/** Rules created after 2019-01-01: before their first day legalParameterOn answers `before-first-version`. */
export const RULES_CREATED_AFTER_2019: readonly LegalParameterId[] = [
  'reserved-contract-inclusive',
  'social-condition-above-eu',
  'contrat-engagement-republicain',
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

/** Days already checked (a recommendation asks for the same day dozens of times). */
const checkedDays = new Map<string, boolean>();
function isValidDay(date: string): boolean {
  let ok = checkedDays.get(date);
  if (ok === undefined) {
    ok = IsoDate.safeParse(date).success;
    if (checkedDays.size > 1000) checkedDays.clear();
    checkedDays.set(date, ok);
  }
  return ok;
}

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
  if (!isValidDay(date)) return { ok: false, code: 'invalid-date', parameterId: id, date, ...span };
  const version = parameter.versions.find((v) => v.validFrom <= date && (v.validTo === undefined || date <= v.validTo));
  if (version !== undefined) return { ok: true, parameterId: parameter.id, ...version };
  const code =
    date < first.validFrom ? 'before-first-version' : last.validTo !== undefined && date > last.validTo ? 'after-last-version' : 'between-versions';
  return { ok: false, code, parameterId: id, date, ...span };
}
