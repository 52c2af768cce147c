// Commune lookup by INSEE code through @etalab/decoupage-administratif (COG lists with populations).
// Node only: the package's JSON (≈ 12 MB) is read from disk on the first call, never bundled.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface CommuneInfo {
  /** The code looked up. */
  code: string;
  name: string;
  /** `commune` (commune actuelle), or a part of one: municipal arrondissement, delegated or associated commune. */
  kind: 'commune' | 'arrondissement-municipal' | 'commune-deleguee' | 'commune-associee';
  /** Code of the current commune the code belongs to (itself for a commune). */
  communeCode: string;
  departement: { code: string; name: string } | null;
  region: { code: string; name: string } | null;
  /** The EPCI à fiscalité propre the commune belongs to (none for Paris' neighbours' islands, etc.). */
  epci: { code: string; name: string; type: string } | null;
  /** Municipal population (INSEE), null when the list gives none. */
  population: number | null;
  postcodes: string[];
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  commune?: string;
  chefLieu?: string;
  population?: number;
  codesPostaux?: string[];
  anciensCodes?: string[];
}
interface RawEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}
interface RawArea {
  code: string;
  nom: string;
  zone?: string;
}

interface Tables {
  communes: Map<string, RawCommune>;
  formerCodes: Map<string, string>;
  epciOfCommune: Map<string, RawEpci>;
  epciByCode: Map<string, RawEpci>;
  departements: Map<string, RawArea>;
  regions: Map<string, RawArea>;
  /** Current communes by postcode (a postcode can serve several communes, and a commune several postcodes). */
  byPostcode: Map<string, RawCommune[]>;
}

let tables: Tables | null = null;

function readData<T>(name: string): T {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`@etalab/decoupage-administratif/data/${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function load(): Tables {
  if (tables) return tables;
  const communes = new Map<string, RawCommune>();
  const formerCodes = new Map<string, string>();
  for (const c of readData<RawCommune[]>('communes')) {
    // A code can be both a current commune and a delegated one (its chef-lieu): keep the current.
    const known = communes.get(c.code);
    if (!known || (known.type !== 'commune-actuelle' && c.type === 'commune-actuelle')) communes.set(c.code, c);
    if (c.type === 'commune-actuelle') for (const old of c.anciensCodes ?? []) formerCodes.set(old, c.code);
  }
  const epciOfCommune = new Map<string, RawEpci>();
  const epciByCode = new Map<string, RawEpci>();
  for (const e of readData<RawEpci[]>('epci')) {
    epciByCode.set(e.code, e);
    for (const m of e.membres) epciOfCommune.set(m.code, e);
  }
  // Overseas départements and regions share codes with nothing in metropolitan France but are
  // listed with zone "drom"; key by code (unique in the COG).
  const departements = new Map(readData<RawArea[]>('departements').map((d) => [d.code, d] as const));
  const regions = new Map(readData<RawArea[]>('regions').map((r) => [r.code, r] as const));
  const byPostcode = new Map<string, RawCommune[]>();
  for (const c of communes.values()) {
    if (c.type !== 'commune-actuelle') continue;
    for (const p of c.codesPostaux ?? []) byPostcode.set(p, [...(byPostcode.get(p) ?? []), c]);
  }
  tables = { communes, formerCodes, epciOfCommune, epciByCode, departements, regions, byPostcode };
  return tables;
}

const KINDS: Record<string, CommuneInfo['kind']> = {
  'commune-actuelle': 'commune',
  'arrondissement-municipal': 'arrondissement-municipal',
  'commune-deleguee': 'commune-deleguee',
  'commune-associee': 'commune-associee',
};

/**
 * Name, département, région, EPCI and population of a commune from its INSEE code (COG). Codes of
 * municipal arrondissements and of delegated or associated communes resolve to their commune's
 * EPCI; a former code (merged commune) resolves to the current commune. Null when unknown.
 */
export function lookupCommune(code: string): CommuneInfo | null {
  const t = load();
  const key = code.trim().toUpperCase();
  let raw = t.communes.get(key);
  if (!raw) {
    const current = t.formerCodes.get(key);
    if (current) raw = t.communes.get(current);
  }
  if (!raw) return null;
  const communeCode = raw.type === 'commune-actuelle' ? raw.code : (raw.commune ?? raw.chefLieu ?? raw.code);
  const parent = t.communes.get(communeCode);
  const depCode = raw.departement ?? parent?.departement;
  const regCode = raw.region ?? parent?.region;
  const dep = depCode ? t.departements.get(depCode) : undefined;
  const reg = regCode ? t.regions.get(regCode) : undefined;
  const epci = t.epciOfCommune.get(communeCode);
  return {
    code: key,
    name: raw.nom,
    kind: KINDS[raw.type] ?? 'commune',
    communeCode,
    departement: dep ? { code: dep.code, name: dep.nom } : depCode ? { code: depCode, name: depCode } : null,
    region: reg ? { code: reg.code, name: reg.nom } : regCode ? { code: regCode, name: regCode } : null,
    epci: epci ? { code: epci.code, name: epci.nom, type: epci.type } : null,
    population: typeof raw.population === 'number' ? raw.population : null,
    postcodes: raw.codesPostaux ?? [],
  };
}

/** The EPCI with this SIREN, with the codes of its member communes; null when unknown. */
export function lookupEpci(code: string): { code: string; name: string; type: string; communes: string[] } | null {
  const e = load().epciByCode.get(code.trim());
  return e ? { code: e.code, name: e.nom, type: e.type, communes: e.membres.map((m) => m.code) } : null;
}

/**
 * Every code of the COG list with what it belongs to: current communes and their parts (municipal
 * arrondissements, delegated or associated communes, which SIRENE files also use), each with its
 * current commune, département, région, EPCI and own population.
 */
export function listCommuneCodes(): { code: string; communeCode: string; current: boolean; departement?: string; region?: string; epci?: string; population: number | null }[] {
  const t = load();
  const out = [];
  for (const raw of t.communes.values()) {
    const current = raw.type === 'commune-actuelle';
    const communeCode = current ? raw.code : (raw.commune ?? raw.chefLieu ?? raw.code);
    const parent = t.communes.get(communeCode);
    const departement = raw.departement ?? parent?.departement;
    const region = raw.region ?? parent?.region;
    const epci = t.epciOfCommune.get(communeCode)?.code;
    out.push({
      code: raw.code,
      communeCode,
      current,
      ...(departement ? { departement } : {}),
      ...(region ? { region } : {}),
      ...(epci ? { epci } : {}),
      population: typeof raw.population === 'number' ? raw.population : null,
    });
  }
  return out;
}

/** Name of a département or région by code (COG); null when unknown. */
export function lookupArea(level: 'departement' | 'region', code: string): { code: string; name: string } | null {
  const t = load();
  const area = (level === 'departement' ? t.departements : t.regions).get(code.trim().toUpperCase());
  return area ? { code: area.code, name: area.nom } : null;
}

/** A commune name as lists write it, folded: "ST MAURICE DE BEYNOST", "Saint-Maurice-de-Beynost" → "SAINT MAURICE DE BEYNOST". */
export function foldCommuneName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/\bCEDEX\b.*$/, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .replace(/\bSTE\b/g, 'SAINTE')
    .replace(/\bST\b/g, 'SAINT')
    .trim();
}

/**
 * The commune of a postcode and a city name (COG): `{ code }` when exactly one current commune
 * has the postcode and the name (or the postcode alone serves one commune and no name is given),
 * `{ candidates }` when several fit and nothing tells them apart — never a guess — and null when
 * none does (a CEDEX code, a typo).
 */
export function communeOfPostcode(postcode: string, city?: string): { code: string } | { candidates: string[] } | null {
  const list = load().byPostcode.get(postcode.trim()) ?? [];
  if (list.length === 0) return null;
  const folded = city === undefined || city.trim() === '' ? undefined : foldCommuneName(city);
  if (folded === undefined) return list.length === 1 ? { code: (list[0] as RawCommune).code } : { candidates: list.map((c) => c.code) };
  const named = list.filter((c) => foldCommuneName(c.nom) === folded);
  if (named.length === 1) return { code: (named[0] as RawCommune).code };
  if (named.length > 1) return { candidates: named.map((c) => c.code) };
  // The name matches none (a CEDEX distribution office, a lieu-dit): one commune for the postcode is still certain.
  return list.length === 1 ? { code: (list[0] as RawCommune).code } : { candidates: list.map((c) => c.code) };
}
