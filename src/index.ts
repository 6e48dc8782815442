/**
 * The package's main entry: every element, registered, plus the content API
 * (registerContent, getContent, …). The CDN file dist/cdn/ms-widgets-full.js
 * is built from this module, dist/cdn/ms-widgets.js from ./elements.js;
 * per-element imports live under ./components/.
 */
// First: it must run before Lit's modules evaluate.
import './shared/unclobber.js';

export * from './elements.js';
export * from './content/index.js';
