// French strings of the elements themselves (labels of catalogue items come from core's messages).
// The default locale: bundled. The English file has the same type, so a missing key fails to compile.
import { formatNumberIn } from '../format-number.js';

const plural = (n: number, one: string, many: string): string => (n <= 1 ? one : many);
// Counts grouped without Intl (see format-number.ts: its first formatter costs the first paint).
const nf = (n: number): string => formatNumberIn('fr', n);
/** A size in bytes as mébioctets, one decimal at most ("50 Mo", "200,5 Mo"). */
/** « près de Lyon », « près d’Annecy », « près du Mans », « près des Herbiers ». */
const near = (place: string): string =>
  /^les? /i.test(place) ? place.replace(/^les? /i, (a) => (a.length > 3 ? 'des ' : 'du ')) : (/^[aeiouyàâéèêîôû]/i.test(place) ? 'd’' : 'de ') + place;
const megabytes = (bytes: number): string => `${nf(Math.round((bytes / 1048576) * 10) / 10)}\u00a0Mo`;

export const uiFr = {
  common: {
    loading: 'Chargement des données…',
    retry: 'Réessayer',
    newWindow: '(nouvelle fenêtre)',
    download: 'Télécharger',
    close: 'Fermer',
  },
  dataErrors: {
    title: 'Les données n’ont pas pu être affichées',
    network: 'Le serveur est injoignable ou a refusé la connexion. Vérifiez l’adresse et votre connexion.',
    http: (status: number) =>
      status === 404
        ? 'Le fichier de données est introuvable (erreur 404). Vérifiez l’adresse indiquée dans l’attribut src.'
        : status >= 500
          ? `Le serveur a rencontré une erreur (${status}). Réessayez dans quelques instants.`
          : `Le serveur a refusé la demande (erreur ${status}).`,
    timeout: (seconds: number) => `Le serveur n’a pas répondu dans le délai de ${nf(seconds)} s.`,
    truncated: 'Le fichier a été reçu incomplet : la connexion s’est interrompue pendant le transfert.',
    'invalid-json': 'Le fichier JSON est incomplet ou mal formé : il n’a pas pu être lu.',
    'wrong-content': 'L’adresse renvoie une page web au lieu d’un fichier de données (JSON, GeoJSON ou CSV).',
    notText: (found: 'gzip' | 'zip' | 'pdf' | 'parquet') =>
      `L’adresse renvoie ${{ gzip: 'une archive gzip', zip: 'une archive zip (classeur .xlsx ou .ods ?)', pdf: 'un document PDF', parquet: 'un fichier Parquet' }[found]} et non un fichier de données lisible ici : enregistrez-le en CSV (UTF-8, séparateur « ; ») ou en JSON.`,
    empty: 'Le fichier ne contient aucun acteur.',
    'too-large': (bytes: number, limit: number) =>
      `Le fichier dépasse la limite de ${megabytes(limit)} (${megabytes(bytes)} reçus)\u00a0: lecture arrêtée. Pour le lire, relevez l’attribut max-bytes (en octets).`,
    source: (url: string) => `Adresse : ${url}`,
  },

  map: {
    label: 'Carte et annuaire des acteurs de l’ESS',
    mapLabel: 'Carte des acteurs : flèches pour passer d’un acteur ou d’un groupe à l’autre, Entrée pour ouvrir, + et − pour zoomer',
    zoomIn: '+ Zoomer',
    zoomOut: '− Dézoomer',
    reset: '⟲ Recentrer la carte',
    skipToList: 'Aller à la liste des acteurs',
    onMap: (placed: number, approximate: number, unplaced: number) =>
      `${nf(placed)} sur la carte${approximate > 0 ? ` (dont ${nf(approximate)} à leur commune, position approchée)` : ''}${
        unplaced > 0 ? `, ${nf(unplaced)} ${plural(unplaced, 'non localisé', 'non localisés')}` : ''
      }`,
    notLocated: 'non localisé',
    approximate: 'position approchée',
    group: (n: number, names: string) => `${nf(n)} acteurs au même endroit : ${names}`,
    groupTitle: (n: number) => `${nf(n)} acteurs à cet endroit`,
    closeGroup: 'Fermer',
    panelsError: 'Les filtres, les fiches des acteurs et les exports n’ont pas pu être chargés (connexion interrompue ?). La carte et la liste restent utilisables.',
    tilesIgn: '© IGN – Plan IGN (Géoplateforme)',
    tilesOsm: '© les contributeurs d’OpenStreetMap',
    tilesFailed: (origin: string) => `Le fond de carte (${origin}) n’a pas pu être chargé : la carte montre les contours seuls.`,
    legend: 'Familles d’acteurs — activer pour filtrer',
    counts: (visible: number, total: number) =>
      `${nf(visible)} ${plural(visible, 'acteur affiché', 'acteurs affichés')} sur ${nf(total)}`,
    /** A cluster; with the place of its actor nearest its centre, the keyboard's name of it (« 42 acteurs près de Lyon »). */
    cluster: (n: number, place?: string) => (place ? `${nf(n)} acteurs près ${near(place)}` : `Groupe de ${nf(n)} acteurs`),
    /** The overseas insets' names on the map and in its exports, by INSEE code. */
    insets: { 971: 'Guadeloupe', 972: 'Martinique', 973: 'Guyane', 974: 'La Réunion', 976: 'Mayotte' },
  },
  filters: {
    count: (n: number) => `(${nf(n)})`,
  },
  list: {
    caption: 'Acteurs affichés sur la carte',
    keys: 'Flèches haut et bas : d’un acteur à l’autre ; Entrée : ouvrir sa fiche',
    name: 'Nom',
    type: 'Type',
    commune: 'Commune',
    sortBy: (column: string) => `Trier par ${column.toLowerCase()}`,
    empty: 'Aucun acteur ne correspond à ces filtres.',
    more: (n: number) => `Afficher ${nf(n)} acteurs de plus`,
  },
  issues: {
    title: (n: number) => `${nf(n)} ${plural(n, 'enregistrement rejeté', 'enregistrements rejetés')}`,
    intro: 'Ces enregistrements ne sont pas affichés. Premiers problèmes :',
    record: (index: number) => `Enregistrement n° ${nf(index + 1)}`,
    line: (line: number) => `ligne ${nf(line)} du fichier`,
    field: 'champ',
    value: 'valeur',
    downloadAll: (n: number) => `Télécharger la liste complète des ${nf(n)} problèmes (CSV)`,
  },
};

export type UiMessages = typeof uiFr;
