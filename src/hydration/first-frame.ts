/**
 * The first module of the CDN file for server-rendered pages
 * (src/hydrate-cdn.ts). On a page whose widgets were all rendered by the
 * server and wait, the rest of the file does not evaluate before the page's
 * first frame: the server's markup is complete, and a module script runs
 * after parsing and before that frame. Evaluating the file (Lit, the
 * content, the element classes) took 18 to 21 ms of that at 4× CPU on the
 * whole article, and the page painted its text that much later.
 *
 * The wait is this module's top-level `await`. The file is one module,
 * evaluated in order, so it holds everything after it. (In an unbundled
 * module graph it would hold only the modules that import it, so the npm
 * entries do not include it.) A page that imports the file waits with it.
 *
 * The reader's first use of the page before then (./page.ts, afterFrameOrUse)
 * ends the wait in that event's dispatch: the rest evaluates in the
 * microtasks after this listener, before the event reaches the widget, and
 * ./definitions.ts wakes the widgets on the event's path. When the loader
 * loaded the file, it has waited already, and says so (./handover.ts).
 */
import { handedOver } from './handover.js';
import { afterFrameOrUse, allWaiting, eager, firstFrame } from './page.js';

function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) =>
    afterFrameOrUse((use) => {
      if (use) firstFrame.use = use.composedPath();
      resolve();
    }),
  );
}

// No document: imported where there is no page (Node).
if (typeof document !== 'undefined' && !eager() && allWaiting()) {
  firstFrame.waited = true;
  // Loaded by the loader, which has waited already: its wait ended with the
  // frame, or with the reader's use, whose widgets wake once defined.
  const handover = handedOver(import.meta.url);
  if (handover) firstFrame.use = handover.use;
  else await afterFirstFrame();
}
