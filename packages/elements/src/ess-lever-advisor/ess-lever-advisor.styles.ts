import { css } from 'lit';
import { themeStyles } from '../internal/theme.styles.js';

/**
 * Styles of <ess-lever-advisor>. Band colours: `--ess-color-band-fragile`,
 * `--ess-color-band-to-consolidate`, `--ess-color-band-solid` (besides the shared tokens of
 * internal/theme.styles.ts).
 */
export const advisorStyles = [
  themeStyles,
  css`
    :host {
      --_band-fragile: var(--ess-color-band-fragile, #b3261e);
      --_band-to-consolidate: var(--ess-color-band-to-consolidate, #8a5300);
      --_band-solid: var(--ess-color-band-solid, #1b6b3a);
      min-width: 0;
      max-width: 100%;
      background: var(--_bg);
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        --_band-fragile: var(--ess-color-band-fragile, #ff8a80);
        --_band-to-consolidate: var(--ess-color-band-to-consolidate, #ffc46b);
        --_band-solid: var(--ess-color-band-solid, #7fd49a);
      }
    }
    :host([theme='dark']) {
      --_band-fragile: var(--ess-color-band-fragile, #ff8a80);
      --_band-to-consolidate: var(--ess-color-band-to-consolidate, #ffc46b);
      --_band-solid: var(--ess-color-band-solid, #7fd49a);
    }
    .root {
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      container-type: inline-size;
    }
    h2,
    h3,
    h4,
    p,
    ul,
    ol,
    dl,
    dd,
    figure,
    fieldset {
      margin: 0;
      padding: 0;
    }
    h2 {
      font-size: 1.3em;
      line-height: 1.25;
      margin-block-end: 0.4em;
    }
    h3 {
      font-size: 1.12em;
      line-height: 1.3;
      margin-block: 1em 0.4em;
    }
    h4 {
      font-size: 1em;
      margin-block: 0.8em 0.3em;
    }
    p,
    ul,
    ol {
      margin-block-end: 0.5em;
    }
    ul,
    ol {
      padding-inline-start: 1.4em;
    }
    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
      margin: 0;
    }
    button,
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.3em;
      min-height: 2.5em;
      padding: 0.3em 0.9em;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_accent);
      cursor: pointer;
      text-decoration: none;
      font-weight: 600;
      line-height: 1.2;
    }
    button.primary {
      background: var(--_accent);
      color: var(--_accent-contrast);
    }
    button.danger {
      border-color: var(--_danger);
      color: var(--_danger);
    }
    button:hover {
      text-decoration: underline;
    }
    select,
    input[type='text'],
    input[type='search'],
    input[type='url'] {
      display: block;
      width: 100%;
      max-width: 32em;
      min-height: 2.5em;
      padding: 0.3em 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    input[type='radio'],
    input[type='checkbox'] {
      width: 1.15em;
      height: 1.15em;
      margin: 0.2em 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger) !important;
      border-width: 2px !important;
    }
    .error {
      color: var(--_danger);
      font-weight: 600;
    }
    .help,
    .muted {
      color: var(--_muted);
      font-size: 0.92em;
    }
    .field {
      margin-block: 0 1em;
    }
    .field > label,
    fieldset > legend {
      display: block;
      font-weight: 600;
      margin-block-end: 0.3em;
    }
    fieldset {
      border: 0;
      min-width: 0;
      margin-block-end: 1em;
    }
    .options {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
      gap: 0.25em 1em;
    }
    .option {
      display: flex;
      gap: 0.5em;
      align-items: flex-start;
      padding: 0.2em 0;
      cursor: pointer;
    }

    /* progress */
    .progress ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em;
      list-style: none;
      padding: 0;
      margin-block: 0.5em 1em;
    }
    .progress button {
      min-height: 2.2em;
      padding: 0.2em 0.6em;
      font-weight: 400;
      border-color: var(--_border);
      color: var(--_text);
      font-size: 0.9em;
    }
    .progress button[aria-current='step'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_accent-contrast);
      font-weight: 700;
    }
    .progress .done::after {
      content: ' ✓';
    }

    /* criteria */
    .criterion {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.6em 0.8em;
      margin-block-end: 0.8em;
    }
    .criterion > legend {
      padding: 0 0.3em;
    }
    .criterion .scale {
      display: grid;
      gap: 0.15em;
    }
    .criterion .level {
      font-weight: 700;
      min-width: 1.2em;
    }
    .criterion .other {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2em 1.5em;
      margin-block-start: 0.3em;
      border-block-start: 1px dashed var(--_border);
      padding-block-start: 0.3em;
    }
    .suggestion {
      margin-block-start: 0.4em;
      padding: 0.4em 0.6em;
      background: var(--_surface);
      border-inline-start: 4px solid var(--_accent);
    }
    .figures-grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(15em, 100%), 1fr));
      gap: 0 1em;
    }
    .figures-grid input {
      max-width: 100%;
    }
    .nav,
    .tools,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block: 1em;
    }
    .status {
      margin-block: 0.5em;
    }
    .status:not(:empty) {
      padding: 0.4em 0.6em;
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    .h5 {
      font-size: 0.95em;
      font-weight: 700;
      margin-block: 0.6em 0.2em;
    }
    .print-only {
      display: none;
    }
    button.link {
      min-height: 2em;
      border: 0;
      padding: 0.1em 0.2em;
      text-decoration: underline;
      font-weight: 400;
    }
    .share-url {
      font-family: ui-monospace, monospace;
      font-size: 0.85em;
    }

    /* results */
    .results {
      margin-block-start: 1.5em;
      border-block-start: 2px solid var(--_border);
      padding-block-start: 0.5em;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 2em;
    }
    .summary dt {
      font-size: 0.9em;
      color: var(--_muted);
    }
    .summary dd {
      font-size: 1.4em;
      font-weight: 700;
    }
    .band-fragile {
      color: var(--_band-fragile);
    }
    .band-to-consolidate {
      color: var(--_band-to-consolidate);
    }
    .band-solid {
      color: var(--_band-solid);
    }
    svg.chart {
      display: block !important;
      width: 100%;
      /* The drawing is 320 units wide: past ~1.4× its labels would grow too large. */
      max-width: 26em;
      height: auto;
      overflow: visible;
    }
    svg.chart text {
      fill: var(--_text);
      font-size: 12px;
      font-family: var(--_font-family);
    }
    svg.chart text.group {
      font-weight: 700;
    }
    svg.chart .track {
      fill: var(--_surface);
      stroke: var(--_border);
      stroke-width: 0.5;
    }
    svg.chart .bar {
      fill: var(--_accent);
    }
    svg.chart .bar.group {
      fill: var(--_text);
    }
    svg.chart .rule {
      stroke: var(--_text);
      stroke-width: 1.5;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      max-width: 40em;
      font-size: 0.92em;
    }
    th,
    td {
      text-align: start;
      padding: 0.25em 0.5em;
      border-block-end: 1px solid var(--_border);
      vertical-align: top;
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    tr.group-row th {
      font-weight: 700;
    }
    details > summary {
      cursor: pointer;
      padding-block: 0.3em;
      font-weight: 600;
    }
    .actions-list {
      list-style: none;
      padding: 0;
    }
    .action {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.6em 0.8em;
      margin-block-end: 0.8em;
    }
    .action h4 {
      margin-block-start: 0;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      margin-block-end: 0.4em;
      font-size: 0.9em;
    }
    .badge {
      border: 1px solid var(--_border);
      border-radius: 999px;
      padding: 0 0.6em;
    }
    .priority-high {
      border-color: var(--_danger);
      color: var(--_danger);
      font-weight: 700;
    }
    /* a subsidy's checklist (issue 11) */
    details.checklist {
      margin-block: 0.3em;
    }
    .checklist-items {
      margin-block: 0.2em;
      padding-inline-start: 1.2em;
    }
    .checklist-items li {
      margin-block-end: 0.2em;
    }
    .checklist-status {
      font-size: 0.85em;
    }
    .status-required {
      font-weight: 700;
    }
    /* the documents' format: three toggle buttons, the chosen one filled and ticked */
    .formats button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_accent-contrast);
    }
    .formats button[aria-pressed='true']::before {
      content: '✓';
    }
    .checklist-panel {
      margin-block: 0.6em;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(16em, 100%), 1fr));
      gap: 0 1.5em;
    }

    /* restitution */
    .who-fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(16em, 100%), 1fr));
      gap: 0 1.5em;
    }
    .range {
      margin-block: 0.3em 0.8em;
    }
    .first-actions {
      padding-inline-start: 1.4em;
    }
    .first-action {
      margin-block-end: 0.6em;
    }
    .first-action p {
      margin-block: 0.15em;
    }
    .action-title {
      font-size: 1em;
      margin-block: 0.2em;
    }
    details.lever,
    details.score-detail {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.4em 0.8em;
      margin-block-end: 0.6em;
    }
    details > summary {
      cursor: pointer;
      font-weight: 600;
      min-height: 1.8em;
    }
    .documents,
    .incoming,
    .changes {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.6em 0.8em;
      margin-block: 1em;
    }
    .documents-grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr));
      gap: 0 1.5em;
    }
    .incoming {
      border-color: var(--_accent);
    }
    .warning {
      color: var(--_danger);
      font-weight: 600;
    }
    .done-toggle {
      font-size: 0.9em;
    }

    @media (forced-colors: active) {
      svg.chart .bar,
      svg.chart .bar.group {
        fill: CanvasText;
      }
      svg.chart .track {
        fill: Canvas;
        stroke: CanvasText;
      }
      svg.chart text {
        fill: CanvasText;
      }
      .progress button[aria-current='step'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
      .suggestion {
        border-inline-start-color: CanvasText;
      }
    }

    @media print {
      :host {
        --_text: #000;
        --_bg: #fff;
        --_surface: #fff;
        --_accent: #000;
        --_muted: #333;
        color-scheme: light;
      }
      .root {
        border: 0;
        padding: 0;
      }
      .progress,
      .nav,
      .tools,
      .confirm,
      .status,
      .questionnaire,
      .filter,
      .no-print,
      button {
        display: none !important;
      }
      .results {
        border: 0;
        margin: 0;
      }
      .print-only {
        display: block !important;
      }
      /* The printed report keeps the chart; the table prints when opened, examples stay on screen. */
      .printing-full .examples {
        display: none;
      }
      .print-only {
        display: inline !important;
      }
      .action,
      .first-action {
        break-inside: avoid;
      }
      details > summary {
        list-style: none;
      }
      /* The one-page summary: tighter type and spacing. */
      .printing-summary {
        font-size: 10.5pt;
        line-height: 1.35;
      }
      .printing-summary h2 {
        font-size: 1.3em;
        margin-block: 0 0.3em;
      }
      .printing-summary .summary dd {
        font-size: 1.2em;
      }
      .printing-summary .confidence,
      .printing-summary .notices {
        display: none;
      }
      svg.chart {
        width: 12cm;
        max-width: 100%;
        height: auto;
        break-inside: avoid;
      }
      /* The full report: compact type, so it holds in a few pages. */
      .printing-full {
        font-size: 9.5pt;
        line-height: 1.3;
      }
      .printing-full .action {
        padding: 0.3em 0.5em;
        margin-block-end: 0.4em;
      }
      .printing-full details.lever,
      .printing-full details.score-detail {
        border: 0;
        padding: 0;
      }
      .printing-full .action ul,
      .printing-full .action ol {
        margin-block: 0.1em;
      }
    }
  `,
];
