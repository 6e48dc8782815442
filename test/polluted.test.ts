/**
 * A page whose scripts polluted Object.prototype (a vulnerable library merged
 * `{"__proto__": {"hour": "numeric"}}` into an object, say). Every options
 * object the widgets hand to the platform is read through the prototype
 * chain, so an inherited `hour` next to `dateStyle` makes Intl throw, an
 * inherited `slotAssignment` makes attachShadow throw, an inherited
 * `attributes: false` makes MutationObserver.observe throw. The disclaimer must still say
 * "not medical advice", credit the article and show the review date, with no
 * uncaught error.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import en from '../src/content/en.generated.js';
import { captureEachTest, deepQueryAll, deepText, settle, wrapperFixture } from './support/helpers.js';

const proto = Object.prototype as unknown as Record<string, unknown>;

/**
 * Inherited names and values that make `toLocaleDateString(locale, { dateStyle })`
 * throw (a TypeError: a date/time field next to `dateStyle`; a RangeError: an
 * invalid value) or change what it writes (`timeStyle`, `hour12`), and names
 * other platform APIs the elements call read from their option objects.
 */
const POLLUTIONS: Array<[string, unknown]> = [
  ['hour', 'numeric'],
  ['weekday', 'long'],
  ['timeZoneName', 'short'],
  ['era', 'long'],
  ['year', 'numeric'],
  ['month', 'long'],
  ['day', 'numeric'],
  ['minute', '2-digit'],
  ['second', '2-digit'],
  ['dayPeriod', 'short'],
  ['fractionalSecondDigits', 3],
  ['timeStyle', 'short'],
  ['hour12', true],
  ['hourCycle', 'h99'],
  ['calendar', 'not a calendar!'],
  ['numberingSystem', 'not a system!'],
  ['localeMatcher', 'nope'],
  ['formatMatcher', 'nope'],
  // attachShadow (Lit's shadowRootOptions) and MutationObserver.observe (the `lang` watch).
  ['slotAssignment', 'not a mode'],
  ['attributes', false],
  ['characterDataOldValue', true],
];

/** Removes every pollution, whatever a failing test left behind. */
function clean(): void {
  for (const [name] of POLLUTIONS) Reflect.deleteProperty(proto, name);
}

/** The review date as an unpolluted page writes it in English. */
const REVIEWED_TEXT = new Date(Date.UTC(2026, 10, 25)).toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' });

describe('a page that polluted Object.prototype', () => {
  const { warnings, trap } = captureEachTest();
  afterEach(clean);

  /** The disclaimer's own parts: the notice, the attribution and the review date, as an unpolluted page shows them. */
  function expectDisclaimer(disclaimer: Element, what: string): void {
    const shadow = disclaimer.shadowRoot!;
    expect(shadow, `${what}: a shadow root`).to.not.equal(null);
    expect(shadow.querySelector('[part="notice"]')?.textContent, `${what}: the notice`).to.equal(en.ui.disclaimer);
    expect(deepText(shadow.querySelector('[part="attribution"]') ?? document.createElement('p')), `${what}: the attribution`).to.equal(
      `${en.ui.attribution} ${en.meta.title}`,
    );
    const time = shadow.querySelector('time');
    expect(time?.getAttribute('datetime'), `${what}: the review date`).to.equal('2026-11-25');
    expect(time?.textContent, `${what}: the review date in words`).to.equal(REVIEWED_TEXT);
  }

  for (const [name, value] of POLLUTIONS) {
    const what = `Object.prototype.${name} = ${JSON.stringify(value)}`;

    it(`${what}: <ms-disclaimer> and <ms-article> show the notice, the attribution and the date`, async () => {
      proto[name] = value;
      // A plain root: fixture() would wait for an animation frame, which a background page never gets.
      const el = await wrapperFixture(html`<div>
        <ms-disclaimer reviewed="2026-11-25"></ms-disclaimer>
        <ms-article reviewed="2026-11-25"></ms-article>
      </div>`);
      await settle(el);
      const disclaimers = deepQueryAll(el, 'ms-disclaimer');
      clean();
      expect(disclaimers, what).to.have.length(2);
      disclaimers.forEach((d, i) => expectDisclaimer(d, `${what}, disclaimer ${i + 1}`));
      expect(deepText(el.querySelector('ms-article')!), `${what}: the article`).to.include(en.sections[0].paragraphs[0]);
      expect(trap.errors.map(String), `${what}: uncaught errors`).to.deep.equal([]);
      expect(warnings.messages, `${what}: warnings`).to.deep.equal([]);
    });
  }

  it('a language Intl cannot read, on a polluted page, shows the date in English words', async () => {
    proto.hour = 'numeric';
    const el = await fixture(html`<ms-disclaimer lang="x-klingon" reviewed="2026-11-25"></ms-disclaimer>`);
    await settle(el);
    clean();
    expectDisclaimer(el, 'lang="x-klingon", Object.prototype.hour');
    expect(trap.errors.map(String), 'uncaught errors').to.deep.equal([]);
  });

  it('a page that broke date formatting altogether gets the date as written, or US English words, which need no Intl', async () => {
    const original = Object.getOwnPropertyDescriptor(Date.prototype, 'toLocaleDateString')!;
    Date.prototype.toLocaleDateString = () => {
      throw new RangeError('a page replaced toLocaleDateString');
    };
    let british: Element;
    let american: Element;
    try {
      // heading-level 6: a render of its own. Identical widgets on a page show
      // one render (src/shared/shared-render.ts), and the tests above rendered
      // disclaimers at levels 2 and 3 (in ms-article) while dates still formatted.
      british = await fixture(html`<ms-disclaimer lang="en-GB" heading-level="6" reviewed="2026-11-25"></ms-disclaimer>`);
      american = await fixture(html`<ms-disclaimer heading-level="6" reviewed="2026-11-25"></ms-disclaimer>`);
      await settle(british);
      await settle(american);
    } finally {
      Object.defineProperty(Date.prototype, 'toLocaleDateString', original);
    }
    for (const el of [british, american]) expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.equal(en.ui.disclaimer);
    expect(british.shadowRoot!.querySelector('time')?.textContent, 'en-GB asks Intl: the date as written').to.equal('2026-11-25');
    expect(american.shadowRoot!.querySelector('time')?.textContent, 'US English is written without Intl').to.equal('November 25, 2026');
    expect(trap.errors.map(String), 'uncaught errors').to.deep.equal([]);
  });
});
