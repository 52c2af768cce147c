// Texte français de la commande `terreau` et des lectures de fichiers (langue par défaut).
export const cliFr = {
  formatIssues: {
    ragged_row: 'La ligne a {found} champ(s) quand l’en-tête en a {expected}.',
    unclosed_quote: 'Guillemet ouvert jamais refermé : la fin du fichier a été lue comme un seul champ.',
    invalid_json: 'JSON illisible : {value}.',
    not_an_object: 'L’enregistrement n’est pas un objet JSON : {value}.',
    not_a_feature: 'L’élément n’est pas une « Feature » GeoJSON.',
    unsupported_geometry: 'Géométrie {value} non prise en charge : seul un point (Point) situe un acteur.',
    no_records: 'Aucun enregistrement lu.',
    unknown_legal_category: 'Catégorie juridique absente ou inconnue : {value}.',
    invalid_answers: 'Réponse invalide : {value}.',
    invalid_figures: 'Données financières invalides ({path}) : {value}.',
  },
  help: `terreau — valider, classer, évaluer et résumer des fichiers d’acteurs de l’ESS

Usage : terreau <commande> FICHIER [options]        (FICHIER « - » : entrée standard)

Commandes :
  validate FICHIER    vérifie chaque enregistrement ; les valides sur la sortie (ou --out),
                      les rejets dans un fichier (ligne, champ, valeur, motif)
  classify FICHIER    type d’acteur déduit de la catégorie juridique et de l’indicateur ESS (SIRENE)
  score FICHIER       score de pérennité des enregistrements portant des réponses et/ou des chiffres
  recommend FICHIER   actions recommandées à un décideur (--decision-maker)
  diagnose FICHIER    diagnostic partagé d’un territoire : --commune, --epci, --departement ou --region CODE
  convert FICHIER     conversion entre csv, json, ndjson et geojson (--to)

Options :
  --out FICHIER         écrit le résultat dans FICHIER au lieu de la sortie standard
  --rejects FICHIER     fichier des rejets (par défaut : <sortie ou entrée>.rejects.csv)
  --format F            sortie : csv, json, ndjson, geojson, table (par défaut : csv ; table pour diagnose)
  --to F                format de sortie de convert (synonyme de --format)
  --from F              format d’entrée : csv, json, ndjson, geojson (par défaut : extension ou contenu)
  --delimiter D         séparateur CSV d’entrée : , ; tab (par défaut : détecté)
  --encoding E          utf-8 ou windows-1252 (par défaut : détecté)
  --source TEXTE        provenance des enregistrements qui n’en ont pas (par défaut : le nom du fichier)
  --checked-at AAAA-MM-JJ  date de vérification des enregistrements qui n’en ont pas (par défaut : inconnue)
  --map CHAMP=COLONNE,…   colonnes à lire pour chaque champ (name=DENOMINATION_SOCIALE,type=MESURE),
                        ou constantes (type='geiq'), ou un fichier de correspondance (--map @fichier)
  --geo                 déduit la commune (code postal + ville), l’EPCI, le département et la région (COG)
  --zones [Z:]FICHIER   liste officielle de communes d’un zonage (ANCT : QPV, ZRR, FRR), répétable
  --decision-maker K    commune, epci, departement, region, service-etat, caf, bailleur-social
  --date AAAA-MM-JJ     date d’évaluation (zonages, paramètres légaux) ; par défaut aujourd’hui
  --weights FICHIER     profil de pondération (JSON) pour score
  --lang fr|en          langue des messages (par défaut : fr)
  --jobs N              fils qui valident, notent et recommandent (par défaut : 2, ou 1 sur un seul cœur)
  --quiet               pas de résumé sur la sortie d’erreur
  --help                cette aide

Codes de sortie : 0 tout est valide · 1 des enregistrements ont été rejetés ·
2 usage incorrect ou entrée illisible · 130 interrompu (Ctrl-C), résumé partiel écrit.`,
  summary: '{in} enregistrements lus = {out} valides + {rejected} rejetés.',
  summaryClassified: '{in} enregistrements lus = {out} classés + {rejected} rejetés ({unknown} sans type déduit).',
  interrupted: 'Interrompu : résumé partiel, les fichiers écrits se terminent par une ligne complète.',
  rejectsWritten: 'Rejets écrits dans {path}.',
  encodingDetected: 'Encodage détecté : {encoding}.',
  zonesRead: 'Zonage {zonings} : {rows} lignes lues dans {path} ({skipped} écartées).',
  columnsRecognised: 'Colonnes reconnues : {list}.',
  columnsIgnored: 'Colonnes ignorées : {list}.',
  columnsMissing: 'Colonnes de --map absentes du fichier : {list}.',
  progress: '{rows} lignes · {rate} lignes/s · {percent} % · reste {eta}',
  errors: {
    unknownCommand: 'Commande inconnue : « {value} ». Lancez « terreau --help ».',
    missingCommand: 'Commande manquante. Lancez « terreau --help ».',
    missingFile: 'Fichier d’entrée manquant (donnez un chemin, ou « - » pour l’entrée standard).',
    badOption: 'Option invalide : {value}.',
    badValue: 'Valeur invalide pour --{option} : « {value} » (attendu : {expected}).',
    unreadable: 'Impossible de lire « {path} » : {reason}.',
    unwritable: 'Impossible d’écrire « {path} » : {reason}.',
    zoneList: 'Liste de zonage « {path} » non reconnue : aucune colonne de code commune ou de zonage (colonnes : {columns}). Préfixez le zonage : --zones frr:{path}.',
    badMapping: 'Correspondance de colonnes invalide : « {value} » (champ inconnu ou forme attendue champ=COLONNE).',
    missingTerritory: 'diagnose demande --commune, --epci, --departement ou --region CODE.',
    unknownTerritory: 'Territoire inconnu : {value}.',
    weights: 'Profil de pondération invalide dans « {path} » : {reason}.',
    unavailable: 'Cette commande n’est pas encore disponible dans cette version.',
  },
  rejectColumns: { row: 'ligne_donnee', line: 'ligne_fichier', id: 'id', field: 'champ', value: 'valeur', code: 'code', reason: 'motif' },
  diagnose: {
    title: 'Diagnostic partagé — {territory}',
    actors: 'Acteurs du territoire : {count}',
    facets: 'Répartition',
    needs: 'Besoins couverts',
    uncovered: 'Besoins sans acteur',
    unknownNeeds: 'Inconnu ({share} % des acteurs ne disent rien de leurs besoins) : {list}',
    inferredNeeds: 'Dont déduits du type, des agréments ou du code NAF (lecture de Terreau, non déclarés)',
    duplicates: 'Doublons probables',
    assets: 'Atouts apportés',
    missingAssets: 'Atouts manquants',
    none: 'aucun',
  },
};
export type CliMessages = typeof cliFr;
