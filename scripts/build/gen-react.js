// Writes the React wrappers (src/react/) from custom-elements.json, so they
// can never fall behind the elements: one module per tagged element, each
// event mapped to an `on` + PascalCase prop (`ms-toggle` → `onMsToggle`), and
// src/react/index.ts exporting them all. @lit/react is their runtime; React
// is the user's (an optional peer dependency).
//
// Run after `cem analyze` and before `tsc` (npm run build does).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ms-toggle → onMsToggle: the prop React users expect for an event. */
export const eventProp = (event) =>
  `on${event
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')}`;

const HEADER = '// Generated from custom-elements.json by scripts/build/gen-react.js. Do not edit.\n';
const comment = (text) => text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ');

/** The event map of one wrapper: `onMsToggle: 'ms-toggle' as EventName<…>`. */
const eventsSource = (events) =>
  events.length === 0
    ? '{}'
    : `{\n${events
        .map(
          (e) =>
            `${e.description ? `    /** ${comment(e.description)} */\n` : ''}    ${eventProp(e.name)}: ${JSON.stringify(e.name)} as EventName<HTMLElementEventMap[${JSON.stringify(e.name)}]>,\n`,
        )
        .join('')}  }`;

/** The module of one wrapper. */
function wrapperSource(mod, d) {
  const from = posix.relative('src/react', mod.path).replace(/\.ts$/, '.js');
  const events = (d.events ?? []).filter((e) => e.name);
  const eventDoc = events.length ? `\n * Events: ${events.map((e) => `\`${eventProp(e.name)}\` (${e.name})`).join(', ')}.` : '';
  return `${HEADER}import React from 'react';
import { createComponent${events.length ? ', type EventName' : ''} } from '@lit/react';
import { ${d.name} as ${d.name}Element } from '${from.startsWith('.') ? from : `./${from}`}';

/**
 * React component for \`<${d.tagName}>\`${d.summary ? `: ${comment(d.summary)}` : '.'}
 * Registers the element; its attributes and properties are props.${eventDoc}
 */
export const ${d.name} = /* @__PURE__ */ createComponent({
  tagName: ${JSON.stringify(d.tagName)},
  elementClass: ${d.name}Element,
  react: React,
  events: ${eventsSource(events)},
  displayName: ${JSON.stringify(d.name)},
});
`;
}

/** Writes src/react/ from the manifest in `root`. */
export function generate(root = new URL('../../', import.meta.url)) {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const outDir = new URL('src/react/', root);
  const elements = manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ mod, d })),
  );
  if (elements.length === 0) throw new Error('gen-react: custom-elements.json lists no tagged elements; run cem analyze first');

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files = elements.map(({ mod, d }) => {
    const file = d.tagName.replace(/^ms-/, '');
    writeFileSync(new URL(`${file}.ts`, outDir), wrapperSource(mod, d));
    return { file, name: d.name };
  });
  writeFileSync(
    new URL('index.ts', outDir),
    `${HEADER}// React components for every element: import { MsRiskPanel } from 'ms-stem-cell-widgets/react'.
${files.map(({ file, name }) => `export { ${name} } from './${file}.js';`).join('\n')}
`,
  );
  console.log(`gen-react: ${files.length} wrappers in src/react/`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) generate();
