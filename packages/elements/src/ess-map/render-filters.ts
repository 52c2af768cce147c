// Render partial of the filter panel: the search box, then the criteria under a summary that says
// how many are chosen (folded at first on a narrow element, where they stood between the map and the
// list): the typology (families and their types), and one group of checkboxes per facet (needs,
// zonings, approvals, sizes), each with its count. A value with no actor is left out unless it is
// chosen. The counts are core's (facetActors).
import { APPROVAL_IDS, EMPLOYEE_BAND_IDS, FAMILY_IDS, NEED_IDS, ZONING_IDS, typesOfFamily, type FamilyId } from '@terreau/core';
import { html, nothing, type TemplateResult } from 'lit';
import { familyCount } from './directory.js';
import { clearFilters, search, tickListed, tickState, tickType } from './filter-actions.js';
import type { MapHost } from './host.js';
import { labelOf } from './labels.js';
import { catalogueOf, panelText } from './panel-text.js';

function renderChecks(
  v: MapHost,
  legend: string,
  ids: readonly string[],
  chosen: readonly string[],
  counts: Readonly<Record<string, number>> | undefined,
  labelFor: (id: string) => string,
  onToggle: (id: string, on: boolean) => void,
  facet: string,
): TemplateResult | typeof nothing {
  const shown = ids.filter((id) => (counts?.[id] ?? 0) > 0 || chosen.includes(id));
  if (shown.length === 0) return nothing;
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="scroll">
      ${shown.map(
        (id) => html`<label class="check">
          <input type="checkbox" data-facet=${facet} value=${id} .checked=${chosen.includes(id)} @change=${(e: Event) => onToggle(id, (e.target as HTMLInputElement).checked)} />
          <span>${labelFor(id)} <span class="n">${v.l10n.ui.filters.count(counts?.[id] ?? 0)}</span></span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export function renderFilters(v: MapHost): TemplateResult {
  const ui = panelText(v).filters;
  const core = catalogueOf(v);
  const f = v.filter;
  const facets = v.counts.facets;
  const counts = facets?.counts;
  const famCount = (id: FamilyId): number => (facets ? familyCount(facets, id) : 0);
  const families = FAMILY_IDS.filter((id) => famCount(id) > 0 || f.types.includes(id));
  return html`<form class="filters panel" part="filters" role="search" aria-labelledby="filters-title" @submit=${(e: Event) => e.preventDefault()}>
    <h2 id="filters-title">${ui.title}</h2>
    <label class="search" for="q">${ui.search}</label>
    <input id="q" type="search" autocomplete="off" .value=${v.q ?? ''} @input=${(e: Event) => search(v, e)} />
    <details class="criteria" ?open=${(v.filtersOpen ??= v.clientWidth >= 48 * 16)} @toggle=${(e: Event) => (v.filtersOpen = (e.target as HTMLDetailsElement).open)}>
    <summary>${ui.criteria(f.types.length + f.needs.length + f.zones.length + f.approvals.length + f.sizes.length)}</summary>
    ${families.length > 0
      ? html`<fieldset>
          <legend>${ui.typology}</legend>
          <div class="scroll">
            ${families.map((family) => {
              const familyOn = f.types.includes(family);
              const types = typesOfFamily(family).filter((id) => (counts?.types[id] ?? 0) > 0 || f.types.includes(id));
              return html`<label class="check">
                  <input type="checkbox" .checked=${familyOn} @change=${(e: Event) => tickType(v, family, (e.target as HTMLInputElement).checked)} />
                  <span><strong>${labelOf(core, 'families', family)}</strong> <span class="n">${v.l10n.ui.filters.count(famCount(family))}</span></span>
                </label>
                ${types.map(
                  (t) => html`<label class="check type">
                    <input
                      type="checkbox"
                      .checked=${familyOn || f.types.includes(t)}
                      ?disabled=${familyOn}
                      @change=${(e: Event) => tickType(v, t, (e.target as HTMLInputElement).checked)}
                    />
                    <span>${labelOf(core, 'types', t)} <span class="n">${v.l10n.ui.filters.count(counts?.types[t] ?? 0)}</span></span>
                  </label>`,
                )}`;
            })}
          </div>
        </fieldset>`
      : nothing}
    ${renderChecks(v, ui.needs, NEED_IDS, f.needs, counts?.needs, (id) => labelOf(core, 'needs', id), (id, on) => tickListed(v, 'needs', id, on), 'needs')}
    ${renderChecks(v, ui.zones, ZONING_IDS, f.zones, counts?.zones, (id) => labelOf(core, 'zonings', id), (id, on) => tickListed(v, 'zones', id, on), 'zones')}
    ${renderChecks(v, ui.approvals, APPROVAL_IDS, f.approvals, counts?.approvals, (id) => labelOf(core, 'approvals', id), (id, on) => tickState(v, 'approvals', id, on), 'approvals')}
    ${renderChecks(v, ui.sizes, EMPLOYEE_BAND_IDS, f.sizes, counts?.employeeBands, (id) => ui.sizeBand(id), (id, on) => tickState(v, 'sizes', id, on), 'sizes')}
    <div class="actions"><button type="button" @click=${() => clearFilters(v)}>${ui.clear}</button></div>
    </details>
  </form>`;
}
