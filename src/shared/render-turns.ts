/**
 * First renders in turns. A definition upgrades every waiting tag of the page
 * in one task, and each widget then rendered in that task: at 4× CPU, 200
 * pasted cards made one task of about 220 ms before anything painted. So
 * when more than `FEW` widgets wait for their first render, they render in
 * turns, each a task of its own, and the browser paints and answers input
 * between turns.
 *
 * The first turn renders a screenful in the next frame's animation
 * callbacks, before that frame lays the page out, so what is in view is
 * rendered when the page paints; not in the task that queued the widgets,
 * which the definition has already made long by upgrading all of them
 * (200 cards at 4× CPU: the longest script run went from 156 ms, the two
 * in one task, to 83 ms). Widgets take their turns in document
 * order, starting at the page's fragment target when it was opened at one
 * (`…#halt-ms`), else at the top, where a page opens. A widget waiting for
 * its turn is defined and empty; below the view, it moves nothing in view
 * when it renders.
 *
 * A page's handful of widgets, and the parts inside a widget (the sections
 * of ms-article), render at once, as they always did.
 */
import { inNextFrame } from './next-frame.js';
import { nextTask } from './next-task.js';

/** Up to this many widgets waiting render together: the whole article is fewer. */
const FEW = 16;
/**
 * The height of the shortest widget, in CSS px (a one-line disclaimer and
 * its padding): the first turn renders as many widgets as the screen can
 * show, however long they take (a frame showing the view short of widgets
 * would show the page below them move). Counted by the screen, not by
 * asking where the widgets are: that would lay the page out inside the turn,
 * and the page's first layout of text is a long one.
 */
const SHORTEST_PX = 64;
/**
 * Script time of one turn, in ms: inside the 50 ms of a long task. Shorter
 * turns mean more frames before the last widget shows, each costing the
 * page's layout of the rest: 200 cards at 4× CPU painted the last of them
 * at 1.25× the static page with 30 ms turns, 1.14× with 45 (1.18× without
 * turns, whose one task held the page for 237 ms).
 */
const TURN_MS = 45;
/**
 * The longest a turn lasts, in ms, however long frames take: under the
 * 100 ms a task may hold the page. The frame after the screenful is the
 * page's first layout, 90 to 450 ms on 200 cards at 4× CPU, and a turn as
 * long held the page as long. Capped turns cost a page of thousands more
 * frames: 10,000 cards went from 1.3× to 1.7× the static page's time
 * until the last one showed, inside the 2× it is allowed.
 */
const LONGEST_TURN_MS = 80;

/** Renders waiting for a turn, in the order they came (document order, as a page upgrades), from `next` on. */
let waiting: { el: Element; run(): void }[] = [];
let next = 0;
let planned = false;

/** Runs `render` in `el`'s turn; the promise settles as it does. */
export function renderInTurn(el: Element, render: () => unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = () => {
      try {
        resolve(render());
      } catch (error) {
        reject(error);
      }
    };
    waiting.push({ el, run });
    if (!planned) {
      planned = true;
      queueMicrotask(firstTurn);
    }
  });
}

function firstTurn(): void {
  if (waiting.length <= FEW) return takeTurn(waiting.length, 0);
  startAtFragment();
  // The task has just upgraded every widget of the page, a long one on a
  // page of hundreds: the screenful renders in the next frame, before its
  // layout, and the next turns take the rest.
  inNextFrame(() => takeTurn(Math.ceil(screen.height / SHORTEST_PX), 0));
}

/**
 * Runs waiting renders, at least `atLeast` of them and more until `ms` are
 * up; then plans the next turn. A turn lasts `TURN_MS`, or as long as the
 * browser took between the last turn and this one, if that was longer, up
 * to `LONGEST_TURN_MS`: on a page of thousands of widgets each frame costs
 * that much whatever a turn adds (10,000 cards at 4× CPU: 45 ms turns made
 * the page 2.2× the static page's time until the last one showed, against
 * 1.1× in one task), so turns as long as a frame keep frames from
 * outnumbering renders.
 */
function takeTurn(atLeast: number, ms: number): void {
  const end = performance.now() + ms;
  const least = next + atLeast;
  while (next < waiting.length && (next < least || performance.now() < end)) waiting[next++].run();
  const ended = performance.now();
  if (next < waiting.length) {
    return nextTask(() => takeTurn(0, Math.min(LONGEST_TURN_MS, Math.max(TURN_MS, performance.now() - ended))));
  }
  waiting = [];
  next = 0;
  planned = false;
}

/**
 * A page opened at a fragment (`#id`) is shown from there: its widgets take
 * their turns from the first one at or after the target, and those before
 * it go last.
 */
function startAtFragment(): void {
  const target = fragmentTarget();
  if (!target) return;
  const from = waiting.findIndex(
    ({ el }) => el.contains(target) || target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  if (from > 0) waiting = [...waiting.slice(from), ...waiting.slice(0, from)];
}

/** The element the page's fragment names, if any; a fragment that is not valid percent-encoding names none. */
function fragmentTarget(): Element | null {
  try {
    return location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null;
  }
}
