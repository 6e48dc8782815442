/**
 * Auto-height: tells the page that frames this one how tall its content is,
 * whenever that changes, so the frame can be sized to it (no inner
 * scrollbar, nothing cut off). Two formats go out:
 *
 * - `{ type: 'ms-widgets:height', height }`, always: our own, read by
 *   dist/cdn/ms-widgets-resizer.js or any host script;
 * - `{ message: 'height', value, secret }` when WordPress framed the page
 *   (it adds `#?secret=…` to the frame's address and sizes the frame only
 *   from messages that carry that secret).
 *
 * The parent's origin is unknown (and, in a sandbox, ours is opaque), so the
 * messages go to any origin: they carry a height and WordPress's own secret,
 * which WordPress requires and which only guards against other frames.
 */

/** The generic message. */
export const HEIGHT_TYPE = 'ms-widgets:height';
/** A host asks for the height again (its listener may have started after ours sent it). */
export const HEIGHT_REQUEST_TYPE = 'ms-widgets:get-height';

/** WordPress's secret from `#?secret=…`, when it is one (letters and digits only, as WordPress makes it). */
export function wordPressSecret(hash: string): string | undefined {
  if (!hash.startsWith('#?')) return undefined;
  const secret = new URLSearchParams(hash.slice(2)).get('secret');
  return secret && /^[A-Za-z0-9]+$/.test(secret) ? secret : undefined;
}

/** The content's height in whole px: the root element's box, which grows and shrinks with the content, unlike scrollHeight, which never drops below the frame's own height. */
const contentHeight = (): number => Math.ceil(document.documentElement.getBoundingClientRect().height);

export function startAutoHeight(secret: string | undefined): void {
  if (window.parent === window) return;
  let sent = -1;
  const send = (force = false) => {
    const height = contentHeight();
    if (height === sent && !force) return;
    sent = height;
    window.parent.postMessage({ type: HEIGHT_TYPE, height }, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
  };
  send();
  // A frame resized to no width shows nothing, and its content measured
  // there, a word to a line, is no height for it: the article's summary read
  // 17,212 px while Chromium redrew its WordPress page for a full-page
  // screenshot, and WordPress kept the frame 1,000 px tall. Given its width
  // back, the observer reports again. The sends above stay unconditional: a
  // frame WordPress still hides may have no width yet when this script runs,
  // and it shows the frame only on a height.
  new ResizeObserver(() => innerWidth > 0 && send()).observe(document.documentElement);
  addEventListener('load', () => send());
  document.fonts?.ready.then(() => send());
  // WordPress's wp-embed.js says "ready" to every embed once its listener
  // runs, which may be after our first message; the resizer asks likewise.
  addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { message, secret: theirs, type } = data as Record<string, unknown>;
    if ((message === 'ready' && secret && theirs === secret) || type === HEIGHT_REQUEST_TYPE) send(true);
  });
}
