// The static floor: the widgets' own markup flattened out of their shadow
// roots, with the same CSS, both taken from the build (never a hand copy):
//
// - markup: dist/ssr renders the tags (declarative shadow DOM); each shadow
//   root takes the host's place as its children, every <slot> gives way to
//   the host's children assigned to it (or else its fallback content), and
//   Lit's comment markers and the per-root <style> copies go;
// - CSS: each element class's own styles (its CSSResult objects, what the
//   browser adopts into each shadow root), each wrapped in `@scope (tag)` so
//   it reaches what its shadow root held and nothing inside a nested widget,
//   `:host` written as `:scope`. Cascade layers, innermost widget first, let
//   an outer widget's rules about a nested host win over that host's own
//   `:host` rules, as the shadow DOM cascade does.
//
// No script, no custom element definitions: the same boxes, the same text,
// laid out and painted by the parser alone.
import { parseFragment, serialize } from 'parse5';

const SSR = new URL('../../dist/ssr/index.js', import.meta.url);

/** dist/ssr/index.js; importing it also defines every element in Node (Lit's DOM shim). */
export const loadRenderer = () => import(SSR.href);

/** Every ms-* tag the build defines, from the same registry the renderer uses. */
export async function builtTags() {
  await loadRenderer();
  const manifest = await import('../../custom-elements.json', { with: { type: 'json' } });
  return manifest.default.modules
    .flatMap((m) => m.declarations ?? [])
    .map((d) => d.tagName)
    .filter((t) => t?.startsWith('ms-') && customElements.get(t));
}

/** The CSS an element's shadow root adopts, as the build wrote it (its CSSResult objects, in order). */
export async function builtCss(tag) {
  await loadRenderer();
  const element = customElements.get(tag);
  if (!element) throw new Error(`floor: <${tag}> is not defined by dist/ssr`);
  return element.elementStyles.map((s) => s.cssText).join('');
}

/** `:host` and `:host(x)` as seen from inside `@scope (tag)`: `:scope` and `:scope:is(x)`. */
export function hostToScope(css) {
  let out = '';
  let i = 0;
  for (;;) {
    const at = css.indexOf(':host', i);
    if (at < 0) return out + css.slice(i);
    out += css.slice(i, at);
    let j = at + ':host'.length;
    if (css.startsWith('-context', j)) throw new Error('floor: :host-context() has no light-DOM equivalent');
    if (css[j] !== '(') {
      out += ':scope';
      i = j;
      continue;
    }
    let depth = 0;
    const start = j;
    for (; j < css.length; j++) {
      if (css[j] === '(') depth++;
      else if (css[j] === ')' && --depth === 0) break;
    }
    out += `:scope:is(${css.slice(start + 1, j)})`;
    i = j + 1;
  }
}

const attr = (el, name) => el.attrs?.find((a) => a.name === name)?.value;
const isShadowTemplate = (n) => n.nodeName === 'template' && (attr(n, 'shadowrootmode') || attr(n, 'shadowroot'));
const adopt = (parent, nodes) => {
  for (const n of nodes) n.parentNode = parent;
  parent.childNodes = nodes;
};

/**
 * Flattens the rendered fragment `html` in place of its shadow roots.
 * Resolves to { html, hosts: Map(tag → { depth, styles: Set(css in its <style>) }) }.
 */
export function flatten(html) {
  const fragment = parseFragment(html);
  const hosts = new Map();

  const light = (nodes, depth) => nodes.flatMap((n) => visit(n, depth));
  function visit(node, depth) {
    if (node.nodeName === '#comment') return [];
    if (!node.childNodes && !node.content) return [node];
    const template = node.childNodes?.find(isShadowTemplate);
    if (!template) {
      if (node.content) adopt(node.content, light(node.content.childNodes, depth));
      adopt(node, light(node.childNodes, depth));
      return [node];
    }
    // A widget host: its shadow root's children take its place, slots filled.
    const tag = node.tagName;
    const host = hosts.get(tag) ?? { depth, styles: new Set() };
    host.depth = Math.max(host.depth, depth);
    hosts.set(tag, host);
    const assigned = node.childNodes.filter((n) => n !== template);
    const slotted = (name) =>
      assigned.filter((n) => (name ? attr(n, 'slot') === name : !attr(n, 'slot') && !(n.nodeName === '#text' && !n.value.trim())));
    const shadow = (nodes) =>
      nodes.flatMap((n) => {
        if (n.nodeName === '#comment') return [];
        if (n.nodeName === 'style') {
          host.styles.add(n.childNodes.map((t) => t.value).join(''));
          return [];
        }
        if (n.nodeName === 'slot') {
          const given = slotted(attr(n, 'name'));
          return given.length ? light(given, depth) : shadow(n.childNodes);
        }
        if (n.childNodes?.some(isShadowTemplate)) return visit(n, depth + 1);
        if (n.childNodes) adopt(n, shadow(n.childNodes));
        return [n];
      });
    node.attrs = node.attrs.filter((a) => a.name !== 'defer-hydration');
    adopt(node, shadow(template.content.childNodes));
    return [node];
  }
  adopt(fragment, light(fragment.childNodes, 0));
  return { html: serialize(fragment), hosts };
}

/**
 * The floor's style sheet for the widget tags in `hosts` (from flatten):
 * a layer order, innermost widgets first, then one layer per tag holding
 * its built CSS scoped to its host.
 */
export async function floorCss(hosts) {
  const all = await builtTags();
  const inner = `:scope :is(${all.join(', ')}) > *`;
  const tags = [...hosts].sort((a, b) => b[1].depth - a[1].depth || a[0].localeCompare(b[0])).map(([t]) => t);
  const blocks = [`@layer ${tags.join(', ')};`];
  for (const tag of tags) blocks.push(`@layer ${tag} { @scope (${tag}) to (${inner}) {\n${hostToScope(await builtCss(tag))}\n} }`);
  return blocks.join('\n');
}

/** The floor for the widget markup `tags`: { html, css, hosts }. */
export async function floor(tags) {
  const { renderWidgets } = await loadRenderer();
  const { html, hosts } = flatten(renderWidgets(tags, { structuredData: false, maxOutputBytes: Infinity }));
  return { html, css: await floorCss(hosts), hosts };
}
