// The release check's checks, one by one, on made-up input (the whole check
// needs a clean tree and a built package: npm run release:check).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  checkChangelog,
  checkCleanTree,
  checkIntegrity,
  checkTarball,
  exportTargets,
  isPageScript,
  nodeTarget,
  readmeImages,
} from '../../scripts/tools/release-check.js';
import { sri } from '../../scripts/build/integrity.js';

const pkg = {
  name: 'ms-stem-cell-widgets',
  version: '1.2.3',
  bin: { 'ms-widgets': 'dist/ssr/cli.js' },
  exports: {
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    './ssr': { types: './dist/ssr/index.d.ts', node: './dist/ssr/index.js' },
    './jsx': { types: './dist/jsx/jsx-types.d.ts' },
    './cdn/ms-widgets.js': './dist/cdn/ms-widgets.js',
  },
};
const readme = '![shot](https://cdn.jsdelivr.net/npm/ms-stem-cell-widgets@1.2.3/docs/shot.png)\n![other](docs/other.png)\n![elsewhere](https://example.org/a.png)\n';
const complete = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist/index.d.ts',
  'dist/index.js',
  'dist/ssr/index.d.ts',
  'dist/ssr/index.js',
  'dist/ssr/cli.js',
  'dist/jsx/jsx-types.d.ts',
  'dist/cdn/ms-widgets.js',
  'docs/shot.png',
  'docs/other.png',
];

test('a clean tree passes; anything in git status fails, named', () => {
  assert.deepEqual(checkCleanTree(''), []);
  const [problem] = checkCleanTree(' M README.md\n?? notes.txt\n');
  assert.match(problem, /not clean \(2 paths: M README\.md, \?\? notes\.txt\)/);
});

test('the CHANGELOG needs a heading for the exact version', () => {
  assert.deepEqual(checkChangelog('# Changelog\n\n## [1.2.3] - 2027-01-01\n', '1.2.3'), []);
  assert.deepEqual(checkChangelog('## [1.2.3] - unreleased\n', '1.2.3'), []);
  assert.equal(checkChangelog('## [1.2.30] - 2027-01-01\n', '1.2.3').length, 1);
  assert.equal(checkChangelog('Fixed in 1.2.3.\n## [1.2.2]\n', '1.2.3').length, 1);
  assert.match(checkChangelog('', '1.2.3')[0], /no entry for 1\.2\.3/);
  // The real one has an entry for the real version.
  const real = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(checkChangelog(readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8'), real.version), []);
});

test('exports: every target, and the one Node loads', () => {
  assert.deepEqual(exportTargets(pkg.exports['.']), ['./dist/index.d.ts', './dist/index.js']);
  assert.equal(nodeTarget(pkg.exports['./ssr']), './dist/ssr/index.js');
  assert.equal(nodeTarget(pkg.exports['./jsx']), null, 'types only');
  assert.ok(isPageScript('./cdn/ms-widgets.js'));
  assert.ok(!isPageScript('./cdn/integrity.json'));
});

test('the README images that come from the package', () => {
  assert.deepEqual(readmeImages(readme, pkg.name), ['docs/shot.png', 'docs/other.png']);
});

test('the tarball: complete passes; a missing export, bin, document or image, or a stray source, fails', () => {
  assert.deepEqual(checkTarball(complete, pkg, readme), []);
  for (const [missing, why] of [
    ['dist/ssr/index.js', /exports "\.\/ssr"/],
    ['dist/ssr/cli.js', /bin "ms-widgets"/],
    ['CHANGELOG.md', /every release ships it/],
    ['docs/shot.png', /an image the README shows/],
  ]) {
    const problems = checkTarball(complete.filter((p) => p !== missing), pkg, readme);
    assert.equal(problems.length, 1, missing);
    assert.match(problems[0], new RegExp(`lacks ${missing.replace('.', '\\.')}`));
    assert.match(problems[0], why);
  }
  assert.match(checkTarball([...complete, 'src/index.ts'], pkg, readme)[0], /users do not need \(src\/index\.ts\)/);
});

test('the integrity file must list each CDN file with its hash, and nothing else', () => {
  const files = { 'a.js': Buffer.from('a'), 'b.js': Buffer.from('b') };
  const good = { 'a.js': sri(files['a.js']), 'b.js': sri(files['b.js']) };
  assert.deepEqual(checkIntegrity(good, files), []);
  assert.match(checkIntegrity({ ...good, 'b.js': sri(Buffer.from('old b')) }, files)[0], /value for b\.js is not the file's hash/);
  assert.match(checkIntegrity({ 'a.js': good['a.js'] }, files)[0], /no entry for b\.js/);
  assert.match(checkIntegrity({ ...good, 'c.js': good['a.js'] }, files)[0], /lists c\.js/);
});
