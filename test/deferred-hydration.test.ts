/**
 * Deferred hydration (src/hydration/): server-rendered widgets marked
 * `defer-hydration` stay as the server wrote them until the reader needs
 * them, then hydrate without a mismatch, a shift or a lost state. Pages are
 * rendered by the real renderer (web-test-runner.config.js serves
 * test/pages/ssr-*.html through it), in every engine. Run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import en from '../src/content/en.generated.js';
import { TAGS, addHydrate, deepAll, deepText, expectNothingWentWrong, load, removeFrames, until, type Page } from './support/frame.js';

afterEach(removeFrames);

type Widget = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> };
type Win = Page['win'] & { __msWoke: Element[]; __hydratedAtWake: boolean[]; __wokeBeforeInView?: number; __inView?: Element[] };

const waiting = (el: Element) => el.hasAttribute('defer-hydration');


/** Every box a widget draws, in order: hosts, and each element in their shadow roots. */
const boxes = (doc: Document) =>
  deepAll(doc, '*')
    .filter((el) => el.getRootNode() !== doc || el.localName.startsWith('ms-'))
    .map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.localName} ${r.x},${r.y} ${r.width}x${r.height}`;
    });

/** The reader's press on `el`, as a pointer starts it in the page `el` is in. */
const press = (el: Element) =>
  el.dispatchEvent(new (el.ownerDocument.defaultView as typeof window).PointerEvent('pointerdown', { bubbles: true, composed: true }));
const summaryOf = (panel: Element, i: number) => panel.shadowRoot!.querySelectorAll('summary')[i] as HTMLElement;

describe('deferred hydration', () => {
  it('a click on a precaution works before hydration; after it, nothing moved, nothing was logged, and ms-toggle reports the reader\u2019s next toggle', async () => {
    const page = await load('/test/pages/ssr-deferred.html', { tags: [] });
    const { doc } = page;
    const panel = doc.getElementById('panel') as Widget;
    expect(waiting(panel), 'the server marked the widget to wait').to.equal(true);
    const details = () => [...panel.shadowRoot!.querySelectorAll('details')];
    expect(details().every((d) => d.open), 'the precautions are expanded as the server rendered them').to.equal(true);

    // Native details/summary: no script on the page yet.
    summaryOf(panel, 1).click();
    expect(details()[1].open, 'the click closed it without JavaScript').to.equal(false);
    const text = deepText(doc.body);
    const before = boxes(doc);

    const toggles: unknown[] = [];
    doc.addEventListener('ms-toggle', (e) => toggles.push((e as CustomEvent).detail));
    await addHydrate(page);
    // The reader comes back to the panel: that wakes it, before the event reaches the summary.
    press(panel);
    expect(waiting(panel), 'a pointer press woke the widget at once').to.equal(false);
    await panel.updateComplete;
    expect(panel.hasUpdated, 'hydrated').to.equal(true);
    await new Promise((r) => setTimeout(r, 50));

    expect(details().map((d) => d.open), 'the reader\u2019s state survived hydration').to.deep.equal([true, false, true, true]);
    expect(toggles, 'hydration itself fires no ms-toggle').to.deep.equal([]);
    expect(deepText(doc.body), 'the same text').to.equal(text);
    expect(boxes(doc), 'every box where it was').to.deep.equal(before);
    expectNothingWentWrong(page.record, 'hydration');

    summaryOf(panel, 1).click();
    await until(() => toggles.length > 0, 'ms-toggle after hydration');
    expect(toggles).to.deep.equal([{ id: 'treatment-risks', open: true }]);
    summaryOf(panel, 2).click();
    await until(() => toggles.length > 1, 'a second ms-toggle');
    expect(toggles[1]).to.deep.equal({ id: 'long-term-safety', open: false });
  });

  it('the widgets composed in an article wake after it, never two together, and the article reads the same', async () => {
    const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
    const { doc, win } = page;
    const article = doc.getElementById('article') as Widget;
    const inside = deepAll(article.shadowRoot!, '*').filter((el) => el.localName.startsWith('ms-')) as Widget[];
    expect(inside.length, 'sections, lists and panels composed in the article').to.be.greaterThan(5);
    expect(inside.every(waiting), 'the server marked each composed widget too').to.equal(true);
    const text = deepText(doc.body);

    // Each delivery of mutation records: which widgets lost the mark in it for good.
    const awake = new Set<Element>();
    const batches: string[][] = [];
    const watcher = new win.MutationObserver((records) => {
      const woke = [...new Set(records.map((r) => r.target as Element))].filter((el) => !waiting(el) && !awake.has(el));
      woke.forEach((el) => awake.add(el));
      if (woke.length) batches.push(woke.map((el) => el.localName));
    });
    for (const el of [article, ...inside]) watcher.observe(el, { attributes: true, attributeFilter: ['defer-hydration'] });

    await addHydrate(page);
    press(article);
    await until(() => [article, ...inside].every((el) => !waiting(el) && el.hasUpdated), 'the article and every widget in it hydrated', 10000);
    watcher.disconnect();

    expect(batches[0], 'the article first').to.deep.equal(['ms-article']);
    expect(batches.filter((b) => b.length > 1), 'no two widgets woke together').to.deep.equal([]);
    expect(batches.length, 'each woke once').to.equal(inside.length + 1);
    expect(deepText(doc.body), 'the same text').to.equal(text);
    expectNothingWentWrong(page.record, 'article');
  });

  describe('the definitions', () => {
    /** Records, per task, which tags the page defines from now on. */
    function watchDefinitions(win: Page['win']): string[][] {
      const batches: string[][] = [];
      let current: string[] | undefined;
      const registry = win.customElements;
      const define = registry.define.bind(registry);
      registry.define = (tag: string, ctor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
        if (!current) {
          batches.push((current = []));
          win.queueMicrotask(() => (current = undefined));
        }
        current.push(tag);
        define(tag, ctor, options);
      };
      return batches;
    }

    /** After a use: every element defined in one task, and `article` woken by its definition, then hydrated. */
    async function expectDefinedAtOnceAndAwake(batches: string[][], article: Widget): Promise<void> {
      await until(() => batches.length > 0, 'the elements defined');
      expect(batches.map((b) => b.sort()), 'all in one task').to.deep.equal([[...TAGS].sort()]);
      expect(waiting(article), 'the article woke with its definition').to.equal(false);
      await until(() => article.hasUpdated, 'the article hydrated');
    }

    it('wait for the first frame, then come one per task: the module’s own task defines nothing', async () => {
      const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
      const batches = watchDefinitions(page.win);
      await addHydrate(page);
      expect(batches, 'nothing defined in the module’s own task').to.deep.equal([]);
      // Waking is not awaited: on a busy machine each widget out of view may
      // wait its full idle timeout, and 'widgets wake on their own' tests it.
      await until(() => batches.flat().length >= TAGS.length, 'every element defined, with no interaction');
      expect(batches.flat().sort(), 'every element').to.deep.equal([...TAGS].sort());
      expect(batches.filter((b) => b.length > 1), 'one per task').to.deep.equal([]);
      expectNothingWentWrong(page.record, 'definitions');
    });

    it('the reader’s first use before them defines them all at once, and wakes that widget in the same task', async () => {
      const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
      const batches = watchDefinitions(page.win);
      await addHydrate(page);
      const article = page.doc.getElementById('article') as Widget;
      press(article);
      expect(batches.map((b) => b.sort()), 'all in this task').to.deep.equal([[...TAGS].sort()]);
      expect(waiting(article), 'the article woke').to.equal(false);
      await until(() => article.hasUpdated, 'the article hydrated');
      expectNothingWentWrong(page.record, 'definitions on input');
    });

    /**
     * Adds the hydrate file as a page's own module script would; `onLoad`
     * runs in the script's load event, which comes as soon as the module
     * has run up to its wait for the first frame.
     */
    function addScript(page: Page, onLoad: () => void, src = '/dist/cdn/ms-widgets-hydrate.js', attributes: Record<string, string> = {}): Promise<void> {
      return new Promise((resolve, reject) => {
        const script = page.doc.createElement('script');
        script.type = 'module';
        for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
        script.src = src;
        script.addEventListener('load', () => {
          try {
            onLoad();
            resolve();
          } catch (error) {
            reject(error);
          }
        });
        script.addEventListener('error', () => reject(new Error(`${src} did not load`)));
        page.doc.head.append(script);
      });
    }

    it('the CDN file evaluates nothing but its wait before the page’s next frame, then defines one per task', async () => {
      const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
      const { win } = page;
      const batches = watchDefinitions(win);
      let litAtLoad: unknown = 'not loaded';
      await addScript(page, () => (litAtLoad = win.litHtmlVersions));
      expect(litAtLoad, 'Lit had not evaluated when the script’s own task ended').to.equal(undefined);
      await until(() => win.litHtmlVersions !== undefined, 'the rest of the file evaluated after the wait');
      await until(() => batches.flat().length >= TAGS.length, 'every element defined, with no interaction');
      expect(batches.filter((b) => b.length > 1), 'one per task').to.deep.equal([]);
      expectNothingWentWrong(page.record, 'the wait');
    });

    it('the reader’s use while the CDN file waits ends the wait: every element defined at once, that widget awake', async () => {
      const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
      const { doc, win } = page;
      const batches = watchDefinitions(win);
      const article = doc.getElementById('article') as Widget;
      await addScript(page, () => {
        expect(win.litHtmlVersions, 'still waiting').to.equal(undefined);
        press(article);
      });
      // A script's event has no microtask checkpoint of its own: the rest of the file evaluates just after it.
      await expectDefinedAtOnceAndAwake(batches, article);
      expectNothingWentWrong(page.record, 'a use while the file waits');
    });

    describe('the loader, ms-widgets-hydrate-loader.js', () => {
      const LOADER = '/dist/cdn/ms-widgets-hydrate-loader.js';
      const requested = (page: Page) => page.doc.querySelector<HTMLScriptElement>('script[src$="/ms-widgets-hydrate.js"]');
      const loaderIntegrity = async () => ((await (await fetch('/dist/cdn/integrity.json')).json()) as Record<string, string>)['ms-widgets-hydrate-loader.js'];

      it('asks for the hydrate file only after its own task, then every element is defined', async () => {
        const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
        const batches = watchDefinitions(page.win);
        let scriptAtLoad: unknown = 'not loaded';
        await addScript(page, () => (scriptAtLoad = requested(page)), LOADER);
        expect(scriptAtLoad, 'no request for the hydrate file while the page still has its first frame to paint').to.equal(null);
        await until(() => batches.flat().length >= TAGS.length, 'every element defined, with no interaction');
        expect(requested(page)?.src, 'in a module script of its own').to.equal(new URL('/dist/cdn/ms-widgets-hydrate.js', location.href).href);
        expect(requested(page)?.integrity, 'the page did not check the loader: no integrity asked of the hydrate file').to.equal('');
        expectNothingWentWrong(page.record, 'the loader');
      });

      it('the reader’s use before then asks for it at once; when it comes, every element is defined at once and the widget used wakes', async () => {
        const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
        const batches = watchDefinitions(page.win);
        const article = page.doc.getElementById('article') as Widget;
        await addScript(
          page,
          () => {
            press(article);
            expect(requested(page), 'asked for in the event').to.not.equal(null);
          },
          LOADER,
        );
        // The loader hands the use over to the hydrate file: no second use, no wait for a frame.
        await expectDefinedAtOnceAndAwake(batches, article);
        expectNothingWentWrong(page.record, 'the loader on input');
      });

      it('a use while the hydrate file downloads, after the loader’s wait: every element defined at once when it comes, that widget awake', async () => {
        const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
        const batches = watchDefinitions(page.win);
        const article = page.doc.getElementById('article') as Widget;
        let usedWhileDownloading = false;
        // The reader's press just after the loader asked for the file, in the same task: the file cannot have run yet.
        new page.win.MutationObserver((_, observer) => {
          if (!requested(page)) return;
          observer.disconnect();
          usedWhileDownloading = batches.length === 0;
          press(article);
        }).observe(page.doc.head, { childList: true });
        await addScript(page, () => {}, LOADER);
        await expectDefinedAtOnceAndAwake(batches, article);
        expect(usedWhileDownloading, 'the use came before any definition').to.equal(true);
        expectNothingWentWrong(page.record, 'a use while the hydrate file downloads');
      });

      it('after the loader’s wait for the first frame, the hydrate file asks for no frame of its own before its definitions', async () => {
        const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
        const { win } = page;
        const batches = watchDefinitions(win);
        // Frames asked for once the hydrate file is in the page and before the first definition.
        let framesAsked = 0;
        const requestFrame = win.requestAnimationFrame.bind(win);
        win.requestAnimationFrame = (callback: FrameRequestCallback) => {
          if (requested(page) && batches.length === 0) framesAsked++;
          return requestFrame(callback);
        };
        await addScript(page, () => {}, LOADER);
        await until(() => batches.flat().length >= TAGS.length, 'every element defined, with no interaction');
        expect(batches.filter((b) => b.length > 1), 'one per task').to.deep.equal([]);
        expect(framesAsked, 'frames asked for between the hydrate file’s request and its first definition').to.equal(0);
        expectNothingWentWrong(page.record, 'the loader’s frame, handed over');
      });

      it('a page that hydrates eagerly gets the hydrate file at once', async () => {
        const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
        let scriptAtLoad: unknown;
        await addScript(page, () => (scriptAtLoad = requested(page)), LOADER, { 'data-ms-hydrate': 'eager' });
        expect(scriptAtLoad, 'asked for in the loader’s own task').to.not.equal(null);
        await until(() => TAGS.every((tag) => page.win.customElements.get(tag)), 'every element defined');
        expectNothingWentWrong(page.record, 'the loader, eager');
      });

      it('a page that checked the loader with integrity: the hydrate file must match the hash it was built with', async () => {
        const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
        const integrity = await loaderIntegrity();
        const article = page.doc.getElementById('article') as Widget;
        await addScript(page, () => press(article), '/test/cdn/ms-widgets-hydrate-loader.js', {
          integrity,
          crossorigin: 'anonymous',
        });
        expect(requested(page)?.integrity, 'the built hash of the hydrate file').to.match(/^sha384-[\w+/]{64}$/);
        await until(() => TAGS.every((tag) => page.win.customElements.get(tag)), 'every element defined: the file matched');
        expectNothingWentWrong(page.record, 'the loader with integrity');
      });

      it('a hydrate file that does not match is not run: the widgets stay as the server wrote them, with one clear error', async () => {
        const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
        const integrity = await loaderIntegrity();
        const text = deepText(page.doc.body);
        const article = page.doc.getElementById('article') as Widget;
        await addScript(page, () => press(article), '/test/tampered-cdn/ms-widgets-hydrate-loader.js', {
          integrity,
          crossorigin: 'anonymous',
        });
        await until(() => page.record.consoleErrors.length > 0, 'the loader reported the mismatch', 5000);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(page.record.consoleErrors).to.have.length(1);
        expect(page.record.consoleErrors[0]).to.contain('/test/tampered-cdn/ms-widgets-hydrate.js').and.contain('integrity').and.contain('stay as the server rendered them');
        expect(TAGS.filter((tag) => page.win.customElements.get(tag)), 'nothing of the file ran').to.deep.equal([]);
        expect(page.win.litHtmlVersions, 'not even Lit').to.equal(undefined);
        expect(page.record.errors.every((e) => e.includes('tampered-cdn/ms-widgets-hydrate.js')), 'no error but the refused load').to.equal(true);
        expect(page.record.errors.some((e) => e.includes('unhandledrejection')), 'nothing uncaught').to.equal(false);
        expect(waiting(article), 'the article still as the server wrote it').to.equal(true);
        expect(deepText(page.doc.body), 'every word still there').to.equal(text);
      });
    });

    it('a page with a widget the server did not render gets them at once: that one shows nothing until defined', async () => {
      const page = await load('/test/pages/ssr-deferred-article.html', { tags: [] });
      const card = page.doc.createElement('ms-evidence-card');
      card.setAttribute('study', 'halt-ms');
      page.doc.body.append(card);
      const batches = watchDefinitions(page.win);
      await addHydrate(page);
      expect(batches.flat().sort(), 'every element, in the module’s own task').to.deep.equal([...TAGS].sort());
      expectNothingWentWrong(page.record, 'mixed page');
    });
  });

  it('each way of using a widget wakes it at once: pointer, touch, key, focus, click', async () => {
    const page = await load('/test/pages/ssr-deferred-six.html', { tags: [] });
    const { doc, win } = page;
    const cards = [...doc.querySelectorAll('ms-evidence-card')] as Widget[];
    const events: [string, () => Event][] = [
      ['pointerdown', () => new win.PointerEvent('pointerdown', { bubbles: true, composed: true })],
      ['touchstart', () => new win.Event('touchstart', { bubbles: true, composed: true })],
      ['keydown', () => new win.KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true })],
      ['focusin', () => new win.FocusEvent('focusin', { bubbles: true, composed: true })],
      ['click', () => new win.MouseEvent('click', { bubbles: true, composed: true })],
    ];
    await addHydrate(page);
    // Still in the task that loaded the script: nothing has woken by itself yet.
    events.forEach(([type, make], i) => {
      const card = cards[i];
      expect(waiting(card), `${type}: waiting before`).to.equal(true);
      card.shadowRoot!.querySelector('a, p, h3, h2')!.dispatchEvent(make());
      expect(waiting(card), `${type} inside the card woke it in that event's task`).to.equal(false);
    });
    expect(waiting(cards[5]), 'the card nobody used still waits').to.equal(true);
    await Promise.all(cards.slice(0, 5).map((c) => c.updateComplete));
    expectNothingWentWrong(page.record, 'interactions');
  });

  it('widgets wake on their own: in view first, the rest when the browser is idle', async () => {
    const page = await load('/test/pages/ssr-deferred-cards.html', { tags: ['ms-evidence-card'] });
    const win = page.win as Win;
    const cards = [...page.doc.querySelectorAll('ms-evidence-card')] as Widget[];
    // Each card keeps the server's DOM: hydrated, or, identical to the first, left as a copy (test/server-copies.test.ts).
    const serverDom = cards.map((c) => c.shadowRoot!.querySelector('article'));
    expect(serverDom.every((a) => a !== null), 'server-rendered DOM before hydration').to.equal(true);
    // A page the runner keeps in a background tab renders no frames, so
    // nothing is ever reported in view there: only idle time wakes its cards.
    let hidden = document.visibilityState === 'hidden';
    const noteHidden = () => (hidden ||= document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', noteHidden);
    await until(() => cards.every((c) => !waiting(c) && c.hasUpdated), 'every card hydrated, with no interaction');
    document.removeEventListener('visibilitychange', noteHidden);
    const order = win.__msWoke;
    expect(order.length, 'each card woke once').to.equal(cards.length);
    // An idle period wakes as many as it has room for, timing each wake, so
    // each must hydrate within its own piece of work, not in microtasks after.
    expect(win.__hydratedAtWake, 'each card hydrated in the piece that woke it').to.deep.equal(cards.map(() => true));
    cards.forEach((c, i) => {
      expect(c.shadowRoot!.querySelectorAll('article'), `card ${i}: one article`).to.have.length(1);
      expect(c.shadowRoot!.querySelector('article'), `card ${i} kept the server's DOM`).to.equal(serverDom[i]);
    });
    if (hidden) {
      expect(order, 'a page out of sight: idle time wakes the cards in document order').to.deep.equal(cards);
    } else {
      // Idle time alone wakes them in document order; the last cards are in
      // view, so they woke next once the page reported them there (however
      // late a loaded machine's frame brought that report), ahead of idle time.
      const before = win.__wokeBeforeInView!;
      const inView = win.__inView ?? [];
      expect(inView, 'the cards near the view, as the page reported them').to.include(cards.at(-1));
      expect(before, 'cards woken before that report').to.be.a('number').and.below(cards.length - inView.length);
      expect(order.slice(before, before + inView.length), 'the cards in view woke next').to.deep.equal(inView);
    }
    expectNothingWentWrong(page.record, 'cards');
  });

  it('a widget out of view and not used waits, then wakes when it scrolls into view or the browser is idle', async () => {
    const page = await load('/test/pages/ssr-deferred.html', { tags: [] });
    const far = page.doc.getElementById('far') as Widget;
    await addHydrate(page);
    expect(waiting(far), 'still waiting right after the script ran').to.equal(true);
    expect(deepText(far), 'showing the server\u2019s text meanwhile').to.include(en.evidence.items.find((s) => s.id === 'halt-ms')!.text);
    far.scrollIntoView();
    await until(() => !waiting(far) && far.hasUpdated, 'the far card hydrated');
    expectNothingWentWrong(page.record, 'far card');
  });

  it('a widget taken out while it waited and put back waits again, and still wakes in idle time', async () => {
    const page = await load('/test/pages/ssr-deferred.html', { tags: [] });
    const { doc, win } = page;
    const far = doc.getElementById('far') as Widget;
    const spot = far.parentNode!;
    await addHydrate(page);
    // A press on the panel defines every element at once: the far card now waits.
    doc.getElementById('panel')!.dispatchEvent(new win.PointerEvent('pointerdown', { bubbles: true, composed: true }));
    far.remove();
    // Out of the page, its turn in idle time comes and passes: the observer
    // reports it, or at once on a hidden page (a background tab, which gets
    // no frames), then idle time runs, within its 2 s timeout (WebKit: a
    // 100 ms timer). Nothing shows that turn from outside: wait it out.
    await new Promise((r) => setTimeout(r, 2500));
    expect(waiting(far), 'still marked while out of the page').to.equal(true);
    spot.appendChild(far);
    await until(() => !waiting(far) && far.hasUpdated, 'the card, back out of view, woke in idle time');
    expectNothingWentWrong(page.record, 'taken out and put back');
  });

  it('eager: data-ms-hydrate="eager" on the script wakes every widget at once', async () => {
    const page = await load('/test/pages/ssr-deferred-eager.html', { tags: ['ms-evidence-card'] });
    const cards = [...page.doc.querySelectorAll('ms-evidence-card')] as Widget[];
    expect(cards.every((c) => !waiting(c) && c.hasUpdated), 'all hydrated when the page settled').to.equal(true);
    expect((page.win as Win).__msWoke.length).to.equal(30);
    expectNothingWentWrong(page.record, 'eager');
  });

  it('eager: rendered with hydrate: "eager", nothing waits', async () => {
    const served = await (await fetch('/test/pages/ssr-deferred-cards.html?hydrate=eager')).text();
    expect(served.includes('defer-hydration'), 'no mark in the page').to.equal(false);
    const page = await load('/test/pages/ssr-deferred-cards.html?hydrate=eager', { tags: ['ms-evidence-card'] });
    const cards = [...page.doc.querySelectorAll('ms-evidence-card')] as Widget[];
    expect(cards.every((c) => c.hasUpdated)).to.equal(true);
    expectNothingWentWrong(page.record, 'eager render');
  });

  it('a content pack registered while a widget waits is applied when it hydrates', async () => {
    const page = await load('/test/pages/ssr-deferred.html', { tags: [] });
    const panel = page.doc.getElementById('panel') as Widget;
    const frameApi = await addHydrate(page);
    expect(waiting(panel), 'the panel waits').to.equal(true);
    const intro = 'Edited by the page before hydration.';
    frameApi.registerContent('en', { ...en, precautions: { ...en.precautions, intro } });
    expect(deepText(panel), 'nothing changes while it waits').to.include(en.precautions.intro);
    panel.dispatchEvent(new page.win.FocusEvent('focusin', { bubbles: true, composed: true }));
    await until(() => deepText(panel).includes(intro), 'the pack shown after hydration');
    expect(deepText(panel)).to.not.include(en.precautions.intro);
    expectNothingWentWrong(page.record, 'pack');
  });
});
