// The sentence that says why data could not be loaded, from a LoadFailure: one home for every widget
// that shows a load error (the map; the advisor's territory mode can call it too).
import type { UiMessages } from './locales/fr.js';
import { DEFAULT_MAX_BYTES, type LoadFailure } from './load-data.js';

/** Why loading failed, in the messages' language; `timeout`: the seconds the widget waited. */
export function dataErrorText(e: UiMessages['dataErrors'], f: LoadFailure, timeout = 15): string {
  switch (f.kind) {
    case 'http':
      return e.http(f.status ?? 0);
    case 'timeout':
      return e.timeout(timeout > 0 ? timeout : 15);
    case 'wrong-content':
      return f.found ? e.notText(f.found) : e['wrong-content'];
    case 'too-large':
      return e['too-large'](f.bytes ?? 0, f.limit ?? DEFAULT_MAX_BYTES);
    default:
      return e[f.kind];
  }
}
