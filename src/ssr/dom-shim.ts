import { installWindowOnGlobal } from '@lit-labs/ssr/lib/dom-shim.js';

/*
 * Lit's DOM shim on globalThis (customElements, HTMLElement…), for the
 * element modules that render.ts imports after this one.
 *
 * Not '@lit-labs/ssr/lib/install-global-dom-shim.js': it also loads a
 * CSS-import hook that uses top-level await, and while it waits Node goes on
 * to evaluate the element modules, which then define themselves into a
 * registry that the shim replaces a moment later. This module is synchronous,
 * so the shim is in place before any element module runs.
 *
 * If Lit was loaded before this module (a program that imported the elements
 * first), Lit has already put a registry on globalThis and the elements are
 * defined in it: that registry stays, or they would be lost.
 */
const registry = globalThis.customElements as CustomElementRegistry | undefined;
installWindowOnGlobal();
if (registry) globalThis.customElements = registry;
