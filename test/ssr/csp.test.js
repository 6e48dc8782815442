/* global document, getComputedStyle, window, customElements, PointerEvent -- used in functions that run in the page (page.evaluate) */
// Server-rendered widgets under a strict Content-Security-Policy: their
// styles are inline <style> elements in declarative shadow DOM, which a
// style-src without 'unsafe-inline' blocks unless it lists their hashes.
// styleHashes() / RenderReport.styleHashes / `ms-widgets --style-hashes`
// give those hashes; with them the page is styled and nothing is blocked,
// without them (the control) the widgets lose their styles.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPage, styleHashes } from '../../dist/ssr/index.js';
import { BROWSERS, launch } from '../support/ssr/browsers.js';
import { startServer } from '../support/ssr/server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<style>body { margin: 2rem; }</style></head><body>
<ms-benefit-list layout="grid"></ms-benefit-list>
<ms-evidence-card study="halt-ms"></ms-evidence-card>
<ms-risk-panel open></ms-risk-panel>
<ms-disclaimer reviewed="2026-11-25"></ms-disclaimer>
</body></html>`;

let server;
let page;
before(async () => {
  server = await startServer();
  page = renderPage(SOURCE);
});
after(() => server?.close());

test('the report lists each distinct style of the rendered widgets once, and not the page’s own', () => {
  assert.equal(page.rendered, 4);
  assert.ok(page.styleHashes.length >= 4, `${page.styleHashes.length} hashes`);
  for (const h of page.styleHashes) assert.match(h, /^'sha256-[A-Za-z0-9+/]{43}='$/);
  assert.deepEqual(page.styleHashes, [...new Set(page.styleHashes)].sort());
  const all = styleHashes(page.html);
  const own = styleHashes('<style>body { margin: 2rem; }</style>');
  assert.equal(own.length, 1);
  assert.equal(page.styleHashes.includes(own[0]), false, 'the page’s own style is not the widgets’');
  assert.deepEqual(all, [...page.styleHashes, ...own].sort(), 'styleHashes(html) is the widgets’ and the page’s');
  assert.deepEqual(styleHashes(renderPage(SOURCE).html), all, 'the same every render');
});

test('ms-widgets --style-hashes prints the same sources on standard error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ms-csp-'));
  const cli = (...flags) =>
    spawnSync(process.execPath, ['dist/ssr/cli.js', 'render', join(dir, 'in.html'), '-o', join(dir, 'out.html'), ...flags], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  try {
    writeFileSync(join(dir, 'in.html'), SOURCE);
    const withFlag = cli('--style-hashes');
    assert.equal(withFlag.status, 0, withFlag.stderr);
    assert.ok(withFlag.stderr.includes(`ms-widgets: style-src ${page.styleHashes.join(' ')}\n`), withFlag.stderr);
    const without = cli();
    assert.equal(without.status, 0, without.stderr);
    assert.equal(without.stderr.includes('style-src'), false, 'only when asked');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Installed in the page before its scripts: the CSP violations it reports. */
const watchViolations = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

/** The same, with uncaught errors and console errors. */
const watchViolationsAndErrors = () => {
  window.__violations = [];
  window.__errors = [];
  window.__consoleErrors = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  window.addEventListener('error', (e) => window.__errors.push(String(e.message || e.error)));
  window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
  const error = console.error;
  console.error = (...args) => (window.__consoleErrors.push(args.join(' ')), error(...args));
};

/** In the page: the look of the first benefit card and the CSP violations seen so far. */
const probe = () => {
  const card = document.querySelector('ms-benefit-list').shadowRoot.querySelector('li');
  const s = getComputedStyle(card);
  return { edge: s.borderInlineStartWidth, violations: window.__violations };
};

for (const name of BROWSERS) {
  describe(`${name}: a server-rendered page under a strict CSP`, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(() => browser?.close());

    /** A tab showing `html` at `path` under the policy, with `spy` (the violations, by default) installed first. */
    const tabUnder = async (path, html, policy, spy = watchViolations) => {
      const tab = await browser.newPage();
      await tab.evaluateOnNewDocument(spy);
      await tab.goto(server.page(path, html, { 'content-security-policy': policy }));
      return tab;
    };

    const open = async (path, policy) => {
      const tab = await tabUnder(path, page.html, policy);
      const seen = await tab.evaluate(probe);
      await tab.close();
      return seen;
    };

    test('with the widgets’ hashes (and the page’s own) in style-src: styled, nothing blocked', async () => {
      const policy = `default-src 'self'; style-src 'self' ${styleHashes(page.html).join(' ')}`;
      const seen = await open(`/csp/${name}-hashes.html`, policy);
      assert.deepEqual(seen.violations, []);
      assert.equal(seen.edge, '4px', 'the card keeps its accent edge');
    });

    test('hydrated by ms-widgets-hydrate.js under script-src \'self\': still styled, nothing blocked', async () => {
      const hydrating = page.html.replace('</body>', '<script type="module" src="/dist/cdn/ms-widgets-hydrate.js"></script></body>');
      const policy = `default-src 'self'; script-src 'self'; style-src 'self' ${styleHashes(hydrating).join(' ')}`;
      const tab = await tabUnder(`/csp/${name}-hydrate.html`, hydrating, policy);
      await tab.waitForFunction(() => customElements.get('ms-benefit-list') && !document.querySelector('[defer-hydration]'));
      await tab.evaluate(() => Promise.all([...document.querySelectorAll('ms-benefit-list, ms-evidence-card, ms-risk-panel, ms-disclaimer')].map((el) => el.updateComplete)));
      const seen = await tab.evaluate(probe);
      const hydrated = await tab.evaluate(() => document.querySelector('ms-benefit-list').hasUpdated);
      await tab.close();
      assert.equal(hydrated, true, 'the widgets hydrated');
      assert.deepEqual(seen.violations, []);
      assert.equal(seen.edge, '4px');
    });

    /** The page loading ms-widgets-hydrate-loader.js under `scriptPolicy`; what it saw once the loader had its say. */
    const throughLoader = async (file, scriptPolicy) => {
      const hydrating = page.html.replace('</body>', '<script type="module" src="/dist/cdn/ms-widgets-hydrate-loader.js"></script></body>');
      const policy = `default-src 'self'; ${scriptPolicy}; style-src 'self' ${styleHashes(hydrating).join(' ')}`;
      const tab = await tabUnder(`/csp/${name}-${file}.html`, hydrating, policy, watchViolationsAndErrors);
      // The reader's first press: the loader asks for the hydrate file at once.
      await tab.evaluate(() => document.querySelector('ms-benefit-list').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
      await tab.waitForFunction(() => customElements.get('ms-benefit-list') || window.__consoleErrors.length > 0);
      const seen = await tab.evaluate(() => ({
        defined: !!customElements.get('ms-benefit-list'),
        trustedTypes: typeof window.trustedTypes !== 'undefined',
        violations: window.__violations,
        errors: window.__errors,
        consoleErrors: window.__consoleErrors,
      }));
      await tab.close();
      return seen;
    };

    test('through ms-widgets-hydrate-loader.js under Trusted Types for scripts: the loader’s policy passes its one URL, nothing blocked', async () => {
      const { trustedTypes, ...seen } = await throughLoader('loader-tt', "script-src 'self'; require-trusted-types-for 'script'");
      assert.deepEqual(seen, { defined: true, violations: [], errors: [], consoleErrors: [] }, `trusted types: ${trustedTypes}`);
    });

    test('through the loader where the page allows no Trusted Types policy: the widgets stay as rendered, one clear error, nothing uncaught', async () => {
      const seen = await throughLoader('loader-tt-none', "script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'");
      // An engine without Trusted Types ignores both directives: the file loads there.
      if (!seen.trustedTypes) return assert.deepEqual([seen.defined, seen.errors, seen.consoleErrors], [true, [], []]);
      assert.equal(seen.defined, false);
      assert.deepEqual(seen.errors, []);
      assert.equal(seen.consoleErrors.length, 1);
      assert.match(seen.consoleErrors[0], /ms-widgets-hydrate\.js was not loaded: the page's Trusted Types rules do not allow the policy "ms-widgets-hydrate"/);
    });

    test('without them (the control): the styles are blocked and the browser says so', async () => {
      const seen = await open(`/csp/${name}-none.html`, "default-src 'self'; style-src 'self'");
      assert.ok(seen.violations.length > 0, 'violations reported');
      assert.notEqual(seen.edge, '4px', 'the card has lost its styles');
    });
  });
}
