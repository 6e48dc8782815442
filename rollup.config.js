// The CDN files: Lit, the English content and every element in one
// self-contained, minified file, as an ES module and as a classic script
// (the same code; its exports on window.MsWidgets):
//   ms-widgets.js, ms-widgets.iife.js            the elements (src/elements.ts)
//   ms-widgets-full.js, ms-widgets-full.iife.js  the same plus the content API
//                                                (registerContent…; src/index.ts)
// scripts/build/integrity.js then writes their SRI hashes. rollup.hydrate.config.js
// builds the file for server-rendered pages; per-element ESM for bundlers
// comes from tsc; their HTML and CSS templates are minified in dist/ already
// (scripts/build/minify-dist.js).
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minifyCdn } from './scripts/build/minify-cdn.js';

const resolveForBrowsers = nodeResolve({ exportConditions: ['browser', 'production'] });

const esm = (input, name) => ({
  input,
  output: { file: `dist/cdn/${name}.js`, format: 'es', sourcemap: true, plugins: [minifyCdn({ module: true })] },
  plugins: [resolveForBrowsers],
});

/**
 * The classic file declares no global binding of its own. Rollup's iife
 * `name` would write `var MsWidgets = …`, and a page whose earlier script
 * holds `const MsWidgets` or `let MsWidgets` turns that into a SyntaxError:
 * the whole file would not run. This entry sets window.MsWidgets itself,
 * and only when window has no MsWidgets of its own: a page's const or let
 * is not a property of window and an element's id only shows through named
 * access, so both leave it free; a page's var, function or assignment (a
 * real value) is kept, and the page is told where the exports are not.
 * An earlier copy of this file is kept too, silently: its elements are the
 * ones defined on the page.
 */
const CLASSIC_ENTRY = '\0ms-widgets-classic-entry';
function classicEntry(input, file) {
  const source = `import * as widgets from ${JSON.stringify(resolve(input))};
if (!Object.hasOwn(globalThis, 'MsWidgets')) globalThis.MsWidgets = widgets;
else if (typeof globalThis.MsWidgets?.MsArticle !== 'function')
  console.warn(${JSON.stringify(
    `${file}: window.MsWidgets is the page's own, so the exports are not there. Import them from ${file.replace('.iife', '')}.`,
  )});
`;
  return {
    name: 'ms-widgets-classic-entry',
    resolveId: (id) => (id === CLASSIC_ENTRY ? id : null),
    load: (id) => (id === CLASSIC_ENTRY ? source : null),
  };
}

const classic = (input, name) => ({
  input: CLASSIC_ENTRY,
  output: { file: `dist/cdn/${name}.iife.js`, format: 'iife', sourcemap: true, plugins: [minifyCdn({ module: false })] },
  plugins: [classicEntry(input, `${name}.iife.js`), resolveForBrowsers],
});

export default [
  esm('dist/elements.js', 'ms-widgets'),
  classic('dist/elements.js', 'ms-widgets'),
  esm('dist/index.js', 'ms-widgets-full'),
  classic('dist/index.js', 'ms-widgets-full'),
];
