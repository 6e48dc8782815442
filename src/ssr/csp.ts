/// <reference types="node" />
import { createHash } from 'node:crypto';

/** A `<style>` element and its text (our own output: no `</style>` inside). */
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * The Content-Security-Policy sources (`'sha256-…'`, each once, sorted) that
 * allow the inline `<style>` elements of `html`. Server-rendered widgets
 * carry their styles in declarative shadow DOM; a `style-src` without
 * `'unsafe-inline'` blocks those unless it lists their hashes. They change
 * only with a release of this package (the styles are the same on every
 * page), so a site can compute them once per release.
 */
export function styleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of String(html).matchAll(STYLE)) {
    hashes.add(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}
