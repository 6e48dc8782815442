import { TAGS } from './tags.js';

/**
 * Imported first by every entry that registers all the elements (src/elements.ts
 * and through it src/index.ts and src/hydrate.ts): the CDN files.
 *
 * Lit parses its templates as HTML, which an XML document (a page served as
 * application/xhtml+xml) cannot do: every widget would throw as it renders
 * and show nothing. There this module claims the tags first with elements
 * that do nothing, so define() (src/shared/define.ts) leaves them alone and
 * each tag keeps showing the content written inside it, and tells the page
 * once. XML types all end in xml (application/xhtml+xml, image/svg+xml…);
 * the server renderer's DOM shim in Node has no contentType.
 */
if (typeof document === 'object' && document.contentType?.endsWith('xml')) {
  console.warn(
    `ms-widgets: the widgets render only in text/html pages, not ${document.contentType}; their tags show their own content. Serve the page as text/html.`,
  );
  for (const tag of TAGS) if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
}
