/**
 * Makes every link of an embed page work where it is embedded.
 *
 * In WordPress's sandboxed frame (`sandbox="allow-scripts"`) a link can
 * neither open a tab nor lead the page away. The one way out is the message
 * `{ message: 'link', value, secret }`, which WordPress follows only to the
 * embed's own host (and only while the frame has focus). So our own pages
 * go as they are, and an external address goes as its exit page on our host
 * (`go/<slug>.html`, listed at build time in `go`).
 *
 * Elsewhere a link opens in a new tab, without access back to us; where the
 * frame may not open one (a sandbox without allow-popups) it opens in the
 * frame itself.
 *
 * Links sit in the widgets' shadow roots: clicks are caught once on the
 * document and the link found through the event's composed path.
 */
export interface LinkConfig {
  /** The site's origin and base path, no trailing slash. */
  siteUrl: string;
  /** External URL -> absolute URL of its exit page on the site. */
  go: Record<string, string>;
  /** Where a link with no exit page goes: this widget's share page. */
  fallback: string;
}

const linkOf = (event: Event): HTMLAnchorElement | undefined =>
  event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));

/** The address WordPress may follow for `href`: on the site's own host. */
export function wordPressTarget(href: string, config: LinkConfig): string {
  const site = new URL(config.siteUrl);
  if (new URL(href).origin === site.origin) return href;
  const go = Object.hasOwn(config.go, href) ? config.go[href] : undefined;
  if (go) return go;
  console.warn(`ms-widgets embed: no exit page for ${JSON.stringify(href)}; opening the share page instead.`);
  return config.fallback;
}

export function handleLinks(config: LinkConfig, secret: string | undefined): void {
  document.addEventListener('click', (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    const link = linkOf(event);
    if (!link || !/^https?:$/.test(link.protocol)) return;
    const href = link.href;
    // A link to a place on this same page works in any frame.
    if (href.split('#')[0] === location.href.split('#')[0] && link.hash) return;
    if (secret) {
      event.preventDefault();
      window.parent.postMessage({ message: 'link', value: wordPressTarget(href, config), secret }, '*');
      return;
    }
    // Not in a frame, or the reader chose where it opens (a new tab, a window): the browser does it.
    if (window.parent === window || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // Not 'noopener': with it, open() returns null whether or not a tab opened.
    const opened = window.open(href, '_blank');
    if (!opened) {
      location.assign(href);
      return;
    }
    try {
      // Still on its first, blank document, which is ours to reach: cut the way back.
      opened.opener = null;
    } catch {
      // Already on the other site's page; the tab is open, which is what counts.
    }
  });
}
