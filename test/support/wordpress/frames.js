// Measurements of an embed iframe and of the page inside it, taken in
// Chromium through playwright, and the record of what went wrong on a page.
/* global document, window, getComputedStyle, location, matchMedia -- used inside evaluate(), in the browser */

/** WordPress clamps a sandboxed embed's height to 200..1000 px (wp-embed.js). */
export const WORDPRESS_MIN_HEIGHT = 200;
export const WORDPRESS_MAX_HEIGHT = 1000;
export const wordpressHeight = (content) => Math.min(WORDPRESS_MAX_HEIGHT, Math.max(WORDPRESS_MIN_HEIGHT, content));

/**
 * In every frame: report CSP violations as console errors, so the console
 * record below holds them wherever they happen (the embed page reports to
 * no one of its own).
 */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation in ${location.href}: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
  });
}

/**
 * Records console errors, CSP violations and uncaught exceptions of `page`
 * and of every frame in it, and requests that would leave 127.0.0.1 (they are
 * answered by a stub, never sent). Returns the live record.
 */
export async function recordProblems(page) {
  const record = { errors: [], offMachine: [] };
  await page.addInitScript(reportViolations);
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(`console.error ${message.location().url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => record.errors.push(`uncaught ${error.message}`));
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      record.offMachine.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title><p>outside</p>' });
    },
  );
  return record;
}

/**
 * The height the frame's content needs, in CSS px, unrounded: the root
 * element's box (its height is its content's, margins of the body included),
 * whatever the frame's own height is.
 */
export const contentHeight = (frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** What the frame shows: its viewport, how far its content overflows it, its colours and scheme. */
export const frameState = (frame) =>
  frame.evaluate(() => {
    const root = document.documentElement;
    const paint = [document.body, root]
      .map((el) => getComputedStyle(el).backgroundColor)
      .find((c) => c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent');
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      overflowY: root.scrollHeight - root.clientHeight,
      overflowX: root.scrollWidth - root.clientWidth,
      background: paint ?? 'transparent',
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
    };
  });

/**
 * Waits until `iframe`'s height is the one `expected(contentHeight)` asks for
 * (the content's, rounded up, through WordPress's clamp or not) and stays so
 * for two readings; resolves to the last reading either way, for the
 * assertions to name what was wrong.
 */
export async function settledHeight(iframe, frame, expected, timeoutMs = 5000) {
  const started = Date.now();
  let previous;
  for (;;) {
    const reading = {
      iframe: await iframe.evaluate((el) => el.getBoundingClientRect().height),
      frameViewport: await frame.evaluate(() => window.innerHeight),
      content: await contentHeight(frame),
    };
    reading.expected = expected(Math.ceil(reading.content));
    const matches = reading.frameViewport === reading.expected;
    if (matches && previous && previous.frameViewport === reading.frameViewport && previous.content === reading.content) return reading;
    if (Date.now() - started > timeoutMs) return reading;
    previous = matches ? reading : undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The iframe's box on its page, and whether the page shows it (WordPress clips it until the embed's first message). */
export const iframeBox = (iframe) =>
  iframe.evaluate((el) => {
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      left: rect.left,
      right: rect.right,
      width: rect.width,
      height: rect.height,
      pageWidth: document.documentElement.clientWidth,
      clipped: style.clip !== 'auto' && style.clip !== '',
      position: style.position,
      styleAttribute: el.getAttribute('style'),
    };
  });
