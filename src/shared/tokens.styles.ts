import { css, unsafeCSS } from 'lit';

/**
 * Where relative colours are unsupported (Firefox before 128, Safari before
 * 18): a host's accent mixed into the text colour, a quarter accent to three
 * quarters text, so it reads on whatever the text reads on. Exported for the
 * contrast test, which applies it by hand (every engine it runs has relative
 * colours).
 */
export const MIXED_ACCENT = 'color-mix(in srgb, var(--ms-color-accent) 25%, currentColor)';

/**
 * Design tokens. Public `--ms-*` properties are read once here into private
 * `--_*` ones, so every element's styles use the same defaults. Font and text
 * colour are left unset by default so the widget inherits the host page's.
 *
 * The accent is what links, markers, card edges and focus rings are drawn
 * in, so it must read on the page in either colour scheme, whatever single
 * colour a host gives. It is derived from `--ms-color-accent` per scheme with
 * relative colours in linear light, where a colour's luminance is its channels
 * weighted (`--_luminance`), so the bound below is exact:
 * - on light pages, scaled toward black until its luminance is at most 0.15
 *   (5.2:1 on white, 4.6:1 on the cards' 5 % tint);
 * - on dark pages, scaled up in brightness (same hue and saturation) and then
 *   mixed with white until its luminance is at least 0.3 (6.2:1 on #121212,
 *   5:1 on a card on Firefox's dark canvas).
 * An accent that already reads is left exactly as given, and so is the
 * default, whose two colours already do.
 */
export const tokens = css`
  :host {
    display: block;
    font-family: var(--ms-font-family);
    color: var(--ms-color-text);
    --_luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b);
    --_accent-given: var(--ms-color-accent, light-dark(#0a5394, #9cc9ff));
    --_accent-on-light: color(from var(--_accent-given) srgb-linear
      calc(r * var(--_darken)) calc(g * var(--_darken)) calc(b * var(--_darken)));
    --_darken: min(1, 0.15 / max(var(--_luminance), 1e-4));
    --_accent-on-dark: color(from color(from var(--_accent-given) srgb-linear
      calc(r * var(--_brighten)) calc(g * var(--_brighten)) calc(b * var(--_brighten))) srgb-linear
      calc(r + var(--_whiten) * (1 - r)) calc(g + var(--_whiten) * (1 - g)) calc(b + var(--_whiten) * (1 - b)));
    /* As bright as the target luminance asks, or as the brightest channel allows. */
    --_brighten: max(1, min(0.3 / max(var(--_luminance), 1e-4), 1 / max(r, g, b, 1e-4)));
    --_whiten: max(0, (0.3 - var(--_luminance)) / (1 - var(--_luminance)));
    --_accent: light-dark(var(--_accent-on-light), var(--_accent-on-dark));
    --_surface: var(--ms-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_border: var(--ms-color-border, color-mix(in srgb, currentColor 25%, transparent));
    --_radius: var(--ms-radius, 0.5rem);
    --_space: var(--ms-space, 1rem);
    overflow-wrap: break-word;
    /* A readable line height where the page sets none ("normal" is about
       1.2): at least 1.5, or the page's own if larger. CSS cannot tell
       "normal" from a page's explicit 1.2, so an inherited value under 1.5
       is raised too; a value set on the element itself ("ms-article {
       line-height: 1.3 }", or a reader's text-spacing override) wins over
       this rule and is kept. 1lh here is the parent's line height. */
    line-height: max(1.5em, 1lh);
  }
  /* Space below, like a paragraph's, so two widgets in a row never touch. */
  :host(:not(:last-child)) {
    margin-block-end: var(--_space);
  }
  @supports not (color: color(from red srgb-linear r g b)) {
    :host {
      --_accent-mixed: ${unsafeCSS(MIXED_ACCENT)};
      --_accent: var(--_accent-mixed, light-dark(#0a5394, #9cc9ff));
    }
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
