/**
 * What the hydrate code knows of the page before any widget wakes: whether
 * the page asked for every widget at once, whether every widget waits, the
 * events that mean the reader is using one, and what the CDN file's wait
 * for the first frame saw (./first-frame.ts). No Lit here: that wait reads
 * this module before Lit's modules evaluate.
 */
import { inNextFrame } from '../shared/next-frame.js';
import { nextTask } from '../shared/next-task.js';
import { TAGS } from '../shared/tags.js';

/** Events that mean the reader is using a widget (./wake.ts wakes it before the event reaches it). */
const INTERACTIONS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'click'];

/**
 * Listens at `target` for the reader's use of what is inside it: captured,
 * so `listener` runs before the event reaches the widget.
 */
export function listenForUse(target: EventTarget, listener: (event: Event) => void): void {
  for (const type of INTERACTIONS) target.addEventListener(type, listener, { capture: true, passive: true });
}

export function stopListeningForUse(target: EventTarget, listener: (event: Event) => void): void {
  for (const type of INTERACTIONS) target.removeEventListener(type, listener, true);
}

/**
 * Runs `callback` once: in the next task after the page's next frame, or,
 * when the reader uses the page first, in that event's dispatch, with the
 * event. The wait of the hydrate file (./first-frame.ts) and of its loader
 * (../hydrate-loader.ts).
 */
export function afterFrameOrUse(callback: (use?: Event) => void): void {
  let done = false;
  const once = (event?: Event) => {
    if (done) return;
    done = true;
    stopListeningForUse(document, once);
    callback(event);
  };
  listenForUse(document, once);
  // The next task after that frame, not in it: the frame paints without the work that follows.
  inNextFrame(() => nextTask(once));
}

let eagerPage: boolean | undefined;
/**
 * Whether the page asked for every widget at once. Module scripts have no
 * `document.currentScript`: the mark is looked for on the page, once, when
 * the hydrate code first asks (the script is in the page by then).
 */
export const eager = (): boolean => (eagerPage ??= document.querySelector('script[data-ms-hydrate="eager"]') !== null);

/**
 * Whether every widget on the page was rendered by the server and waits:
 * the first has a shadow root, and none lacks the `defer-hydration` the
 * server gives the widgets it renders. Asked by selector rather than by
 * listing the widgets: a host touched from script before its upgrade costs
 * heap and time (src/shared/out-of-layout.ts says how much).
 */
export function allWaiting(): boolean {
  const notWaiting = TAGS.map((tag) => `${tag}:not([defer-hydration])`).join();
  return !!document.querySelector(TAGS.join())?.shadowRoot && !document.querySelector(notWaiting);
}

/**
 * Set by the CDN file's first module (./first-frame.ts) when it held the
 * rest of the file until after the page's first frame: `waited`, and, when
 * the reader's use of the page ended that wait early, the event's path
 * (read then: once the event is dispatched, it has none).
 */
export const firstFrame: { waited: boolean; use: EventTarget[] | undefined } = { waited: false, use: undefined };
