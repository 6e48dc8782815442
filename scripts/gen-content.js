// Turns content/en.json (the one source of every word) into a TypeScript
// module, so browsers and bundlers get plain ESM instead of a JSON import.
//
// Each top-level part of the pack (sections, benefits, …) is its own export,
// so a bundle keeps only the parts its elements show: importing
// `ms-stem-cell-widgets/source-list` does not carry the article's prose. The
// default export is the whole pack, built from the same (frozen) objects.
import { readFileSync, writeFileSync } from 'node:fs';

const source = new URL('../content/en.json', import.meta.url);
const target = new URL('../src/content/en.generated.ts', import.meta.url);

const pack = JSON.parse(readFileSync(source, 'utf8'));
// The editor hint is not content.
delete pack.$schema;

const parts = Object.keys(pack);
const exportOf = (key) => {
  const json = JSON.stringify(pack[key], null, 2);
  const value = typeof pack[key] === 'object' ? `/* @__PURE__ */ deepFreeze(${json})` : json;
  return `export const ${key}: ContentPack['${key}'] = ${value};\n`;
};

const body = `// Generated from content/en.json by scripts/gen-content.js. Do not edit.
import { deepFreeze } from './freeze.js';
import type { ContentPack } from './types.js';

${parts.map(exportOf).join('\n')}
/** The whole English pack, made of the parts above. */
const en: ContentPack = /* @__PURE__ */ deepFreeze({ ${parts.join(', ')} });

export default en;
`;
writeFileSync(target, body);
