/**
 * dist/cdn/ms-widgets-resizer.js: the host page's side of auto-height. Add it
 * once to a page with embed iframes (`<iframe data-ms-widgets-resize …>`); it
 * sizes each of those iframes to its content from the embed page's
 * `{ type: 'ms-widgets:height', height }` messages, taking a message only
 * from the frame it sizes. A classic script with no global name: it runs
 * anywhere, and twice on one page is harmless (both set the same height).
 *
 * Without it an iframe keeps its `height` attribute and scrolls: nothing is
 * ever cut off.
 */
const FRAMES = 'iframe[data-ms-widgets-resize]';

/** A height we accept: a number of px, more than none and less than any page. */
const isHeight = (value: unknown): value is number => typeof value === 'number' && value > 0 && value < 100000;

/** Border and padding, which an iframe with `box-sizing: border-box` counts in its height. */
function boxExtra(frame: HTMLIFrameElement): number {
  const style = getComputedStyle(frame);
  if (style.boxSizing !== 'border-box') return 0;
  const px = (value: string) => parseFloat(value) || 0;
  return px(style.borderTopWidth) + px(style.borderBottomWidth) + px(style.paddingTop) + px(style.paddingBottom);
}

addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, height } = data as Record<string, unknown>;
  if (type !== 'ms-widgets:height' || !isHeight(height)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
    // CSSOM, not a style attribute: allowed under the host's CSP without 'unsafe-inline'.
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height) + boxExtra(frame)}px`;
  }
});

// Frames that loaded before this script sent their height to no one: ask again.
for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
  frame.contentWindow?.postMessage({ type: 'ms-widgets:get-height' }, '*');
}
