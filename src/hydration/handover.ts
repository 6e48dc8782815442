/**
 * What the loader (../hydrate-loader.ts) tells the hydrate file it loads,
 * through the script element it adds: that the page's first frame is past,
 * or that the reader's use of the page came first, and along which path.
 * The hydrate file (./first-frame.ts) then waits for no frame of its own,
 * and the widgets the reader used wake as soon as their elements are
 * defined, as they do when the hydrate file itself saw the use.
 *
 * A property of the element, not an attribute or a global: the page sees
 * nothing new in its markup, and none of its names can shadow it.
 */
import { listenForUse, stopListeningForUse } from './page.js';

const HANDOVER = Symbol.for('ms-widgets.hydrate-handover');

export interface Handover {
  /** The composed path of the reader's use that made the loader load the file, or that came while it downloaded. */
  use: EventTarget[] | undefined;
}

type HandingScript = HTMLScriptElement & { [HANDOVER]?: Handover };

/**
 * Called by the loader in the use's dispatch, while the event still has its
 * path, or after the first frame with no use. In that case the loader goes
 * on listening until the file has run: a use while the file downloads is
 * heard by neither file otherwise (the loader's wait is over, the file's own
 * listeners are not there yet), and the widget used would wake only at its
 * turn.
 */
export function handOver(script: HTMLScriptElement, use: Event | undefined): void {
  const handover: Handover = { use: use?.composedPath() };
  (script as HandingScript)[HANDOVER] = handover;
  if (use) return;
  const heard = (event: Event) => {
    handover.use = event.composedPath();
    stop();
  };
  const stop = () => stopListeningForUse(document, heard);
  listenForUse(document, heard);
  // A module script's load event comes once it has run, and its error event if it never does.
  script.addEventListener('load', stop);
  script.addEventListener('error', stop);
}

/** What the loader handed over to the script at `url`, when the loader added it. */
export function handedOver(url: string): Handover | undefined {
  for (const script of document.querySelectorAll<HandingScript>('script[src]')) {
    if (script.src === url && script[HANDOVER]) return script[HANDOVER];
  }
  return undefined;
}
