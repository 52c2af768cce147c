import { css } from 'lit';
import { themeStyles } from '../internal/theme.styles.js';

/**
 * Styles of <ess-map>. Theme tokens and the hostile-CSS reset come from themeStyles; here: layout
 * (one column under 48rem of the element's own width, map beside filters above), controls reset
 * (buttons and inputs set every inherited property themselves), family colours, forced colours.
 */
export const essMapStyles = [
  themeStyles,
  css`
    :host {
      --ess-map-height: 28rem;
      --_map-height: var(--ess-map-height);
      /* Family colours: override any with --ess-family-<id>. Chosen to stay apart for common colour-vision deficiencies. */
      --_f-associations: var(--ess-family-associations, #1d6fb8);
      --_f-cooperatives: var(--ess-family-cooperatives, #c2410c);
      --_f-mutuelles: var(--ess-family-mutuelles, #7c3aed);
      --_f-fondations: var(--ess-family-fondations, #0f766e);
      --_f-societes-ess: var(--ess-family-societes-ess, #b91c1c);
      --_f-insertion: var(--ess-family-insertion, #a16207);
      --_f-public: var(--ess-family-public, #334155);
      --_f-financeurs: var(--ess-family-financeurs, #be185d);
      --_f-accompagnateurs: var(--ess-family-accompagnateurs, #15803d);
      --_f-reseaux: var(--ess-family-reseaux, #4338ca);
      --_f-prives-engages: var(--ess-family-prives-engages, #78716c);
      --_f-collectifs: var(--ess-family-collectifs, #0e7490);
      --_f-non-classes: var(--ess-family-non-classes, #6b7280);
      container-type: inline-size;
      background: var(--_bg);
      min-width: 0;
    }
    p, h2, h3, ul, dl, dd, fieldset, table {
      margin: 0;
      padding: 0;
    }
    h2, h3 {
      font: inherit;
      font-weight: 700;
      line-height: 1.25;
      color: inherit;
    }
    h2 { font-size: 1.25em; }
    h3 { font-size: 1.05em; }
    ul { list-style: none; }
    a {
      color: var(--_accent);
      text-decoration: underline;
      font: inherit;
      overflow-wrap: anywhere;
    }
    /* Native controls, re-stated in full so "button { all: unset }" on the page cannot reach them
       (it cannot cross the shadow root, but inherited font and colour can). */
    button, input {
      font: inherit;
      line-height: 1.25;
      color: inherit;
      letter-spacing: inherit;
      text-transform: none;
      margin: 0;
    }
    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.35em;
      min-height: 2.75rem;
      min-width: 2.75rem;
      padding: 0.4em 0.8em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
      cursor: pointer;
      text-align: center;
      visibility: visible;
      opacity: 1;
    }
    button:hover { background: var(--_surface); }
    button.primary {
      background: var(--_accent);
      color: var(--_accent-contrast);
      border-color: var(--_accent);
    }
    button.link {
      min-height: 0;
      min-width: 0;
      padding: 0.1em 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      text-align: start;
      justify-content: flex-start;
      overflow-wrap: anywhere;
    }
    input[type='search'] {
      width: 100%;
      min-height: 2.75rem;
      padding: 0.4em 0.6em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    input[type='checkbox'] {
      width: 1.15em;
      height: 1.15em;
      flex: none;
      accent-color: var(--_accent);
    }
    svg { display: inline-block; }

    .root {
      display: grid;
      gap: var(--_space);
      padding: calc(var(--_space) / 2);
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'status' 'map' 'filters' 'list' 'side';
    }
    @container (min-width: 48rem) {
      .root {
        grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr);
        grid-template-areas: 'status status' 'filters map' 'filters list' 'side side';
      }
    }
    .status { grid-area: status; }
    .map-area { grid-area: map; min-width: 0; }
    .filters { grid-area: filters; min-width: 0; }
    .directory { grid-area: list; min-width: 0; }
    .side {
      grid-area: side;
      display: grid;
      gap: var(--_space);
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
    .panel {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.75);
      background: var(--_bg);
      min-width: 0;
    }
    .count { font-weight: 700; }

    /* Map */
    .map-frame {
      position: relative;
      height: var(--_map-height);
      min-height: 12rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
      background: var(--_surface);
    }
    .map-canvas {
      position: absolute;
      inset: 0;
      display: block;
    }
    .map-controls {
      position: absolute;
      top: 0.5rem;
      right: 0.5rem;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      z-index: 2;
    }
    .map-controls button {
      padding: 0;
      font-size: 1.25em;
      font-weight: 700;
    }
    .attribution {
      position: absolute;
      bottom: 0;
      right: 0;
      z-index: 2;
      padding: 0 0.4em;
      font-size: 0.75em;
      background: var(--_bg);
      color: var(--_text);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      margin-top: 0.5rem;
      padding: 0;
      border: 0;
    }
    .legend button {
      min-height: 2.25rem;
      padding: 0.2em 0.6em;
      font-size: 0.875em;
    }
    .legend button[aria-pressed='true'] {
      border-width: 2px;
      border-color: var(--_text);
      font-weight: 700;
    }
    .swatch {
      display: inline-block;
      flex: none;
      width: 0.9em;
      height: 0.9em;
      border-radius: 50%;
      border: 1px solid var(--_bg);
      background: var(--_swatch);
      forced-color-adjust: none;
    }
    /* One class per family: a style attribute would be blocked by a strict CSP (style-src-attr). */
    .swatch.f-associations { --_swatch: var(--_f-associations); }
    .swatch.f-cooperatives { --_swatch: var(--_f-cooperatives); }
    .swatch.f-mutuelles { --_swatch: var(--_f-mutuelles); }
    .swatch.f-fondations { --_swatch: var(--_f-fondations); }
    .swatch.f-societes-ess { --_swatch: var(--_f-societes-ess); }
    .swatch.f-insertion { --_swatch: var(--_f-insertion); }
    .swatch.f-public { --_swatch: var(--_f-public); }
    .swatch.f-financeurs { --_swatch: var(--_f-financeurs); }
    .swatch.f-accompagnateurs { --_swatch: var(--_f-accompagnateurs); }
    .swatch.f-reseaux { --_swatch: var(--_f-reseaux); }
    .swatch.f-prives-engages { --_swatch: var(--_f-prives-engages); }
    .swatch.f-collectifs { --_swatch: var(--_f-collectifs); }

    /* Filters: the criteria fold under a summary (folded at first on a narrow element) */
    .criteria > summary {
      padding: 0.65rem 0;
      font-weight: 700;
      cursor: pointer;
    }
    fieldset {
      border: 0;
      min-width: 0;
      margin-top: 0.75rem;
    }
    legend {
      padding: 0;
      font-weight: 700;
      margin-bottom: 0.25rem;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5em;
      padding: 0.15em 0;
      cursor: pointer;
    }
    .check.type { padding-inline-start: 1.6em; }
    .check .n { color: var(--_muted); font-size: 0.875em; }
    .scroll {
      max-height: 16rem;
      overflow: auto;
      padding-inline-end: 0.25rem;
    }
    label.search { display: block; font-weight: 700; }

    /* List */
    .table-wrap { overflow-x: auto; }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.9375em;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-bottom: 0.25rem;
    }
    th, td {
      text-align: start;
      vertical-align: top;
      padding: 0.3em 0.4em;
      border-bottom: 1px solid var(--_border);
      overflow-wrap: break-word;
    }
    .place, .keys { display: none; }
    table:has(tbody :focus) .keys { display: block; font-weight: 400; font-size: 0.875em; color: var(--_muted); }
    /* A phone: two columns, the commune under the type, so no word is cut. */
    @container (max-width: 36rem) {
      .table-wrap :is(th, td):nth-child(3) { display: none; }
      .place { display: block; color: var(--_muted); }
    }
    th { font-weight: 700; }
    th button {
      min-height: 2.25rem;
      padding: 0.2em 0.3em;
      border: 0;
      background: none;
      font-weight: 700;
    }
    tr[aria-current='true'] td { background: var(--_surface); }
    .name-cell { max-width: 22rem; }
    .name-cell button.link { max-width: 100%; }

    /* Card: over the map, beside the actor (a side panel); on a narrow element, a bottom sheet. */
    .map-frame .beside {
      position: absolute;
      z-index: 2;
      top: 0.5rem;
      left: 0.5rem;
      width: min(22rem, calc(100% - 4.5rem));
      max-height: calc(100% - 1rem);
      overflow: auto;
      margin: 0;
      box-shadow: 0 2px 10px rgb(0 0 0 / 0.25);
      background: var(--_bg);
    }
    @container (max-width: 36rem) {
      .map-frame .beside {
        top: auto;
        left: 0;
        right: 0;
        bottom: 0;
        width: auto;
        max-height: 60%;
        border-radius: 0.75rem 0.75rem 0 0;
      }
    }
    .group { list-style: none; margin: 0.5rem 0 0; padding: 0; }
    .group li { padding: 0.2rem 0; }
    .skip {
      position: absolute;
      left: -10000px;
      top: auto;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .skip:focus { position: static; width: auto; height: auto; margin-bottom: 0.5rem; }
    /* Card */
    .card header {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      justify-content: space-between;
      flex-wrap: wrap;
    }
    .card h3 {
      overflow-wrap: anywhere;
      max-width: 100%;
    }
    .card dl {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.15rem;
      margin-top: 0.5rem;
    }
    .card dt { font-weight: 700; margin-top: 0.4rem; }
    .card dd { overflow-wrap: anywhere; unicode-bidi: isolate; }
    .bidi { unicode-bidi: isolate; }

    /* Status */
    .error {
      border: 2px solid var(--_danger);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    .error h2 { color: var(--_danger); }
    .notice { border: 2px solid var(--_muted); border-radius: var(--_radius); padding: var(--_space); margin-block-end: var(--_space); }
    .notice h2 { font-size: 1rem; margin: 0; }
    .notice p { margin: 0.5rem 0; overflow-wrap: anywhere; }
    .error p { margin: 0.5rem 0; overflow-wrap: anywhere; }
    .issues li { margin: 0.35rem 0; overflow-wrap: anywhere; }
    .muted { color: var(--_muted); }
    .warning { font-weight: 600; }
    .badge { display: inline-block; margin-inline-start: 0.25em; padding: 0 0.4em; border: 1px solid currentColor; border-radius: 0.75em; font-size: 0.8em; color: var(--_muted); white-space: nowrap; }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      margin-top: 0.5rem;
    }
    .uncovered li::before { content: '– '; }

    @media (forced-colors: active) {
      button, .panel, .map-frame, .error, .notice { border: 1px solid ButtonText; }
      button[aria-pressed='true'] { outline: 2px solid Highlight; }
      tr[aria-current='true'] td { outline: 2px solid Highlight; }
      .swatch { border-color: CanvasText; }
    }
    @media (prefers-reduced-motion: reduce) {
      * { transition: none !important; animation: none !important; }
    }
  `,
];
