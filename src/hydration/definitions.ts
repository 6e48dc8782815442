/**
 * On a page whose server-rendered widgets wait (`defer-hydration`), the
 * elements' definitions wait too. Defining an element upgrades every widget
 * of its tag on the page (constructors, connections, the wake schedule), and
 * a module script runs before the page's first frame: all eight at once
 * made that task 76 to 162 ms long at 4× CPU on the whole article (27 to
 * 39 ms without them), while the server's markup was already complete. So
 * they run after the first frame, one per task.
 *
 * The reader's first use of the page before then (a pointer or key press,
 * focus, a click) defines them all at once, ahead of that event, so the
 * widget the reader uses wakes in that event's task as it would have; so
 * does a registerContent call (src/content/taken.ts says why).
 *
 * Pages with widgets to render rather than wake get their definitions at
 * once: with the eager mark, with no `defer-hydration` anywhere, or with a
 * tag of ours that the server did not render (no shadow root), which shows
 * nothing until it is defined.
 */
import { isServer } from 'lit';
import { heldDefinitions, runHeldDefinitions } from '../content/taken.js';
import { holdDefinitions } from '../shared/define.js';
import { TAGS } from '../shared/tags.js';
import { inNextFrame } from '../shared/next-frame.js';
import { nextTask } from '../shared/next-task.js';
import { INTERACTIONS, eager, onInteraction } from './wake.js';

function stopHolding(): void {
  holdDefinitions(false);
  for (const type of INTERACTIONS) document.removeEventListener(type, defineAll, true);
}

function defineAll(event: Event): void {
  stopHolding();
  runHeldDefinitions();
  // The widgets start listening in this very dispatch, at this node: too
  // late to hear it, so they are told.
  onInteraction(event);
}

function defineNext(): void {
  const definition = heldDefinitions.shift();
  if (!definition) return stopHolding();
  definition();
  nextTask(defineNext);
}

/**
 * Whether every widget on the page was rendered by the server and waits:
 * the first has a shadow root, and none lacks the `defer-hydration` the
 * server gives the widgets it renders. Asked by selector rather than by
 * listing the widgets: a host touched from script before its upgrade costs
 * heap and time (src/shared/out-of-layout.ts says how much).
 */
function allWaiting(): boolean {
  const notWaiting = TAGS.map((tag) => `${tag}:not([defer-hydration])`).join();
  return !!document.querySelector(TAGS.join())?.shadowRoot && !document.querySelector(notWaiting);
}

export function defineAfterFirstFrame(): void {
  // In Node (an import of the package's hydrate entry) there is no page: Lit's DOM shim only.
  if (isServer || eager() || !allWaiting()) return;
  holdDefinitions(true);
  for (const type of INTERACTIONS) document.addEventListener(type, defineAll, { capture: true, passive: true });
  // The next task after that frame, not in it: the frame paints the
  // server's markup without waiting for a definition.
  inNextFrame(() => nextTask(defineNext));
}
