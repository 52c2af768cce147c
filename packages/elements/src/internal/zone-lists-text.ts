// What a map says about the official zoning lists of its `zone-lists` attribute, FR and EN: the
// zonings added and the communes listed, or why a list was not read (the data is shown either way).
// Carried by the validation chunk, which reads the lists: a map without lists loads none of it.
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadFailure, ZoneListReport } from './load-data.js';
import { fileNameOf } from './read-bytes.js';

const nf = (locale: 'fr' | 'en', n: number): string => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR').format(n);

export const zoneListsText = {
  fr: {
    added: (parts: readonly string[]) => `Zonages officiels ajoutés aux acteurs de leurs communes : ${parts.join(' ; ')}.`,
    part: (zonings: string, communes: number, file: string) => `${zonings} (${nf('fr', communes)} ${communes <= 1 ? 'commune' : 'communes'}, ${file})`,
    failed: (file: string, reason: string) => `Liste de zonage « ${file} » non lue : ${reason}`,
    partly: (n: number, file: string) =>
      `${nf('fr', n)} ${n <= 1 ? 'commune' : 'communes'} de « ${file} » ${n <= 1 ? 'n’est classée' : 'ne sont classées'} qu’en partie : la liste ne dit pas quelle partie, leurs acteurs ne sont pas mis dans la zone.`,
    'not-csv': 'ce n’est pas un fichier CSV.',
    'no-commune-column': (columns: string) => `aucune colonne de code commune (colonnes : ${columns}).`,
    'no-zoning': (url: string, columns: string) => `le zonage n’est pas reconnu ; nommez-le devant l’adresse, par exemple « frr:${url} » (colonnes : ${columns}).`,
  },
  en: {
    added: (parts: readonly string[]) => `Official zonings added to the actors of their communes: ${parts.join('; ')}.`,
    part: (zonings: string, communes: number, file: string) => `${zonings} (${nf('en', communes)} commune${communes === 1 ? '' : 's'}, ${file})`,
    failed: (file: string, reason: string) => `Zoning list “${file}” not read: ${reason}`,
    partly: (n: number, file: string) =>
      `${nf('en', n)} commune${n === 1 ? '' : 's'} of “${file}” ${n === 1 ? 'is' : 'are'} only partly in the zone: the list does not say which part, so their actors are not put in it.`,
    'not-csv': 'it is not a CSV file.',
    'no-commune-column': (columns: string) => `no commune code column (columns: ${columns}).`,
    'no-zoning': (url: string, columns: string) => `the zoning is not recognised; name it before the address, e.g. “frr:${url}” (columns: ${columns}).`,
  },
};

/**
 * The lines a map shows under its header: one for the lists read, one per list not read.
 * `zoningLabel` names a zoning in the page's language; `failureText` is the map's sentence for a
 * download that failed (the same as for the data itself).
 */
export function renderZoneLists(
  locale: 'fr' | 'en',
  reports: readonly ZoneListReport[],
  zoningLabel: (id: string) => string,
  failureText: (f: LoadFailure) => string,
): TemplateResult | typeof nothing {
  if (reports.length === 0) return nothing;
  const t = zoneListsText[locale];
  const read = reports.flatMap((r) => (r.ok ? [t.part(r.zonings.map(zoningLabel).join(', '), r.communes, fileNameOf(r.url))] : []));
  const partly = reports.flatMap((r) => (r.ok && r.partly > 0 ? [t.partly(r.partly, fileNameOf(r.url) || r.url)] : []));
  const failed = reports.flatMap((r) => {
    if (r.ok) return [];
    const file = fileNameOf(r.url) || r.url;
    const columns = (r.columns ?? []).join(', ');
    const reason = r.failure ? failureText(r.failure) : r.reason === 'no-zoning' ? t['no-zoning'](r.url, columns) : r.reason === 'no-commune-column' ? t['no-commune-column'](columns) : t['not-csv'];
    return [t.failed(file, reason)];
  });
  return html`<div part="zone-lists">
    ${read.length > 0 ? html`<p class="muted">${t.added(read)}</p>` : nothing}
    ${partly.map((line) => html`<p class="muted">${line}</p>`)}
    ${failed.map((line) => html`<p class="warning">${line}</p>`)}
  </div>`;
}
