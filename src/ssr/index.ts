/**
 * `ms-stem-cell-widgets/ssr`: server rendering for Node. Importing it
 * installs Lit's DOM shim on `globalThis` and defines every element there.
 * `medicalWebPage()` / `structuredDataScript()` give the schema.org
 * structured data that `renderWidgets` writes into pages with `<ms-article>`;
 * `styleHashes()` the Content-Security-Policy hashes of its inline styles.
 * A page whose output would pass `maxOutputBytes` throws `OutputLimitError`.
 */
export { renderWidgets, renderPage, type RenderOptions, type RenderReport, type HydrateMode } from './render.js';
export { OutputLimitError, DEFAULT_MAX_OUTPUT_BYTES } from './output-limit.js';
export {
  medicalWebPage,
  structuredDataScript,
  type MedicalWebPageData,
  type ScholarlyArticleData,
  type StructuredDataOptions,
} from './structured-data.js';
export { styleHashes } from './csp.js';
export { registerContent, getContent } from '../content/index.js';
