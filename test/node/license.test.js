// The code's licence: a LICENSE file with the MIT text, package.json's
// `license` saying the same, the tarball shipping it, and the file saying
// that it covers the code, not the article's words (which the project
// reproduces and does not license).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const licensePath = new URL('../../LICENSE', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('LICENSE exists and holds the MIT licence text for the contributors', () => {
  assert.ok(existsSync(licensePath), 'LICENSE is missing at the root of the repository');
  const text = readFileSync(licensePath, 'utf8');
  assert.match(text, /^MIT License$/m);
  assert.match(text, /^Copyright \(c\) 2026 The ms-stem-cell-widgets contributors$/m);
  assert.match(text, /Permission is hereby granted, free of charge, to any person obtaining a copy/);
  assert.match(text, /THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND/);
});

test("LICENSE covers the code and says the article's words are not under it", () => {
  const text = readFileSync(licensePath, 'utf8');
  const preamble = text.slice(0, text.indexOf('MIT License'));
  assert.match(preamble, /code/i);
  assert.match(preamble, /article/i);
  assert.match(preamble, /not/i, "the preamble must say the article's words are not covered");
  assert.match(preamble, /content\/en\.json/);
});

test("package.json's license matches the LICENSE file", () => {
  assert.equal(pkg.license, 'MIT');
});

test('the npm tarball ships LICENSE', () => {
  assert.ok(pkg.files.includes('LICENSE'), 'package.json "files" should list LICENSE');
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  assert.ok(
    packed.files.some((f) => f.path === 'LICENSE'),
    'npm pack does not include LICENSE',
  );
});

test('the docs say where the words come from, in one place that the README links to', () => {
  const file = 'stories/TrustAndCitations.mdx';
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const start = text.indexOf('## About the content');
  assert.ok(start >= 0, `${file} has an "About the content" section`);
  const note = text.slice(start, text.indexOf('\n## ', start + 1)).replace(/\s+/g, ' ');
  assert.match(note, /verbatim and unedited/, file);
  assert.match(note, /states no author/, file);
  for (const added of ['`ui`', 'citation checks', 'review dates']) assert.ok(note.includes(added), `${file} names what the project added: ${added}`);
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  assert.ok(readme.includes('](stories/TrustAndCitations.mdx)'), 'the README links to it');
  assert.match(readme, /\[MIT\]\(LICENSE\), for the code and the project's own words, not the article's/, 'the README says what the licence covers');
});
