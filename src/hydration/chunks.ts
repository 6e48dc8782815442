/**
 * Work done one piece per task, so that no task the page gets from us is
 * long and the reader's input is handled between pieces. A piece is a
 * function that says whether it did anything: one that did not (its widget
 * already woke another way) does not use up a task.
 *
 * `soon` pieces (widgets scrolled into view) run in the next tasks; `idle`
 * pieces when the browser has nothing else to do: requestIdleCallback, or a
 * short timer where the engine has none (WebKit).
 */
import { nextTask } from '../shared/next-task.js';

type Piece = () => boolean;

const soonQueue: Piece[] = [];
const idleQueue: Piece[] = [];
let planned = false;

/** How long an idle piece may wait for an idle period on a busy page, in ms. */
const IDLE_TIMEOUT = 2000;
/** Without requestIdleCallback: the pause before an idle piece, in ms, so the page's own start-up goes first. */
const IDLE_FALLBACK_DELAY = 100;

function runOne(): void {
  planned = false;
  for (const queue of [soonQueue, idleQueue]) {
    let piece: Piece | undefined;
    while ((piece = queue.shift())) {
      if (piece()) return void plan();
    }
  }
}

function plan(): void {
  if (planned || (soonQueue.length === 0 && idleQueue.length === 0)) return;
  planned = true;
  if (soonQueue.length) nextTask(runOne);
  else if (typeof requestIdleCallback === 'function') requestIdleCallback(runOne, { timeout: IDLE_TIMEOUT });
  else setTimeout(runOne, IDLE_FALLBACK_DELAY);
}

/** Runs `piece` in a task of its own, before any idle piece. */
export function soon(piece: Piece): void {
  soonQueue.push(piece);
  plan();
}

/** Runs `piece` in a task of its own when the browser is idle. */
export function whenIdle(piece: Piece): void {
  idleQueue.push(piece);
  plan();
}
