/* global window, document, customElements -- used in functions that run in the page (page.evaluate) */
// The package as users get it: `npm pack`, then the tarball installed into a
// throwaway project with npm (React beside it, as a React app would have),
// then:
//   - the tarball holds every export's files and nothing of the sources;
//   - every export imports in Node;
//   - every browser export imports in a page (bundled by esbuild, a bundler
//     other than the one that built it), the elements render, and the React
//     wrappers render and map ms-toggle to onMsToggle;
//   - a TypeScript file using every element and a TSX file using the React
//     wrappers and the JSX types type-check (bundler and nodenext resolution);
//   - both CDN files load on plain pages with `integrity` and `crossorigin`,
//     and a wrong hash is refused.
// Run `npm run build` first (npm test does). Needs the npm registry or its
// cache (npm install --prefer-offline) and Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromeArgs, chromePath } from '../../scripts/test-env/browsers.js';
import { sri } from '../../scripts/build/integrity.js';
import { TAGS } from '../support/tags.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const tsc = join(repo, 'node_modules/typescript/bin/tsc');
const NAME = 'ms-stem-cell-widgets';
const CLASSES = TAGS.map((t) => t.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()));

let work; // the temporary folder: tarball, app
let app; // the installed project
let packed; // npm pack --json's answer
let pkg; // the installed package.json
let browser;
let server;
let origin;

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'ms-pack-'));
  // npm test has just built dist/: pack it as it is (prepack would rebuild).
  [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], repo));
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }));
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, packed.filename), 'react@^19', 'react-dom@^19'],
    app,
  );
  pkg = JSON.parse(readFileSync(join(app, 'node_modules', NAME, 'package.json'), 'utf8'));
  server = await serve(app);
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every file an export points at, under any condition. */
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
/** Whether an export has code (not only types) for this environment's conditions. */
const resolves = (value, conditions) =>
  typeof value === 'string' || Object.keys(value).some((c) => conditions.includes(c) && resolves(value[c], conditions));
const NODE = ['node', 'import', 'default'];
const BROWSER = ['browser', 'import', 'default'];
// The CDN files are classic/module scripts for pages, loaded below as such.
const isCdnScript = (key) => /^\.\/cdn\/.*\.js$/.test(key);

test('the tarball holds every export, the CDN files with their hashes, the manifest and the types; no sources', () => {
  const files = new Set(packed.files.map((f) => f.path));
  for (const [key, value] of Object.entries(pkg.exports)) {
    for (const target of targets(value)) assert.ok(files.has(target.replace(/^\.\//, '')), `${key} → ${target} is in the tarball`);
  }
  for (const file of [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'custom-elements.json',
    'dist/cdn/ms-widgets.js',
    'dist/cdn/ms-widgets.iife.js',
    'dist/cdn/ms-widgets-full.js',
    'dist/cdn/ms-widgets-full.iife.js',
    'dist/cdn/integrity.json',
    'dist/react/index.js',
    'dist/react/index.d.ts',
    'dist/jsx/jsx-types.d.ts',
    'dist/editor/vscode.html-custom-data.json',
    'dist/editor/vscode.css-custom-data.json',
    'dist/editor/web-types.json',
    'dist/index.d.ts',
    'content/en.json',
    'content/schema.json',
  ]) {
    assert.ok(files.has(file), `${file} is in the tarball`);
  }
  for (const name of ['article', 'section', 'benefit-list', 'evidence-card', 'evidence-list', 'risk-panel', 'source-list', 'disclaimer']) {
    assert.deepEqual(pkg.exports[`./${name}`], {
      types: `./dist/components/${name}/${name}.d.ts`,
      default: `./dist/components/${name}/${name}.js`,
    });
  }
  // docs/ ships only the screenshot the README shows (its image on the registry's page).
  const stray = [...files].filter(
    (f) =>
      f !== 'docs/screenshot-light.png' &&
      /^(src|test|stories|scripts|node_modules|demo|docs|\.storybook|storybook-static)\/|\.tsbuildinfo$|^dist\/(?!cdn\/).*\.map$/.test(f),
  );
  assert.deepEqual(stray, [], 'nothing but what users need');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.peerDependenciesMeta?.react?.optional, true, 'React is an optional peer');
  assert.ok(pkg.peerDependencies?.react, 'React is a peer dependency');
  assert.equal(pkg.dependencies.react, undefined, 'React is not a dependency');
});

test('the installed command runs under the package\'s name and as ms-widgets', () => {
  assert.deepEqual(Object.keys(pkg.bin).sort(), [NAME, 'ms-widgets']);
  for (const name of Object.keys(pkg.bin)) {
    // --no-install: the tarball's bin in the app's node_modules/.bin, never a registry package of that name.
    const out = run('npx', ['--no-install', name, '--help'], app);
    assert.match(out, /^Usage: ms-widgets render <input>/, name);
  }
});

test('every export imports in Node', () => {
  const keys = Object.keys(pkg.exports).filter((k) => resolves(pkg.exports[k], NODE) && !isCdnScript(k));
  // Checked first: server rendering (./ssr) installs its own DOM globals.
  const script = `
    const out = {};
    const root = await import('${NAME}');
    out.title = root.getContent('en').meta.title;
    out.defined = ${JSON.stringify(TAGS)}.map((t) => typeof customElements === 'undefined' || customElements.get(t) !== undefined);
    for (const key of ${JSON.stringify(keys)}) {
      const spec = '${NAME}' + key.slice(1);
      const mod = key.endsWith('.json') ? await import(spec, { with: { type: 'json' } }) : await import(spec);
      out[key] = Object.keys(mod).sort();
    }
    const react = await import('${NAME}/react');
    out.react = Object.values(react).map((c) => c.$$typeof === Symbol.for('react.forward_ref'));
    console.log(JSON.stringify(out));
  `;
  writeFileSync(join(app, 'node-import.mjs'), script);
  const out = JSON.parse(run(process.execPath, ['node-import.mjs'], app));
  for (const key of keys) assert.ok(out[key], `${key} imported`);
  for (const cls of CLASSES) assert.ok(out['.'].includes(cls), `"." exports ${cls}`);
  for (const fn of ['getContent', 'registerContent', 'validatePack']) {
    assert.ok(out['.'].includes(fn), `"." exports ${fn}`);
    assert.ok(out['./content'].includes(fn), `"./content" exports ${fn}`);
  }
  assert.equal(out['./content'].some((k) => k.startsWith('Ms')), false, '"./content" exports no element');
  for (const [i, tag] of TAGS.entries()) {
    const name = tag.replace(/^ms-/, '');
    assert.ok(out[`./${name}`].includes(CLASSES[i]), `./${name} exports ${CLASSES[i]}`);
  }
  assert.deepEqual(out['./react'], [...CLASSES].sort());
  assert.deepEqual(out.react, CLASSES.map(() => true));
  assert.ok(out.defined.every(Boolean));
  assert.equal(out.title, 'The Potential of Stem Cell Therapy in the Treatment of Multiple Sclerosis');
});

test('every browser export imports in a page; the elements render; the React wrappers render and fire onMsToggle', async () => {
  const keys = Object.keys(pkg.exports).filter((k) => resolves(pkg.exports[k], BROWSER) && !isCdnScript(k));
  const entry = `
    ${keys.map((k, i) => `import * as m${i} from '${NAME}${k.slice(1)}';`).join('\n')}
    import { createElement } from 'react';
    import { createRoot } from 'react-dom/client';
    import { MsRiskPanel, MsBenefitList } from '${NAME}/react';
    window.imported = { ${keys.map((k, i) => `${JSON.stringify(k)}: Object.keys(m${i})`).join(', ')} };
    window.toggles = [];
    const host = document.getElementById('react');
    createRoot(host).render([
      createElement(MsBenefitList, { key: 'b', benefits: 'immune-system-modulation', layout: 'grid' }),
      createElement(MsRiskPanel, { key: 'r', open: true, onMsToggle: (e) => window.toggles.push(e.detail) }),
    ]);
  `;
  const dir = join(app, 'bundled');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'entry.js'), entry);
  await build({
    entryPoints: [join(dir, 'entry.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(dir, 'out.js'),
    absWorkingDir: app,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>npm</title><link rel="icon" href="data:,"></head><body>
      ${TAGS.map((t) => `<${t}${t === 'ms-evidence-card' ? ' study="halt-ms"' : t === 'ms-section' ? ' name="introduction"' : ''}></${t}>`).join('\n')}
      <div id="react"></div>
      <script type="module" src="out.js"></script></body></html>`,
  );
  const { page, problems } = await open('/bundled/index.html');
  // ms-toggle fires for a reader's toggle, not for the first render: fold the React panel's first precaution.
  await page.locator('#react ms-risk-panel summary').first().click();
  await page.waitForFunction(() => window.toggles?.length === 1, null, { timeout: 10000 });
  const state = await page.evaluate((tags) => {
    const text = (el) => el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const react = document.getElementById('react');
    return {
      imported: window.imported,
      rendered: tags.map((t) => text(document.querySelector(t)).length > 20),
      reactBenefits: text(react.querySelector('ms-benefit-list')),
      reactLayout: react.querySelector('ms-benefit-list').getAttribute('layout'),
      toggles: window.toggles,
    };
  }, TAGS);
  await page.close();
  assert.deepEqual(problems, []);
  for (const key of keys) assert.ok(state.imported[key], `${key} imported in the browser`);
  assert.deepEqual(state.rendered, TAGS.map(() => true), 'every element renders its text');
  assert.match(state.reactBenefits, /Immune System Modulation/i);
  assert.doesNotMatch(state.reactBenefits, /Regeneration of Myelin/i, 'the benefits prop reached the element');
  assert.equal(state.reactLayout, 'grid');
  assert.deepEqual(
    state.toggles.map((d) => `${d.id}:${d.open}`).sort(),
    ['treatment-selection:false'],
    'onMsToggle receives ms-toggle for the precaution the reader folded',
  );
});

test('a TypeScript file using every element and a TSX file using the React wrappers and JSX types type-check', () => {
  cpSync(join(fixtures, 'elements.mts'), join(app, 'elements.mts'));
  cpSync(join(fixtures, 'react.tsx'), join(app, 'react.tsx'));
  const base = {
    target: 'es2022',
    lib: ['es2022', 'dom', 'dom.iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    // Our declarations are checked too, not only the files that use them.
    skipLibCheck: false,
    types: [],
  };
  const check = (name, compilerOptions, files) => {
    writeFileSync(join(app, name), JSON.stringify({ compilerOptions: { ...base, ...compilerOptions }, files }));
    try {
      run(process.execPath, [tsc, '-p', name], app);
    } catch (e) {
      assert.fail(`tsc -p ${name}:\n${e.stdout}${e.stderr}`);
    }
  };
  check('tsconfig.bundler.json', { module: 'esnext', moduleResolution: 'bundler' }, ['elements.mts', 'react.tsx']);
  check('tsconfig.nodenext.json', { module: 'nodenext', moduleResolution: 'nodenext' }, ['elements.mts', 'react.tsx']);
});

test('a mistake in a typed use is reported (the type-check can fail)', () => {
  writeFileSync(
    join(app, 'tsconfig.wrong.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] }, files: ['wrong.mts'] }),
  );
  // The tag map comes from the package once it is imported.
  writeFileSync(join(app, 'wrong.mts'), `import '${NAME}/benefit-list';\ndocument.createElement('ms-benefit-list').layout = 'columns';\n`);
  assert.throws(() => run(process.execPath, [tsc, '-p', 'tsconfig.wrong.json'], app), (e) => /TS2322/.test(e.stdout));
});

const cdnUrl = (file) => `/node_modules/${NAME}/dist/cdn/${file}`;
const cdnPage = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title><link rel="icon" href="data:,"></head><body>
  ${TAGS.map((t) => `<${t}${t === 'ms-evidence-card' ? ' study="halt-ms"' : t === 'ms-section' ? ' name="introduction"' : ''}></${t}>`).join('\n')}
  ${script}
</body></html>`;

test('integrity.json holds the sha384 of each CDN file as packed', () => {
  const dir = join(app, 'node_modules', NAME, 'dist/cdn');
  const hashes = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8'));
  for (const file of ['ms-widgets.js', 'ms-widgets.iife.js', 'ms-widgets-full.js', 'ms-widgets-full.iife.js']) {
    assert.match(hashes[file], /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.equal(hashes[file], sri(readFileSync(join(dir, file))), file);
  }
});

const moduleTag = (src, hash) => `<script type="module" src="${src}" integrity="${hash}" crossorigin="anonymous"></script>`;
const classicTag = (src, hash) => `<script src="${src}" integrity="${hash}" crossorigin="anonymous"></script>`;
for (const [file, tag] of [
  ['ms-widgets.js', moduleTag],
  ['ms-widgets.iife.js', classicTag],
  ['ms-widgets-full.js', moduleTag],
  ['ms-widgets-full.iife.js', classicTag],
]) {
  test(`CDN ${file} loads with integrity and crossorigin on a plain page, alone`, async () => {
    const hashes = JSON.parse(readFileSync(join(app, 'node_modules', NAME, 'dist/cdn/integrity.json'), 'utf8'));
    const name = `cdn-${file}.html`;
    writeFileSync(join(app, name), cdnPage(tag(cdnUrl(file), hashes[file])));
    const { page, problems, requests } = await open(`/${name}`);
    await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS, { timeout: 10000 });
    const state = await page.evaluate(
      (tags) => ({
        rendered: tags.map((t) => (document.querySelector(t).shadowRoot?.textContent.trim().length ?? 0) > 20),
        global: typeof window.MsWidgets?.MsArticle,
        api: typeof window.MsWidgets?.registerContent,
      }),
      TAGS,
    );
    await page.close();
    assert.deepEqual(problems, []);
    assert.deepEqual(state.rendered, TAGS.map(() => true), 'every element renders');
    // A classic script exposes its exports on window.MsWidgets (the content
    // API only from the full file); a module does not touch window.
    const classic = file.includes('iife');
    assert.equal(state.global, classic ? 'function' : 'undefined');
    assert.equal(state.api, classic && file.includes('full') ? 'function' : 'undefined');
    assert.deepEqual(requests, [`/${name}`, cdnUrl(file)], 'the page fetches the file and nothing else');
  });

  test(`CDN ${file} with a wrong integrity hash is refused`, async () => {
    const wrong = sri(Buffer.from('not the file'));
    const name = `cdn-wrong-${file}.html`;
    writeFileSync(join(app, name), cdnPage(tag(cdnUrl(file), wrong)));
    const { page, problems } = await open(`/${name}`);
    await page.waitForTimeout(500);
    const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    await page.close();
    assert.deepEqual(defined, [], 'nothing runs');
    assert.ok(problems.some((p) => /integrity/i.test(p)), `the browser reports the integrity failure: ${problems.join(' | ')}`);
  });
}

/** Opens a page of the app; collects errors, console errors and requested paths. */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, problems, requests };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/** A static file server for `root` on a free local port. */
function serve(root) {
  return new Promise((resolve) => {
    const s = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
      try {
        const body = readFileSync(join(root, path));
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    s.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${s.address().port}`;
      resolve(s);
    });
  });
}
