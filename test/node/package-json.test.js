// package.json as npm reads it: the command-line tool under the package's own
// name (so `npx ms-stem-cell-widgets` never fetches another package), the
// Node versions it supports, and dependencies whose engines accept them, so
// that `npm ci` on CI's Node prints no EBADENGINE. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = new URL('../../', import.meta.url);
const json = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const pkg = json('package.json');
const lock = json('package-lock.json');

test('the bins are named after the package and ms-widgets, and both are the built CLI', () => {
  assert.deepEqual(Object.keys(pkg.bin).sort(), [pkg.name, 'ms-widgets']);
  const cli = fileURLToPath(new URL('dist/ssr/cli.js', root));
  for (const [name, path] of Object.entries(pkg.bin)) {
    const file = fileURLToPath(new URL(path, root));
    assert.equal(realpathSync(file), realpathSync(cli), `${name} → ${path}`);
    assert.ok(readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n'), `${name}: starts with the node shebang`);
    accessSync(file, constants.X_OK);
  }
  assert.ok(pkg.files.includes('dist'), 'the CLI ships');
});

test('engines.node states a valid range that includes the Node running this test', () => {
  assert.ok(semver.validRange(pkg.engines?.node), `engines.node: ${pkg.engines?.node}`);
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `${process.version} in ${pkg.engines.node}`);
  const dev = pkg.devEngines?.runtime;
  assert.equal(dev?.name, 'node');
  assert.ok(semver.subset(dev.version, pkg.engines.node), 'developing needs no Node that users may not have');
});

test('every locked package accepts the oldest Node we support: engines for what users install, devEngines for the rest', () => {
  const users = semver.minVersion(pkg.engines.node).version;
  const developers = semver.minVersion(pkg.devEngines.runtime.version).version;
  const refused = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const range = entry.engines?.node;
    if (!path || !range || typeof range !== 'string') continue;
    const oldest = entry.dev || entry.devOptional ? developers : users;
    if (!semver.satisfies(oldest, range)) refused.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${range}, not ${oldest}`);
  }
  assert.deepEqual(refused, []);
});

test('keywords say what the package is', () => {
  assert.ok(Array.isArray(pkg.keywords) && pkg.keywords.length >= 5);
  for (const word of ['web-components', 'lit', 'multiple-sclerosis']) assert.ok(pkg.keywords.includes(word), word);
});
