// The data generated from custom-elements.json (npm run build): VS Code
// custom data, JetBrains web-types, JSX types and the React wrappers. Each
// must cover every element and event in the manifest, nothing else (the
// untagged base classes MsElement and MsAttributed included), and hold no
// placeholder junk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { eventProp } from '../../scripts/build/gen-react.js';
import { TAGS } from '../support/tags.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));

const manifest = json('custom-elements.json');
const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ mod, d })));
const elements = declarations.filter(({ d }) => d.customElement && d.tagName);
const tags = elements.map(({ d }) => d.tagName).sort();
const short = (tag) => tag.replace(/^ms-/, '');

test('the manifest has the eight tagged elements, the untagged base class and where each tag is defined', () => {
  // src/shared/tags.ts, the tag list every suite and the XML-page guard use, is exactly the manifest's.
  assert.deepEqual(tags, [...TAGS].sort());
  for (const name of ['MsElement', 'MsAttributed']) {
    const base = declarations.find(({ d }) => d.name === name);
    assert.ok(base, `${name} is in the manifest`);
    assert.equal(base.d.tagName, undefined);
  }
  for (const { mod, d } of elements) {
    const definition = mod.exports?.find((e) => e.kind === 'custom-element-definition' && e.name === d.tagName);
    assert.deepEqual(definition?.declaration, { name: d.name, module: mod.path }, `${d.tagName} definition`);
    for (const attr of d.attributes ?? []) {
      assert.doesNotMatch(String(attr.default ?? ''), /^[A-Z_]+$/, `${d.tagName} ${attr.name} default is a constant's name`);
    }
  }
});

/** Placeholders a generator writes when the manifest lacks something. */
const JUNK = /\bundefined\b|\bnull\b|DEFAULT_LEVEL|MsElement|ms-element|MsAttributed|shared\/attributed/;

test('VS Code HTML data: one entry per element with its attributes', () => {
  const data = json('dist/editor/vscode.html-custom-data.json');
  assert.deepEqual(data.tags.map((t) => t.name).sort(), tags);
  for (const { d } of elements) {
    const tag = data.tags.find((t) => t.name === d.tagName);
    assert.deepEqual(
      tag.attributes.map((a) => a.name).sort(),
      (d.attributes ?? []).map((a) => a.name).sort(),
      `${d.tagName} attributes`,
    );
    assert.doesNotMatch(JSON.stringify(tag), JUNK, `${d.tagName} entry`);
    assert.doesNotMatch(tag.description, /Methods/, `${d.tagName}: no empty methods section`);
  }
  const layout = data.tags.find((t) => t.name === 'ms-benefit-list').attributes.find((a) => a.name === 'layout');
  assert.deepEqual(layout.values.map((v) => v.name), ['list', 'grid']);
});

// The design tokens as tokens.styles.ts defines them: --ms-x → its fallback.
const tokenSource = read('src/shared/tokens.styles.ts');
const TOKENS = new Map([...tokenSource.matchAll(/var\((--ms-[a-z-]+)(?:,\s*([^;]+?))?\);/g)].map(([, name, fallback]) => [name, fallback]));

test('VS Code CSS data: each design token and part once, tokens with the defaults the styles use', () => {
  const data = json('dist/editor/vscode.css-custom-data.json');
  const names = data.properties.map((p) => p.name);
  assert.deepEqual([...new Set(names)], names, 'one entry per custom property');
  assert.deepEqual(names.sort(), [...TOKENS.keys()].sort());
  const parts = data.pseudoElements.map((p) => p.name);
  assert.deepEqual([...new Set(parts)], parts, 'one entry per part');
  const allParts = new Set(elements.flatMap(({ d }) => (d.cssParts ?? []).map((p) => `::part(${p.name})`)));
  assert.deepEqual(parts.sort(), [...allParts].sort());
  assert.doesNotMatch(JSON.stringify(data), JUNK);
  // The documented defaults are the real ones (inherit where the styles set none).
  for (const { d } of elements) {
    for (const prop of d.cssProperties ?? []) {
      assert.equal(prop.default, TOKENS.get(prop.name) ?? 'inherit', `${d.tagName} ${prop.name} default`);
    }
  }
});

test('JetBrains web-types: every element, with the module that defines it in the package', () => {
  const data = json('dist/editor/web-types.json');
  const pkg = json('package.json');
  assert.equal(data.name, pkg.name);
  assert.equal(data.version, pkg.version);
  assert.equal(pkg['web-types'], './dist/editor/web-types.json');
  const html = data.contributions.html.elements;
  assert.deepEqual(html.map((e) => e.name).sort(), tags);
  for (const el of html) {
    assert.ok(existsSync(new URL(el.source.module, root)), `${el.name}: ${el.source.module} exists`);
    assert.doesNotMatch(JSON.stringify(el), JUNK, `${el.name} entry`);
  }
  const css = data.contributions.css;
  assert.deepEqual(css.properties.map((p) => p.name).sort(), [...TOKENS.keys()].sort());
  const partNames = css['pseudo-elements'].map((p) => p.name);
  assert.deepEqual([...new Set(partNames)], partNames);
});

test('JSX types: every element with its attributes and events, typed from the elements', () => {
  const types = read('dist/jsx/jsx-types.d.ts');
  assert.doesNotMatch(types, /MsElement|MsAttributed|DEFAULT_LEVEL|CustomEvent<CustomEvent/);
  for (const { d } of elements) {
    assert.match(types, new RegExp(`import type \\{ ${d.name} \\} from "\\.\\./components/${short(d.tagName)}/${short(d.tagName)}\\.js"`));
    assert.match(types, new RegExp(`"${d.tagName}": Partial<${d.name}Props`));
    for (const attr of d.attributes ?? []) {
      assert.match(types, new RegExp(`"?${attr.name}"?\\?: ${d.name}\\["${attr.fieldName}"\\]`), `${d.tagName} ${attr.name}`);
    }
    for (const event of d.events ?? []) {
      assert.ok(types.includes(`"on${event.name}"?: (e: CustomEvent<HTMLElementEventMap["${event.name}"]["detail"]>) => void;`), `${d.tagName} ${event.name}`);
    }
  }
});

test('React wrappers: one per element, every event mapped to its on… prop, nothing else', async () => {
  const index = read('dist/react/index.js');
  const exported = [...index.matchAll(/export \{ (\w+) \} from '\.\/([\w-]+)\.js'/g)].map(([, name, file]) => ({ name, file }));
  assert.deepEqual(
    exported.map((e) => e.name).sort(),
    elements.map(({ d }) => d.name).sort(),
    'a wrapper for every element',
  );
  for (const { d } of elements) {
    const source = read(`dist/react/${short(d.tagName)}.js`);
    assert.match(source, new RegExp(`tagName: "${d.tagName}"`));
    const mapped = [...source.matchAll(/(on\w+): "([^"]+)"/g)].map(([, prop, event]) => `${prop}=${event}`).sort();
    const wanted = (d.events ?? []).map((e) => `${eventProp(e.name)}=${e.name}`).sort();
    assert.deepEqual(mapped, wanted, `${d.tagName} events`);
  }
  assert.equal(eventProp('ms-toggle'), 'onMsToggle');
  // They load in Node (Lit's server build) and are React components.
  const react = await import(new URL('dist/react/index.js', root));
  for (const { d } of elements) {
    assert.equal(react[d.name].$$typeof, Symbol.for('react.forward_ref'), `${d.name} is a React component`);
    assert.equal(react[d.name].displayName, d.name);
  }
});

test('the trust attributes, parts and events reach the manifest, the editor data and React', () => {
  const of = (tag) => elements.find(({ d }) => d.tagName === tag).d;
  const attributed = ['ms-section', 'ms-benefit-list', 'ms-evidence-card', 'ms-evidence-list', 'ms-risk-panel', 'ms-source-list'];
  for (const tag of tags) {
    const d = of(tag);
    const names = (d.attributes ?? []).map((a) => a.name);
    const own = attributed.includes(tag);
    assert.equal(names.includes('source-url'), own, `${tag} source-url`);
    assert.equal(names.includes('no-attribution'), own, `${tag} no-attribution`);
    assert.equal((d.cssParts ?? []).some((p) => p.name === 'footer'), own, `${tag} footer part`);
    for (const attr of d.attributes ?? []) assert.ok(attr.description, `${tag} ${attr.name} is documented`);
  }
  for (const tag of ['ms-disclaimer', 'ms-article']) {
    assert.ok(of(tag).attributes.some((a) => a.name === 'next-review'), `${tag} next-review`);
    const event = of(tag).events.find((e) => e.name === 'ms-review-overdue');
    assert.ok(event?.description, `${tag} fires ms-review-overdue, documented`);
  }
  assert.ok(of('ms-disclaimer').attributes.some((a) => a.name === 'overdue'));
  const html = json('dist/editor/vscode.html-custom-data.json');
  const card = html.tags.find((t) => t.name === 'ms-evidence-card');
  assert.ok(card.attributes.some((a) => a.name === 'source-url' && a.description));
  const react = read('dist/react/disclaimer.js');
  assert.match(react, /onMsReviewOverdue: "ms-review-overdue"/);
  assert.match(read('dist/jsx/jsx-types.d.ts'), /"no-attribution"\?: MsSection\["noAttribution"\]/);
});
