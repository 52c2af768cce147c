// What a reader tidied with a loss or decided on a record (formats/actor-row.ts' RowNote), as
// warnings with French and English messages: the record is kept, the user is told.
import type { RowNote } from '../formats/actor-row.js';
import { issueWithMessage } from '../schema/parse-actors.js';
import type { RecordIssue } from '../schema/record-issue.js';
import { withConstants } from './column-map.js';
import type { ColumnMap } from './column-map.js';
import { actorFieldOf, closedStateOf } from './field-table.js';

export function warningsOfNotes(notes: readonly RowNote[], index: number, id: string | undefined): RecordIssue[] {
  return notes.map((n) => {
    const params: Record<string, string> = {};
    return issueWithMessage({
      index,
      collection: 'actors',
      ...(id !== undefined ? { id } : {}),
      path: n.path,
      code: n.code,
      value: n.value,
      ...(Object.keys(params).length > 0 ? { params } : {}),
    });
  });
}

/**
 * THE closed-unit rule of every reader — the map's and the Node API's (ingestRecords, readActors),
 * the CLI's validate, convert, score, recommend and classify: a row SIRENE marks closed (a unit C,
 * an establishment F; see field-table.ts' closedStateOf) is set aside with a closed_unit fault naming
 * the column and value, unless `includeClosed`. Null when the row is kept. `columns`: the reading's
 * column mapping, whose constants count as the row's cells.
 */
export function closedUnitFault(row: Readonly<Record<string, unknown>>, index: number, options: { includeClosed?: boolean | undefined; columns?: ColumnMap | undefined }): RecordIssue | null {
  if (options.includeClosed === true) return null;
  const closed = closedStateOf(withConstants(row, options.columns));
  return closed === null ? null : closedUnitIssue(index, closed);
}

/**
 * closedUnitFault for rows all keyed by `header` (a CSV file's rows, read by the CLI's chunks): null
 * when it can fire on none of them — kept on request, or no column (nor constant) of SIRENE's state —
 * so that nothing runs per row; else closedUnitFault itself.
 */
export function closedUnitFaultFor(
  header: readonly string[],
  options: { includeClosed?: boolean | undefined; columns?: ColumnMap | undefined },
): ((row: Readonly<Record<string, unknown>>, index: number) => RecordIssue | null) | null {
  if (options.includeClosed === true) return null;
  const stated = header.some((h) => actorFieldOf(h) === 'sireneState') || Object.prototype.hasOwnProperty.call(options.columns?.constants ?? {}, 'sireneState');
  return stated ? (row, index) => closedUnitFault(row, index, options) : null;
}

/** The fault of a row set aside as a closed SIRENE unit or establishment (see closedUnitFault). */
export function closedUnitIssue(index: number, closed: { column: string; value: string }): RecordIssue {
  return issueWithMessage({ index, collection: 'actors', path: '', code: 'closed_unit', value: closed.value, params: { column: closed.column } });
}
