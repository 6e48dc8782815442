/**
 * Tags this copy of the widgets found already defined: by another copy (two
 * bundles on one page) or by the page itself. Their elements read another
 * copy's content packs, which registerContent says when it is called here.
 */
export const taken: string[] = [];

/**
 * Defines a tag unless it already is: two copies of the bundle on one page,
 * or a host that defined the tag first, must not throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (customElements.get(tag)) taken.push(tag);
  else customElements.define(tag, ctor);
}
