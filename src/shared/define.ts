import { taken } from '../content/taken.js';

/**
 * Defines a tag unless it already is: two copies of the bundle on one page,
 * or a host that defined the tag first, must not throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (customElements.get(tag)) taken.push(tag);
  else customElements.define(tag, ctor);
}
