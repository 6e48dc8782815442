/**
 * Work done in pieces, so that no task the page gets from us is long and
 * the reader's input is handled between pieces. A piece is a function that
 * says whether it did anything: one that did not (its widget already woke
 * another way) does not use up a task. A piece does all its work before it
 * returns, microtasks included, so that timing it times the work.
 *
 * `soon` pieces (widgets scrolled into view) run one per task, in the next
 * tasks. `idle` pieces run when the browser has nothing else to do
 * (requestIdleCallback): as many as the idle period has room for, judged by
 * the longest piece so far, since a hundred identical cards cost well under
 * a millisecond each and the period is up to 50 ms. When the wait timed out
 * on a busy page, as many as fit in a slice short of a long task. Where the
 * engine has no requestIdleCallback (WebKit), one per short timer.
 *
 * A hidden page gets slices in the next tasks instead: it paints nothing and
 * takes no input, so there is nothing to yield for but the page's own tasks,
 * and Chromium ends a hidden page's idle periods about 10 s after it is
 * hidden, after which every idle callback waits for its timeout (one card
 * per 2 s: 30 cards in a background tab took a minute).
 *
 * The two have plans of their own: a piece that comes soon never waits for
 * an idle callback already asked for, and idle pieces wait while any soon
 * piece is left.
 */
import { nextTask } from '../shared/next-task.js';

type Piece = () => boolean;

const soonQueue: Piece[] = [];
const idleQueue: Piece[] = [];
let soonPlanned = false;
let idlePlanned = false;

/** How long an idle piece may wait for an idle period on a busy page, in ms. */
const IDLE_TIMEOUT = 2000;
/** Without requestIdleCallback: the pause before an idle piece, in ms, so the page's own start-up goes first. */
const IDLE_FALLBACK_DELAY = 100;
/** Where no idle period says how long the pieces may take, in ms: under the 50 ms of a long task. */
const SLICE = 40;

/** The time left for idle pieces now, in ms. */
type TimeLeft = () => number;
const aSlice = (): TimeLeft => {
  const end = performance.now() + SLICE;
  return () => end - performance.now();
};

/** Runs the first piece of `queue` that does something; says whether one did. */
function runFirst(queue: Piece[]): boolean {
  let piece: Piece | undefined;
  while ((piece = queue.shift())) if (piece()) return true;
  return false;
}

function runSoon(): void {
  soonPlanned = false;
  try {
    runFirst(soonQueue);
  } finally {
    planSoon();
    // Idle pieces that stood aside for these are due again.
    planIdle();
  }
}

function runIdle(timeLeft: TimeLeft): void {
  idlePlanned = false;
  let longest = 0;
  try {
    while (!soonQueue.length) {
      const start = performance.now();
      if (!runFirst(idleQueue)) break;
      longest = Math.max(longest, performance.now() - start);
      if (timeLeft() <= longest) break;
    }
  } finally {
    // A piece that throws still leaves the others their turn.
    planIdle();
  }
}

function planSoon(): void {
  if (soonPlanned || !soonQueue.length) return;
  soonPlanned = true;
  nextTask(runSoon);
}

function planIdle(): void {
  if (idlePlanned || !idleQueue.length || soonQueue.length) return;
  idlePlanned = true;
  if (document.visibilityState === 'hidden') nextTask(() => runIdle(aSlice()));
  else if (typeof requestIdleCallback === 'function') {
    requestIdleCallback((deadline) => runIdle(deadline.didTimeout ? aSlice() : () => deadline.timeRemaining()), { timeout: IDLE_TIMEOUT });
  } else setTimeout(() => runIdle(() => 0), IDLE_FALLBACK_DELAY);
}

/** Runs `piece` in a task of its own, before any idle piece. */
export function soon(piece: Piece): void {
  soonQueue.push(piece);
  planSoon();
}

/** Runs `piece` when the browser is idle. */
export function whenIdle(piece: Piece): void {
  idleQueue.push(piece);
  planIdle();
}
