import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the ms-* elements. Stories import the TypeScript sources
 * directly; docs and controls come from custom-elements.json, which the
 * `storybook` and `build-storybook` scripts regenerate first.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    // One copy of Lit: the elements import `lit`, Storybook's renderer
    // `lit/directive-helpers.js`; pre-bundled together they share lit-html,
    // otherwise the dev server loads it twice.
    return {
      ...config,
      optimizeDeps: {
        ...config.optimizeDeps,
        include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;
