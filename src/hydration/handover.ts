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
const HANDOVER = Symbol.for('ms-widgets.hydrate-handover');

export interface Handover {
  /** The composed path of the reader's use that made the loader load the file, if one did. */
  use: EventTarget[] | undefined;
}

type HandingScript = HTMLScriptElement & { [HANDOVER]?: Handover };

/** Called by the loader in the use's dispatch, while the event still has its path. */
export function handOver(script: HTMLScriptElement, use: Event | undefined): void {
  (script as HandingScript)[HANDOVER] = { use: use?.composedPath() };
}

/** What the loader handed over to the script at `url`, when the loader added it. */
export function handedOver(url: string): Handover | undefined {
  for (const script of document.querySelectorAll<HandingScript>('script[src]')) {
    if (script.src === url && script[HANDOVER]) return script[HANDOVER];
  }
  return undefined;
}
