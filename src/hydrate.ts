/**
 * Every element, registered, for pages whose widgets were server-rendered
 * (`ms-stem-cell-widgets/ssr`): the hydration support comes first
 * (src/hydration/support.ts), so the elements adopt the declarative shadow
 * DOM they find instead of rendering it again. It must run before Lit's
 * LitElement module, which reads it once when it loads: hence first here,
 * and a separate CDN file, dist/cdn/ms-widgets-hydrate.js, rather than an
 * add-on to ms-widgets.js.
 *
 * Then the schedule that wakes widgets marked `defer-hydration` when the
 * reader needs them (src/hydration/wake.ts), installed before the elements
 * are defined so it sees each one connect.
 */
// Before even the hydration support, which loads lit-html.
import './shared/unclobber.js';
import './hydration/support.js';
import './hydration/install.js';

export * from './index.js';
