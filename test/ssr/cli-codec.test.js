// The pieces under the CLI's encoding handling, on their own: which encoding
// a page declares (the HTML standard's prescan), and how a character the
// encoding lacks is written where it stands.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sniffEncoding } from '../../dist/ssr/sniff-encoding.js';
import { escapeUnencodable } from '../../dist/ssr/escape-unencodable.js';
import { decodePage, encodePage } from '../../dist/ssr/page-codec.js';

const sniff = (text) => sniffEncoding(Buffer.from(text, 'latin1'));

describe('sniffEncoding', () => {
  test('byte-order marks come first, whatever the page says', () => {
    assert.deepEqual(sniffEncoding(Buffer.from('\xef\xbb\xbf<meta charset="koi8-r">', 'latin1')), {
      encoding: 'utf-8',
      bomLength: 3,
      from: 'the byte-order mark',
    });
    assert.equal(sniffEncoding(Buffer.from([0xff, 0xfe, 0x3c, 0])).encoding, 'utf-16le');
    assert.equal(sniffEncoding(Buffer.from([0xfe, 0xff, 0, 0x3c])).encoding, 'utf-16be');
  });

  test('<meta charset> and <meta http-equiv> are read as the HTML standard says', () => {
    const cases = [
      ['<meta charset="windows-1250">', 'windows-1250'],
      ["<META CHARSET='ISO-8859-2'>", 'iso-8859-2'],
      ['<meta charset=koi8-r>', 'koi8-r'],
      ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">', 'iso-8859-15'],
      ['<meta content="text/html;charset=\'windows-1251\'" http-equiv=content-type>', 'windows-1251'],
      ['<meta charset="latin1">', 'windows-1252'],
      ['<meta charset="utf-16">', 'utf-8'],
      ['<meta charset="x-user-defined">', 'windows-1252'],
      ['<meta charset="shift_jis">', 'shift_jis'],
      ['<meta charset="iso-2022-kr">', 'replacement'],
      // Skipped over, as a browser skips them:
      ['<!-- <meta charset="koi8-r"> --><meta charset="windows-1253">', 'windows-1253'],
      ['<div title="<meta charset=koi8-r>"></div><meta charset="windows-1254">', 'windows-1254'],
      ['<meta content="text/html; charset=koi8-r"><meta charset="windows-1255">', 'windows-1255'],
      ['<meta charset="no-such-encoding"><meta charset="windows-1256">', 'windows-1256'],
    ];
    for (const [head, encoding] of cases) {
      const found = sniff(`<!doctype html><html><head>${head}</head>`);
      assert.equal(found.encoding, encoding, head);
      assert.equal(found.from, '<meta charset>', head);
    }
  });

  test('nothing said, or said after the first 1024 bytes: UTF-8', () => {
    for (const page of ['<p>no charset</p>', `<!--${'x'.repeat(1024)}--><meta charset="koi8-r">`]) {
      assert.deepEqual(sniff(page), { encoding: 'utf-8', bomLength: 0, from: 'no byte-order mark or <meta charset>' });
    }
  });
});

describe('escapeUnencodable', () => {
  const latin2 = decodePage(Buffer.from('<meta charset="iso-8859-2">', 'latin1')).codec;
  const canEncode = (codePoint) => latin2.canEncode(codePoint);

  test('text and attribute values: character references; <style>: CSS escapes; <script>: JSON escapes', () => {
    const html =
      '<p title="l\u2019eau">\u0105 \u2013 \ud83d\ude00</p><style>p::before{content:"\u2019"}</style>' +
      '<template shadowrootmode="open"><style>q{quotes:"\u201c" "\u201d"}</style><b>\u2019</b></template>' +
      '<script type="application/ld+json">{"name":"\u2019\ud83d\ude00"}</script>';
    assert.equal(
      escapeUnencodable(html, canEncode),
      '<p title="l&#x2019;eau">\u0105 &#x2013; &#x1f600;</p><style>p::before{content:"\\002019"}</style>' +
        '<template shadowrootmode="open"><style>q{quotes:"\\00201c" "\\00201d"}</style><b>&#x2019;</b></template>' +
        '<script type="application/ld+json">{"name":"\\u2019\\ud83d\\ude00"}</script>',
    );
  });

  test('a page it can write entirely comes back as the same string', () => {
    const html = '<p>\u0105\u0142</p>';
    assert.equal(escapeUnencodable(html, canEncode), html);
  });

  test('SVG <style> is not raw text: a character reference', () => {
    assert.equal(escapeUnencodable('<svg><style>\u2019</style></svg>', canEncode), '<svg><style>&#x2019;</style></svg>');
  });
});

describe('decodePage and encodePage', () => {
  test('every single-byte encoding the CLI writes gives each of its bytes back', () => {
    for (const encoding of ['windows-1252', 'iso-8859-2', 'iso-8859-7', 'koi8-r', 'macintosh', 'windows-874', 'ibm866']) {
      const assigned = [];
      for (let byte = 0; byte < 256; byte++) {
        try {
          new TextDecoder(encoding, { fatal: true }).decode(Uint8Array.of(byte));
          assigned.push(byte);
        } catch {
          // unassigned in this encoding
        }
      }
      const bytes = Buffer.concat([Buffer.from(`<meta charset="${encoding}">`), Buffer.from(assigned)]);
      const { text, codec } = decodePage(bytes);
      assert.deepEqual(Buffer.from(encodePage(text, codec)), bytes, encoding);
    }
  });
});
