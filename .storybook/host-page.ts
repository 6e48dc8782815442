/**
 * The toolbar: every story is shown inside a stand-in "host page" whose
 * theme, direction and language come from the toolbar globals. The widgets
 * inherit font and colour from that page, as they would on a real site.
 */
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { getContent } from '../src/content/index.js';
import { LONG_LOCALE, RTL_LOCALE } from '../stories/support/pseudo-locales.js';

export const globalTypes = {
  theme: {
    description: 'Host page theme',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [
        { value: 'host', title: 'Host page defaults' },
        { value: 'clinic', title: 'Clinic brand (--ms-* tokens only)' },
        { value: 'dark', title: 'Dark page' },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Writing direction of the host page',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'auto', title: 'From the content pack' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Content locale (the host page lang)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English (en)' },
        { value: LONG_LOCALE, title: `Long text pseudo-locale (${LONG_LOCALE})` },
        { value: RTL_LOCALE, title: `Right-to-left pseudo-locale (${RTL_LOCALE})` },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { theme: 'host', dir: 'auto', locale: 'en' };

/** Viewports for the toolbar; `narrow` is the 320 px reflow width of WCAG 1.4.10. */
export const viewports = {
  narrow: { name: 'Narrow phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  phone: { name: 'Phone (390 px)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
};

/**
 * The stand-in host page. The clinic theme sets nothing but the public
 * --ms-* tokens; the dark theme is what a dark site does (color-scheme,
 * background, text colour), with no widget-specific CSS.
 */
const css = `
  .host-page {
    font-family: system-ui, 'DejaVu Sans', sans-serif;
    line-height: 1.5;
    color: #1b1b1b;
    background: #ffffff;
    color-scheme: light;
    padding: 1rem;
    box-sizing: border-box;
  }
  .host-page[data-view='story'] { min-block-size: 100vh; }
  .host-page[data-theme='dark'] {
    color-scheme: dark;
    color: #e8e8e8;
    background: #141414;
  }
  .host-page[data-theme='clinic'] {
    --ms-font-family: 'DejaVu Serif', Georgia, serif;
    --ms-color-text: #1d2b36;
    --ms-color-accent: #00756f;
    --ms-color-surface: #eef7f6;
    --ms-color-border: #9fcfca;
    --ms-radius: 0.125rem;
    --ms-space: 1.25rem;
  }
`;

let installed = false;
function installStyles(): void {
  if (installed) return;
  installed = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export const withHostPage: Decorator = (story, context) => {
  installStyles();
  const { theme = 'host', dir = 'auto', locale = 'en' } = context.globals as Record<string, string | undefined>;
  const direction = dir === 'auto' ? (getContent(locale)?.dir ?? 'ltr') : dir;
  return html`<div class="host-page" data-theme=${theme} data-view=${context.viewMode} dir=${direction} lang=${locale}>
    ${story()}
  </div>`;
};
