// scripts/tools/audit.js decides from npm audit's JSON: a clean report passes, any
// vulnerability fails naming it, and an unreachable audit endpoint fails
// (or, with --allow-unreachable, passes loudly) but never passes quietly.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/tools/audit.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ms-audit-'));

function run(report, ...flags) {
  const file = join(dir, `${Math.random()}.json`);
  writeFileSync(file, JSON.stringify(report));
  const r = spawnSync(process.execPath, [SCRIPT, '--report', file, ...flags], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

const clean = { auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, dependencies: { prod: 12, total: 12 } } };
const vulnerable = {
  auditReportVersion: 2,
  vulnerabilities: { parse5: { name: 'parse5', severity: 'high', range: '<7.0.0', via: [{ title: 'A made-up advisory', url: 'https://github.com/advisories/GHSA-xxxx' }] } },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 1, critical: 0, total: 1 }, dependencies: { prod: 12, total: 12 } },
};
const unreachable = { message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405, uri: 'https://registry.example/-/npm/v1/security/advisories/bulk', error: { summary: '', detail: '' } };

test('a clean report passes', () => {
  const r = run(clean);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /no vulnerabilities in 12 production dependencies/);
});

test('a vulnerability fails, naming the package and the advisory', () => {
  const r = run(vulnerable, '--allow-unreachable');
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /high parse5 <7\.0\.0: A made-up advisory/);
});

test('an unreachable audit endpoint fails with a clear message', () => {
  const r = run(unreachable);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /NOT AUDITED/);
  assert.match(r.out, /405 from https:\/\/registry\.example/);
});

test('--allow-unreachable passes, but says loudly that nothing was audited', () => {
  const r = run(unreachable, '--allow-unreachable');
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /NOT AUDITED/);
});
