// Every element's tag, for the Node suites: src/shared/tags.ts as built (run
// `npm run build` first). The browser suites import that module itself.
export { TAGS } from '../../dist/shared/tags.js';
