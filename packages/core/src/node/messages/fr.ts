// Texte français de la commande `terreau` et des lectures de fichiers (langue par défaut).
export const cliFr = {
  formatIssues: {
    invalid_json: 'JSON illisible : {value}.',
    not_an_object: 'L’enregistrement n’est pas un objet JSON : {value}.',
    not_a_feature: 'L’élément n’est pas une « Feature » GeoJSON.',
    unsupported_geometry: 'Géométrie {value} non prise en charge : seul un point (Point) situe un acteur.',
    no_records: 'Aucun enregistrement lu.',
    unknown_legal_category: 'Catégorie juridique absente ou inconnue : {value}.',
    invalid_answers: 'Réponse invalide : {value}.',
    invalid_figures: 'Données financières invalides ({path}) : {value}.',
    record_too_large: 'Enregistrement de plus de {limit} octets : écarté sans être lu (limite : --max-record-size).',
    too_deep: 'Valeur JSON imbriquée sur plus de {limit} niveaux : écartée sans être lue.',
    trailing_content: 'Texte après la fin du document JSON, ligne {line} (position {offset}) : un seul tableau ou objet est attendu ; la suite n’est pas lue.',
  },
  contentRefused: 'Ce fichier n’est pas du {expected} : il contient {found}. {hint}',
  contentKinds: {
    json: 'du JSON',
    text: 'du texte qui n’est pas du JSON (du CSV ?)',
    gzip: 'une archive gzip',
    zip: 'une archive zip (un classeur xlsx ou ods ?)',
    pdf: 'un document PDF',
    parquet: 'un fichier Parquet',
    html: 'une page HTML',
    xml: 'du XML',
  },
  contentHints: {
    json: 'Donnez-le avec l’extension .json ou --from json.',
    text: 'Donnez-le avec l’extension .csv ou --from csv.',
    gzip: 'Décompressez-le d’abord.',
    zip: 'Enregistrez le classeur au format CSV.',
    pdf: 'Exportez les données en CSV.',
    parquet: 'Lisez-le avec la commande sirene ou exportez-le en CSV.',
    html: 'Une page d’erreur enregistrée à la place des données ?',
    xml: 'Exportez les données en CSV ou en JSON.',
  },
  encodingUtf16: 'Fichier en {encoding} (texte « Unicode » d’Excel) : décodé.',
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
  --include-closed      garde les unités et établissements fermés dans Sirene (état C ou F ; par défaut écartés)
  --zones [Z:]FICHIER   liste officielle de communes d’un zonage (ANCT : QPV, ZRR, FRR), répétable
  --decision-maker K    commune, epci, departement, region, service-etat, caf, bailleur-social
  --date AAAA-MM-JJ     date d’évaluation (zonages, paramètres légaux) ; par défaut aujourd’hui
  --weights FICHIER     profil de pondération (JSON) pour score
  --lang fr|en          langue des messages (par défaut : fr)
  --max-record-size T   taille maximale d’un enregistrement (par défaut : 1M ; 512k, 4M…) : au-delà, il est écarté
  --jobs N              fils qui valident, notent et recommandent (par défaut : 2, ou 1 sur un seul cœur ;
                        au plus le nombre de cœurs de la machine)
  --quiet               pas de résumé sur la sortie d’erreur
  --help                cette aide

--out et le fichier des rejets sont écrits sous un nom temporaire (même dossier) et renommés à la fin
seulement : une exécution en échec ou interrompue ne laisse aucun fichier à moitié écrit sous ces noms.

Codes de sortie : 0 tout est valide · 1 des enregistrements ont été rejetés ·
2 usage incorrect, entrée illisible ou écriture impossible (disque plein…) · 130 interrompu (Ctrl-C),
résumé partiel écrit. Sortie fermée par son lecteur (« | head ») : arrêt, 0 ou 1 selon les
enregistrements lus.`,
  summary: '{in} enregistrements lus = {out} valides + {rejected} rejetés.',
  summaryMerged: '{in} enregistrements lus = {out} valides + {rejected} rejetés + {merged} fusionnés (autres conventions d’un même SIRET, jointes à l’acteur de sa première ligne).',
  conventionsNotMerged:
    '{count} enregistrements répètent l’identifiant d’un acteur déjà écrit et sont rejetés (duplicate_id) : s’il s’agit d’autres conventions d’un même SIRET, elles ne peuvent être jointes à une sortie déjà envoyée ; lisez un fichier et écrivez dans un fichier (--out FICHIER) pour les fusionner.',
  summaryClassified: '{in} enregistrements lus = {out} classés + {rejected} rejetés ({unknown} sans type déduit).',
  interrupted: 'Interrompu : résumé partiel ; rien n’est écrit sous les noms de --out et des rejets (fichiers temporaires supprimés), la sortie standard se termine par une ligne complète.',
  rejectsWritten: 'Rejets écrits dans {path}.',
  encodingDetected: 'Encodage détecté : {encoding}.',
  zonesRead: 'Zonage {zonings} : {rows} lignes lues dans {path} ({skipped} écartées).',
  zonesPartly: 'Dont {partly} communes classées en partie seulement ({zonings}) : la liste ne dit pas quelle partie, leurs acteurs ne sont pas mis dans la zone.',
  warningsSummary: 'Avertissements (enregistrements gardés) : {list}.',
  columnsRecognised: 'Colonnes reconnues : {list}.',
  columnsIgnored: 'Colonnes ignorées : {list}.',
  columnsMissing: 'Colonnes de --map absentes du fichier : {list}.',
  progress: '{rows} lignes · {rate} lignes/s · {percent} % · reste {eta}',
  errors: {
    badDate: 'Date invalide pour --{option} : « {value} » (attendu : un jour du calendrier, AAAA-MM-JJ).',
    outputIsInput: '--{option} « {path} » est le fichier lu « {input} » (le même fichier, lien compris) : il serait écrasé. Rien n’a été écrit ; choisissez un autre nom.',
    outputsSame: '--{option} « {path} » et --{other} désignent le même fichier. Rien n’a été écrit ; choisissez deux noms.',
    writeFailed: 'Échec d’écriture dans « {path} » : {code} ({reason}), après {records} enregistrement(s) écrit(s). Rien n’est laissé sous ce nom (le fichier temporaire est supprimé).',
    writeFailedStdout: 'Échec d’écriture sur la sortie standard : {code} ({reason}), après {records} enregistrement(s) écrit(s) ; ce qui est écrit y reste.',
    jobsCapped: '--jobs {asked} ramené à {jobs} : cette machine a {jobs} cœur(s).',
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
  errnoReasons: {
    ENOSPC: 'disque plein',
    EDQUOT: 'quota disque dépassé',
    EFBIG: 'fichier trop grand',
    EACCES: 'permission refusée',
    EPERM: 'opération non permise',
    EROFS: 'système de fichiers en lecture seule',
    ENOENT: 'dossier inexistant',
    ENOTDIR: 'un élément du chemin n’est pas un dossier',
    EISDIR: 'c’est un dossier',
    EIO: 'erreur d’entrée-sortie',
    EPIPE: 'tube fermé par le lecteur',
    other: 'erreur système',
  } as Record<string, string>,
  readerClosed: 'Sortie fermée par son lecteur (EPIPE, par exemple « | head ») : arrêt après {in} enregistrements lus ; les rejets de ces enregistrements sont tous écrits.',
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
