/**
 * `ms-stem-cell-widgets/ssr`: server rendering for Node. Importing it
 * installs Lit's DOM shim on `globalThis` and defines every element there.
 */
export { renderWidgets, renderPage, type RenderOptions, type RenderReport } from './render.js';
export { registerContent, getContent } from '../content/index.js';
