// The README and the Storybook's MDX pages: every link leads somewhere, and
// no snippet carries a placeholder integrity value. Fast, no build needed.
//
// The rules (Contributing, "Docs and their links"):
// - a relative link or image points at a file that exists, resolved from the
//   file that links; an #anchor to a Markdown or MDX file is one of its
//   headings by GitHub's slug rules (Storybook's docs headings use the same);
// - a link between Storybook pages, `?path=/docs/<id>` or `?path=/story/<id>`,
//   names an id that the sources declare: a title from an MDX `<Meta title>`
//   or a stories file's `title`, as Storybook turns titles and export names
//   into ids. Checked against the sources, not a build, so it needs none;
// - an MDX page's relative imports resolve;
// - a link into the published package on jsDelivr names package.json's
//   version and a file that the package ships;
// - no `integrity` value is a placeholder or a literal hash (which would go
//   stale with the next build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const read = (file) => readFileSync(join(ROOT, file), 'utf8');

/** The text outside fenced code blocks, with the fences' lines blanked. */
export const withoutFences = (text) => {
  let fence = null;
  return text
    .split('\n')
    .map((line) => {
      const open = line.match(/^\s*(`{3,}|~{3,})/);
      if (fence) {
        if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = null;
        return '';
      }
      if (open) {
        fence = open[1];
        return '';
      }
      return line;
    })
    .join('\n');
};

/** The text outside code, fenced or inline. */
const prose = (text) => withoutFences(text).replace(/(`+)[\s\S]*?\1/g, '');

/** GitHub's heading slug (github-slugger, which Storybook's docs use too). */
export const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');

/** The heading text as rendered: code marks, emphasis and link targets gone. */
const headingText = (raw) =>
  raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2')
    .replace(/<[^>]+>/g, '');

/** Every anchor a Markdown or MDX text's headings give, duplicates numbered as GitHub does. */
export const anchors = (text) => {
  const seen = new Map();
  const out = new Set();
  for (const match of withoutFences(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(headingText(match[1]));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
};

/** Every link and image target in a Markdown or MDX text (outside code). */
export const links = (text) => {
  const body = prose(text);
  const out = [];
  for (const m of body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]);
  for (const m of body.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)) out.push(m[1]);
  for (const m of body.matchAll(/\s(?:href|src)="([^"]+)"/g)) out.push(m[1]);
  return out;
};

/** Storybook's id of a title or a story name (sanitize in storybook/internal/csf). */
export const storybookId = (title) =>
  title
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');

/** A story's name from its export name, as Storybook's storyNameFromExport (lodash startCase) gives it. */
export const storyName = (exportName) =>
  exportName
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-zA-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();

/**
 * The Storybook pages and stories the sources declare: docs id → the MDX
 * text whose headings are its anchors (null for generated pages), and the
 * set of story ids.
 */
export const storybookIndex = (files) => {
  const docs = new Map();
  const stories = new Set();
  const titles = new Map();
  for (const [file, text] of files) {
    if (!file.endsWith('.stories.ts')) continue;
    const title = text.match(/^\s*title:\s*['"]([^'"]+)['"]/m)?.[1];
    if (!title) continue;
    titles.set(file.replace(/\.ts$/, ''), title);
    const id = storybookId(title);
    if (/autodocs/.test(text)) docs.set(`${id}--docs`, null);
    for (const m of text.matchAll(/^export const (\w+)/gm)) stories.add(`${id}--${storybookId(storyName(m[1]))}`);
  }
  for (const [file, text] of files) {
    if (!file.endsWith('.mdx')) continue;
    const own = text.match(/<Meta\s+title="([^"]+)"/)?.[1];
    const of = text.match(/<Meta\s+of=\{(\w+)\}/)?.[1];
    const from = of && text.match(new RegExp(`import \\* as ${of} from '\\./([^']+)'`))?.[1];
    const title = own ?? (from && titles.get(`stories/${from.replace(/\.ts$/, '')}`));
    // An MDX page attached to a stories file (<Meta of>) is named after its
    // own file unless both files share a name (Storybook's autoName).
    const base = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
    const name = own || (from && from.replace(/^.*\//, '').replace(/\.stories(\.ts)?$/, '') === base) ? 'docs' : base;
    if (title) docs.set(`${storybookId(title)}--${storybookId(name)}`, text);
  }
  return { docs, stories };
};

/** The files a package.json `files` list ships, as a test of one path. */
const shipped = (path) =>
  pkg.files.some((entry) => path === entry || path.startsWith(`${entry.replace(/\/$/, '')}/`));

/**
 * Problems with one file's links: `file` is its path from the repository
 * root, `text` its content, `files` every docs file (path → text) and
 * `exists(path)` whether a repository path exists.
 */
export const checkLinks = (file, text, { index, exists, readText }) => {
  const problems = [];
  const here = dirname(file);
  for (const target of links(text)) {
    const say = (why) => problems.push(`${file}: ${target}: ${why}`);
    const cdn = target.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/([^@/]+)@([^/]+)\/(.+)$/);
    if (cdn && cdn[1] === pkg.name) {
      if (cdn[2] !== pkg.version) say(`names version ${cdn[2]}; package.json is ${pkg.version}`);
      if (!shipped(cdn[3])) say(`${cdn[3]} is not in package.json "files", so the package does not ship it`);
      else if (!cdn[3].startsWith('dist/') && !exists(cdn[3])) say(`${cdn[3]} does not exist`);
      continue;
    }
    if (/^[a-z][a-z\d+.-]*:/i.test(target)) continue; // http:, https:, mailto:
    const story = target.match(/^\?path=\/(docs|story)\/([^#&]+)(?:#(.+))?$/);
    if (story) {
      const [, kind, id, anchor] = story;
      if (kind === 'docs') {
        if (!index.docs.has(id)) say(`no Storybook docs page has the id "${id}"`);
        else if (anchor) {
          const page = index.docs.get(id);
          if (page === null) say(`"${id}" is a generated page: it has no headings to link to`);
          else if (!anchors(page).has(anchor)) say(`the page "${id}" has no heading #${anchor}`);
        }
      } else if (!index.stories.has(id)) say(`no story has the id "${id}"`);
      continue;
    }
    if (target.startsWith('?')) {
      say('a Storybook link must be ?path=/docs/<id> or ?path=/story/<id>');
      continue;
    }
    const [path, anchor] = target.split('#');
    if (path === '') {
      if (!anchors(text).has(anchor)) say(`no heading #${anchor} in this file`);
      continue;
    }
    const repoPath = relative(ROOT, resolve(ROOT, here, decodeURI(path)));
    if (repoPath.startsWith('..')) {
      say('leads out of the repository');
      continue;
    }
    if (!exists(repoPath)) {
      say(`${repoPath} does not exist`);
      continue;
    }
    if (anchor !== undefined && /\.mdx?$/.test(repoPath) && !anchors(readText(repoPath)).has(anchor)) {
      say(`${repoPath} has no heading #${anchor}`);
    }
  }
  if (file.endsWith('.mdx')) {
    for (const m of withoutFences(text).matchAll(/^import\s[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const base = relative(ROOT, resolve(ROOT, here, m[1]));
      if (!['', '.ts', '.tsx', '.js'].some((ext) => exists(base + ext))) problems.push(`${file}: import ${m[1]}: ${base} does not exist`);
    }
  }
  return problems;
};

/** `integrity` values in a text that are placeholders or literal hashes. */
export const integrityProblems = (file, text) => {
  const problems = [];
  for (const m of text.matchAll(/integrity\s*[=:]\s*["'`]?\s*(sha(?:256|384|512)-[^"'`\s>,)}]*)/gi)) {
    const value = m[1];
    const line = text.slice(0, m.index).split('\n').length;
    problems.push(
      /^sha(?:256|384|512)-[A-Za-z0-9+/]{43,86}={0,2}$/.test(value)
        ? `${file}:${line}: a literal integrity value (${value.slice(0, 16)}…) goes stale with the next build: say where it is (dist/cdn/integrity.json) or compute it`
        : `${file}:${line}: placeholder integrity value "${value}": give none, or the real one from dist/cdn/integrity.json`,
    );
  }
  return problems;
};

// ---------------------------------------------------------------------------

const walk = (dir) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? walk(path) : [path];
  });

const docsFiles = () => ['README.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'stories')).filter((f) => f.endsWith('.mdx')).map((f) => `stories/${f}`)];
const storyFiles = () => readdirSync(join(ROOT, 'stories')).filter((f) => f.endsWith('.stories.ts')).map((f) => `stories/${f}`);
const allFiles = () => new Map([...docsFiles(), ...storyFiles()].map((f) => [f, read(f)]));
const repoContext = (files) => ({
  index: storybookIndex(files),
  exists: (path) => existsSync(join(ROOT, path)),
  readText: (path) => read(path),
});

test('the README and every MDX page: relative links, images, anchors, Storybook links and imports resolve', () => {
  const files = allFiles();
  const context = repoContext(files);
  const problems = docsFiles().flatMap((file) => checkLinks(file, files.get(file), context));
  assert.deepEqual(problems, []);
  // Not vacuous: the pages link to each other and the README into them.
  assert.ok(links(files.get('README.md')).filter((l) => l.startsWith('stories/')).length >= 9, 'the README links into the docs');
  assert.ok(context.index.docs.size >= 18, `only ${context.index.docs.size} docs pages found in the sources`);
});

test('no snippet carries a placeholder or literal integrity value (README, MDX pages, Get code page)', () => {
  const scanned = [...docsFiles(), ...walk('site/get-code').filter((f) => statSync(join(ROOT, f)).size < 500_000)];
  assert.ok(scanned.some((f) => f.startsWith('site/get-code/')), 'the Get code page sources are scanned');
  assert.deepEqual(
    scanned.flatMap((file) => integrityProblems(file, read(file))),
    [],
  );
});

test('the README is a front door: at most 12,000 bytes, the quick start in its first 60 lines', () => {
  const readme = readFileSync(join(ROOT, 'README.md'));
  assert.ok(readme.length <= 12_000, `README.md is ${readme.length} bytes`);
  const first60 = readme.toString('utf8').split('\n').slice(0, 60).join('\n');
  assert.match(first60, /npm install && npm start/);
  assert.match(first60, /^npm test\b/m);
});

// The checker itself, on made-up pages: each kind of broken link is caught.
test('a broken link of each kind fails the check', () => {
  const files = new Map([
    ['stories/a.stories.ts', "export default {\n  title: 'Elements/ms-thing',\n  tags: ['autodocs'],\n};\nexport const BlogPost = {};\n"],
    ['stories/Guide.mdx', '<Meta title="Guides/Trust and citations" />\n\n# Trust\n\n## Review dates\n'],
    ['stories/ThingGuide.mdx', "import * as A from './a.stories';\n\n<Meta of={A} />\n\n# Thing\n"],
  ]);
  const exists = (path) => ['README.md', 'stories/Guide.mdx', 'docs/here.png'].includes(path);
  const context = { index: storybookIndex(files), exists, readText: (path) => (path === 'stories/Guide.mdx' ? files.get(path) : '# Top\n') };
  const good = [
    '[a](stories/Guide.mdx#review-dates)',
    '![s](docs/here.png)',
    '[b](?path=/docs/guides-trust-and-citations--docs#review-dates)',
    '[c](?path=/docs/elements-ms-thing--docs)',
    '[d](?path=/story/elements-ms-thing--blog-post)',
    '[d2](?path=/docs/elements-ms-thing--thingguide)',
    '[e](#the-heading)',
    '[f](https://example.org/nowhere)',
    '`[not a link](missing.md)`',
  ].join('\n');
  assert.deepEqual(checkLinks('README.md', `# The heading\n\n${good}\n`, context), []);
  for (const broken of [
    '[a](stories/Gone.mdx)',
    '[a](stories/Guide.mdx#no-such-heading)',
    '![s](docs/missing.png)',
    '<img src="docs/missing.png">',
    '[b](?path=/docs/guides-trust--docs)',
    '[b](?path=/docs/guides-trust-and-citations--docs#nope)',
    '[d](?path=/story/elements-ms-thing--clinic-page)',
    '[e](#not-here)',
    '[g](../../outside.md)',
    `[h](https://cdn.jsdelivr.net/npm/${pkg.name}@9.9.9/dist/cdn/ms-widgets.js)`,
    `[i](https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/stories/Guide.mdx)`,
  ]) {
    assert.equal(checkLinks('README.md', `# The heading\n\n${broken}\n`, context).length, 1, broken);
  }
  assert.equal(checkLinks('stories/X.mdx', "import x from '../docs/gone.png';\n", context).length, 1, 'a missing import');
});

test('placeholder and literal integrity values fail the check; none passes', () => {
  assert.equal(integrityProblems('x.html', '<script src="a.js" integrity="sha384-…" crossorigin="anonymous">').length, 1);
  assert.equal(integrityProblems('x.md', 'integrity="sha384-..."').length, 1);
  assert.equal(integrityProblems('x.js', "{ integrity: 'sha384-PLACEHOLDER' }").length, 1);
  assert.equal(integrityProblems('x.md', `integrity="sha384-${'A'.repeat(64)}"`).length, 1, 'a literal hash');
  assert.deepEqual(integrityProblems('x.js', 'integrity="${hash}" and integrity: hashes[file]'), []);
});

test('slugs and ids follow GitHub and Storybook', () => {
  assert.equal(slug(headingText('On the page: `ms-widgets-hydrate.js`')), 'on-the-page-ms-widgets-hydratejs');
  assert.equal(slug(headingText('CDN, ES module')), 'cdn-es-module');
  assert.deepEqual([...anchors('# A\n## A\n```\n# not\n```\n')], ['a', 'a-1']);
  assert.equal(storybookId('Guides/Trust and citations'), 'guides-trust-and-citations');
  assert.equal(storybookId(storyName('OneAccentBothSchemes')), 'one-accent-both-schemes');
  assert.equal(storybookId(storyName('RTLPage')), 'rtl-page');
  // Ids seen in a static build (storybook-static/index.json) of this repository.
  const index = storybookIndex(allFiles());
  for (const id of ['introduction--docs', 'guides-theming--theming', 'guides-content-packs--contentpacks', 'guides-install--docs', 'elements-ms-article--docs']) {
    assert.ok(index.docs.has(id), id);
  }
  assert.ok(index.stories.has('examples--blog-post'));
});
