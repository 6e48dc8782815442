import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'src/**/*.generated.ts', 'screenshots/', '_site/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    // Stories and the Storybook config hold Lit templates too.
    files: ['stories/**/*.ts', '.storybook/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/best-practice'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'MsElement'] } },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // define() in src/shared/define.ts is the guard: it skips defined tags.
      'wc/guard-define-call': 'off',
      // LitElement always implements the lifecycle callbacks, so no guard is needed.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', 'scripts/**', 'test/node/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark runs in Node and hands functions to the page (puppeteer's
    // evaluate), so its files see both sets of globals.
    files: ['bench/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
