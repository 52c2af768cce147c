// Generates SIRENE-like CSV rows (the columns of INSEE's StockEtablissement/StockUniteLegale joined,
// as CRESS observatories extract them), deterministic from a seed. Shared by the CLI bench, the
// Node tests and examples/node. Valid rows by default; `broken` makes some rows bad on purpose.
import { rng } from './rng.js';

export const SIRENE_HEADER = [
  'siren',
  'siret',
  'denominationUniteLegale',
  'categorieJuridiqueUniteLegale',
  'economieSocialeSolidaireUniteLegale',
  'activitePrincipaleUniteLegale',
  'trancheEffectifsUniteLegale',
  'dateCreationUniteLegale',
  'codeCommuneEtablissement',
  'latitude',
  'longitude',
];

// Legal categories common among ESS units: associations, SCOP (SA/SARL), SCIC, cooperatives,
// mutuelles, foundations, and a plain SARL (5499) flagged ESS.
const CATEGORIES = ['9220', '9220', '9220', '9221', '5458', '5558', '5560', '5460', '6411', '8210', '9300', '9260', '5499', '6317'];
const NAF = ['88.99B', '94.99Z', '85.59A', '56.10A', '47.11F', '38.32Z', '93.12Z', '90.01Z', '88.10A', '81.21Z'];
const TRANCHES = ['NN', '00', '01', '02', '03', '11', '12', '21', '22', '31', '32'];
const COMMUNES = [
  ['69123', 45.76, 4.84],
  ['75056', 48.86, 2.35],
  ['13055', 43.3, 5.37],
  ['01053', 46.2, 5.23],
  ['2A004', 41.92, 8.74],
  ['97411', -20.88, 55.45],
  ['59350', 50.63, 3.06],
  ['33063', 44.84, -0.58],
  ['23096', 45.95, 2.17],
  ['48095', 44.52, 3.5],
];

/** Luhn check digit that makes `body + digit` valid. */
export function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}


/**
 * Yields CSV lines (without line break), header first. `delimiter` ',' or ';' (with decimal
 * commas). `broken`: share (0–1) of rows made bad, cycling through every kind of fault; each
 * broken row's kind is given to `onBroken(kind, rowIndex)` when provided.
 */
export function* sireneLines({ rows, seed = 42, delimiter = ',', broken = 0, onBroken } = {}) {
  const rand = rng(seed);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  yield SIRENE_HEADER.join(delimiter);
  const kinds = ['bad-siret', 'unknown-category', 'wrong-type', 'ragged', 'bad-commune', 'bad-coordinates'];
  let k = 0;
  for (let i = 0; i < rows; i += 1) {
    const sirenBody = String(100000000 + Math.floor(rand() * 799999999)).slice(0, 8);
    const siren = sirenBody + luhnDigit(sirenBody);
    const nicBody = siren + String(Math.floor(rand() * 9999)).padStart(4, '0');
    let siret = nicBody + luhnDigit(nicBody);
    let category = pick(CATEGORIES);
    const [commune0, lat0, lon0] = pick(COMMUNES);
    let commune = commune0;
    let lat = (lat0 + (rand() - 0.5) * 0.1).toFixed(5);
    let lon = (lon0 + (rand() - 0.5) * 0.1).toFixed(5);
    const year = String(1950 + Math.floor(rand() * 75));
    let ragged = false;
    if (broken > 0 && rand() < broken) {
      const kind = kinds[k++ % kinds.length];
      onBroken?.(kind, i);
      if (kind === 'bad-siret') siret = siret.slice(0, 13) + String((Number(siret[13]) + 1) % 10);
      else if (kind === 'unknown-category') category = '0000';
      else if (kind === 'wrong-type') lon = 'à l’est';
      else if (kind === 'ragged') ragged = true;
      else if (kind === 'bad-commune') commune = '9X123';
      else if (kind === 'bad-coordinates') lat = '123.5';
    }
    const name = `Structure ${i + 1}${rand() < 0.1 ? ', "la Coop"' : ''}`;
    const fields = [
      siren,
      siret,
      name,
      category,
      rand() < 0.8 ? 'O' : 'N',
      pick(NAF),
      pick(TRANCHES),
      `${year}-0${1 + Math.floor(rand() * 9)}-15`,
      commune,
      delimiter === ';' ? lat.replace('.', ',') : lat,
      delimiter === ';' ? lon.replace('.', ',') : lon,
    ].map((f) => (f.includes(delimiter) || f.includes('"') ? `"${f.replace(/"/g, '""')}"` : f));
    if (ragged) fields.pop();
    yield fields.join(delimiter);
  }
}

/** Writes a generated file; returns the number of data rows. */
export async function writeSireneCsv(path, options) {
  const { createWriteStream } = await import('node:fs');
  const out = createWriteStream(path);
  let buf = '';
  for (const line of sireneLines(options)) {
    buf += `${line}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
  return options.rows;
}
