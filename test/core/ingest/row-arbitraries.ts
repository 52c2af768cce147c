// Generated CSV tables for the readers' property tests: column names met in real files (SIRENE,
// canonical, French aliases) and cells good, to tidy and bad, mostly well-formed rows, now and then a
// ragged one or a repeated column. Shared by the fast path's test (test/core/node/fast-actor.test.ts)
// and the ingestion's (fast then zod = zod alone).
import fc from 'fast-check';
// @ts-expect-error — plain JS fixture generator shared with the bench
import { luhnDigit } from '../../../bench/lib/sirene-fixture.js';
import { ACTOR_LIMITS, ACTIVITY_IDS, ACTOR_TYPE_IDS, APPROVAL_IDS, ASSET_IDS, BUDGET_BAND_IDS, EMPLOYEE_BAND_IDS, NEED_IDS } from '@terreau/core';

/** A text of the schema's longest length, and one character longer (the limits are the schema's: the fast path reads them). */
const atAndOver = (length: number): string[] => ['x'.repeat(length), 'x'.repeat(length + 1)];

/** Fields of a row: column names (SIRENE, canonical, French aliases) and cells (good ones first, then ones the full path tidies, then bad ones). */
export const groups: [string[], string[]][] = [
  [['name', 'nom', 'denominationUniteLegale', 'enseigne1Etablissement'], ['Café', 'Structure 1, "la Coop"', ' Café  Léon ', '\u00a0Nom\u00a0', '', ' ', ...atAndOver(ACTOR_LIMITS.nameLength)]],
  [['type', 'typologie'], [...ACTOR_TYPE_IDS.slice(0, 4), '', 'Association', 'nope']],
  [['categorieJuridiqueUniteLegale', 'legalCategory'], ['9220', '5458', '6411', '5499', '7210', '8210', ' 9220 ', '', '0000', '92', '92a0']],
  [['economieSocialeSolidaireUniteLegale'], ['O', 'N', 'oui', 'non', 'true', '', 'peut-être']],
  [['activitePrincipaleUniteLegale', 'activitePrincipaleEtablissement'], ['88.99B', '8899B', '8810C', '88.99b', '', '88 99B', '8899']],
  [['siren'], ['552081317', '', '552 081 317', '552.081.317', '552081318', '35600000']],
  [['siret', 'SIRET '], ['55208131766522', '', '552 081 317 66522', '55208131700000', '35600000000048', '356000000']],
  [['rna'], ['W751000001', 'W2A1000001', '', 'w751000001', 'W75100000']],
  [['id', 'identifiant'], ['a-1', '', ' b-2 ', ...atAndOver(ACTOR_LIMITS.idLength)]],
  [['codeCommuneEtablissement', 'code_insee'], ['69123', '2A004', '97411', '1053', '', '2a004', '9X123']],
  [['code_postal'], ['75001', '7500', '', '75 001', '750']],
  [['adresse'], ['1 rue de la Paix', '', ...atAndOver(ACTOR_LIMITS.addressLineLength)]],
  [['ville'], ['Lyon', '', ...atAndOver(ACTOR_LIMITS.cityLength)]],
  [['epci'], ['200046977', '20004697', '', '2000 469 77', 'abc']],
  [['departement'], ['69', '6', '2A', '971', '', '2a', '9']],
  [['region'], ['84', '4', '', '840']],
  [['latitude'], ['45.76', '-20.88', ' 4.84 ', '45,76', '', '123.5', '1e999', 'à l’est', '-90']],
  [['longitude', 'lng'], ['4.84', '-0.58', '180.0', '2,17', '', '-181', 'x']],
  [['precision'], ['exact', 'commune', '', 'approx']],
  [['activites'], [ACTIVITY_IDS[0] as string, `${ACTIVITY_IDS[0]}|${ACTIVITY_IDS[4]}`, `${ACTIVITY_IDS[1]} | `, '', 'nope|x']],
  [['besoins'], [NEED_IDS[0] as string, `${NEED_IDS[2]}|${NEED_IDS[3]}`, '', '|', 'nope']],
  [['agrements'], [APPROVAL_IDS[0] as string, '', 'nope']],
  [['atouts'], [ASSET_IDS[0] as string, `${ASSET_IDS[1]}|${ASSET_IDS[0]}`, '', 'nope']],
  [['zonages'], ['', '', 'qpv', 'qpv:QN1']],
  [['trancheEffectifsUniteLegale'], ['00', '03', '11', '32', 'NN', '', '99', 'constructor']],
  [['effectifs'], [...EMPLOYEE_BAND_IDS, '', 'beaucoup']],
  [['budget'], [BUDGET_BAND_IDS[0] as string, '', 'nope']],
  [['dateCreationUniteLegale'], ['2005-07-15', '1990', '', '1799-01-01', 'juin', '1900-01-01']],
  [['annee_creation'], ['1990', ' 2001 ', '+2000', '', '2101', '1990.5']],
  [['site'], ['https://exemple.fr/a,b', 'http://x', '', 'javascript:alert(1)', 'ftp://x.fr']],
  [['description'], ['Épicerie "solidaire"', '', ...atAndOver(ACTOR_LIMITS.descriptionLength)]],
  [['source'], ['enquête 2026', '', ...atAndOver(ACTOR_LIMITS.sourceLength)]],
  [['checkedAt', 'date_verification'], ['2024-02-29', '', '2026-02-29', '2024-13-01', '2024-1-1']],
  [['dateDernierTraitementUniteLegale'], ['2024-03-01T12:00:00', '', '2024']],
  [['source_url'], ['https://sirene.fr', '', 'javascript:x']],
  [['etatAdministratifUniteLegale', 'etatAdministratifEtablissement'], ['A', '', 'C', 'F', ' a ', 'x']],
  [['unknown', '2', '10', '__proto__', 'constructor', ''], ['', 'x', '"']],
];

/** A header (some fields, in any order, a repeated name now and then) and rows, mostly well-formed. */
export const tableArb = fc
  .tuple(
    fc.shuffledSubarray(groups, { minLength: 1, maxLength: 12 }),
    fc.array(fc.nat(), { minLength: groups.length, maxLength: groups.length }),
    fc.boolean(),
  )
  .chain(([chosen, picks, repeat]) => {
    // name and type or category most of the time, so that many rows are valid
    let base = chosen.some((g) => g === groups[0]) ? chosen : [groups[0] as [string[], string[]], ...chosen];
    if (!base.some((g) => g === groups[1] || g === groups[2])) base = [...base, groups[(picks[0] ?? 0) % 2 === 0 ? 1 : 2] as [string[], string[]]];
    const cols = base.map(([names, values], i) => ({ name: names[(picks[i] ?? 0) % names.length] as string, values }));
    if (repeat && cols.length > 1) cols.push(cols[0] as (typeof cols)[number]);
    const cellArb = (values: string[]) => fc.oneof({ weight: 12, arbitrary: fc.constantFrom(values[0] as string) }, { weight: 3, arbitrary: fc.constantFrom(...values) });
    const fullRow = fc.tuple(...cols.map((c) => cellArb(c.values)));
    const rowArb = fc.oneof(
      { weight: 8, arbitrary: fullRow },
      // ragged rows
      { weight: 1, arbitrary: fullRow.map((r) => r.slice(0, Math.max(0, r.length - 1))) },
    );
    return fc.tuple(fc.constant(cols.map((c) => c.name)), fc.array(rowArb, { minLength: 1, maxLength: 6 }));
  });


// ——— the rules of row-cells.ts: identifiers, id and name fallbacks, coordinates, years, provenance ———

/** Mostly `good` (so that many rows are valid and taken by the fast path), now and then one of `others`. */
const mostly = <T>(good: fc.Arbitrary<T>, ...others: T[]): fc.Arbitrary<T> => fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...others) });

const digitsArb = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A SIREN and a SIRET of it, both with their check digits (now and then a wrong one). */
const unitArb = fc.tuple(digitsArb(8), digitsArb(4), fc.integer({ min: 0, max: 7 }).map((k) => k === 0), fc.integer({ min: 0, max: 9 })).map(([s8, nic4, wrong, d]) => {
  const siren = `${s8}${luhnDigit(s8)}`;
  const siret = `${siren}${nic4}${luhnDigit(`${siren}${nic4}`)}`;
  return wrong ? { siren: `${s8}${d}`, siret: `${siren}${nic4}${d}` } : { siren, siret };
});

/** An identifier as people and tools write it: plain, spaced, dotted, dashed, pandas' ".0", padded with blanks. */
const writtenIdArb = (id: string) =>
  mostly(
    fc.constantFrom(
    id,
    id.replace(/(\d{3})(?=\d)/g, '$1 '),
    id.replace(/(\d{3})(?=\d)/g, '$1.'),
    id.replace(/(\d{3})(?=\d)/g, '$1-'),
    id.replace(/(\d{3})(?=\d)/g, '$1\u00a0'),
    `${id}.0`,
    ` ${id} `,
    ),
    id.slice(1),
    `${id}.5`,
  );

const rnaArb = fc
  .tuple(fc.constantFrom('W75', 'W2A', 'W9R', 'W6'), digitsArb(7))
  .chain(([p, d]) => mostly(fc.constantFrom(`${p}${d}`, `${p}${d}`.toLowerCase(), `${p} ${d.slice(0, 3)} ${d.slice(3)}`, `${p}-${d}`), `${p}${d}.0`, `${p}${d}0`));

/** A decimal as written: plain, decimal comma, blanks, sign, exponent, trailing zeros. */
const writtenDecimalArb = (x: number) =>
  fc.constantFrom(String(x), String(x).replace('.', ','), ` ${x} `, `+${x}`, x.toExponential(), `${x}000`, x.toFixed(6), `${x}`.replace('-', '- '));

const coordinateArb = (limit: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.double({ min: -limit - 5, max: limit + 5, noNaN: true }).map((x) => Math.round(x * 1e5) / 1e5).chain(writtenDecimalArb) },
    // the bounds and just past them (the schema's range, which the fast path checks too), blanks, text
    { weight: 2, arbitrary: fc.constantFrom('', '', '1e999', 'nord', `${limit}`, `-${limit}`, `${limit}.000001`, `-${limit}.5`, `${limit + 1}`, '0', '-0', '.5', '5.') },
  );

const yearArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1780, max: 2120 }).chain((y) => mostly(fc.constantFrom(String(y), ` ${y} `, `+${y}`, `${y}.0`, `0${y}`), `${y}.5`, `${y}-01-01`)) },
  { weight: 1, arbitrary: fc.constantFrom('', 'ancien', '-1990', '1e3') },
);

const dateArb = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  .chain((d) => mostly(fc.constantFrom(d, `${d}T10:00:00`), d.slice(0, 7), d.replaceAll('-', '/')));

/** Cells of one row for the row-cells rules (blank = absent), keyed by column. */
export const cellRulesRowArb = fc
  .record({
    unit: unitArb,
    rna: rnaArb,
    use: fc.record({ id: fc.boolean(), siren: fc.boolean(), siret: fc.boolean(), rna: fc.boolean(), name: fc.boolean(), enseigne: fc.boolean(), first: fc.boolean(), last: fc.boolean(), lat: fc.boolean(), lon: fc.boolean(), year: fc.boolean(), creation: fc.boolean(), source: fc.boolean(), checked: fc.boolean(), sireneChecked: fc.boolean() }),
    id: mostly(fc.constantFrom('a-1', ' b-2 ', 'x'.repeat(ACTOR_LIMITS.idLength)), 'x'.repeat(ACTOR_LIMITS.idLength + 1)),
    name: mostly(fc.constantFrom('Café', ' Café  Léon ', 'x'.repeat(ACTOR_LIMITS.nameLength)), ' ', 'x'.repeat(ACTOR_LIMITS.nameLength + 1)),
    enseigne: fc.constantFrom('Enseigne', ' '),
    first: fc.constantFrom('THIERRY', ' Anne ', ''),
    last: fc.constantFrom('JANOYER', ' '),
    lat: coordinateArb(ACTOR_LIMITS.maxLatitude),
    lon: coordinateArb(ACTOR_LIMITS.maxLongitude),
    precision: mostly(fc.constantFrom('', 'exact', 'commune'), 'approx', 'Exact'),
    year: yearArb,
    creation: fc.oneof(dateArb, fc.constantFrom('1799-12-31', '2101-01-01', 'juin', '1900-01-01')),
    source: mostly(fc.constantFrom('enquête', 'x'.repeat(ACTOR_LIMITS.sourceLength)), 'x'.repeat(ACTOR_LIMITS.sourceLength + 1)),
    checked: dateArb,
    sireneChecked: fc.oneof(dateArb, fc.constantFrom('2024')),
  })
  .chain((r) =>
    fc.tuple(writtenIdArb(r.unit.siren), writtenIdArb(r.unit.siret)).map(([siren, siret]) => {
      const u = r.use;
      const cell = (on: boolean, value: string) => (on ? value : '');
      return {
        id: cell(u.id, r.id),
        siren: cell(u.siren, siren),
        siret: cell(u.siret, siret),
        rna: cell(u.rna, r.rna),
        nom: cell(u.name, r.name),
        enseigne1Etablissement: cell(u.enseigne, r.enseigne),
        prenomUsuelUniteLegale: cell(u.first, r.first),
        nomUniteLegale: cell(u.last, r.last),
        latitude: cell(u.lat, r.lat),
        longitude: cell(u.lon, r.lon),
        precision: r.precision,
        annee_creation: cell(u.year, r.year),
        dateCreationUniteLegale: cell(u.creation, r.creation),
        source: cell(u.source, r.source),
        date_verification: cell(u.checked, r.checked),
        dateDernierTraitementUniteLegale: cell(u.sireneChecked, r.sireneChecked),
        type: 'association',
      } as Record<string, string>;
    }),
  );
