// Every element's tag, in the order the article shows them: the one list the
// browser and Node suites share (test/node/editor-data.test.js checks it
// against custom-elements.json, so a new element cannot be left out).
export const TAGS = /** @type {const} */ ([
  'ms-article',
  'ms-section',
  'ms-benefit-list',
  'ms-evidence-card',
  'ms-evidence-list',
  'ms-risk-panel',
  'ms-source-list',
  'ms-disclaimer',
]);
