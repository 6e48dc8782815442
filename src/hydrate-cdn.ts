/**
 * The CDN file for server-rendered pages, dist/cdn/ms-widgets-hydrate.js:
 * src/hydrate.ts (every element, the hydration support first), after a wait
 * for the page's first frame on a page whose widgets all wait
 * (./hydration/first-frame.ts says why, and why only this file has it).
 */
import './hydration/first-frame.js';

export * from './hydrate.js';
