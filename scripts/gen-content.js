// Turns content/en.json (the one source of every word) into a TypeScript
// module, so browsers and bundlers get plain ESM instead of a JSON import.
import { readFileSync, writeFileSync } from 'node:fs';

const source = new URL('../content/en.json', import.meta.url);
const target = new URL('../src/content/en.generated.ts', import.meta.url);

const pack = JSON.parse(readFileSync(source, 'utf8'));
// The editor hint is not content.
delete pack.$schema;
const body = `// Generated from content/en.json by scripts/gen-content.js. Do not edit.
import type { ContentPack } from './types.js';

const en: ContentPack = ${JSON.stringify(pack, null, 2)};

export default en;
`;
writeFileSync(target, body);
