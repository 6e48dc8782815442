/**
 * First renders in turns: a page with hundreds of widgets renders the ones
 * in view first, in chunks of a few milliseconds, and lets the browser paint
 * and answer input between chunks, so no task grows long. A page with a few
 * widgets renders them at once, as before.
 */

/** Time for one chunk of first renders: well inside a 50 ms task, even on a slow phone. */
const CHUNK_MS = 20;
/** Up to this many widgets waiting render at once: the whole article is fewer. */
const FEW = 16;
/**
 * How long many widgets wait for the observer before rendering in document
 * order anyway: a page in a background tab has no frames, so no report.
 */
const LOOK_MS = 100;

/** Widgets waiting for their first render, in the order they came (document order, as a page upgrades). */
const waiting = new Map<Element, () => void>();
/** Waiting widgets that the observer saw in the viewport. */
const inView = new Set<Element>();
let observer: IntersectionObserver | undefined;
/** Whether the observer has reported once: which widgets are in view is known. */
let seen = false;
let scheduled = false;

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
    observer ??= new IntersectionObserver(onView);
    observer.observe(el);
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(drain);
    }
  });
}

/** The observer's report (or, if it is late, none): in-view widgets go first; the first report starts the renders. */
function onView(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) if (entry.isIntersecting && waiting.has(entry.target)) inView.add(entry.target);
  if (!seen) {
    seen = true;
    drain();
  }
}

/**
 * Renders waiting widgets, those in view first, until the chunk's time is
 * up, then yields to the browser. With many waiting, it first waits for the
 * observer to tell which are in view (after the page's first layout).
 */
function drain(): void {
  scheduled = false;
  // A hidden page (a background tab) paints nothing and has no view: its
  // widgets render at once, as before, rather than wait for frames.
  const hidden = document.hidden;
  if (!seen && waiting.size > FEW && !hidden) {
    scheduled = true;
    setTimeout(() => onView([]), LOOK_MS);
    return;
  }
  const end = performance.now() + CHUNK_MS;
  for (const queue of [inView, waiting.keys()]) {
    for (const el of queue) {
      if (performance.now() > end && !hidden) return next();
      const render = waiting.get(el);
      waiting.delete(el);
      inView.delete(el);
      observer?.unobserve(el);
      render?.();
    }
  }
  if (waiting.size) return next();
  observer?.disconnect();
  observer = undefined;
  seen = false;
}

function next(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(drain);
}
