// The public API Recherche d'entreprises (https://recherche-entreprises.api.gouv.fr, DINUM, no key):
// its documented limits and the address of one page of a search by territory. Pure.
// Documented: GET /search; filters code_commune, epci, departement, region (establishments in the
// territory), est_ess, est_siae, est_association, etat_administratif; per_page ≤ 25; page × per_page
// ≤ 10 000 results; 7 requests a second per client (HTTP 429 above).
import { isValidCommuneCode } from '../schema/identifiers.js';

export const COMPANY_SEARCH_BASE_URL = 'https://recherche-entreprises.api.gouv.fr';
export const COMPANY_SEARCH_PER_PAGE = 25;
export const COMPANY_SEARCH_MAX_RESULTS = 10_000;
export const COMPANY_SEARCH_RATE_PER_SECOND = 7;

export const TERRITORY_LEVELS = ['commune', 'epci', 'departement', 'region'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];

/** What a search selects: ESS-flagged units (default), SIAE, associations; several make a union. */
export const COMPANY_SEARCH_FILTERS = ['ess', 'siae', 'association'] as const;
export type CompanySearchFilter = (typeof COMPANY_SEARCH_FILTERS)[number];

export interface TerritoryRef {
  level: TerritoryLevel;
  /** INSEE code (commune, département, région) or SIREN (EPCI). */
  code: string;
}

const PARAM: Record<TerritoryLevel, string> = { commune: 'code_commune', epci: 'epci', departement: 'departement', region: 'region' };
const FILTER_PARAM: Record<CompanySearchFilter, string> = { ess: 'est_ess', siae: 'est_siae', association: 'est_association' };

/** True when `code` has the form of a code of that level (not whether it exists). */
export function isTerritoryCode(level: TerritoryLevel, code: string): boolean {
  switch (level) {
    case 'commune':
      return isValidCommuneCode(code);
    case 'epci':
      return /^\d{9}$/.test(code);
    case 'departement':
      return /^(\d{2}|2[AB]|97\d)$/.test(code);
    case 'region':
      return /^\d{2}$/.test(code);
  }
}

/** The address of one page: active units with at least one establishment in the territory. */
export function companySearchUrl(territory: TerritoryRef, filter: CompanySearchFilter, page: number, baseUrl: string = COMPANY_SEARCH_BASE_URL): string {
  const base = baseUrl.replace(/\/+$/, '');
  const params = [
    `${PARAM[territory.level]}=${encodeURIComponent(territory.code)}`,
    `${FILTER_PARAM[filter]}=true`,
    'etat_administratif=A',
    `page=${page}`,
    `per_page=${COMPANY_SEARCH_PER_PAGE}`,
  ];
  return `${base}/search?${params.join('&')}`;
}

/** Pages that can be read for `total` results: the API serves none past 10 000 (or `maxResults`). */
export function readablePages(total: number, maxResults: number = COMPANY_SEARCH_MAX_RESULTS): number {
  const cap = Math.min(Math.max(0, maxResults), COMPANY_SEARCH_MAX_RESULTS);
  return Math.ceil(Math.min(Math.max(0, total), cap) / COMPANY_SEARCH_PER_PAGE);
}
