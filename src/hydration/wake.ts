/**
 * When server-rendered widgets hydrate. The server marks each one
 * `defer-hydration` (src/ssr, `RenderOptions.hydrate`), Lit's protocol for
 * elements that wait: Lit's hydration support does nothing for such an
 * element until the attribute goes. This module removes it when the reader
 * can need the widget:
 *
 * - at once when the reader starts to use it (a pointer or key press, focus
 *   or a click inside it), in that event's own task, before the event reaches
 *   what is inside: the widget has hydrated when its controls act;
 * - when it comes near the viewport, one widget per task;
 * - otherwise when the browser is idle, as many per idle period as it has
 *   room for (./chunks.ts).
 *
 * A page that wants every widget awake at once marks the script that loads
 * the hydrate file `data-ms-hydrate="eager"` (or renders with
 * `hydrate: 'eager'`, which leaves the mark off).
 *
 * The elements composed inside a widget (the sections of ms-article) wait
 * too: Lit removes their mark as their host hydrates, which would hydrate
 * the whole article in one task; this module puts the mark back and wakes
 * them next, one per task, in document order (at once if the reader uses
 * one first). Until a widget hydrates, what it shows is the server's
 * markup, and native controls (the precautions' details/summary) work on
 * their own.
 */
import { MsElement, insideWidget } from '../shared/ms-element.js';
import { soon, whenIdle } from './chunks.js';
import { eager, listenForUse, stopListeningForUse } from './page.js';

const DEFER = 'defer-hydration';
/** Widgets this close to the viewport count as in view, so they are awake when the reader gets there. */
const NEAR = '200px';

const waiting = new Set<Element>();
let observer: IntersectionObserver | undefined;

/** True while this module removes a mark itself (the composed-element hook below lets that through). */
let waking = false;

/** Hydrates `el` now, if it still waits and is in the page; says whether it did. */
function wake(el: Element): boolean {
  if (!waiting.delete(el)) return false;
  if (waiting.size === 0) stopListening();
  observer?.unobserve(el);
  // Removed from the page while it waited: it stays marked, and waits again if it comes back.
  if (!el.isConnected) return false;
  waking = true;
  try {
    el.removeAttribute(DEFER);
  } finally {
    waking = false;
  }
  return true;
}

/**
 * Wakes `el` and hydrates it now, in this piece of work (./chunks.ts), not
 * in the microtasks after it, where Lit would: an idle period is filled by
 * timing each piece, and a piece must hold its hydration to be timed.
 */
function hydrateNow(el: Element): boolean {
  if (!wake(el)) return false;
  // Lit's own way to update at once; it does nothing when no update is pending.
  (el as unknown as { performUpdate(): void }).performUpdate();
  return true;
}

/**
 * Wakes the waiting widgets on an event's path (at most the widget and
 * those it is composed in), before the event reaches them.
 */
export function wakeAlong(path: EventTarget[]): void {
  for (const node of path) wake(node as Element);
}

function onInteraction(event: Event): void {
  wakeAlong(event.composedPath());
}

/**
 * Where interactions are listened for: one set of capturing listeners per
 * root that holds waiting widgets (the document, and the shadow roots of
 * widgets, or of a host page's components, whose events the document cannot
 * see into), rather than five on each widget (200 cards: 1,000 listeners
 * added in the task that upgrades them). Dropped when no widget waits.
 */
const roots = new Set<Node>();

function listenAt(root: Node): void {
  if (roots.has(root)) return;
  roots.add(root);
  listenForUse(root, onInteraction);
}

function stopListening(): void {
  for (const root of roots) stopListeningForUse(root, onInteraction);
  roots.clear();
}

/** Widgets whose wake on idle is queued. */
const idleQueued = new WeakSet<Element>();

function wakeWhenIdle(el: Element): void {
  if (idleQueued.has(el)) return;
  idleQueued.add(el);
  whenIdle(() => hydrateNow(el));
}

/**
 * The observer's first report on a widget says whether it is in view; only
 * then does one out of view wait for idle time. An idle period can wake
 * dozens of identical cards, so queued earlier, idle time before the
 * page's first report could wake them all ahead of those in view.
 */
function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const { target, isIntersecting } of entries) {
    if (isIntersecting) soon(() => hydrateNow(target));
    else wakeWhenIdle(target);
  }
}

/** Starts waiting: `el` wakes at once when the reader uses it. */
function wait(el: Element): void {
  waiting.add(el);
  // Waiting again (put back in the page): its next report queues it anew.
  idleQueued.delete(el);
  listenAt(el.getRootNode());
}

/** Makes `el` wait until the reader needs it. */
function whenNeeded(el: Element): void {
  if (waiting.has(el)) return;
  if (eager()) return void el.removeAttribute(DEFER);
  wait(el);
  observer ??= new IntersectionObserver(onIntersection, { rootMargin: NEAR });
  observer.observe(el);
  // A hidden page renders nothing, so the observer does not report: idle time alone.
  if (document.visibilityState === 'hidden') wakeWhenIdle(el);
}

/**
 * Lit's hydration of a widget removes the mark from the widgets composed in
 * it, which would hydrate them in the same task. Put it back, and wake them
 * in tasks of their own, next.
 */
function wakeComposedSoon(el: Element): void {
  el.setAttribute(DEFER, '');
  wait(el);
  soon(() => hydrateNow(el));
}

/**
 * Installs the schedule: every ms-* element that connects marked
 * `defer-hydration` (at upgrade, or inserted later with server-rendered
 * markup) waits for it. Must run before the elements are defined.
 */
export function deferHydration(): void {
  const connected = MsElement.prototype.connectedCallback;
  MsElement.prototype.connectedCallback = function (this: MsElement) {
    connected.call(this);
    if (this.hasAttribute(DEFER) && !insideWidget(this)) whenNeeded(this);
  };
  const changed = MsElement.prototype.attributeChangedCallback;
  MsElement.prototype.attributeChangedCallback = function (this: MsElement, name: string, old: string | null, value: string | null) {
    if (name === DEFER && value === null && !waking && !eager() && insideWidget(this)) return void wakeComposedSoon(this);
    changed.call(this, name, old, value);
  };
}
