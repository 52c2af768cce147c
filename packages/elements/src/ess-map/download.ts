// Downloads built in the page (Lit-free, CSP-safe): a Blob behind a temporary object URL on a
// temporary link — no data: URL, no window.open, no inline script. And the wait for the export code
// (its chunk), with the one download the start bundle offers: the rejected records'.
import type { ExportsModule, MapHost } from './host.js';

/** Offers `data` to the user as a file named `filename`. */
export function downloadBlob(filename: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/** Offers text as a file; CSV gets a BOM so spreadsheet software reads it as UTF-8. */
export function downloadText(filename: string, text: string, type: string): void {
  const body = type.startsWith('text/csv') ? `\ufeff${text}` : text;
  downloadBlob(filename, new Blob([body], { type }));
}

/** Runs `run` with the export code once its chunk is here (a failure is its LazyController's status, said by the export panel). */
export async function withExports(v: Pick<MapHost, 'exportsChunk'>, run: (m: ExportsModule) => void): Promise<void> {
  const m = await v.exportsChunk.load();
  if (m) run(m);
}

/** The rejected records with their reasons, for whoever fixes the file. */
export function downloadIssues(v: Pick<MapHost, 'l10n' | 'issues' | 'exportsChunk'>): void {
  const locale = v.l10n.locale;
  void withExports(v, (m) => downloadText('erreurs-acteurs.csv', m.issuesCsv(v.issues, locale), 'text/csv;charset=utf-8'));
}
