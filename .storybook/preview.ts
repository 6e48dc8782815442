import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '../src/index.js';
import { manifest } from '../stories/support/manifest.js';
import { registerPseudoLocales } from '../stories/support/pseudo-locales.js';
import { globalTypes, initialGlobals, viewports, withHostPage } from './host-page.js';
import { argTypesFromManifest, descriptionFromManifest } from './manifest-arg-types.js';

// Docs and controls come from custom-elements.json (the elements' JSDoc).
setCustomElementsManifest(manifest);

// The two pseudo-locales of the toolbar, registered like any page's translation.
registerPseudoLocales();

const preview: Preview = {
  globalTypes,
  initialGlobals,
  decorators: [withHostPage],
  parameters: {
    layout: 'fullscreen',
    options: {
      storySort: { order: ['Introduction', 'Guides', ['Theming', 'Content packs'], 'Elements', 'Examples'] },
    },
    controls: { expanded: true, sort: 'none' },
    viewport: { options: viewports },
    docs: {
      extractArgTypes: (tagName: string) => argTypesFromManifest(manifest, tagName),
      extractComponentDescription: (tagName: string) => descriptionFromManifest(manifest, tagName),
      // Show the element markup, not the host-page wrapper around it.
      source: { excludeDecorators: true },
    },
    // axe runs on every story, in Storybook and in `npm run test:stories`;
    // a violation fails the story test.
    a11y: { test: 'error' },
  },
};

export default preview;
