/**
 * The small CDN file for server-rendered pages,
 * dist/cdn/ms-widgets-hydrate-loader.js: it loads ms-widgets-hydrate.js (from
 * the same folder) in the next task after the page's next frame, or at once
 * when the reader uses the page first or the widgets cannot wait.
 *
 * Why a file of its own: a module script is fetched and compiled while the
 * page parses, and runs before the page's first frame. For the hydrate file
 * (60 kB before compression) that put the article's first frame 30 to 80 ms
 * later at 4× CPU, even with its evaluation held until after that frame
 * (./hydration/first-frame.ts). With this loader first, the server-rendered
 * article painted as soon as its markup alone did (stories/Performance.mdx).
 *
 * The hydrate file comes in a module script of its own, which carries
 * `integrity`: when the page loaded this file with `integrity`, the hydrate
 * file must match the hash it was built with, or it does not run. (Not
 * `import()`, which has no integrity, nor `<link rel="modulepreload">`,
 * whose integrity WebKit does not check.)
 */
import { handOver } from './hydration/handover.js';
import { afterFrameOrUse, allWaiting, eager } from './hydration/page.js';

/** Replaced at build (rollup.hydrate.config.js) by the SRI hash of dist/cdn/ms-widgets-hydrate.js as built. */
const HYDRATE_INTEGRITY = 'sha384-HYDRATE-FILE';
const HYDRATE_URL = new URL('./ms-widgets-hydrate.js', import.meta.url).href;

/** This file's own script tag, when the page checked it with `integrity`: then the hydrate file is checked too. */
const checkedTag = (): HTMLScriptElement | undefined =>
  [...document.querySelectorAll<HTMLScriptElement>('script[integrity]')].find((script) => script.src === import.meta.url);

function fail(why: string): void {
  console.error(`ms-widgets: ${HYDRATE_URL} ${why}. The widgets stay as the server rendered them: readable, without their events.`);
}

type ScriptUrlPolicy = { createScriptURL(input: string): string };
declare const trustedTypes: { createPolicy(name: string, rules: { createScriptURL(): string }): ScriptUrlPolicy } | undefined;

/**
 * The hydrate file's URL as a script's `src` takes it. A page that enforces
 * Trusted Types takes one only through a policy: this one passes the one URL
 * this file loads. A page whose `trusted-types` list leaves it out gets the
 * plain URL, which such a page refuses (see loadHydrateFile).
 */
function scriptUrl(): string {
  try {
    return typeof trustedTypes === 'undefined' ? HYDRATE_URL : trustedTypes.createPolicy('ms-widgets-hydrate', { createScriptURL: () => HYDRATE_URL }).createScriptURL('');
  } catch {
    return HYDRATE_URL;
  }
}

/**
 * `waited`: after the page's first frame or the reader's `use`, which the
 * hydrate file is told (./hydration/handover.ts) rather than waiting again.
 */
function loadHydrateFile(waited: boolean, use?: Event): void {
  const tag = checkedTag();
  const script = document.createElement('script');
  script.type = 'module';
  if (tag) {
    script.integrity = HYDRATE_INTEGRITY;
    script.crossOrigin = tag.crossOrigin;
  }
  try {
    script.src = scriptUrl();
  } catch {
    return fail('was not loaded: the page\'s Trusted Types rules do not allow the policy "ms-widgets-hydrate"');
  }
  // Once the file will be asked for: a handover may listen until it has run.
  if (waited) handOver(script, use);
  script.addEventListener('error', () => fail(tag ? 'did not load, or did not match the integrity it was built with' : 'did not load'));
  // A document without a head (an XML one) takes the script at its root.
  (document.head ?? document.documentElement).append(script);
}

if (eager() || !allWaiting()) loadHydrateFile(false);
else afterFrameOrUse((use) => loadHydrateFile(true, use));
