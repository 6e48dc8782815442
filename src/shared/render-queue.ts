/**
 * First renders in turns: a page with hundreds of widgets renders the ones
 * in view first, a chunk per frame, and lets the browser paint and answer
 * input between chunks, so no task grows long. A page with a few widgets
 * renders them at once, as before.
 *
 * A chunk is sized by measured time, not by a count: it stops when its own
 * script has used `BUDGET_MS`, and it takes no more widgets than the last
 * frames showed the browser can style and lay out in that time (that work
 * comes after the chunk, in the frame's own task; see `sizeChunks`).
 */

/** Time for one task: a chunk's script, or the style and layout of the frame after it. Well inside the 50 ms of a long task at 1× CPU. */
const BUDGET_MS = 30;
/** Up to this many widgets waiting render at once: the whole article is fewer. */
const FEW = 16;
/**
 * How long to wait for a frame (the observer's report, the next chunk's
 * turn) before going on without one: a page in a background tab has none.
 */
const FRAME_WAIT_MS = 100;

/** Widgets waiting for their first render, in the order they came (document order, as a page upgrades). */
const waiting = new Map<Element, () => void>();
/** Waiting widgets that were in the viewport when the queue looked. */
const inView = new Set<Element>();
/** Whether the queue has looked for the widgets in view (once per batch; an observer over thousands of widgets costs every frame). */
let looked = false;
let scheduled = false;
/** Most widgets the next chunk renders, from what the last frames cost (see `sizeChunks`). */
let most = Infinity;
/** How long a chunk's script may run, in ms: the budget, or a frame's fixed cost where that is larger (see `sizeChunks`). */
let scriptMs = BUDGET_MS;
/** The last chunk's size and its frame's cost in ms. */
let lastFrame: [number, number] | undefined;

/** Runs `render` in `el`'s turn; resolves when it has run. */
export function renderInTurn(el: Element, render: () => unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    waiting.set(el, () => {
      try {
        resolve(render());
      } catch (error) {
        reject(error);
      }
    });
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(drain);
    }
  });
}

/** Runs `fn` once: on the first of several ways it may be called. */
function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/** A new task, after what the browser has queued (scheduler.yield, where the engine has it, keeps the page's place). */
function nextTask(fn: () => void): void {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') void scheduler.yield().then(fn);
  else setTimeout(fn);
}

/**
 * Which waiting widgets are in view, from one report of an observer that is
 * then let go; a page whose frames never come (a background tab) goes on
 * without it.
 */
function look(): void {
  looked = true;
  scheduled = true;
  const go = once(drain);
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting && waiting.has(entry.target)) inView.add(entry.target);
    observer.disconnect();
    go();
  });
  for (const el of waiting.keys()) observer.observe(el);
  setTimeout(() => {
    observer.disconnect();
    go();
  }, FRAME_WAIT_MS);
}

/**
 * The next chunk, after the browser has drawn a frame with this one's
 * widgets: the time from the frame's start to the task after it tells what
 * a widget costs to style and lay out, which bounds the next chunk.
 */
function afterFrame(rendered: number): void {
  scheduled = true;
  const go = once(drain);
  requestAnimationFrame((frameStart) =>
    nextTask(() => {
      sizeChunks(rendered, performance.now() - frameStart);
      go();
    }),
  );
  // Frames come late on a busy machine; only a page that went hidden waits for none.
  const hidden = (): unknown => (document.hidden ? go() : setTimeout(hidden, FRAME_WAIT_MS));
  setTimeout(hidden, FRAME_WAIT_MS);
}

/**
 * How many widgets the next chunk takes so that its frame fits the budget.
 * A frame costs a part that grows with the widgets it shows and a part that
 * does not: on a page of thousands of sibling cards, Chromium walks every
 * sibling host on each frame. Two frames of different chunk sizes tell the
 * two apart. Where the fixed part alone is over budget, smaller chunks would
 * only mean more frames that cost as much: the chunk is then bounded by its
 * script time alone, and may run as long as that fixed part (no longer than
 * the frame's own task), so that a page of 10,000 cards takes fewer frames.
 */
function sizeChunks(rendered: number, cost: number): void {
  const last = lastFrame;
  lastFrame = [rendered, cost];
  if (last?.[0] === rendered) {
    // Nothing new to tell the parts apart: a frame still over budget tries
    // a chunk twice the size (a fixed part shows as a cost that barely grows).
    if (cost > BUDGET_MS) most = rendered * 2;
    return;
  }
  let each = cost / rendered;
  let fixed = 0;
  const slope = last ? (cost - last[1]) / (rendered - last[0]) : 0;
  if (slope > 0) {
    each = slope;
    fixed = Math.max(0, cost - slope * rendered);
  }
  most = fixed < BUDGET_MS ? Math.max(1, Math.floor((BUDGET_MS - fixed) / each)) : Infinity;
  scriptMs = Math.max(BUDGET_MS, fixed);
}

/**
 * Renders waiting widgets, those in view first, until the chunk's time or
 * count is up, then yields to the browser. With many waiting, it first
 * looks which are in view (after the page's first layout).
 */
function drain(): void {
  scheduled = false;
  // A hidden page (a background tab) paints nothing and has no view: its
  // widgets render at once, as before, rather than wait for frames.
  const hidden = document.hidden;
  if (!looked && waiting.size > FEW && !hidden) return look();
  // A few widgets (a page's handful, not a batch already in turns) render
  // together, in this task, as they would without turns.
  const atOnce = hidden || !looked;
  const start = performance.now();
  let rendered = 0;
  for (const queue of [inView, waiting.keys()]) {
    for (const el of queue) {
      if (!atOnce && (rendered >= most || performance.now() - start > scriptMs)) return afterFrame(rendered);
      const render = waiting.get(el);
      waiting.delete(el);
      inView.delete(el);
      render?.();
      rendered++;
    }
  }
  looked = false;
  most = Infinity;
  scriptMs = BUDGET_MS;
  lastFrame = undefined;
}
