/* global window */
// Links of an embed page where it is embedded. With WordPress's secret (a
// fake one here; the real WordPress round trip is test/wordpress's), a click
// becomes WordPress's link message: our own pages as they are, an external
// address as its exit page on our host. Without it, a link opens a new tab
// when the frame may, else it opens in the frame.
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { embedFrame, hostPage, launchChromium, recordingPage, startSites, waitFor } from '../support/site/embed-helpers.js';
import { goPagePath } from '../../site/build/go-pages.js';

const SECRET = 'Fake0Secret9';
/** The HALT-MS record's DOI link, from the one source of citation facts. */
const citations = JSON.parse(readFileSync(new URL('../../content/citations.json', import.meta.url), 'utf8'));
const DOI = `https://doi.org/${citations.studies.find((s) => s.id === 'halt-ms').record.doi}`;

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

const linkMessages = (page) => page.evaluate(() => window.messages.filter((m) => m && m.message === 'link'));

test('the study card’s DOI link and its "Sources and disclaimer" link, in WordPress’s sandbox: link messages to our own host, and the frame stays', async () => {
  const { context, page } = await recordingPage(browser);
  try {
    const src = sites.embedUrl('study-halt-ms', '', `#?secret=${SECRET}`);
    await page.goto(sites.host('links-wp.html', hostPage(`sandbox="allow-scripts" src="${src}" width="600" height="500"`)));
    const frame = await embedFrame(page);
    const doi = frame.locator('a[part~="doi"]');
    assert.equal(await doi.getAttribute('href'), DOI);
    await doi.click();
    await waitFor(async () => (await linkMessages(page)).length === 1, 'a link message');
    assert.deepEqual(await linkMessages(page), [
      { message: 'link', value: `${sites.siteOrigin}/${goPagePath(DOI)}`, secret: SECRET },
    ]);
    await frame.locator('a[part~="source-link"]').click();
    await waitFor(async () => (await linkMessages(page)).length === 2, 'a second link message');
    assert.deepEqual((await linkMessages(page))[1], {
      message: 'link',
      value: `${sites.siteOrigin}/share/article.html`,
      secret: SECRET,
    });
    assert.equal(frame.url(), src, 'the frame did not navigate');
    assert.equal(page.url().startsWith(sites.hostOrigin), true, 'nor did the host page');
  } finally {
    await context.close();
  }
});

test('the short article: each precaution and "Continue reading" go to our own share pages through WordPress', async () => {
  const { context, page } = await recordingPage(browser);
  try {
    const src = sites.embedUrl('article-summary', '', `#?secret=${SECRET}`);
    await page.goto(sites.host('links-summary.html', hostPage(`sandbox="allow-scripts" src="${src}" width="600" height="500"`)));
    const frame = await embedFrame(page);
    await frame.getByRole('link', { name: 'Treatment Risks' }).click();
    await frame.getByRole('link', { name: 'Continue reading the whole article' }).click();
    await waitFor(async () => (await linkMessages(page)).length === 2, 'two link messages');
    assert.deepEqual(
      (await linkMessages(page)).map((m) => m.value),
      [`${sites.siteOrigin}/share/precautions.html`, `${sites.siteOrigin}/share/article.html`],
    );
  } finally {
    await context.close();
  }
});

test('without a secret, in a frame that may open tabs: a new tab with the address, no way back to us', async () => {
  const { context, page } = await recordingPage(browser);
  try {
    const src = sites.embedUrl('study-halt-ms');
    await page.goto(sites.host('links-plain.html', hostPage(`src="${src}" width="600" height="500"`)));
    const frame = await embedFrame(page);
    const [tab] = await Promise.all([context.waitForEvent('page'), frame.locator('a[part~="doi"]').click()]);
    await tab.waitForLoadState();
    assert.equal(tab.url(), DOI);
    assert.equal(await tab.evaluate(() => window.opener), null);
    assert.equal(frame.url(), src);
    assert.deepEqual(await linkMessages(page), []);
  } finally {
    await context.close();
  }
});

test('without a secret, in a sandbox that may not open tabs: the link opens in the frame', async () => {
  const { context, page } = await recordingPage(browser);
  try {
    const src = sites.embedUrl('study-halt-ms');
    await page.goto(sites.host('links-sandbox.html', hostPage(`sandbox="allow-scripts" src="${src}" width="600" height="500"`)));
    const frame = await embedFrame(page);
    await frame.locator('a[part~="doi"]').click();
    await waitFor(() => frame.url() === DOI, `the frame at ${DOI} (now ${frame.url()})`);
    assert.equal(context.pages().length, 1, 'no tab opened');
  } finally {
    await context.close();
  }
});
