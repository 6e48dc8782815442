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
 *
 * In the CDN file, this module evaluates after the first frame already
 * (./first-frame.ts): the definitions start in the next task, or, when the
 * reader's use of the page ended that wait, all at once as soon as every
 * module has evaluated, with that use's widgets woken.
 */
import { isServer } from 'lit';
import { heldDefinitions, runHeldDefinitions } from '../content/taken.js';
import { holdDefinitions } from '../shared/define.js';
import { inNextFrame } from '../shared/next-frame.js';
import { nextTask } from '../shared/next-task.js';
import { allWaiting, eager, firstFrame, listenForUse, stopListeningForUse } from './page.js';
import { wakeAlong } from './wake.js';

function stopHolding(): void {
  holdDefinitions(false);
  stopListeningForUse(document, defineAll);
}

function defineAll(event: Event): void {
  defineAllFor(event.composedPath());
}

function defineAllFor(path: EventTarget[]): void {
  stopHolding();
  runHeldDefinitions();
  // The widgets start listening in this very dispatch, at this node: too
  // late to hear it, so they are told.
  wakeAlong(path);
}

function defineNext(): void {
  const definition = heldDefinitions.shift();
  if (!definition) return stopHolding();
  definition();
  nextTask(defineNext);
}

export function defineAfterFirstFrame(): void {
  // In Node (an import of the package's hydrate entry) there is no page: Lit's DOM shim only.
  if (isServer || eager() || !allWaiting()) return;
  holdDefinitions(true);
  const { waited, use } = firstFrame;
  // After the modules still evaluating in this dispatch, which define their elements.
  if (use) return queueMicrotask(() => defineAllFor(use));
  listenForUse(document, defineAll);
  // The next task after that frame, not in it: the frame paints the
  // server's markup without waiting for a definition.
  if (waited) nextTask(defineNext);
  else inNextFrame(() => nextTask(defineNext));
}
