// A page the renderer fails on does not stop a directory run: it is
// reported with its path and reason, copied unchanged (or left as it was in
// place), every other page is written, and the run exits 1.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { DSD, scratch, WIDGET } from '../support/ssr/cli-scratch.js';

const s = scratch();
after(() => s.remove());

// 5,000 unclosed <div>s around a widget: deep enough to have overflowed the
// stack of a recursive walk. Once the walk is iterative it renders; either
// way the other two pages are written and nothing is dropped.
const DEEP = `<!doctype html><body>${'<div>'.repeat(5000)}${WIDGET}</body>`;
const PAGES = {
  'a.html': `<p>a</p>${WIDGET}`,
  'deep.html': DEEP,
  'z.html': `<p>z</p>${WIDGET}`,
};

for (const inPlace of [false, true]) {
  test(`5,000-deep nesting in a site of three files (${inPlace ? 'in place' : 'into a copy'})`, () => {
    const root = inPlace ? 'deep-in-place' : 'deep/site';
    const out = inPlace ? root : 'deep/out';
    for (const [name, html] of Object.entries(PAGES)) s.write(`${root}/${name}`, html);
    const { code, err } = s.run('render', root, '-o', out);
    for (const name of ['a.html', 'z.html']) assert.ok(s.read(`${out}/${name}`).toString().includes(DSD), `${name} is rendered`);
    const deep = s.read(`${out}/deep.html`).toString();
    if (deep.includes(DSD)) {
      assert.equal(code, 0, err);
      assert.match(err, /rendered 3 widget\(s\) in 3 file\(s\)/);
    } else {
      assert.equal(deep, DEEP, 'not rendered, so kept as it was');
      assert.equal(code, 1);
      assert.match(err, new RegExp(`${root}/deep\\.html: not rendered: could not be rendered \\(`));
      assert.match(err, /rendered 2 widget\(s\) in 2 file\(s\)/);
      assert.match(err, /1 file\(s\) not rendered/);
    }
  });
}
