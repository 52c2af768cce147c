// Render partial of the directory: the sortable table of the visible actors (the text alternative to
// the map), each name a button that opens its card, a badge when an actor is not on the map or only
// at its commune, and "show more" past the first page. The names are one Tab stop (list-focus.ts), said
// by a line under the caption while the list has focus. On a narrow element (a phone) the commune goes
// under the type, in two columns that leave words whole (styles: .place).
import type { Actor } from '@terreau/core';
import { html, nothing, type TemplateResult } from 'lit';
import { sortBy } from './filter-actions.js';
import { listTabStop, moveInList, moveListTabStop } from './list-focus.js';
import { PAGE, type MapHost, type SortKey } from './host.js';
import { labelOf } from './labels.js';
import { PLACED, UNPLACED, communeOf, placementOf } from './placement.js';

/** A badge after an actor's name in the list when it is not on the map, or only at its commune. */
function placementBadge(v: MapHost, a: Actor): TemplateResult | typeof nothing {
  const p = placementOf(v.mapView.placement, v.byId, a);
  if (p === PLACED) return nothing;
  const ui = v.l10n.ui.map;
  return html` <span class="badge ${p === UNPLACED ? 'unplaced' : 'approx'}">${p === UNPLACED ? ui.notLocated : ui.approximate}</span>`;
}

export function renderList(v: MapHost): TemplateResult {
  const ui = v.l10n.ui.list;
  const core = v.l10n.core;
  const selectedId = v.selectedActor?.id;
  const header = (key: SortKey, label: string): TemplateResult => html`<th scope="col" aria-sort=${v.sortKey === key ? v.sortDir : 'none'}>
    <button type="button" @click=${() => sortBy(v, key)}>
      ${label}<span aria-hidden="true">${v.sortKey === key ? (v.sortDir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
    </button>
  </th>`;
  const rows = v.sorted.slice(0, v.limit);
  const more = v.sorted.length - rows.length;
  const stop = listTabStop(rows.map((a) => a.id), v.listRow, selectedId);
  return html`<div class="table-wrap" part="list">
    <table>
      <caption>${ui.caption}<span class="keys" id="list-keys" aria-hidden="true">${ui.keys}</span></caption>
      <thead>
        <tr>${header('name', ui.name)}${header('type', ui.type)}${header('commune', ui.commune)}</tr>
      </thead>
      <tbody @keydown=${moveInList} @focusin=${(e: FocusEvent) => moveListTabStop(e, v)}>
        ${rows.map(
          (a) => html`<tr aria-current=${a.id === selectedId ? 'true' : 'false'}>
            <td class="name-cell">
              <button type="button" class="link" data-id=${a.id} tabindex=${a.id === stop ? '0' : '-1'} aria-describedby="list-keys" @click=${() => v.select(a.id, 'list')}><span class="bidi">${a.name}</span></button>${placementBadge(v, a)}
            </td>
            <td>${labelOf(core, 'types', a.type)}<span class="place bidi">${communeOf(a)}</span></td>
            <td class="bidi">${communeOf(a)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${rows.length === 0 ? html`<p>${ui.empty}</p>` : nothing}
    ${more > 0 ? html`<div class="actions"><button type="button" @click=${() => (v.limit += PAGE)}>${ui.more(Math.min(more, PAGE))}</button></div>` : nothing}
  </div>`;
}
