import { heldDefinitions, taken } from '../content/taken.js';
import { takeWaitingHostsOutOfLayout } from './out-of-layout.js';

/** Whether definitions wait in `heldDefinitions` (src/hydration/definitions.ts) rather than run at once. */
let holding = false;

export function holdDefinitions(hold: boolean): void {
  holding = hold;
}

/**
 * Defines a tag unless it already is: two copies of the bundle on one page,
 * or a host that defined the tag first, must not throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const definition = () => {
    if (customElements.get(tag)) return void taken.push(tag);
    takeWaitingHostsOutOfLayout(tag);
    customElements.define(tag, ctor);
  };
  if (holding) heldDefinitions.push(definition);
  else definition();
}
