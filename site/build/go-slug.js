// The name of the exit page (_site/go/<slug>.html) for an external URL the
// widgets link to. Embed pages send WordPress these pages instead of the URL
// itself, since WordPress follows a sandboxed embed's link only to the
// embed's own host. The rule must stay stable: published embeds keep
// pointing at the pages it names.
import { createHash } from 'node:crypto';

/** The first 12 hex digits of the URL's sha256: short, stable, and the same URL always gives the same page. */
export function goSlug(url) {
  return createHash('sha256').update(String(url), 'utf8').digest('hex').slice(0, 12);
}

/** The exit page's path relative to the site root, e.g. `go/0123456789ab.html`. */
export const goPath = (url) => `go/${goSlug(url)}.html`;
