// English text of the commands on official data: fetch (API Recherche d'entreprises), sirene
// (INSEE's Parquet files) and aggregate (one row per territory).
import type { OfficialMessages } from './official.fr.js';

export const officialEn: OfficialMessages = {
  help: `terreau fetch --commune CODE | --epci SIREN | --departement CODE | --region CODE [options]
  Reads the public API Recherche d'entreprises (no key) page by page: active legal units with an
  establishment in the territory, at most 7 requests a second and 10 000 results.
  --only ess,siae,association   which units (union; default: ess)
  --base-url URL                the API's address (default https://recherche-entreprises.api.gouv.fr)
  --cache-dir DIR               keeps the pages read (--cache-ttl SECONDS, default 86400)
  --out, --format, --rejects, --lang, --quiet   as for the other commands

terreau sirene --unites StockUniteLegale.parquet --etablissements StockEtablissement.parquet
               [--geo GeolocalisationEtablissement.parquet] [--commune|--epci|--departement|--region CODE]
  Reads INSEE's official Parquet files (official column names) with DuckDB, joins establishments
  to their legal unit on siren, filtering early (ESS flag, territory, open establishments), and
  writes validated actors.
  --all-units                   every unit, not only those flagged ESS (O)
  --include-closed              keeps closed establishments (F)

terreau aggregate FILE --by commune|epci|departement|region [--date YYYY-MM-DD]
  One row per territory: actors per family, type, need, approval, zoning on the date, salaried
  headcount as a range (min–max), the COG's name and population, actors per 10 000 inhabitants.
  --format csv|json|ndjson|geojson (default csv)`,
  fetchProgress: 'Page {page}/{pages} ({filter}) · {received} units received of {total} announced',
  fetchWaiting: 'The API asks to wait: trying again in {seconds} s…',
  fetchSummary: '{records} units read = {actors} actors + {rejected} rejected, in {requests} requests ({cached} pages from the cache), {seconds} s.',
  fetchCapped: 'Warning: the API announces {total} results or more and serves only 10 000. Split the territory (--departement, --epci, --commune) or use the SIRENE stock files: terreau sirene --unites … --etablissements …',
  fetchError: {
    http: 'The API answered HTTP {status} ({detail}) for {url}.',
    network: 'Network unreachable for {url} ({detail}).',
    body: 'Incomplete or unreadable answer from the API for {url} ({detail}).',
    'rate-limited': 'The API still refuses after several waits (HTTP 429) for {url}.',
    aborted: 'Reading interrupted; the units already read are written.',
  },
  fetchPartial: 'Reading stopped early: the {records} units read are written.',
  noTerritory: 'Give a territory: --commune, --epci, --departement or --region.',
  oneTerritory: 'One territory at a time (--commune, --epci, --departement or --region).',
  badTerritory: 'Invalid {level} code: "{value}".',
  unknownTerritory: 'Territory unknown to the COG: {level} "{value}".',
  sireneNeedsFiles: 'Give both files: --unites StockUniteLegale.parquet and --etablissements StockEtablissement.parquet.',
  sireneNoEngine: 'Reading Parquet files uses DuckDB, an optional dependency that is missing: npm install @duckdb/node-api',
  sireneMissingColumn: 'Official column missing from {path}: {column}.',
  sireneSummary: '{in} establishments kept = {out} valid actors + {rejected} rejected, in {seconds} s ({rate} rows/s).',
  aggregateNeedsBy: 'Give the level: --by commune, epci, departement or region.',
  aggregateSummary: '{actors} valid actors in {rows} territories ({unknown} with no known territory); {rejected} rejected.',
};
