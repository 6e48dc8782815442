/**
 * Property-based: every element given random values for every attribute it
 * reads (its own, heading-level, lang, dir), set before or after it connects.
 * Whatever the values: no exception, the warnings the model allows (one per
 * bad value, each naming the element), the valid content still shown,
 * markup kept as text, only http(s) links.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { captureEachTest, settle } from '../support/helpers.js';
import {
  ATTRIBUTES,
  ATTRIBUTES_OF,
  REQUIRED,
  TAGS,
  count,
  expectContent,
  expectSafeRendering,
  expectWellFormedWarnings,
  runOptions,
  tally,
  warningRange,
  type AttrName,
  type Attrs,
  type Tag,
} from '../support/fuzz.js';

/** Some of the element's attributes, each with a random value. */
const someAttributes = (tag: Tag): fc.Arbitrary<Attrs> =>
  fc.record(Object.fromEntries(ATTRIBUTES_OF[tag].map((a) => [a, ATTRIBUTES[a]])) as Record<AttrName, fc.Arbitrary<string>>, {
    requiredKeys: [],
  });

describe('fuzz: attribute values', function () {
  this.timeout(180_000);
  const { warnings, trap } = captureEachTest();

  after(() => console.log(`fuzz attributes: ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`));

  for (const tag of TAGS) {
    it(`<${tag}> keeps its invariants for any attribute values`, async () => {
      const property = fc.asyncProperty(someAttributes(tag), fc.boolean(), async (attrs, setFirst) => {
        count(tag);
        const what = `<${tag}> ${JSON.stringify(attrs).slice(0, 300)} (${setFirst ? 'before' : 'after'} connecting)`;
        const start = warnings.messages.length;
        const host = document.createElement('div');
        document.body.append(host);
        try {
          const el = document.createElement(tag);
          const apply = () => Object.entries(attrs).forEach(([a, v]) => el.setAttribute(a, v));
          if (setFirst) apply();
          host.append(el);
          await settle(host);
          if (!setFirst) apply();
          await settle(host);

          expect(trap.errors, `${what}: uncaught errors`).to.deep.equal([]);
          expect(el.shadowRoot, `${what}: rendered`).to.not.equal(null);
          expectSafeRendering(el, what);
          expectContent(el, tag, attrs, what);

          const mine = warnings.messages.slice(start);
          expectWellFormedWarnings(mine, what);
          let min = 0;
          let max = 0;
          // A required attribute missing when the element connects counts as
          // empty (one warning), before any value given later.
          const required = REQUIRED[tag];
          const seen: Array<[AttrName, string]> = [];
          if (required && (!setFirst || !(required in attrs))) seen.push([required, '']);
          seen.push(...(Object.entries(attrs) as Array<[AttrName, string]>));
          const values = [...new Map(seen.map(([a, v]) => [`${a}\u0000${v}`, [a, v] as const])).values()];
          for (const [a, v] of values) {
            const [lo, hi] = warningRange(a, v);
            min += lo;
            max += hi;
            if (lo > 0) {
              const named = mine.filter((m) => m.startsWith(`<${tag}> ${a}: `));
              expect(named.length, `${what}: a warning for ${a}`).to.be.greaterThan(0);
            }
          }
          expect(mine.length, `${what}: warnings\n${mine.join('\n').slice(0, 2000)}`).to.be.within(min, max);
        } finally {
          host.remove();
        }
      });
      await fc.assert(property, await runOptions());
    });
  }
});
