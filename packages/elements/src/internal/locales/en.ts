// English strings of the elements; loaded lazily (see ../localize.ts). Same shape as fr.ts.
import { uiFr, type UiMessages } from './fr.js';
import { formatNumberIn } from '../format-number.js';

// Counts grouped without Intl (see format-number.ts).
const nf = (n: number): string => formatNumberIn('en', n);
const s = (n: number): string => (n === 1 ? '' : 's');
/** A size in bytes as mebibytes, one decimal at most ("50 MB", "200.5 MB"). */
const megabytes = (bytes: number): string => `${nf(Math.round((bytes / 1048576) * 10) / 10)} MB`;

export const uiEn: UiMessages = {
  common: {
    loading: 'Loading data…',
    retry: 'Try again',
    newWindow: '(new window)',
    download: 'Download',
    close: 'Close',
  },
  dataErrors: {
    title: 'The data could not be shown',
    network: 'The server cannot be reached or refused the connection. Check the address and your connection.',
    http: (status: number) =>
      status === 404
        ? 'The data file was not found (error 404). Check the address given in the src attribute.'
        : status >= 500
          ? `The server ran into an error (${status}). Try again in a moment.`
          : `The server refused the request (error ${status}).`,
    timeout: (seconds: number) => `The server did not answer within ${nf(seconds)} s.`,
    truncated: 'The file arrived incomplete: the connection dropped during the transfer.',
    'invalid-json': 'The JSON file is incomplete or malformed: it could not be read.',
    'wrong-content': 'The address returns a web page instead of a data file (JSON, GeoJSON or CSV).',
    notText: (found: 'gzip' | 'zip' | 'pdf' | 'parquet') =>
      `The address returns ${{ gzip: 'a gzip archive', zip: 'a zip archive (an .xlsx or .ods workbook?)', pdf: 'a PDF document', parquet: 'a Parquet file' }[found]}, not a data file read here: save it as CSV (UTF-8) or JSON.`,
    empty: 'The file contains no actors.',
    'too-large': (bytes: number, limit: number) =>
      `The file is beyond the ${megabytes(limit)} limit (${megabytes(bytes)} received): reading stopped. To read it, raise the max-bytes attribute (in bytes).`,
    source: (url: string) => `Address: ${url}`,
  },

  map: {
    label: 'Map and directory of social and solidarity economy actors',
    mapLabel: 'Map of the actors: arrow keys to go from one actor or group to the next, Enter to open, + and − to zoom',
    zoomIn: '+ Zoom in',
    zoomOut: '− Zoom out',
    reset: '⟲ Reset the map view',
    skipToList: 'Skip to the list of actors',
    onMap: (placed: number, approximate: number, unplaced: number) =>
      `${nf(placed)} on the map${approximate > 0 ? ` (${nf(approximate)} at their town, approximate position)` : ''}${
        unplaced > 0 ? `, ${nf(unplaced)} not located` : ''
      }`,
    notLocated: 'not located',
    approximate: 'approximate position',
    group: (n: number, names: string) => `${nf(n)} actors at the same place: ${names}`,
    groupTitle: (n: number) => `${nf(n)} actors at this place`,
    closeGroup: 'Close',
    panelsError: 'The filters, the actors’ cards and the exports could not be loaded (connection lost?). The map and the list still work.',
    tilesIgn: '© IGN – Plan IGN (Géoplateforme)',
    tilesOsm: '© OpenStreetMap contributors',
    tilesFailed: (origin: string) => `The background map (${origin}) could not be loaded: the map shows outlines only.`,
    legend: 'Actor families — press to filter',
    counts: (visible: number, total: number) => `${nf(visible)} actor${s(visible)} shown out of ${nf(total)}`,
    cluster: (n: number, place?: string) => (place ? `${nf(n)} actors near ${place}` : `Group of ${nf(n)} actors`),
    /** The overseas insets' names on the map and in its exports, by INSEE code. */
    // The French names but Guyane's (in the bundled French text: this chunk does not carry them twice).
    insets: { ...uiFr.map.insets, 973: 'French Guiana' },
  },
  filters: {
    count: (n: number) => `(${nf(n)})`,
  },
  list: {
    caption: 'Actors shown on the map',
    keys: 'Up and down arrows: from one actor to the next; Enter: open its card',
    name: 'Name',
    type: 'Type',
    commune: 'Town',
    sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
    empty: 'No actor matches these filters.',
    more: (n: number) => `Show ${nf(n)} more actors`,
  },
  issues: {
    title: (n: number) => `${nf(n)} record${s(n)} rejected`,
    intro: 'These records are not shown. First problems:',
    record: (index: number) => `Record no. ${nf(index + 1)}`,
    line: (line: number) => `line ${nf(line)} of the file`,
    field: 'field',
    value: 'value',
    downloadAll: (n: number) => `Download the full list of ${nf(n)} problems (CSV)`,
  },
};
