import { css } from 'lit';

/**
 * Design tokens. Public `--ms-*` properties are read once here into private
 * `--_*` ones, so every element's styles use the same defaults. Font and text
 * colour are left unset by default so the widget inherits the host page's.
 */
export const tokens = css`
  :host {
    display: block;
    font-family: var(--ms-font-family);
    color: var(--ms-color-text);
    --_accent: var(--ms-color-accent, light-dark(#0a5394, #9cc9ff));
    --_surface: var(--ms-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_border: var(--ms-color-border, color-mix(in srgb, currentColor 25%, transparent));
    --_radius: var(--ms-radius, 0.5rem);
    --_space: var(--ms-space, 1rem);
    overflow-wrap: break-word;
  }
  /* Space below, like a paragraph's, so two widgets in a row never touch. */
  :host(:not(:last-child)) {
    margin-block-end: var(--_space);
  }
  :host([hidden]) {
    display: none;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
    /* A heading stays with what follows it, on paper and in a host page's columns. */
    break-after: avoid;
  }
  h1 { font-size: 1.75em; }
  h2 { font-size: 1.4em; }
  h3 { font-size: 1.15em; }
  h4, h5, h6 { font-size: 1em; }
  p {
    margin: 0 0 var(--_space);
  }
  p:last-child {
    margin-block-end: 0;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_border: CanvasText;
    }
  }
  @media print {
    :host {
      --_surface: transparent;
    }
    /* Paper cannot be clicked: write each web address after its link (a
       link within the page, or relative to it, means nothing on paper). */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
