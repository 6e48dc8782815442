// Security review of what ships (run `npm run build` first):
// - our compiled modules (dist/components, dist/shared, dist/content and the
//   entry points) use no eval, no new Function, no HTML-from-string sink
//   (innerHTML, outerHTML, insertAdjacentHTML, document.write, DOMParser,
//   createContextualFragment) and none of Lit's unsafe directives, and make
//   no network request of any kind;
// - the CDN files, which also hold Lit, have the same, except exactly one
//   innerHTML: Lit's own, filling a <template> element with the template
//   HTML it builds (through its Trusted Types policy);
// - no file names a remote URL other than those in the content's sources
//   (and its citation records' DOIs);
// - every link the elements render to another site carries
//   rel="noopener noreferrer" (checked in the templates here, and on the
//   rendered links in every fuzz case: test/support/fuzz.ts).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });

/** Our own compiled code, in the browser: every element, the shared base and the content API. */
const OURS = [
  ...['components', 'shared', 'content'].flatMap((d) => files(join(DIST, d))),
  join(DIST, 'index.js'),
  join(DIST, 'hydrate.js'),
];
const BUNDLES = ['ms-widgets.js', 'ms-widgets.iife.js', 'ms-widgets-full.js', 'ms-widgets-full.iife.js', 'ms-widgets-hydrate.js'].map((f) => join(DIST, 'cdn', f));

/** What no file may contain, each with why. */
const FORBIDDEN = [
  [/\beval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/[^.\w]Function\s*\(\s*["'`]/, 'Function("…")'],
  [/\bset(Timeout|Interval)\s*\(\s*["'`]/, 'a string handed to setTimeout/setInterval'],
  [/\.outerHTML\s*=/, 'outerHTML'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write'],
  [/\bDOMParser\b/, 'DOMParser'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment'],
  [/\bsrcdoc\b/, 'srcdoc'],
  [/\bunsafe(HTML|SVG|MathML|Static)\b/, "Lit's unsafe directives"],
  [/\bfetch\s*\(/, 'fetch'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bsendBeacon\b/, 'sendBeacon'],
  [/\bWebSocket\b/, 'WebSocket'],
  [/\bEventSource\b/, 'EventSource'],
  [/\bimportScripts\b/, 'importScripts'],
  [/\bimport\s*\(/, 'dynamic import'],
  [/\bnew\s+(Shared)?Worker\s*\(/, 'a worker'],
];

/** Lit's one innerHTML, minified: `static createElement(e,t){const i=X.createElement("template");return i.innerHTML=e,i}`. */
const LIT_TEMPLATE_INNERHTML = /static createElement\((\w+),\w+\)\{const (\w+)=[\w$]+\.createElement\("template"\);return \2\.innerHTML=\1,\2\}/g;

/** Every http(s) URL the content gives (any string that is one), and the DOIs of its citation records. */
function fromContent() {
  const urls = new Set();
  const dois = new Set();
  const walk = (v, key) => {
    if (typeof v === 'string' && /^https?:\/\//.test(v)) urls.add(v);
    else if (typeof v === 'string' && key === 'doi') dois.add(v);
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
  };
  for (const file of ['content/en.json', 'content/citations.json']) walk(JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
  return { urls, dois };
}
/**
 * Names that look like URLs but are never fetched: XML namespaces, the
 * schema.org vocabulary that JSON-LD names as its context, and a base for
 * resolving relative links (.invalid never resolves: RFC 2606).
 */
const IDENTIFIERS = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'https://schema.org',
  'https://schema.org/',
  'https://base.invalid/',
]);
/** The DOI resolver: a study card links to its record's DOI there. */
const DOI = 'https://doi.org/';

const read = (path) => readFileSync(path, 'utf8');
const name = (path) => relative(ROOT, path);

test('the built files exist', () => {
  assert.ok(OURS.length > 20, `${OURS.length} compiled modules of ours`);
  for (const file of BUNDLES) assert.ok(statSync(file).size > 1000, name(file));
});

test('our compiled code: no eval, no HTML from strings, no unsafe directive, no network access', () => {
  const found = [];
  for (const file of OURS) {
    const code = read(file);
    for (const [re, what] of [...FORBIDDEN, [/\.innerHTML\b/, 'innerHTML']]) if (re.test(code)) found.push(`${name(file)}: ${what}`);
  }
  assert.deepEqual(found, []);
});

test("the CDN files: the same, and innerHTML only in Lit's template-element builder", () => {
  const found = [];
  for (const file of BUNDLES) {
    const code = read(file);
    for (const [re, what] of FORBIDDEN) if (re.test(code)) found.push(`${name(file)}: ${what}`);
    const lit = code.match(LIT_TEMPLATE_INNERHTML) ?? [];
    assert.equal(lit.length, 1, `${name(file)}: Lit's template innerHTML, once`);
    const rest = code.replace(LIT_TEMPLATE_INNERHTML, '');
    if (/innerHTML/.test(rest)) found.push(`${name(file)}: innerHTML outside Lit's template builder: …${rest.slice(rest.indexOf('innerHTML') - 80, rest.indexOf('innerHTML') + 40)}…`);
  }
  assert.deepEqual(found, []);
});

test("no remote URL but the content's sources and its citations' DOIs", () => {
  const { urls, dois } = fromContent();
  const allowed = (url) => {
    const u = url.replace(/[.,;:]+$/, '');
    if (urls.has(u) || IDENTIFIERS.has(u) || u === DOI) return true;
    // A DOI of the content's, or the template that builds one (`${…doi}`).
    return u.startsWith(DOI) && (dois.has(u.slice(DOI.length)) || /^\$\{[\w.]*doi\}$/.test(u.slice(DOI.length)));
  };
  const found = [];
  for (const file of [...OURS, ...BUNDLES]) {
    for (const [url] of read(file).matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]+/g)) {
      if (!allowed(url)) found.push(`${name(file)}: ${url}`);
    }
  }
  assert.deepEqual(found, []);
});

test('every link a template renders carries rel="noopener noreferrer"', () => {
  const links = [];
  for (const file of OURS) {
    for (const [tag] of read(file).matchAll(/<a\s[^>]*>/g)) {
      links.push(tag);
      assert.match(tag, /\srel="noopener noreferrer"/, `${name(file)}: ${tag}`);
    }
  }
  assert.ok(links.length > 0, 'the source list renders links');
});
