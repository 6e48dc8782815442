import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/benefit-list/benefit-list.js';
import type { MsBenefitList } from '../src/components/benefit-list/benefit-list.js';

describe('ms-benefit-list smoke', () => {
  it('renders four benefits and is accessible', async () => {
    const el = await fixture<MsBenefitList>(html`<ms-benefit-list></ms-benefit-list>`);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(4);
    await expect(el).to.be.accessible();
  });
});
