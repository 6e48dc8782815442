// SITE_URL: the public address the site is served from, the one setting that
// makes URLs absolute where they must be (oEmbed, Open Graph, canonical links,
// the iframe in oEmbed html). Everywhere else the site links relatively, so
// the same _site/ works from any folder of any static host.

/**
 * SITE_URL checked and written one way: an absolute http or https URL,
 * without a trailing slash, query or fragment (a path is fine: a site may
 * live in a folder of its host). Throws a TypeError that says what was wrong
 * and what is allowed.
 */
export function normalizeSiteUrl(value) {
  const allowed = 'an absolute http or https URL without query or fragment, e.g. https://widgets.example.org';
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new TypeError(`SITE_URL "${value}" is not a URL: give ${allowed}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`SITE_URL "${value}" uses ${url.protocol}: give ${allowed}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new TypeError(`SITE_URL "${value}" has a query, fragment or credentials: give ${allowed}`);
  }
  return url.href.replace(/\/+$/, '');
}

/** The absolute URL of `path` (relative to the site's root, no leading slash). */
export const absoluteUrl = (siteUrl, path) => `${siteUrl}/${path}`;
