// A right-to-left content pack (a pseudo-translation of the English one) for
// lang="ar", registered through the full CDN module's exports (ms-widgets-full.js). test/hosts.test.ts.
import { getContent, registerContent } from '/dist/cdn/ms-widgets-full.js';

const mark = (value, key) => {
  if (typeof value === 'string') return ['heading', 'title', 'text', 'intro', 'paragraphs'].includes(key) ? `\u2067${value}\u2069` : value;
  if (Array.isArray(value)) return value.map((v) => mark(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v, k)]));
  return value;
};
registerContent('ar', { ...mark(structuredClone(getContent('en')), ''), lang: 'ar', dir: 'rtl' });
