/**
 * Defines a tag unless it already is: two copies of the bundle on one page,
 * or a host that defined the tag first, must not throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) {
    customElements.define(tag, ctor);
  }
}
