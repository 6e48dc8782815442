/* global document, requestAnimationFrame, matchMedia -- page.evaluate callbacks run in the page */
// Accessibility beyond axe, in Chromium: the accessibility tree of
// <ms-article> (its heading outline and its landmarks), forced colours,
// 320px reflow and 200% zoom, and reduced motion, emulated through the
// DevTools protocol. Screenshots for a person go to screenshots/cdp/.
// Keyboard use in every engine: test/keyboard.test.ts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DEEP_ALL, SHOTS, en, open } from '../support/cdp.js';

let env;
before(async () => {
  env = await open();
});
after(() => env?.close());

const title = en.meta?.title ?? en.title;

/** The article's outline as a reader's tool lists it: [level, name]. */
function expectedOutline() {
  const section = (id) => en.sections.find((s) => s.id === id);
  const h3 = (text) => [3, text];
  return [
    [2, title],
    ...['introduction', 'understanding-ms', 'conventional-treatments', 'exploring-stem-cell-therapy'].map((id) => h3(section(id).heading)),
    h3(en.benefits.heading),
    ...en.benefits.items.map((b) => [4, b.title]),
    h3(en.evidence.heading),
    ...en.evidence.items.map((s) => [4, en.ui.studyNames[s.id]]),
    h3(en.precautions.heading),
    ...en.precautions.items.map((p) => [4, p.title]),
    h3(section('conclusion').heading),
    h3(en.sources.heading),
    h3(en.ui.disclaimerLabel),
  ];
}

function walk(node, visit) {
  visit(node);
  (node.children ?? []).forEach((c) => walk(c, visit));
}

test('the accessibility tree has the article outline in order, with correct levels, and one landmark per part', async () => {
  const { page, errors } = await env.page('<main><ms-article reviewed="2026-11-25"></ms-article></main>');
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  const headings = [];
  const landmarks = [];
  walk(tree, (n) => {
    if (n.role === 'heading') headings.push([n.level, n.name]);
    if (['region', 'complementary', 'navigation', 'contentinfo', 'banner', 'form', 'search'].includes(n.role)) landmarks.push([n.role, n.name]);
  });
  assert.deepEqual(headings, expectedOutline());
  // No level skipped on the way down.
  headings.forEach(([level], i) => i && assert.ok(level <= headings[i - 1][0] + 1, `heading ${i} skips a level`));

  // Each part of the article is one landmark, named by its own heading; the
  // evidence cards are articles, not landmarks, so they do not flood the list.
  const section = (id) => en.sections.find((s) => s.id === id).heading;
  assert.deepEqual(landmarks, [
    ...['introduction', 'understanding-ms', 'conventional-treatments', 'exploring-stem-cell-therapy'].map((id) => ['region', section(id)]),
    ['region', en.benefits.heading],
    ['region', en.evidence.heading],
    ['region', en.precautions.heading],
    ['region', section('conclusion')],
    ['region', en.sources.heading],
    ['complementary', en.ui.disclaimerLabel],
  ]);
  const articles = [];
  walk(tree, (n) => n.role === 'article' && articles.push(n.name));
  assert.deepEqual(articles, [title, ...en.evidence.items.map((s) => en.ui.studyNames[s.id])]);
  assert.deepEqual(errors, []);
  await page.close();
});

/**
 * In the page: every text-bearing element the widgets render is laid out
 * inside the viewport horizontally, not clipped by its box, and the page does
 * not scroll sideways. Returns what is wrong.
 */
const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const all = (${DEEP_ALL})(document);
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push('page scrolls sideways: ' + root.scrollWidth + ' > ' + root.clientWidth);
  for (const el of all) {
    if (!el.getRootNode().host || !/^(h[1-6]|p|li|summary|a|cite|time)$/.test(el.localName)) continue;
    if (el.closest('details:not([open])') && el.localName !== 'summary') continue;
    const box = el.getBoundingClientRect();
    const what = el.localName + ' "' + el.textContent.trim().slice(0, 40) + '"';
    if (box.width === 0 || box.height === 0) problems.push(what + ' has no box');
    if (box.left < -0.5 || box.right > root.clientWidth + 0.5) problems.push(what + ' is outside the viewport: ' + box.left + '..' + box.right);
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') problems.push(what + ' is clipped');
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) === 0) problems.push(what + ' is invisible');
  }
  return problems;
})()`;

const ARTICLE = '<ms-article reviewed="2026-11-25"></ms-article><ms-evidence-card study="halt-ms"></ms-evidence-card>';
const OPEN = `(${DEEP_ALL})(document).filter((el) => el.localName === 'details').forEach((d) => (d.open = true))`;

for (const [name, options, setup] of [
  ['320px wide (reflow)', { width: 320, height: 640 }, null],
  ['200% zoom (640 CSS px at device scale 2)', { width: 640, height: 400, deviceScaleFactor: 2 }, null],
  ['320px wide with text at 200%', { width: 320, height: 640 }, () => (document.documentElement.style.fontSize = '200%')],
]) {
  test(`${name}: nothing clipped, hidden or outside the viewport, no horizontal scrolling`, async () => {
    const { page, errors } = await env.page(ARTICLE, options);
    if (setup) await page.evaluate(setup);
    await page.evaluate(OPEN);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    assert.deepEqual(await page.evaluate(LAYOUT_PROBLEMS), []);
    await page.screenshot({ path: join(SHOTS, `${name.split(' ')[0].replace('%', 'pct')}${setup ? '-text200' : ''}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('forced colours: text, borders, markers and the focus ring stay visible in the system colours', async () => {
  const { page, cdp, errors } = await env.page(ARTICLE, { width: 800, height: 800 });
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  await page.evaluate(OPEN);
  const problems = await page.evaluate(`(() => {
    const problems = [];
    const all = (${DEEP_ALL})(document);
    const probe = document.createElement('div');
    document.body.append(probe);
    const system = (c) => { probe.style.color = c; return getComputedStyle(probe).color; };
    const canvas = system('Canvas');
    for (const el of all) {
      if (!el.getRootNode().host) continue;
      const s = getComputedStyle(el);
      const what = el.localName + ' "' + el.textContent.trim().slice(0, 30) + '"';
      if (/^(h[1-6]|p|li|summary|a|cite|time)$/.test(el.localName) && (s.color === canvas || s.color === 'rgba(0, 0, 0, 0)')) problems.push(what + ' text is the background colour');
      if (el.classList.contains('card') && (s.borderInlineStartStyle === 'none' || s.borderInlineStartColor === canvas)) problems.push(what + ' card edge invisible');
    }
    // The focus ring of a disclosure in forced colours.
    const summary = all.find((el) => el.localName === 'summary');
    summary.focus({ focusVisible: true });
    return { problems, outline: [getComputedStyle(summary).outlineStyle, getComputedStyle(summary).outlineWidth] };
  })()`);
  assert.deepEqual(problems.problems, []);
  await page.keyboard.press('Tab');
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  const ring = await page.evaluate(`(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    const s = getComputedStyle(el);
    return { tag: el.localName, style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
  })()`);
  assert.notEqual(ring.style, 'none', `focus ring on <${ring.tag}> in forced colours`);
  assert.ok(ring.width >= 2, `focus ring width ${ring.width}`);
  assert.deepEqual(await page.evaluate(LAYOUT_PROBLEMS), []);
  await page.screenshot({ path: join(SHOTS, 'forced-colors.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('reduced motion: no transition or animation runs anywhere in the widgets', async () => {
  const { page, cdp, errors } = await env.page(ARTICLE);
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
  const moving = await page.evaluate(`(() => {
    const moving = [];
    const seconds = (list) => list.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1));
    for (const el of (${DEEP_ALL})(document)) {
      if (!el.getRootNode().host && !el.localName.startsWith('ms-')) continue;
      for (const pseudo of [null, '::before', '::after', '::marker', '::details-content']) {
        const s = getComputedStyle(el, pseudo);
        const t = seconds(s.transitionDuration).some((d) => d > 0) && s.transitionProperty !== 'none';
        const a = s.animationName !== 'none' && seconds(s.animationDuration).some((d) => d > 0);
        if (t || a || s.scrollBehavior === 'smooth') moving.push(el.localName + (pseudo ?? '') + ': ' + s.transition + ' / ' + s.animationName);
      }
    }
    return moving;
  })()`);
  assert.deepEqual(moving, []);
  // Toggling a disclosure shows its text at once: fold an open precaution, then open it again.
  const opened = await page.evaluate(`(async () => {
    const summary = (${DEEP_ALL})(document).find((el) => el.localName === 'summary');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    if (summary.parentElement.open) {
      summary.click();
      await frame();
    }
    summary.click();
    await frame();
    return summary.parentElement.open && summary.nextElementSibling.getBoundingClientRect().height > 0;
  })()`);
  assert.equal(opened, true);
  assert.deepEqual(errors, []);
  await page.close();
});
