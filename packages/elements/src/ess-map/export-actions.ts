// The map's exports as the user asks for them from the export panel (Lit-free; in the panels' chunk,
// map-panels.ts): each waits for the export code (a chunk fetched on the first export) and downloads
// its file (the rejected records' download, in the status region, is in download.ts). If the chunk
// cannot be fetched, the export panel says so (the LazyController's error status) and the user can
// try again.
import { downloadBlob, downloadText, withExports } from './download.js';
import { catalogueOf, panelText } from './panel-text.js';
import type { MapHost } from './host.js';

type ExportHost = Pick<MapHost, 'l10n' | 'sorted' | 'issues' | 'view' | 'exportsChunk' | 'summaryOf'>;

/** The actors in the page's language (headers and labels), for a spreadsheet. */
export function exportCsv(v: ExportHost): void {
  const locale = v.l10n.locale;
  void withExports(v, (m) => downloadText('acteurs.csv', m.actorsReadableCsv(v.sorted, locale, catalogueOf(v)), 'text/csv;charset=utf-8'));
}

/** The actors in core's columns and codes: the file to import again. */
export function exportCsvCodes(v: ExportHost): void {
  void withExports(v, (m) => downloadText('acteurs-codes.csv', m.actorsCsv(v.sorted), 'text/csv;charset=utf-8'));
}

export function exportGeoJson(v: ExportHost): void {
  void withExports(v, (m) => downloadText('acteurs.geojson', m.actorsGeoJsonText(v.sorted), 'application/geo+json'));
}

export function exportSummaryCsv(v: ExportHost): void {
  const s = v.summaryOf();
  const t = panelText(v).summary;
  const core = catalogueOf(v);
  void withExports(v, (m) => downloadText('synthese-acteurs.csv', m.summaryCsv(s, t, core), 'text/csv;charset=utf-8'));
}

export function exportSvg(v: ExportHost): void {
  const view = v.view;
  if (view) void withExports(v, (m) => downloadBlob('carte-acteurs.svg', new Blob([m.sceneToSvg(view.scene())], { type: 'image/svg+xml' })));
}

export function exportPng(v: ExportHost): void {
  const view = v.view;
  if (view)
    void withExports(v, (m) =>
      m.sceneToPng(view.scene()).then(
        (png) => downloadBlob('carte-acteurs.png', png),
        // A tainted canvas (tiles without CORS) cannot be exported; the SVG export still works.
        () => {},
      ),
    );
}
