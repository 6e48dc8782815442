// What `npm start` rebuilds for a changed file: the package and the site, the site alone, or nothing.

/** The folders `npm start` watches; stories/ and .storybook/ only when the site includes Storybook. */
export const watchedFolders = ({ storybook = false } = {}) =>
  storybook
    ? ['src', 'content', 'scripts/build', 'demo', 'site', 'stories', '.storybook']
    : ['src', 'content', 'scripts/build', 'demo', 'site'];

/**
 * Files a build writes into the watched folders (src/**\/*.generated.ts from
 * content/, src/react/ from the manifest, demo/ssr/site/ from `npm run
 * demo:ssr`) and editors' temporary files: a change to one is never a reason
 * to rebuild, or every build would start the next.
 */
const written = [/\.generated\.ts$/, /^src\/react\//, /^demo\/ssr\/site\//, /(^|\/)\.#/, /~$/, /\.sw[px]$/, /(^|\/)4913$/];

/**
 * The steps a change to `path` (relative to the repository, with `/`) needs:
 * `['package', 'site']` when the elements, their words or the package's
 * build steps (scripts/build/) change (dist/ is rebuilt, then the site from
 * it), `['site']` for the site's own sources and the demos, `[]` for what a
 * build wrote itself.
 */
export function stepsFor(path) {
  if (written.some((pattern) => pattern.test(path))) return [];
  if (/^(src|content|scripts\/build)\//.test(path)) return ['package', 'site'];
  if (/^(site|demo|stories|\.storybook)\//.test(path)) return ['site'];
  return [];
}

/** The steps for several changed files together, in the order they run. */
export const stepsForAll = (paths) => ['package', 'site'].filter((step) => paths.some((p) => stepsFor(p).includes(step)));
