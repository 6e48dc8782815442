// custom-elements.json comes from the JSDoc on the elements (npm run build:manifest).
// The editor and framework data is generated from it by the plugins below,
// never written by hand:
//   dist/editor/vscode.html-custom-data.json, vscode.css-custom-data.json  VS Code
//   dist/editor/web-types.json                                            JetBrains IDEs
//   dist/jsx/jsx-types.d.ts                                               JSX/TSX (React, Preact…)
// The React wrappers (src/react/) are generated from the same manifest by
// scripts/build/gen-react.js, since @lit/react is their runtime.
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';

const EDITOR = 'dist/editor';
const VSCODE_CSS = 'vscode.css-custom-data.json';
const WEB_TYPES = 'web-types.json';

// MsElement, MsAttributed and MsDated are the untagged base classes: no editor or JSX entry of their own.
const exclude = ['MsElement', 'MsAttributed', 'MsDated'];
// ms-benefit-list → benefit-list: the folder and file of each element.
const short = (tag) => tag.replace(/^ms-/, '');
const elements = (manifest) =>
  manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ mod, d }))).filter(({ d }) => d.tagName);

/**
 * Our elements register through a guarded `define()` helper, which the
 * analyzer does not recognise: record each tag's definition the way a
 * `customElements.define` call would, so tools can tell which module
 * registers which tag.
 */
const tagDefinitions = () => ({
  name: 'ms-tag-definitions',
  packageLinkPhase({ customElementsManifest }) {
    for (const { mod, d } of elements(customElementsManifest)) {
      mod.exports ??= [];
      if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === d.tagName)) {
        mod.exports.push({
          kind: 'custom-element-definition',
          name: d.tagName,
          declaration: { name: d.name, module: mod.path },
        });
      }
    }
  },
});

/**
 * An attribute's default is its field's: the analyzer resolves the field's
 * constant (`2`) but copies the attribute's as written (`DEFAULT_LEVEL`).
 */
const attributeDefaults = () => ({
  name: 'ms-attribute-defaults',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const d of mod.declarations ?? []) {
        for (const attr of d.attributes ?? []) {
          const field = d.members?.find((m) => m.kind === 'field' && m.name === attr.fieldName);
          if (field?.default !== undefined) attr.default = field.default;
        }
      }
    }
  },
});

/**
 * The manifest types an event as what is dispatched (`CustomEvent<Detail>`);
 * the JSX generator expects the detail type, wraps it in CustomEvent itself
 * and imports it from each element's module (twice, when two elements fire
 * the same event). Give it a copy where the detail type is read from
 * HTMLElementEventMap, where every element declares its events: nothing to
 * import. The manifest stays as is.
 */
const withEventDetails = (plugin) => ({
  ...plugin,
  packageLinkPhase(context) {
    const manifest = JSON.parse(JSON.stringify(context.customElementsManifest));
    for (const { d } of elements(manifest)) {
      for (const event of d.events ?? []) {
        event.type = { text: `HTMLElementEventMap[${JSON.stringify(event.name)}]['detail']` };
      }
    }
    return plugin.packageLinkPhase({ ...context, customElementsManifest: manifest });
  },
});

/**
 * Every element documents the same design tokens and some part names
 * (`base`, `heading`), so the generators list them once per element. Editors
 * want one entry per name: keep the first, and where the elements describe a
 * name differently, say what it is on each.
 */
const oneEntryPerName = () => ({
  name: 'ms-one-css-entry-per-name',
  packageLinkPhase({ customElementsManifest }) {
    const described = new Map();
    const note = (name, tag, description) => {
      if (!described.has(name)) described.set(name, []);
      described.get(name).push([tag, description ?? '']);
    };
    for (const { d } of elements(customElementsManifest)) {
      if (exclude.includes(d.name)) continue;
      d.cssProperties?.forEach((p) => note(p.name, d.tagName, p.description));
      d.cssParts?.forEach((p) => note(`::part(${p.name})`, d.tagName, p.description));
    }
    const describe = (name, first) => {
      const all = described.get(name) ?? [];
      if (new Set(all.map(([, text]) => text)).size <= 1) return first;
      return all.map(([tag, text]) => `<${tag}>: ${text}`).join('\n');
    };
    const unique = (entries = []) => {
      const seen = new Map();
      for (const entry of entries) {
        if (!seen.has(entry.name)) seen.set(entry.name, { ...entry, description: describe(entry.name, entry.description) });
      }
      return [...seen.values()];
    };
    const rewrite = (file, edit) => {
      const path = `${EDITOR}/${file}`;
      const data = JSON.parse(readFileSync(path, 'utf8'));
      edit(data);
      writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
    };
    rewrite(VSCODE_CSS, (data) => {
      data.properties = unique(data.properties);
      data.pseudoElements = unique(data.pseudoElements);
    });
    rewrite(WEB_TYPES, (data) => {
      const css = data.contributions.css;
      css.properties = unique(css.properties);
      // web-types names parts without the ::part() wrapper.
      const parts = new Map();
      for (const part of css['pseudo-elements'] ?? []) {
        if (!parts.has(part.name)) parts.set(part.name, { ...part, description: describe(`::part(${part.name})`, part.description) });
      }
      css['pseudo-elements'] = [...parts.values()];
    });
  },
});

// Our elements have no public methods: no empty "Methods" section in the docs.
const shared = { exclude, hideMethodDocs: true, hideLogs: true };

export default {
  globs: ['src/components/**/*.ts', 'src/shared/ms-element.ts', 'src/shared/attributed.ts', 'src/shared/dated.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    tagDefinitions(),
    attributeDefaults(),
    customElementVsCodePlugin({
      ...shared,
      outdir: EDITOR,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: VSCODE_CSS,
    }),
    customElementJetBrainsPlugin({
      ...shared,
      outdir: EDITOR,
      webTypesFileName: WEB_TYPES,
      // Where each tag is defined in the published package.
      modulePathTemplate: (_name, modulePath) => modulePath.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'),
    }),
    oneEntryPerName(),
    withEventDetails(
      customElementJsxPlugin({
        ...shared,
        outdir: 'dist/jsx',
        fileName: 'jsx-types.d.ts',
        // The elements' own declarations, so attribute types (ids, layouts)
        // come from the code rather than from the manifest's text.
        componentTypePath: (_name, tag) => `../components/${short(tag)}/${short(tag)}.js`,
      }),
    ),
  ],
};
