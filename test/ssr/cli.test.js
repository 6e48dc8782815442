// `ms-widgets render` (dist/ssr/cli.js, the package's bin): files, standard
// output, a whole directory, and for every mistake a clear message on
// standard error and a non-zero exit code.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/ssr/cli.js');
const DSD = 'shadowrootmode="open"';

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ms-widgets-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const write = (name, content) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const PAGE = '<!doctype html><html lang="en-GB"><body><ms-disclaimer reviewed="2026-11-25"></ms-disclaimer></body></html>\n';

describe('help and usage', () => {
  test('--help prints the usage and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = run(flag);
      assert.equal(code, 0);
      assert.match(out, /^Usage: ms-widgets render <input> \[-o <output>\]/);
      assert.match(out, /-o, --out <path>/);
      assert.match(out, /ms-widgets-hydrate\.js/);
      assert.equal(err, '');
    }
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(run('--version'), { code: 0, out: `${version}\n`, err: '' });
  });

  test('a wrong command line exits 2 with what is wrong and where to look', () => {
    const cases = [
      [[], /no command given/],
      [['rendr', 'x.html'], /unknown command "rendr": the only command is "render"/],
      [['render'], /render needs an input file or directory/],
      [['render', 'a.html', 'b.html'], /unexpected argument "b.html"/],
      [['render', 'a.html', '--frobnicate'], /Unknown option '--frobnicate'/],
      [['render', 'a.html', '--hydrate', 'lazy'], /--hydrate must be "defer" or "eager", got "lazy"/],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message);
      assert.match(err, /Run "ms-widgets --help" for usage\./);
    }
  });

  // Both bin names under npx are tested on the installed tarball (test/pack):
  // npx on this checkout installs the directory into its own cache once per
  // path and keeps that copy, so a renamed bin there goes stale.
  test('the help never advises a bare npx ms-widgets (no package of that name exists)', () => {
    const { code, out } = run('--help');
    assert.equal(code, 0);
    assert.match(out, /npx ms-stem-cell-widgets/);
    assert.doesNotMatch(out, /npx ms-widgets/);
  });
});

describe('files', () => {
  test('renders a page into -o and reports on standard error', () => {
    write('in.html', PAGE);
    const { code, out, err } = run('render', 'in.html', '-o', 'out.html');
    assert.equal(code, 0, err);
    assert.equal(out, '');
    assert.match(err, /rendered 1 widget\(s\) in 1 file\(s\) into out\.html/);
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    assert.ok(html.includes(`<ms-disclaimer reviewed="2026-11-25" defer-hydration><template shadowroot="open" ${DSD}>`));
    assert.ok(html.includes('25 November 2026'), 'in the page\u2019s language');
    assert.equal(readFileSync(join(dir, 'in.html'), 'utf8'), PAGE, 'the input is untouched');
  });

  test('--hydrate eager leaves the widget unmarked; --hydrate defer is the default', () => {
    write('h.html', PAGE);
    const eager = run('render', 'h.html', '--hydrate', 'eager');
    assert.equal(eager.code, 0, eager.err);
    assert.ok(eager.out.includes('<ms-disclaimer reviewed="2026-11-25"><template'));
    const defer = run('render', 'h.html', '--hydrate', 'defer');
    assert.equal(defer.out, run('render', 'h.html').out);
    assert.ok(defer.out.includes('<ms-disclaimer reviewed="2026-11-25" defer-hydration><template'));
  });

  test('without -o, writes the page to standard output', () => {
    write('std.html', PAGE);
    const { code, out, err } = run('render', 'std.html');
    assert.equal(code, 0);
    assert.equal(err, '');
    assert.ok(out.startsWith('<!doctype html><html lang="en-GB"><body><ms-disclaimer'));
    assert.ok(out.includes(DSD));
  });

  test('a missing input: exit 1, a clear message, nothing written', () => {
    const { code, out, err } = run('render', 'missing.html', '-o', 'never.html');
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.equal(err, 'ms-widgets: cannot read "missing.html": no such file or directory\n');
    assert.equal(existsSync(join(dir, 'never.html')), false);
  });

  test('an output that cannot be written: exit 1 with the system\u2019s reason', () => {
    write('in2.html', PAGE);
    write('plainfile', 'x');
    const { code, err } = run('render', 'in2.html', '-o', 'plainfile/out.html');
    assert.equal(code, 1);
    assert.match(err, /^ms-widgets: (ENOTDIR|EEXIST)/);
  });

  test('bad input warns on standard error, prefixed with the file, and still renders; --strict makes it fail', () => {
    write('bad.html', '<ms-section name="nope"></ms-section><ms-benefit-list layout="diagonal"></ms-benefit-list>');
    const loose = run('render', 'bad.html', '-o', 'bad.out.html');
    assert.equal(loose.code, 0);
    assert.match(loose.err, /^bad\.html: <ms-section> name: "nope" is not valid\. Allowed: introduction,/m);
    assert.match(loose.err, /^bad\.html: <ms-benefit-list> layout: "diagonal" is not valid\. Allowed: list, grid\./m);
    // Rendered with its bad attribute kept; as the page's last widget it also holds the one attribution line.
    assert.ok(readFileSync(join(dir, 'bad.out.html'), 'utf8').includes('<ms-benefit-list layout="diagonal" id="ms-attribution" defer-hydration><template'));

    const strict = run('render', 'bad.html', '-o', 'bad.strict.html', '--strict');
    assert.equal(strict.code, 1);
    assert.match(strict.err, /ms-widgets: 2 warning\(s\) under --strict/);
  });

  test('-o - is standard output; -o newdir/ is a folder, made if missing', () => {
    write('dash.html', PAGE);
    const dash = run('render', 'dash.html', '-o', '-');
    assert.equal(dash.code, 0, dash.err);
    assert.ok(dash.out.includes(DSD), 'the page on standard output');
    assert.equal(existsSync(join(dir, '-')), false, 'no file named "-"');
    const folder = run('render', 'dash.html', '-o', 'made/here/');
    assert.equal(folder.code, 0, folder.err);
    assert.ok(readFileSync(join(dir, 'made/here/dash.html'), 'utf8').includes(DSD));
  });

  test('--lang sets the language of a fragment', () => {
    write('frag.html', '<ms-disclaimer reviewed="2026-11-25"></ms-disclaimer>');
    assert.ok(run('render', 'frag.html').out.includes('November 25, 2026'));
    assert.ok(run('render', 'frag.html', '--lang', 'en-GB').out.includes('25 November 2026'));
  });

  test('--content registers a pack; a bad one is rejected with the field that is wrong', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'content/en.json'), 'utf8'));
    write('fr.json', JSON.stringify({ ...en, lang: 'fr', meta: { ...en.meta, title: 'Titre de test' } }));
    write('fr.html', '<html lang="fr"><body><ms-article></ms-article></body></html>');
    const ok = run('render', 'fr.html', '--content', 'fr=fr.json');
    assert.equal(ok.code, 0, ok.err);
    assert.ok(ok.out.includes('Titre de test'));

    write('broken.json', JSON.stringify({ ...en, sources: { ...en.sources, items: [{ title: 'x', url: 'ftp://example.org' }] } }));
    const bad = run('render', 'fr.html', '--content', 'fr=broken.json');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /^ms-widgets: broken\.json: registerContent\("fr"\): pack\.sources\./);

    // Not <tag>=<file>: the command line itself is wrong (exit 2, as the header of cli.ts says).
    const malformed = run('render', 'fr.html', '--content', 'fr');
    assert.equal(malformed.code, 2);
    assert.match(malformed.err, /^ms-widgets: --content needs <tag>=<file\.json>, got "fr"\n/);
    for (const tag of ['fr_FR', '*', 'f']) {
      const notATag = run('render', 'fr.html', '--content', `${tag}=fr.json`);
      assert.equal(notATag.code, 2);
      assert.match(notATag.err, new RegExp(`^ms-widgets: --content .*: "${tag.replace('*', '\\*')}" is not a language tag such as "fr" or "pt-BR"`));
    }
    assert.match(run('render', 'fr.html', '--content', 'fr=nope.json').err, /cannot read the content pack "nope\.json" \(ENOENT/);
    mkdirSync(join(dir, 'adir.json'), { recursive: true });
    assert.match(run('render', 'fr.html', '--content', 'fr=adir.json').err, /cannot read the content pack "adir\.json" \(EISDIR/);
    write('notjson.json', '{');
    assert.match(run('render', 'fr.html', '--content', 'fr=notjson.json').err, /"notjson\.json" is not valid JSON/);
  });

  test('--content reads a pack as UTF-8: a byte-order mark is dropped, other bytes are refused, never shown as U+FFFD', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'content/en.json'), 'utf8'));
    write('fr2.html', '<html lang="fr"><body><ms-article></ms-article></body></html>');
    write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ ...en, lang: 'fr', meta: { ...en.meta, title: 'Titre à BOM' } }))]));
    const bom = run('render', 'fr2.html', '--content', 'fr=bom.json');
    assert.equal(bom.code, 0, bom.err);
    assert.ok(bom.out.includes('Titre à BOM'));
    write('latin1.json', Buffer.from(JSON.stringify({ ...en, lang: 'fr', meta: { ...en.meta, title: 'Caf\u00e9' } }), 'latin1'));
    const latin1 = run('render', 'fr2.html', '--content', 'fr=latin1.json');
    assert.equal(latin1.code, 1);
    assert.match(latin1.err, /^ms-widgets: the content pack "latin1\.json" is not valid UTF-8: save it as UTF-8, as JSON must be\n$/);
    assert.equal(latin1.out.length, 0);
  });
});

describe('a directory (a built static site)', () => {
  test('renders every .html file below it into -o and copies everything else', () => {
    write('site/index.html', PAGE);
    write('site/blog/post.htm', '<p>Post</p><ms-source-list></ms-source-list>');
    write('site/css/site.css', 'body { color: red }');
    const { code, err } = run('render', 'site', '-o', 'site-out');
    assert.equal(code, 0, err);
    assert.match(err, /rendered 2 widget\(s\) in 2 file\(s\) into site-out/);
    assert.ok(readFileSync(join(dir, 'site-out/index.html'), 'utf8').includes(DSD));
    assert.ok(readFileSync(join(dir, 'site-out/blog/post.htm'), 'utf8').startsWith('<p>Post</p><ms-source-list defer-hydration><template'));
    assert.equal(readFileSync(join(dir, 'site-out/css/site.css'), 'utf8'), 'body { color: red }');
    assert.equal(readFileSync(join(dir, 'site/index.html'), 'utf8'), PAGE, 'the input is untouched');
  });

  test('renders in place when -o is the directory itself, and again changes nothing', () => {
    write('inplace/index.html', PAGE);
    const first = run('render', 'inplace', '-o', 'inplace');
    assert.equal(first.code, 0);
    assert.doesNotMatch(first.err, /earlier run/, 'nothing was rendered before');
    const once = readFileSync(join(dir, 'inplace/index.html'), 'utf8');
    assert.ok(once.includes(DSD));
    const again = run('render', 'inplace', '-o', 'inplace');
    assert.match(again.err, /rendered 0 widget\(s\) in 1 file\(s\)/);
    // Said, so that a re-run meant to apply a new pack or option does not pass for one that did.
    assert.match(again.err, /inplace\/index\.html: 1 widget\(s\) rendered by an earlier run, left as they are \(to apply other packs or options, render the page as it was before\)/);
    assert.equal(readFileSync(join(dir, 'inplace/index.html'), 'utf8'), once);
  });

  test('refuses an output inside the input, a missing -o and a file as output', () => {
    write('site2/index.html', PAGE);
    write('afile.txt', 'x');
    const inside = run('render', 'site2', '-o', 'site2/out');
    assert.equal(inside.code, 1);
    assert.match(inside.err, /the output directory "site2\/out" is inside "site2"/);
    assert.equal(existsSync(join(dir, 'site2/out')), false);
    const noOut = run('render', 'site2');
    assert.equal(noOut.code, 1);
    assert.match(noOut.err, /"site2" is a directory: give an output directory with -o/);
    const toFile = run('render', 'site2', '-o', 'afile.txt');
    assert.equal(toFile.code, 1);
    assert.match(toFile.err, /"afile.txt" is a file/);
  });
});
