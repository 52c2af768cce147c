// Render partials of what opens over the map beside the markers: the card of the selected actor
// (type, activities, address, website, partners, source) or the list of a group of markers.
import { familyOf, type Actor } from '@terreau/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../internal/localize.js';
import type { MapHost } from './host.js';
import { labelOf } from './labels.js';
import { catalogueOf, panelText } from './panel-text.js';

/** A URL safe to put in href: http or https only, parsed by the browser. */
function safeHttpUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The card of the selected actor, or the list of a group of markers, over the map beside them. */
export function renderBeside(v: MapHost): TemplateResult | typeof nothing {
  if (v.status !== 'ready') return nothing;
  const actor = v.selectedActor;
  if (actor) return renderCard(v, actor);
  if (!v.group) return nothing;
  const ui = v.l10n.ui;
  const members = v.group.map((i) => v.all[i]).filter((a): a is Actor => a !== undefined);
  return html`<section class="card panel beside" part="card" aria-labelledby="group-title" @keydown=${v.onKeydown}>
    <header>
      <h3 id="group-title" tabindex="-1">${ui.map.groupTitle(members.length)}</h3>
      <button type="button" @click=${v.closeGroup}>${ui.map.closeGroup}</button>
    </header>
    <ul class="group">
      ${members.map(
        (a) => html`<li>
          <button type="button" class="link" @click=${() => v.select(a.id, 'map')}><span class="bidi">${a.name}</span></button>
          <span class="muted">(${labelOf(catalogueOf(v), 'types', a.type)})</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

export function renderCard(v: MapHost, actor: Actor): TemplateResult {
  const ui = v.l10n.ui;
  const t = panelText(v).card;
  const core = catalogueOf(v);
  const locale = v.l10n.locale;
  const website = safeHttpUrl(actor.website);
  const address = [actor.address?.line, [actor.address?.postcode, actor.address?.city].filter(Boolean).join(' ')].filter((s) => s).join(', ');
  const partners = v.links
    .filter((p) => p.actorId === actor.id || p.partnerId === actor.id)
    .map((p) => (p.actorId === actor.id ? p.partnerId : p.actorId))
    .filter((id, i, all) => all.indexOf(id) === i);
  const source = safeHttpUrl(actor.provenance.url);
  return html`<section class="card panel beside" part="card" aria-labelledby="card-title" @keydown=${v.onKeydown}>
    <header>
      <h3 id="card-title" tabindex="-1"><span class="bidi">${actor.name}</span></h3>
      <button type="button" @click=${v.closeCard}>${t.back}</button>
    </header>
    <dl>
      <dt>${t.type}</dt>
      <dd>${labelOf(core, 'types', actor.type)} (${labelOf(core, 'families', familyOf(actor.type))})</dd>
      ${actor.activities.length > 0
        ? html`<dt>${t.activities}</dt>
            <dd>${actor.activities.map((a) => labelOf(core, 'activities', a)).join(', ')}</dd>`
        : nothing}
      ${address ? html`<dt>${t.address}</dt><dd>${address}</dd>` : nothing}
      ${website
        ? html`<dt>${t.website}</dt>
            <dd><a href=${website} target="_blank" rel="noopener noreferrer">${website} <span class="visually-hidden">${ui.common.newWindow}</span></a></dd>`
        : nothing}
      <dt>${t.partners}</dt>
      <dd>
        ${partners.length === 0
          ? t.noPartners
          : html`<ul>
              ${partners.map((id) => {
                const i = v.byId.get(id);
                const partner = i === undefined ? undefined : v.all[i];
                return html`<li>
                  ${partner
                    ? html`<button type="button" class="link" @click=${() => v.select(partner.id, 'card')}><span class="bidi">${partner.name}</span></button>
                        <span class="muted">(${labelOf(core, 'types', partner.type)})</span>`
                    : html`<span class="bidi">${id}</span>`}
                </li>`;
              })}
            </ul>`}
      </dd>
      <dt>${t.source}</dt>
      <dd>
        ${source
          ? html`<a href=${source} target="_blank" rel="noopener noreferrer"><span class="bidi">${actor.provenance.source}</span> <span class="visually-hidden">${ui.common.newWindow}</span></a>`
          : html`<span class="bidi">${actor.provenance.source}</span>`},
        ${actor.provenance.checkedAt ? t.checkedAt(formatDate(locale, actor.provenance.checkedAt)) : t.checkedUnknown}
      </dd>
    </dl>
  </section>`;
}
