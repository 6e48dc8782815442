// `ms-widgets render` keeps every byte it does not render: each page is read
// in its own encoding (byte-order mark, then <meta charset>, then UTF-8) and
// written back in it, BOM and line endings included. A page it cannot write
// back faithfully is reported, left as it was, and the run exits 1.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { between, DSD, scratch, WIDGET } from '../support/ssr/cli-scratch.js';

const s = scratch();
after(() => s.remove());

/** windows-1252 for the few characters these pages use beyond Latin-1. */
const WINDOWS_1252 = new Map([
  ['\u2019', 0x92],
  ['\u2013', 0x96],
  ['\u20ac', 0x80],
]);
const cp1252 = (text) =>
  Buffer.from([...text].map((c) => WINDOWS_1252.get(c) ?? (c.charCodeAt(0) < 0x80 || c.charCodeAt(0) >= 0xa0 ? c.charCodeAt(0) : NaN)));
const decode = (encoding, bytes) => new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);

const LATIN_HEAD = '<!doctype html><html lang="en"><head><meta charset="windows-1252"><title>Café</title></head>\n<body><p>Café – l’été, 5 €</p>\n';
const LATIN_TAIL = '\n<p>Crème brûlée</p></body></html>\n';

describe('windows-1252', () => {
  test('a page with a widget, rendered into another folder: the widget is rendered, every other byte kept', () => {
    const before = cp1252(LATIN_HEAD);
    const after = cp1252(LATIN_TAIL);
    const input = Buffer.concat([before, Buffer.from(WIDGET), after]);
    s.write('w1252/site/page.html', input);
    const { code, err } = s.run('render', 'w1252/site', '-o', 'w1252/out');
    assert.equal(code, 0, err);
    const widget = between(s.read('w1252/out/page.html'), before, after);
    const text = decode('windows-1252', widget);
    assert.ok(text.startsWith('<ms-disclaimer reviewed="2026-11-25" defer-hydration><template shadowroot="open" shadowrootmode="open">'), text.slice(0, 200));
    assert.ok(text.includes('November 25, 2026'));
    assert.deepEqual(s.read('w1252/site/page.html'), input, 'the input is untouched');
  });

  test('the same page rendered in place', () => {
    const before = cp1252(LATIN_HEAD);
    const after = cp1252(LATIN_TAIL);
    s.write('w1252-in-place/page.html', Buffer.concat([before, Buffer.from(WIDGET), after]));
    const { code, err } = s.run('render', 'w1252-in-place', '-o', 'w1252-in-place');
    assert.equal(code, 0, err);
    assert.ok(decode('windows-1252', between(s.read('w1252-in-place/page.html'), before, after)).includes(DSD));
  });

  test('a page with no widget comes back byte for byte, in place, in a copy and on standard output', () => {
    const page = cp1252(`${LATIN_HEAD}<p>No widget here</p>${LATIN_TAIL}`);
    s.write('w1252-none/site/page.html', page);
    assert.equal(s.run('render', 'w1252-none/site', '-o', 'w1252-none/out').code, 0);
    assert.deepEqual(s.read('w1252-none/out/page.html'), page);
    assert.equal(s.run('render', 'w1252-none/site', '-o', 'w1252-none/site').code, 0);
    assert.deepEqual(s.read('w1252-none/site/page.html'), page);
    const stdout = s.run('render', 'w1252-none/site/page.html');
    assert.equal(stdout.code, 0, stdout.err);
    assert.deepEqual(stdout.out, page);
  });

  test('"iso-8859-1" and a charset in <meta http-equiv> are read as browsers read them (windows-1252)', () => {
    const head = LATIN_HEAD.replace('<meta charset="windows-1252">', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">');
    const before = cp1252(head);
    const after = cp1252(LATIN_TAIL);
    s.write('latin1.html', Buffer.concat([before, Buffer.from(WIDGET), after]));
    const { code, out, err } = s.run('render', 'latin1.html');
    assert.equal(code, 0, err);
    assert.ok(decode('windows-1252', between(out, before, after)).includes(DSD));
  });
});

describe('characters the page\u2019s encoding cannot hold', () => {
  test('text the renderer adds becomes character references (in JSON-LD, JSON escapes); the page\u2019s own bytes stay', () => {
    const en = JSON.parse(readFileSync(fileURLToPath(new URL('../../content/en.json', import.meta.url)), 'utf8'));
    const title = 'Cellules souches \u2013 l\u2019essai \u03a9';
    s.write('pack-fr.json', JSON.stringify({ ...en, lang: 'fr', meta: { ...en.meta, title } }));
    // ISO-8859-2 has "ą" (0xB1) and "ł" (0xB3), but no en dash, no curly apostrophe and no omega.
    const before = Buffer.from('<!doctype html><html lang="fr"><head><meta charset="iso-8859-2"><title>Zaj\xea\xb3a</title>', 'latin1');
    const middle = Buffer.from('</head><body><p>\xb1</p>', 'latin1');
    const after = Buffer.from('</body></html>\n', 'latin1');
    s.write('latin2.html', Buffer.concat([before, middle, Buffer.from('<ms-article></ms-article>'), after]));
    const { code, out, err } = s.run('render', 'latin2.html', '--content', 'fr=pack-fr.json');
    assert.equal(code, 0, err);
    // The JSON-LD goes before </head>, the article where it was.
    const rendered = between(out, before, after);
    const scriptEnd = rendered.indexOf('</script>') + '</script>'.length;
    assert.ok(rendered.toString('latin1').startsWith('<script type="application/ld+json"'));
    assert.deepEqual(rendered.subarray(scriptEnd, scriptEnd + middle.length), middle, 'the bytes between the two are kept');
    const text = decode('iso-8859-2', rendered);
    assert.ok(text.includes('Cellules souches &#x2013; l&#x2019;essai &#x3a9;'), 'in the article\u2019s heading');
    const json = /<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(text);
    assert.ok(json, 'the structured data is there');
    assert.ok(!json[1].includes('&#x'), 'no character references in a script, where they are not decoded');
    assert.equal(JSON.parse(json[1]).name, title);
    assert.ok(text.includes('<p>\u0105</p>'), 'the page\u2019s own \u0105 is still the byte 0xB1');
  });
});

describe('UTF-16 and UTF-8 with a byte-order mark', () => {
  const PAGE_START = '\ufeff<!doctype html><html><body><p>Café</p>\r\n';
  const PAGE_END = '\r\n<p>€ – ✓</p></body></html>\r\n';
  const utf16be = (text) => Buffer.from(text, 'utf16le').swap16();

  for (const [name, encode] of [
    ['utf-16le', (text) => Buffer.from(text, 'utf16le')],
    ['utf-16be', utf16be],
  ]) {
    test(`${name}: the widget is found and rendered, the BOM kept, the file still ${name}`, () => {
      const before = encode(PAGE_START);
      const after = encode(PAGE_END);
      s.write(`${name}/site/page.html`, Buffer.concat([before, encode(WIDGET), after]));
      const { code, err } = s.run('render', `${name}/site`, '-o', `${name}/out`);
      assert.equal(code, 0, err);
      assert.match(err, /rendered 1 widget\(s\) in 1 file\(s\)/);
      const widget = between(s.read(`${name}/out/page.html`), before, after);
      assert.equal(widget.length % 2, 0);
      const text = decode(name, widget);
      assert.ok(text.startsWith(`<ms-disclaimer reviewed="2026-11-25" defer-hydration><template shadowroot="open" ${DSD}>`), text.slice(0, 100));
      assert.ok(text.includes('November 25, 2026'));
    });
  }

  test('utf-8 with a BOM and CRLF line endings: BOM and CRLF kept', () => {
    const before = Buffer.from(PAGE_START);
    const after = Buffer.from(PAGE_END);
    s.write('utf8bom/page.html', Buffer.concat([before, Buffer.from(WIDGET), after]));
    const { code, err } = s.run('render', 'utf8bom', '-o', 'utf8bom');
    assert.equal(code, 0, err);
    const bytes = s.read('utf8bom/page.html');
    assert.ok(between(bytes, before, after).toString('utf8').includes(DSD));
    assert.equal(bytes.toString('utf8').match(/(?<!\r)\n/g), null, 'no line ends in a bare LF');
  });
});

describe('a page that cannot be written back faithfully', () => {
  // Shift_JIS for "日本語" (Japanese): a multi-byte encoding the CLI cannot encode.
  const SJIS = Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]);
  const site = {
    'good.html': Buffer.from(`<p>ok</p>${WIDGET}`),
    'no-charset.html': Buffer.concat([Buffer.from('<p>Caf'), Buffer.from([0xe9]), Buffer.from(`</p>${WIDGET}`)]),
    'japanese.html': Buffer.concat([Buffer.from('<meta charset="shift_jis"><p>'), SJIS, Buffer.from(`</p>${WIDGET}`)]),
    'utf16-odd.html': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<p>x</p>${WIDGET}`, 'utf16le'), Buffer.from([0x41])]),
  };
  const reasons = {
    'no-charset.html': /no-charset\.html: not rendered: not valid UTF-8 \(byte 0xE9 at offset 6\)[^\n]*<meta charset/,
    'japanese.html': /japanese\.html: not rendered: Shift_JIS \(from <meta charset>\) cannot be written back faithfully/i,
    'utf16-odd.html': /utf16-odd\.html: not rendered: not valid UTF-16LE \(from the byte-order mark\)/,
  };

  test('in a copy: reported by name, copied byte for byte, the rest rendered, exit 1', () => {
    for (const [name, bytes] of Object.entries(site)) s.write(`refuse/site/${name}`, bytes);
    const { code, err } = s.run('render', 'refuse/site', '-o', 'refuse/out');
    assert.equal(code, 1, err);
    for (const [name, reason] of Object.entries(reasons)) {
      assert.match(err, reason);
      assert.deepEqual(s.read(`refuse/out/${name}`), site[name], `${name} is copied unchanged`);
      assert.deepEqual(s.read(`refuse/site/${name}`), site[name], `${name} in the input is untouched`);
    }
    assert.match(err, /copied unchanged/);
    assert.match(err, /rendered 1 widget\(s\) in 1 file\(s\)/);
    assert.match(err, /3 file\(s\) not rendered/);
    assert.ok(s.read('refuse/out/good.html').toString().includes(DSD));
  });

  test('in place: left untouched, the rest rendered, exit 1', () => {
    for (const [name, bytes] of Object.entries(site)) s.write(`refuse-in-place/${name}`, bytes);
    const { code, err } = s.run('render', 'refuse-in-place', '-o', 'refuse-in-place');
    assert.equal(code, 1, err);
    for (const [name, reason] of Object.entries(reasons)) {
      assert.match(err, reason);
      assert.deepEqual(s.read(`refuse-in-place/${name}`), site[name], `${name} is untouched`);
    }
    assert.match(err, /left as it was/);
    assert.ok(s.read('refuse-in-place/good.html').toString().includes(DSD));
  });

  test('a single file: reported, exit 1, and the output gets the page as it was', () => {
    s.write('single-bad.html', site['no-charset.html']);
    const toFile = s.run('render', 'single-bad.html', '-o', 'single-bad.out.html');
    assert.equal(toFile.code, 1);
    assert.match(toFile.err, /^ms-widgets: single-bad\.html: not rendered: not valid UTF-8 \(byte 0xE9 at offset 6\)[^\n]*; copied unchanged$/m);
    assert.deepEqual(s.read('single-bad.out.html'), site['no-charset.html']);
    const toStdout = s.run('render', 'single-bad.html');
    assert.equal(toStdout.code, 1);
    assert.deepEqual(toStdout.out, site['no-charset.html']);
    assert.match(toStdout.err, /single-bad\.html: not rendered: [^\n]*; written unchanged to standard output/);
  });

  test('a page with no widget is left byte for byte, whatever its bytes, and is no error', () => {
    const page = Buffer.concat([Buffer.from('<p>Caf'), Buffer.from([0xe9]), Buffer.from('</p>')]);
    s.write('legacy/site/old.html', page);
    const { code, err } = s.run('render', 'legacy/site', '-o', 'legacy/out');
    assert.equal(code, 0, err);
    assert.deepEqual(s.read('legacy/out/old.html'), page);
  });
});
