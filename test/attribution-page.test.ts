/**
 * Attribution once per page: when several widgets share a page, one of them
 * (the page's ms-disclaimer or ms-article if it has one, the element the page
 * gave `id="ms-attribution"`, or else the last widget) shows the full line,
 * and every other widget shows a small labelled link to it. A widget alone
 * keeps its full line.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import en from '../src/content/en.generated.js';
import { deepText, footerLine, footerOf, lineText, root, settle, wrapperFixture } from './support/helpers.js';
import { deepText as frameText, removeFrames, settleFrame } from './support/frame.js';

/** The words that start the full attribution, in the footer and in the disclaimer alike. */
const CREDIT = `${en.ui.attribution} ${en.meta.title}`;
const count = (text: string, part: string) => text.split(part).length - 1;

/** The light-DOM widgets of a document that would otherwise each credit the article. */
const widgetsOf = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('body *')].filter((el) => el.localName.startsWith('ms-'));

/** Checks that the page credits the article once, and that every other widget links to where it does. */
function expectOncePerPage(doc: Document, text: string): void {
  expect(count(text, CREDIT), 'the full attribution appears exactly once').to.equal(1);
  const holders = widgetsOf(doc).filter((el) => count(frameText(el), CREDIT) === 1);
  expect(holders).to.have.length(1);
  for (const el of widgetsOf(doc)) {
    if (el === holders[0]) continue;
    const footer = el.shadowRoot!.querySelector('[part~="footer"]')!;
    expect(footer, `${el.localName} has a footer`).to.not.equal(null);
    const link = footer.querySelector<HTMLAnchorElement>('a[part~="attribution-link"]')!;
    expect(link, `${el.localName} links to the attribution`).to.not.equal(null);
    expect(lineText(link), `${el.localName}'s link is labelled`).to.equal(en.ui.disclaimerLabel);
    const id = decodeURIComponent(link.getAttribute('href')!.replace(/^#/, ''));
    expect(link.getAttribute('href')).to.match(/^#./);
    expect(doc.getElementById(id), `${el.localName}'s link target exists`).to.equal(holders[0]);
  }
}

async function loadPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await Promise.all(['ms-benefit-list', 'ms-evidence-card', 'ms-risk-panel', 'ms-disclaimer'].map((t) => win.customElements.whenDefined(t)));
  await settleFrame(win.document);
  return win.document;
}

describe('attribution once per page', () => {
  afterEach(removeFrames);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the blog demo credits the article once, in its disclaimer; the three other widgets link to it', async () => {
    const doc = await loadPage('/demo/blog.html');
    expect(widgetsOf(doc).map((el) => el.localName)).to.deep.equal(['ms-benefit-list', 'ms-evidence-card', 'ms-risk-panel', 'ms-disclaimer']);
    expectOncePerPage(doc, frameText(doc.body));
    expect(doc.querySelector('ms-disclaimer')!.id).to.equal('about-this-content');
  });

  it('a widget alone keeps its full line, without an id', async () => {
    const el = await fixture<HTMLElement>(html`<ms-risk-panel></ms-risk-panel>`);
    await settle(el);
    expect(lineText(footerOf(el))).to.equal(footerLine(en));
    expect(el.id).to.equal('');
  });

  it('without a disclaimer, the last widget holds it (id ms-attribution on its host); adding and removing widgets moves it', async () => {
    const box = await wrapperFixture<HTMLElement>(html`<div>
      <ms-benefit-list></ms-benefit-list>
      <ms-evidence-card study="halt-ms"></ms-evidence-card>
      <ms-risk-panel></ms-risk-panel>
    </div>`);
    const [first, , last] = [...box.children] as HTMLElement[];
    expectOncePerPage(document, deepText(box));
    expect(last.id).to.equal('ms-attribution');
    expect(count(deepText(last), CREDIT)).to.equal(1);
    expect(footerOf(first)!.querySelector('a')!.getAttribute('href')).to.equal('#ms-attribution');

    // Alone again: the one left keeps its full line.
    last.remove();
    box.children[1].remove();
    await settle(first);
    expect(lineText(footerOf(first))).to.equal(footerLine(en));
  });

  it('the page chooses the place: an element with id="ms-attribution" holds it', async () => {
    const box = await wrapperFixture<HTMLElement>(html`<div>
      <ms-benefit-list id="ms-attribution"></ms-benefit-list>
      <ms-evidence-card study="halt-ms"></ms-evidence-card>
      <ms-risk-panel></ms-risk-panel>
    </div>`);
    expectOncePerPage(document, deepText(box));
    expect(count(deepText(box.children[0]), CREDIT)).to.equal(1);
  });

  it('a widget with source-url that leads elsewhere keeps that link beside the link to the attribution', async () => {
    const box = await wrapperFixture<HTMLElement>(html`<div>
      <ms-benefit-list source-url="https://clinic.example/ms#sources"></ms-benefit-list>
      <ms-risk-panel></ms-risk-panel>
    </div>`);
    const links = [...root(box.children[0] as HTMLElement).querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#ms-attribution', 'https://clinic.example/ms#sources']);
  });
});
