/**
 * The whole article by keyboard alone, in every engine: Tab reaches every
 * control (each precaution's summary, each source link) in reading order,
 * each shows a visible focus ring, Enter and Space open and close a
 * precaution, and Tab leads out of the article again (no trap).
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import en from '../src/content/en.generated.js';
import { registerContent } from '../src/content/registry.js';
import { settle, walkFlattened } from './support/helpers.js';

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

const LOCALE = 'en-x-keys';

describe('the article by keyboard alone', function () {
  this.timeout(30_000);

  before(() => {
    // Sources with links, so the tab order has links as well as disclosures.
    const pack = structuredClone(en);
    pack.lang = LOCALE;
    pack.sources.items.forEach((s, i) => (s.url = `https://example.org/source-${i + 1}`));
    registerContent(LOCALE, pack);
  });

  it('Tab reaches every control in order with a visible focus ring; Enter and Space toggle; no trap', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div lang=${LOCALE}>
      <button id="before">before</button>
      <ms-article reviewed="2026-11-25"></ms-article>
      <button id="after">after</button>
    </div>`);
    await settle(wrapper);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      const el = deepActive() as HTMLElement;
      if (el.id === 'after') break;
      const name = `${el.localName} "${el.textContent!.trim()}"`;
      reached.push(name);
      const style = getComputedStyle(el);
      expect(el.matches(':focus-visible'), `${name} matches :focus-visible`).to.equal(true);
      expect(style.outlineStyle, `${name} focus ring`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), `${name} focus ring width`).to.be.at.least(2);
    }
    // Every control the article renders, in reading order (shadow trees
    // flattened): the precautions' summaries and every link, whatever else
    // the article comes to link to.
    const controls: string[] = [];
    walkFlattened(wrapper.querySelector('ms-article')!, (node) => {
      if (node instanceof HTMLElement && node.matches('summary, a[href]')) controls.push(`${node.localName} "${node.textContent!.trim()}"`);
      return false;
    });
    expect(reached).to.deep.equal(controls);
    expect(reached).to.include.members([
      ...en.precautions.items.map((p) => `summary "${p.title}"`),
      ...en.sources.items.map((s) => `a "${s.title}"`),
    ]);
    expect(deepActive()!.id, 'Tab leads out of the article').to.equal('after');

    // Again from the start: Tab to the first precaution (expanded by default), Enter closes it, Space opens it.
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    for (let i = 0; i < reached.length && deepActive()?.localName !== 'summary'; i++) await sendKeys({ press: 'Tab' });
    const summary = deepActive() as HTMLElement;
    expect(summary.localName).to.equal('summary');
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    expect(details.open, 'Enter closes').to.equal(false);
    await sendKeys({ press: ' ' }); // the space bar (Firefox's WebDriver BiDi has no key named "Space")
    await new Promise((r) => setTimeout(r, 50));
    expect(details.open, 'Space opens').to.equal(true);
  });
});
