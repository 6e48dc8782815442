/* global document, window -- page.evaluate callbacks run in the page */
// Memory: a thousand elements created, rendered and removed, three times over,
// return the JavaScript heap, the DOM node count and the listener count to
// where they were, after garbage collection forced through the DevTools
// protocol (HeapProfiler.collectGarbage, Runtime.getHeapUsage,
// Memory.getDOMCounters). test/leaks.test.ts counts observers and listeners
// on the host page in every engine.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open } from '../support/cdp.js';
import { TAGS } from '../support/tags.js';

const COUNT = 1000;
let env;
before(async () => {
  env = await open();
});
after(() => env?.close());

/** In the page: makes `n` elements of every kind, waits until they have rendered; `remove()` drops them. */
const CYCLE = `window.cycle = async (n, keep) => {
  const tags = ${JSON.stringify(TAGS)};
  const host = document.getElementById('host');
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tags[i % tags.length]);
    if (i % 8 === 1) el.setAttribute('name', 'introduction');
    if (i % 8 === 3) el.setAttribute('study', 'halt-ms');
    if (i % 5 === 0) el.setAttribute('lang', 'en-GB');
    host.append(el);
  }
  const all = (r) => [...r.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  for (let i = 0; i < 3; i++) await Promise.all(all(host).map((el) => el.updateComplete));
  if (!keep) host.replaceChildren();
  await new Promise((r) => setTimeout(r));
}`;

async function measure(cdp) {
  // Twice: the first pass can leave finalizable objects for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners };
}

test(`creating and removing ${COUNT} elements returns the heap near its baseline (Chromium)`, async () => {
  const { page, cdp, errors } = await env.page('<div id="host"></div>');
  await page.evaluate(CYCLE);
  // One round first: Lit's template caches and the engine's compiled code stay, by design.
  await page.evaluate((n) => window.cycle(n), COUNT);
  const baseline = await measure(cdp);

  await page.evaluate((n) => window.cycle(n, true), COUNT);
  const loaded = await measure(cdp);
  // The measurement sees the elements: while they are on the page the heap is far above the baseline.
  assert.ok(loaded.heap - baseline.heap > 1_000_000, `${COUNT} live elements: +${loaded.heap - baseline.heap} B`);
  assert.ok(loaded.nodes - baseline.nodes > COUNT * 5, `${COUNT} live elements: +${loaded.nodes - baseline.nodes} nodes`);
  await page.evaluate(() => document.getElementById('host').replaceChildren());

  for (let i = 0; i < 3; i++) await page.evaluate((n) => window.cycle(n), COUNT);
  const end = await measure(cdp);
  const grew = end.heap - baseline.heap;
  const allowed = Math.max(256 * 1024, baseline.heap * 0.05);
  console.log(
    `memory: baseline ${(baseline.heap / 1024).toFixed(0)} KiB, with ${COUNT} elements ${(loaded.heap / 1024).toFixed(0)} KiB, after ${3 * COUNT} more created and removed ${(end.heap / 1024).toFixed(0)} KiB (${grew >= 0 ? '+' : ''}${grew} B); DOM nodes ${baseline.nodes} → ${end.nodes}, listeners ${baseline.listeners} → ${end.listeners}`,
  );
  assert.ok(grew < allowed, `the heap grew by ${grew} B after removing every element (allowed ${allowed.toFixed(0)})`);
  assert.ok(end.nodes <= baseline.nodes + 50, `DOM nodes ${baseline.nodes} → ${end.nodes}`);
  assert.ok(end.listeners <= baseline.listeners, `event listeners ${baseline.listeners} → ${end.listeners}`);
  assert.deepEqual(errors, []);
  await page.close();
});
