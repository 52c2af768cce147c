import { css } from 'lit';

/** Dark-scheme defaults of the tokens: under `prefers-color-scheme: dark` unless theme="light", and for theme="dark". */
const darkTokens = css`
    --_text: var(--ess-color-text, #ececec);
    --_muted: var(--ess-color-muted, #b4b4b4);
    --_bg: var(--ess-color-background, #16181c);
    --_surface: var(--ess-color-surface, #23262c);
    --_border: var(--ess-color-border, #80858f);
    --_accent: var(--ess-color-accent, #8fb8ff);
    --_accent-contrast: var(--ess-color-accent-contrast, #0b1a33);
    --_focus: var(--ess-color-focus, #7fb2ff);
    --_danger: var(--ess-color-danger, #ff8a80);
    --_success: var(--ess-color-success, #7fd49a);
    --_warning: var(--ess-color-warning, #ffc46b);
    color-scheme: dark;
`;

/**
 * Theme tokens and the shadow-root reset shared by every Terreau element.
 *
 * Page CSS cannot select inside a shadow root, but inherited properties (font, colour, line
 * height, letter spacing, text transform…) still flow in through the host, and a hostile page may
 * set them on `*`. So the host resets them to the widget's own tokens (`!important` in the shadow
 * context beats any normal page rule on the host), and every element inside takes box-sizing from
 * the reset rather than from the page.
 *
 * Tokens (set them on the element or any ancestor to theme the widgets):
 * `--ess-font-family`, `--ess-font-size`, `--ess-line-height`, `--ess-color-text`,
 * `--ess-color-muted`, `--ess-color-background`, `--ess-color-surface`, `--ess-color-border`,
 * `--ess-color-accent`, `--ess-color-accent-contrast`, `--ess-color-focus`, `--ess-color-danger`,
 * `--ess-color-success`, `--ess-color-warning`, `--ess-radius`, `--ess-space`.
 */
export const themeStyles = css`
  :host {
    --_font-family: var(--ess-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_font-size: var(--ess-font-size, 16px);
    --_line-height: var(--ess-line-height, 1.5);
    --_text: var(--ess-color-text, #1e1e1e);
    --_muted: var(--ess-color-muted, #595959);
    --_bg: var(--ess-color-background, #ffffff);
    --_surface: var(--ess-color-surface, #f4f4f6);
    --_border: var(--ess-color-border, #8a8a8a);
    --_accent: var(--ess-color-accent, #1d4f91);
    --_accent-contrast: var(--ess-color-accent-contrast, #ffffff);
    --_focus: var(--ess-color-focus, #0a76f6);
    --_danger: var(--ess-color-danger, #b3261e);
    --_success: var(--ess-color-success, #1b6b3a);
    --_warning: var(--ess-color-warning, #8a5300);
    --_radius: var(--ess-radius, 6px);
    --_space: var(--ess-space, 1rem);

    display: block;
    box-sizing: border-box !important;
    font-family: var(--_font-family) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    line-height: var(--_line-height) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    color: var(--_text) !important;
    visibility: visible;
    cursor: auto;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
