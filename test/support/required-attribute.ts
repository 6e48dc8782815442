import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { ALLOWED_LEVELS, deepQueryAll, expectEmpty, invalidWarning, settle, type captureEachTest } from './helpers.js';

/** An element that shows nothing until one attribute names what to show (`ms-section name`, `ms-evidence-card study`). */
export interface RequiredAttribute<E extends LitElement, V extends string> {
  tag: string;
  attr: string;
  /** Every valid value, as the warning lists them. */
  allowed: readonly V[];
  /** Values near the valid ones that must still be refused. */
  bad: readonly string[];
  /** Heading levels to refuse, each rendering at level 2. */
  badLevels: readonly string[];
  /** Asserts `el` shows what `value` names, word for word. */
  expectShows(el: E, value: V): void;
  expectLevel(el: E, level: number): void;
  capture: ReturnType<typeof captureEachTest>;
}

/** The bad-input tests such an element shares: the same scenarios, its own attribute and values. */
export function requiredAttributeTests<E extends LitElement, V extends string>(t: RequiredAttribute<E, V>): void {
  const { tag, attr, allowed: ids, expectShows, expectLevel, capture } = t;
  const [first, second, third] = ids;
  const allowed = ids.join(', ');
  const invalid = invalidWarning(tag);
  const levelInvalid = (v: string) => invalid('heading-level', v, ALLOWED_LEVELS);

  /** The element with these attributes, set as written (no template parsing of the values). */
  const make = (attrs: Record<string, string>): Promise<E> => {
    const el = document.createElement(tag) as E;
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    return fixture<E>(html`${el}`);
  };
  const set = async (el: E, name: string, value: string) => {
    el.setAttribute(name, value);
    await settle(el);
  };

  t.bad.forEach((bad) => {
    it(`${attr}="${bad}": one warning naming element, attribute, value and allowed values; renders nothing`, async () => {
      const el = await make({ [attr]: bad });
      expect(capture.warnings.messages).to.deep.equal([invalid(attr, bad, allowed)]);
      expectEmpty(el);
      expect(capture.trap.errors).to.deep.equal([]);
    });
  });

  it(`an unknown ${attr} shows the tag's own content, such as a snippet's fallback link, not a blank`, async () => {
    const el = document.createElement(tag) as E;
    el.setAttribute(attr, 'unknown');
    const link = Object.assign(document.createElement('a'), { href: '#fallback', textContent: 'Read it on our site' });
    el.append(link);
    await fixture<E>(html`${el}`);
    expect(capture.warnings.messages).to.deep.equal([invalid(attr, 'unknown', allowed)]);
    expect(link.checkVisibility(), 'the fallback link shows').to.equal(true);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    await set(el, attr, first);
    expect(link.checkVisibility(), 'hidden once the widget has something to show').to.equal(false);
  });

  it(`no ${attr}: one warning with the empty value; renders nothing`, async () => {
    const el = await make({});
    expect(capture.warnings.messages).to.deep.equal([invalid(attr, '', allowed)]);
    expectEmpty(el);
    expect(capture.trap.errors).to.deep.equal([]);
  });

  it(`an unknown ${attr} set after the first render: one warning, nothing shown, valid again later`, async () => {
    const el = await make({ [attr]: first });
    await set(el, attr, 'unknown');
    expect(capture.warnings.messages).to.deep.equal([invalid(attr, 'unknown', allowed)]);
    expectEmpty(el);
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await settle(el);
    }
    await set(el, 'heading-level', '4');
    expect(capture.warnings.messages).to.have.length(1);
    expectEmpty(el);

    await set(el, attr, third ?? second);
    expectShows(el, third ?? second);
    expectLevel(el, 4);
    await set(el, attr, 'unknown');
    expectEmpty(el);
    expect(capture.warnings.messages).to.deep.equal([invalid(attr, 'unknown', allowed)]);
    expect(capture.trap.errors).to.deep.equal([]);
  });

  it(`a ${attr} that looks like markup is a warning, not an element`, async () => {
    const bad = '<img src=x onerror=alert(1)>';
    const el = await make({ [attr]: bad });
    expect(capture.warnings.messages).to.deep.equal([invalid(attr, bad, allowed)]);
    expect(deepQueryAll(el, 'img')).to.have.length(0);
    expectEmpty(el);
  });

  t.badLevels.forEach((bad) => {
    it(`heading-level="${bad}": one warning naming element, attribute, value and allowed levels; renders at level 2`, async () => {
      const el = await make({ [attr]: second, 'heading-level': bad });
      expect(capture.warnings.messages).to.deep.equal([levelInvalid(bad)]);
      expectLevel(el, 2);
      expectShows(el, second);
      expect(capture.trap.errors).to.deep.equal([]);
    });
  });

  it('an invalid heading-level set after the first render warns once, however often it re-renders', async () => {
    const el = await make({ [attr]: first, 'heading-level': '3' });
    await set(el, 'heading-level', '7');
    expect(capture.warnings.messages).to.deep.equal([levelInvalid('7')]);
    expectLevel(el, 2);
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await settle(el);
    }
    await set(el, attr, second);
    expectShows(el, second);
    await set(el, 'heading-level', '5');
    expectLevel(el, 5);
    await set(el, 'heading-level', '7');
    expectLevel(el, 2);
    expect(capture.warnings.messages).to.deep.equal([levelInvalid('7')]);
    expect(capture.trap.errors).to.deep.equal([]);
  });

  it(`a bad ${attr} and a bad heading-level at once: one warning each, nothing shown`, async () => {
    const el = await make({ [attr]: 'x', 'heading-level': '0' });
    expect([...capture.warnings.messages].sort()).to.deep.equal([levelInvalid('0'), invalid(attr, 'x', allowed)].sort());
    expectEmpty(el);
  });

  it('is accessible after bad input', async () => {
    const el = await make({ [attr]: first, 'heading-level': 'abc' });
    await expect(el).to.be.accessible();
  });
}
