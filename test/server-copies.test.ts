/**
 * Identical server-rendered widgets (MsElement's `update`,
 * src/hydration/support.ts): the first of a kind hydrates; the others,
 * whose server DOM is the same node for node, keep that DOM as a copy, with
 * no template instance of their own (the heap per card, issue 19), and
 * render on their own once they change. test/pages/ssr-copies.html,
 * rendered by the real renderer, in every engine. Run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import en from '../src/content/en.generated.js';
import { addHydrate, deepText, expectNothingWentWrong, litRendered, load, removeFrames, until, type Page } from './support/frame.js';

afterEach(removeFrames);

type Widget = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> };

/** The page with its widgets woken by a press each, all hydrated or copied. */
async function wakeAll(page: Page): Promise<Widget[]> {
  const widgets = [...page.doc.querySelectorAll<Widget>('ms-evidence-card, ms-risk-panel')];
  for (const el of widgets) el.dispatchEvent(new page.win.PointerEvent('pointerdown', { bubbles: true, composed: true }));
  await until(() => widgets.every((el) => el.hasUpdated), 'every widget woke');
  await Promise.all(widgets.map((el) => el.updateComplete));
  return widgets;
}

describe('identical server-rendered widgets', () => {
  it('the first of a kind hydrates; the others keep the server DOM as a copy, unchanged, with nothing of Lit', async () => {
    const page = await load('/test/pages/ssr-copies.html', { tags: [] });
    const widgets = [...page.doc.querySelectorAll('ms-evidence-card, ms-risk-panel')];
    // The fourth card's server DOM differs from the first's (a page script
    // marked it): not a copy, so it hydrates on its own.
    widgets[3].shadowRoot!.querySelector('article')!.setAttribute('data-page', 'edited');
    const before = widgets.map((el) => el.shadowRoot!.innerHTML);
    const nodes = widgets.map((el) => [...el.shadowRoot!.querySelectorAll('*')]);

    await addHydrate(page);
    await wakeAll(page);
    expect(
      widgets.map(litRendered),
      'hydrated: the first halt-ms card, the edited one, the systematic review, the first panel and the last, which holds the attribution',
    ).to.deep.equal([true, false, false, true, true, false, true, false, true]);
    expect(
      widgets.map((el) => el.shadowRoot!.innerHTML),
      'every widget shows the server DOM as it was',
    ).to.deep.equal(before);
    expect(
      widgets.map((el, i) => [...el.shadowRoot!.querySelectorAll('*')].every((node, j) => node === nodes[i][j])),
      'the same nodes: nothing rendered again',
    ).to.deep.equal(widgets.map(() => true));
    expectNothingWentWrong(page.record, 'copies');
  });

  it('a copy renders on its own when an attribute changes, and its disclosures report ms-toggle', async () => {
    const page = await load('/test/pages/ssr-copies.html', { tags: [] });
    await addHydrate(page);
    const widgets = await wakeAll(page);
    const [first, copy] = widgets;
    expect(litRendered(copy), 'a copy').to.equal(false);

    copy.setAttribute('study', 'systematic-review');
    await copy.updateComplete;
    expect(copy.shadowRoot!.querySelectorAll('article'), 'one card, not the copy and a render').to.have.length(1);
    expect(deepText(copy), 'the new study').to.equal(deepText(widgets[4]));
    copy.setAttribute('study', 'halt-ms');
    await copy.updateComplete;
    expect(deepText(copy), 'and back').to.equal(deepText(first));
    expect(litRendered(copy), 'now rendered by Lit').to.equal(true);

    const panel = widgets[7];
    expect(litRendered(panel), 'a panel copy').to.equal(false);
    const toggles: unknown[] = [];
    page.doc.addEventListener('ms-toggle', (e) => toggles.push((e as CustomEvent).detail));
    panel.shadowRoot!.querySelectorAll('summary')[1].click();
    await until(() => toggles.length > 0, 'ms-toggle from the copy');
    expect(toggles).to.deep.equal([{ id: 'treatment-risks', open: true }]);
    expectNothingWentWrong(page.record, 'changed copies');
  });

  it('server DOM the templates do not match (another version wrote it) is rendered afresh, with one warning, and the next of its kind is kept instead', async () => {
    const page = await load('/test/pages/ssr-copies.html', { tags: [] });
    const widgets = [...page.doc.querySelectorAll('ms-evidence-card, ms-risk-panel')];
    // As an older renderer would have written it: another template digest.
    const marker = [...widgets[0].shadowRoot!.childNodes].find((n) => n instanceof page.win.Comment && n.data.startsWith('lit-part ')) as Comment;
    marker.data = 'lit-part AAAAAAAAAAA=';
    const text = deepText(widgets[1]);
    await addHydrate(page);
    await wakeAll(page);
    expect(deepText(widgets[0]), 'the card shows its text').to.equal(text);
    expect(widgets[0].shadowRoot!.querySelectorAll('article'), 'once').to.have.length(1);
    expect(getComputedStyle(widgets[0].shadowRoot!.querySelector('article')!).borderInlineStartStyle, 'styled by the server’s <style>').to.equal('solid');
    expect(widgets.map(litRendered), 'the second card hydrated, and the later ones copy it').to.deep.equal([true, true, false, false, true, false, true, false, true]);
    const { errors, consoleErrors, consoleWarnings } = page.record;
    expect([...errors, ...consoleErrors], 'no error').to.deep.equal([]);
    expect(consoleWarnings, 'one warning').to.have.length(1);
    expect(consoleWarnings[0]).to.include('<ms-evidence-card> rendered its server-rendered DOM afresh').and.include('same version of the package as the hydrate file');
  });

  it('a content pack registered while copies wait reaches each of them when it wakes', async () => {
    const page = await load('/test/pages/ssr-copies.html', { tags: [] });
    const frameApi = await addHydrate(page);
    const name = 'The HALT-MS trial (edited by the page)';
    frameApi.registerContent('en', { ...en, ui: { ...en.ui, studyNames: { ...en.ui.studyNames, 'halt-ms': name } } });
    const widgets = await wakeAll(page);
    const halt = widgets.filter((el) => el.getAttribute('study') === 'halt-ms');
    await until(() => halt.every((el) => deepText(el).includes(name)), 'every halt-ms card shows the page’s pack');
    expect(halt.map((el) => deepText(el)), 'all alike').to.deep.equal(halt.map(() => deepText(halt[0])));
    expectNothingWentWrong(page.record, 'pack');
  });
});
