// What a reader tidied with a loss or decided on a record (formats/actor-row.ts' RowNote), as
// warnings with French and English messages: the record is kept, the user is told.
import type { RowNote } from '../formats/actor-row.js';
import { issueWithMessage } from '../schema/parse-actors.js';
import type { RecordIssue } from '../schema/record-issue.js';

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

/** The fault of a row set aside as a closed SIRENE unit or establishment (see field-table.ts' closedStateOf). */
export function closedUnitIssue(index: number, closed: { column: string; value: string }): RecordIssue {
  return issueWithMessage({ index, collection: 'actors', path: '', code: 'closed_unit', value: closed.value, params: { column: closed.column } });
}
