// The one minifier of every CDN file (rollup.config.js, rollup.hydrate.config.js,
// rollup.resizer.config.js).
//
// The files whose code runs as the page loads start with V8's explicit
// compile hint, `//# allFunctionsCalledOnLoad` (Chromium 136 and later;
// other engines read a comment): nearly every function
// in these files runs while the page loads, and without the hint V8 compiles
// each one on the main thread the first time it is called. With it, V8
// compiles them while it streams the file, off the main thread. Measured at 4×
// CPU, interleaved against the same file without it (40 loads each): the
// article from ms-widgets.js went from 1.37× to 1.31× the static page until
// painted, and main-thread lazy compiles in the load from 172 to 5; the
// article server-rendered with eager hydration, from 1.39× to 1.34×. The
// loader and the resizer, a few functions each, go without: there the hint's
// 20 B of brotli would buy nothing measurable.
import terser from '@rollup/plugin-terser';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * `module: true` lets terser drop unused top-level names; a classic script
 * must keep its global assignment, so it is minified as a script.
 */
export const minifyCdn = ({ module, compileHint = true }) =>
  terser({
    module,
    ecma: 2022,
    compress: { passes: 2 },
    format: { comments: false, ...(compileHint ? { preamble: COMPILE_HINT } : {}) },
  });

/**
 * `code` without the hint, for a page that inlines a CDN file: V8 compiles an
 * inline script on the main thread, so there the hint moves no work off it.
 */
export const withoutCompileHint = (code) => (code.startsWith(`${COMPILE_HINT}\n`) ? code.slice(COMPILE_HINT.length + 1) : code);
