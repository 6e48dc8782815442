/**
 * An element remembers the warnings it gave, so a re-render does not repeat
 * them; that memory has a bound. A page (or a fuzzer) that cycles an
 * attribute through endless bad values must not grow it forever: once many
 * newer values were reported, the oldest is forgotten and warns again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/section/section.js';
import type { MsSection } from '../src/components/section/section.js';
import { ALLOWED_LEVELS, captureEachTest, invalidWarning } from './support/helpers.js';

const warning = invalidWarning('ms-section');

describe('warnings an element remembers', () => {
  const { warnings, trap } = captureEachTest();

  async function setLevel(el: MsSection, value: string): Promise<void> {
    el.setAttribute('heading-level', value);
    await el.updateComplete;
  }

  it('a recent bad value warns once, however often it comes back', async () => {
    const el = await fixture<MsSection>(html`<ms-section name="introduction"></ms-section>`);
    for (let round = 0; round < 3; round++) {
      for (const value of ['7', 'x', '0']) await setLevel(el, value);
    }
    expect(warnings.messages).to.deep.equal(['7', 'x', '0'].map((v) => warning('heading-level', v, ALLOWED_LEVELS)));
    expect(trap.errors).to.deep.equal([]);
  });

  it('forgets the oldest once a thousand newer bad values were reported, so it warns about it again', async () => {
    const el = await fixture<MsSection>(html`<ms-section name="introduction"></ms-section>`);
    const values = Array.from({ length: 1000 }, (_, i) => `bad-${i}`);
    for (const value of values) await setLevel(el, value);
    expect(warnings.messages).to.have.length(values.length);

    await setLevel(el, values[0]);
    expect(warnings.messages.slice(values.length)).to.deep.equal([warning('heading-level', values[0], ALLOWED_LEVELS)]);
    // The newest are still remembered.
    await setLevel(el, values[values.length - 1]);
    expect(warnings.messages).to.have.length(values.length + 1);
    expect(trap.errors).to.deep.equal([]);
  });
});
