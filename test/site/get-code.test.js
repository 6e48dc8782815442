/* global document, getComputedStyle, location, window -- used in functions that run in the page (page.evaluate) */
// The Get code page (site/get-code/), driven in Chromium as a reader would:
// every snippet it hands out, pasted into a blank page on another origin,
// shows the widget; the contrast check; axe in light, dark and at 320px;
// keyboard and copy; nothing fetched from elsewhere, nothing stored.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { checkIntegrity, buildGetCode } from '../../site/get-code/build.js';
import { BACKGROUNDS, MIN_RATIO, contrastRatio, hexOfLinear, linearChannels } from '../../site/get-code/contrast.js';
import { configs } from '../../site/configs.js';
import { fallbackShows, launchChromium, snippetFor, startSites, widgetShows } from '../support/site/get-code-site.js';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

let sites;
let browser;
before(async () => {
  sites = await startSites();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  sites?.close();
});

async function openGetCode(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${sites.site.origin}/`);
  await page.waitForFunction(() => document.querySelector('#contrast-light')?.dataset.result);
  return { context, page, errors };
}

describe('the build', () => {
  test('refuses an integrity.json without a sha384 value for each CDN file the snippets name', async () => {
    assert.throws(() => checkIntegrity({ 'ms-widgets.js': 'sha256-abc' }), /integrity\["ms-widgets\.js"\] is "sha256-abc"; expected "sha384-"/);
    assert.throws(() => checkIntegrity(null), /integrity must be the object of dist\/cdn\/integrity\.json/);
    await assert.rejects(buildGetCode({ out: sites.siteDir, siteUrl: 'http://example.org/' }), /without a trailing slash/);
  });

  test('puts this build\'s real SRI hashes in the snippets', async () => {
    const integrity = JSON.parse(readFileSync(new URL('../../dist/cdn/integrity.json', import.meta.url), 'utf8'));
    const { context, page } = await openGetCode();
    const module = await page.inputValue('#snippet-module');
    const classic = await page.inputValue('#snippet-classic');
    assert.match(module, new RegExp(`src="${sites.site.origin}/cdn/ms-widgets\\.js"\\s+integrity="${integrity['ms-widgets.js'].replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"`));
    assert.match(classic, new RegExp(`src="${sites.site.origin}/cdn/ms-widgets\\.iife\\.js"\\s+integrity="${integrity['ms-widgets.iife.js'].replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"`));
    await context.close();
  });
});

describe('every script snippet, pasted into a page on another origin, shows the widget', () => {
  for (const kind of ['module', 'classic']) {
    test(`${kind} script`, async () => {
      const { context, page } = await openGetCode();
      const host = await context.newPage();
      const problems = [];
      host.on('pageerror', (e) => problems.push(e.message));
      host.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      for (const config of configs) {
        const snippet = await snippetFor(page, config.id, kind);
        assert.ok(snippet.includes(`<${config.tag}`), `${config.id}: the ${kind} snippet has the tag`);
        await host.goto(sites.hostPage(snippet));
        const tag = host.locator(config.tag).first();
        await tag.waitFor();
        await host.waitForFunction(widgetShows, await tag.elementHandle(), { timeout: 10_000 });
        assert.equal(await tag.evaluate(fallbackShows), false, `${config.id} (${kind}): the fallback is hidden once the widget renders`);
        const text = await tag.evaluate((el) => el.shadowRoot.textContent);
        if (!config.id.startsWith('study-')) assert.ok(text.includes(config.title), `${config.id} (${kind}): the widget shows "${config.title}"`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('every iframe snippet, pasted into a page on another origin, shows the widget', () => {
  for (const kind of ['iframe', 'iframe-resizer']) {
    test(kind, async () => {
      const { context, page } = await openGetCode();
      const host = await context.newPage();
      const problems = [];
      host.on('pageerror', (e) => problems.push(e.message));
      for (const config of configs) {
        const snippet = await snippetFor(page, config.id, kind);
        await host.goto(sites.hostPage(snippet));
        const frameElement = await host.waitForSelector('iframe');
        assert.equal(await frameElement.getAttribute('src'), `${sites.site.origin}/embed/${config.id}.html`);
        const frame = await frameElement.contentFrame();
        const tag = await frame.waitForSelector(config.tag);
        await frame.waitForFunction(widgetShows, tag, { timeout: 10_000 });
        if (!config.id.startsWith('study-')) {
          assert.ok((await tag.evaluate((el) => el.shadowRoot.textContent)).includes(config.title), `${config.id}: the frame shows "${config.title}"`);
        }
        if (kind === 'iframe-resizer') {
          // The resizer sets the frame to its content's height: no inner scrollbar, nothing cut.
          let frameHeight;
          let content;
          for (const started = Date.now(); Date.now() - started < 5000; await host.waitForTimeout(100)) {
            frameHeight = (await frameElement.boundingBox()).height;
            content = await frame.evaluate(() => document.documentElement.scrollHeight);
            if (Math.abs(frameHeight - content) <= 1) break;
          }
          assert.ok(Math.abs(frameHeight - content) <= 1, `${config.id}: iframe ${frameHeight}px, content ${content}px`);
        } else {
          assert.equal((await frameElement.boundingBox()).height, 600, `${config.id}: the plain iframe keeps its height`);
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('the other snippets', () => {
  test('React names the package\'s component and the chosen props; the command uses npx -p', async () => {
    const { context, page } = await openGetCode();
    await page.selectOption('#widget', 'benefits');
    await page.selectOption('#layout', 'grid');
    await page.selectOption('#heading-level', '3');
    await page.uncheck('#benefit-improved-quality-of-life');
    const react = await page.inputValue('#snippet-react');
    assert.match(react, /import \{ MsBenefitList \} from 'ms-stem-cell-widgets\/react';/);
    assert.match(react, /<MsBenefitList layout="grid" benefits="regeneration-of-myelin immune-system-modulation potential-disease-modification" headingLevel=\{3\} \/>/);
    const command = await page.inputValue('#snippet-command');
    assert.match(command, /^npx -p ms-stem-cell-widgets ms-widgets render page\.html -o page\.html$/m);
    assert.doesNotMatch(command, /npx ms-widgets/);
    // The grid is its own published configuration: the share link names it.
    assert.equal(await page.inputValue('#snippet-share-url'), `${sites.site.origin}/share/benefits-grid.html`);
    const iframe = await page.inputValue('#snippet-iframe');
    assert.ok(iframe.includes(`src="${sites.site.origin}/embed/benefits.html?heading-level=3&amp;layout=grid&amp;benefits=`), iframe);
    await context.close();
  });

  test('the React component names are the ones the package exports', () => {
    const index = readFileSync(new URL('../../src/react/index.ts', import.meta.url), 'utf8');
    const exported = [...index.matchAll(/export \{ (\w+) \}/g)].map((m) => m[1]);
    for (const { tag } of configs) {
      const name = tag.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
      assert.ok(exported.includes(name), `${name} is exported by ms-stem-cell-widgets/react`);
    }
  });
});

describe('the contrast check', () => {
  // What the preview's widget draws its links in, for the scheme chosen: the
  // check must report that colour, not the one typed in.
  async function previewLinkColour(page, scheme) {
    await page.selectOption('#scheme', scheme);
    await page.waitForFunction(() => {
      const frame = document.querySelector('#preview');
      return frame.contentDocument?.readyState === 'complete' && frame.contentWindow.location.href === new URL(frame.getAttribute('src'), location.href).href;
    });
    return page.evaluate(() => {
      const find = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const link = el.shadowRoot && (el.shadowRoot.querySelector('a[href]') ?? find(el.shadowRoot));
          if (link) return link;
        }
        return null;
      };
      return getComputedStyle(find(document.querySelector('#preview').contentDocument)).color;
    });
  }

  const cases = [
    { accent: '#00756f', adjusted: { light: false, dark: true } },
    { accent: '#9cc9ff', adjusted: { light: true, dark: false } },
    { accent: '#ffcc00', adjusted: { light: true, dark: false } },
    { accent: '#0a5394', adjusted: { light: false, dark: true } },
    { accent: '', own: { light: '#0a5394', dark: '#9cc9ff' } },
  ];
  for (const { accent, adjusted, own } of cases) {
    test(`${accent || 'the widget\'s own accent'}: judged as the widget draws it in light and dark`, async () => {
      const { context, page } = await openGetCode();
      await page.fill('#accent', accent);
      for (const scheme of ['light', 'dark']) {
        const out = `#contrast-${scheme}`;
        const drawn = await page.getAttribute(out, 'data-drawn');
        const text = await page.textContent(out);
        assert.equal(drawn, hexOfLinear(linearChannels(await previewLinkColour(page, scheme))), `${scheme}: the colour the preview draws`);
        if (own) assert.equal(drawn, own[scheme], `${scheme}: the widget's own accent`);
        else if (adjusted[scheme]) {
          assert.notEqual(drawn, accent, `${scheme}: adjusted`);
          assert.match(text, /adjusted by the widget so that it reads/);
        } else {
          assert.equal(drawn, accent, `${scheme}: drawn as given`);
          assert.doesNotMatch(text, /adjusted/);
        }
        const ratio = contrastRatio(drawn, BACKGROUNDS[scheme]);
        assert.ok(text.includes(`${ratio.toFixed(2)}:1`), `${scheme}: ${text} states ${ratio.toFixed(2)}:1`);
        assert.equal(await page.getAttribute(out, 'data-result'), ratio >= MIN_RATIO ? 'pass' : 'fail');
        assert.ok(ratio >= MIN_RATIO, `${scheme}: ${drawn} reads on ${BACKGROUNDS[scheme]} (${ratio.toFixed(2)}:1)`);
      }
      if (accent) assert.ok((await page.inputValue('#snippet-module')).includes(`style="--ms-color-accent: ${accent}"`));
      await context.close();
    });
  }

  test('reads the forms engines give a computed colour in', () => {
    assert.deepEqual(linearChannels('color(srgb-linear 0.5 0 1)'), [0.5, 0, 1]);
    assert.equal(hexOfLinear(linearChannels('rgb(10, 83, 148)')), '#0a5394');
    assert.equal(hexOfLinear(linearChannels('rgba(10, 83, 148, 1)')), '#0a5394');
    assert.equal(hexOfLinear(linearChannels('color(srgb 1 0.8 0)')), '#ffcc00');
    assert.equal(hexOfLinear(linearChannels('#abc')), '#aabbcc');
    assert.equal(linearChannels('hsl(0 100% 50%)'), null);
    assert.equal(contrastRatio('#ffffff', 'rgb(0, 0, 0)').toFixed(2), '21.00');
  });

  test('a colour that is not hex is refused with a message, and the snippets keep the widget\'s own accent', async () => {
    const { context, page } = await openGetCode();
    await page.fill('#accent', 'red');
    assert.equal(await page.getAttribute('#accent', 'aria-invalid'), 'true');
    assert.match(await page.textContent('#accent-error'), /"red" is not a hex colour/);
    assert.doesNotMatch(await page.inputValue('#snippet-module'), /--ms-color-accent/);
    await context.close();
  });

  // One rule with the embed page's (site/embed/options.ts): the iframe code
  // never carries a font name that the page it frames would refuse.
  test('a font name the embed page would refuse is refused here too, and a good one reaches the iframe code', async () => {
    const { context, page } = await openGetCode();
    await page.selectOption('#font', 'named');
    await page.fill('#font-name', '-Georgia');
    assert.equal(await page.getAttribute('#font-name', 'aria-invalid'), 'true');
    assert.match(await page.textContent('#font-name-error'), /"-Georgia" cannot be used: .*beginning with a letter or digit/);
    assert.doesNotMatch(await page.inputValue('#snippet-iframe'), /Georgia/);
    await page.fill('#font-name', 'DejaVu Serif');
    assert.notEqual(await page.getAttribute('#font-name', 'aria-invalid'), 'true');
    assert.match(await page.inputValue('#snippet-iframe'), /font=DejaVu(\+|%20)Serif/);
    await context.close();
  });
});

describe('accessibility', () => {
  const runAxe = async (page) => {
    await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
      // The preview frame holds an embed page, checked by the embed pages' own tests.
      const result = await window.axe.run(document, { iframes: false });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  };
  for (const { name, options } of [
    { name: 'light', options: { colorScheme: 'light' } },
    { name: 'dark', options: { colorScheme: 'dark' } },
    { name: '320px wide', options: { viewport: { width: 320, height: 640 } } },
  ]) {
    test(`axe finds nothing (${name}), with a failing accent and a bad size shown too`, async () => {
      const { context, page, errors } = await openGetCode({ ...options, bypassCSP: true });
      assert.deepEqual(await runAxe(page), []);
      await page.fill('#accent', '#00756f');
      await page.fill('#size', '40');
      await page.selectOption('#widget', 'benefits');
      assert.deepEqual(await runAxe(page), []);
      if (name === '320px wide') {
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling at 320px');
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('every control is reached with Tab, and Enter and Space copy', async () => {
    const { context, page } = await openGetCode({ permissions: ['clipboard-read', 'clipboard-write'] });
    const controls = await page.$$eval('select, input, textarea, button', (els) => els.filter((el) => el.checkVisibility()).map((el) => el.id || el.dataset.copy));
    const reached = new Set();
    for (let i = 0; i < controls.length * 2 && reached.size < controls.length; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.dataset.copy));
    }
    assert.deepEqual(controls.filter((c) => !reached.has(c)), []);

    for (const [key, kind] of [['Enter', 'module'], ['Space', 'iframe']]) {
      await page.focus(`button[data-copy="snippet-${kind}"]`);
      await page.keyboard.press(key);
      await page.waitForFunction(() => document.querySelector('#status').textContent === 'Copied');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue(`#snippet-${kind}`));
      await page.evaluate(() => (document.querySelector('#status').textContent = ''));
    }
    await context.close();
  });

  test('without clipboard access, Copy selects the whole snippet and says how to copy it', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    const page = await context.newPage();
    await page.goto(`${sites.site.origin}/`);
    await page.click('button[data-copy="snippet-classic"]');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Selected'));
    const selected = await page.evaluate(() => {
      const area = document.activeElement;
      return area.id === 'snippet-classic' && area.selectionStart === 0 && area.selectionEnd === area.value.length;
    });
    assert.ok(selected, 'the snippet is focused and fully selected');
    await context.close();
  });
});

test('the preview shows the chosen widget with the chosen options, sized to its content', async () => {
  const { context, page, errors } = await openGetCode();
  await page.selectOption('#widget', 'precautions');
  await page.selectOption('#scheme', 'dark');
  await page.fill('#accent', '#00756f');
  const preview = await page.waitForSelector('#preview[src="embed/precautions.html?scheme=dark&accent=00756f"]');
  const frame = await preview.contentFrame();
  await frame.waitForFunction(widgetShows, await frame.waitForSelector('ms-risk-panel'));
  assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme), 'dark');
  await page.waitForFunction(() => document.querySelector('#preview').style.blockSize !== '');
  const content = await frame.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(Math.abs((await preview.boundingBox()).height - content) <= 3, 'the preview is as tall as the widget');
  assert.equal(await page.getAttribute('#preview', 'title'), `Preview: ${configs.find((c) => c.id === 'precautions').title}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('nothing is fetched from another origin and nothing is stored', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${sites.site.origin}/`);
  await page.selectOption('#widget', 'precautions');
  await page.fill('#accent', '#00756f');
  await page.selectOption('#scheme', 'dark');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests.filter((url) => !url.startsWith(`${sites.site.origin}/`)), []);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
  await context.close();
});
