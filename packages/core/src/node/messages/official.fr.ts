// Texte français des commandes sur les données officielles : fetch (API Recherche d’entreprises),
// sirene (fichiers Parquet de l’Insee) et aggregate (une ligne par territoire).
export const officialFr = {
  help: `terreau fetch --commune CODE | --epci SIREN | --departement CODE | --region CODE [options]
  Lit l’API publique Recherche d’entreprises (sans clé) page par page : unités légales actives ayant
  un établissement dans le territoire, 7 requêtes/s au plus, au plus 10 000 résultats.
  --only ess,siae,association   quelles unités (union ; par défaut : ess)
  --base-url URL                adresse de l’API (par défaut https://recherche-entreprises.api.gouv.fr)
  --cache-dir DOSSIER           garde les pages lues (--cache-ttl SECONDES, par défaut 86400)
  --out, --format, --rejects, --lang, --quiet   comme les autres commandes

terreau sirene --unites StockUniteLegale.parquet --etablissements StockEtablissement.parquet
               [--geo GeolocalisationEtablissement.parquet] [--commune|--epci|--departement|--region CODE]
  Lit les fichiers Parquet officiels de l’Insee (noms de colonnes officiels) avec DuckDB, joint les
  établissements à leur unité légale sur siren en filtrant tôt (indicateur ESS, territoire,
  établissements ouverts), et écrit des acteurs validés.
  --all-units                   toutes les unités, pas seulement celles marquées ESS (O)
  --include-closed              garde les établissements fermés (F)

terreau aggregate FICHIER --by commune|epci|departement|region [--date AAAA-MM-JJ]
  Une ligne par territoire : acteurs par famille, type, besoin, agrément, zonage à la date,
  effectifs salariés en fourchette (min–max), nom et population du COG, acteurs pour 10 000 habitants.
  --format csv|json|ndjson|geojson (par défaut csv)`,
  fetchProgress: 'Page {page}/{pages} ({filter}) · {received} unités reçues sur {total} annoncées',
  fetchWaiting: 'L’API demande d’attendre : nouvel essai dans {seconds} s…',
  fetchSummary: '{records} unités lues = {actors} acteurs + {rejected} rejetés, en {requests} requêtes ({cached} pages du cache), {seconds} s.',
  fetchCapped: 'Attention : l’API annonce {total} résultats ou plus et n’en sert que 10 000. Découpez le territoire (--departement, --epci, --commune) ou utilisez les fichiers stock SIRENE : terreau sirene --unites … --etablissements …',
  fetchError: {
    http: 'L’API a répondu HTTP {status} ({detail}) pour {url}.',
    network: 'Réseau injoignable pour {url} ({detail}).',
    body: 'Réponse incomplète ou illisible de l’API pour {url} ({detail}).',
    'rate-limited': 'L’API refuse encore après plusieurs attentes (HTTP 429) pour {url}.',
    aborted: 'Lecture interrompue ; les unités déjà lues sont écrites.',
  },
  fetchPartial: 'Lecture arrêtée avant la fin : {records} unités lues sont écrites.',
  noTerritory: 'Donnez un territoire : --commune, --epci, --departement ou --region.',
  oneTerritory: 'Un seul territoire à la fois (--commune, --epci, --departement ou --region).',
  badTerritory: 'Code de {level} invalide : « {value} ».',
  unknownTerritory: 'Territoire inconnu du COG : {level} « {value} ».',
  sireneNeedsFiles: 'Donnez les deux fichiers : --unites StockUniteLegale.parquet et --etablissements StockEtablissement.parquet.',
  sireneNoEngine: 'La lecture des fichiers Parquet utilise DuckDB, dépendance facultative absente : npm install @duckdb/node-api',
  sireneMissingColumn: 'Colonne officielle absente de {path} : {column}.',
  sireneSummary: '{in} établissements retenus = {out} acteurs valides + {rejected} rejetés, en {seconds} s ({rate} lignes/s).',
  aggregateNeedsBy: 'Donnez le niveau : --by commune, epci, departement ou region.',
  aggregateSummary: '{actors} acteurs valides répartis en {rows} territoires ({unknown} sans territoire connu) ; {rejected} rejetés.',
};
export type OfficialMessages = typeof officialFr;
