// The benchmark's static floor takes its CSS and markup from the build: if
// either drifts from what the elements render, this fails. Needs `npm run
// build` (dist/ssr, custom-elements.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtCss, builtTags, floor, hostToScope } from '../../bench/lib/floor.js';

/** { tag: body } of every `@scope (tag) to (…) {\n body \n}` block in the floor's CSS. */
function scopeBlocks(css) {
  const blocks = {};
  for (const m of css.matchAll(/@layer (ms-[a-z-]+) \{ @scope \(\1\) to \([^{]*\) \{\n([\s\S]*?)\n\} \}/g)) blocks[m[1]] = m[2];
  return blocks;
}

test('the floor of the whole article holds each element\'s built styles, as its shadow root gets them, and nothing else', async () => {
  const { css, hosts } = await floor('<ms-article></ms-article>');
  assert.ok(hosts.size >= 7, `expected the article and its parts, got ${[...hosts.keys()]}`);
  const blocks = scopeBlocks(css);
  assert.deepEqual(Object.keys(blocks).sort(), [...hosts.keys()].sort());
  for (const [tag, { styles }] of hosts) {
    // What the renderer put in the shadow root (one door) is what the class adopts (the other)…
    assert.deepEqual([...styles], [await builtCss(tag)], `<${tag}>: the rendered <style> differs from its class's styles`);
    // …and the floor's block is exactly that CSS with :host read as :scope.
    assert.equal(blocks[tag], hostToScope([...styles][0]), `<${tag}>: the floor's CSS differs from the built styles`);
  }
  // No rule of the floor's own outside the scoped blocks: only the layer order.
  const rest = css.replace(/@layer (ms-[a-z-]+) \{ @scope \(\1\) to \([^{]*\) \{\n[\s\S]*?\n\} \}/g, '').trim();
  assert.match(rest, /^@layer [a-z, -]+;$/);
});

test('the floor of a card is the rendered card without shadow roots, slots, markers or scripts', async () => {
  const { html, css } = await floor('<ms-evidence-card study="halt-ms"></ms-evidence-card>');
  assert.doesNotMatch(html, /<template|<slot|<style|<script|<!--|defer-hydration/);
  assert.match(html, /^<ms-evidence-card study="halt-ms"><article part="base" class="card"/);
  assert.match(css, /@scope \(ms-evidence-card\)/);
});

test(':host becomes :scope, with its argument kept', () => {
  assert.equal(hostToScope(':host{a:b}:host(:not(:last-child)){c:d}:host([layout=grid]) ul{e:f}'), ':scope{a:b}:scope:is(:not(:last-child)){c:d}:scope:is([layout=grid]) ul{e:f}');
});

test('every tag the build defines has styles', async () => {
  const tags = await builtTags();
  assert.ok(tags.length >= 8, `${tags}`);
  for (const tag of tags) assert.ok((await builtCss(tag)).includes(':host'), `<${tag}> has no :host rule`);
});
