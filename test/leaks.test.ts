/**
 * Nothing left behind on the host page: MutationObservers, and listeners on
 * document and window, counted by wrapping the platform's own methods while
 * a thousand elements come and go. (The heap itself is measured in Chromium
 * through the DevTools protocol: test/cdp/memory.test.js.)
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { registerContent } from '../src/content/registry.js';
import en from '../src/content/en.generated.js';
import { settle } from './support/helpers.js';
import { TAGS } from './support/fuzz.js';

interface Ledger {
  /** Observers that observe something and were not disconnected. */
  observing: Set<MutationObserver>;
  /** Listeners on document and window: added minus removed, by target and type. */
  listeners: Map<string, number>;
  restore: () => void;
}

/** Wraps observe/disconnect and add/removeEventListener on document and window to count what is live. */
function instrument(): Ledger {
  const observing = new Set<MutationObserver>();
  const listeners = new Map<string, number>();
  const mo = MutationObserver.prototype;
  const { observe, disconnect } = mo;
  mo.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    observing.add(this);
    return observe.apply(this, args);
  };
  mo.disconnect = function (this: MutationObserver) {
    observing.delete(this);
    return disconnect.apply(this);
  };
  const restorers: Array<() => void> = [
    () => {
      mo.observe = observe;
      mo.disconnect = disconnect;
    },
  ];
  for (const [name, target] of [
    ['document', document],
    ['window', window],
  ] as const) {
    // Own properties shadow the prototype's for this one object only.
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const seen = new Set<string>();
    const key = (type: string, fn: unknown, capture: unknown) => `${type}\u0000${String(fn)}\u0000${String(capture)}`;
    const capture = (o: unknown) => (typeof o === 'boolean' ? o : Boolean((o as AddEventListenerOptions | undefined)?.capture));
    target.addEventListener = function (type: string, fn: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      const once = typeof options === 'object' && options?.once;
      if (fn && !once && !seen.has(key(type, fn, capture(options)))) {
        seen.add(key(type, fn, capture(options)));
        listeners.set(`${name} ${type}`, (listeners.get(`${name} ${type}`) ?? 0) + 1);
      }
      return add.call(this, type, fn, options);
    };
    target.removeEventListener = function (type: string, fn: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      if (fn && seen.delete(key(type, fn, capture(options)))) {
        listeners.set(`${name} ${type}`, (listeners.get(`${name} ${type}`) ?? 0) - 1);
      }
      return remove.call(this, type, fn, options);
    };
    restorers.push(() => {
      delete (target as Partial<EventTarget>).addEventListener;
      delete (target as Partial<EventTarget>).removeEventListener;
    });
  }
  return { observing, listeners, restore: () => restorers.forEach((r) => r()) };
}

const live = (ledger: Ledger) => Object.fromEntries([...ledger.listeners].filter(([, n]) => n !== 0));

describe('nothing left behind on the host page', function () {
  this.timeout(60_000);
  let ledger: Ledger;
  beforeEach(() => {
    ledger = instrument();
  });
  afterEach(() => ledger.restore());

  it('a thousand elements connected, changed and removed leave no observer and no listener', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    // A host component with its own shadow root, where lang is watched too.
    const shadowHost = document.createElement('div');
    const shadow = shadowHost.attachShadow({ mode: 'open' });
    document.body.append(shadowHost);
    const made: HTMLElement[] = [];
    for (let i = 0; i < 1000; i++) {
      const el = document.createElement(TAGS[i % TAGS.length]);
      if (i % 8 === 1) el.setAttribute('name', 'introduction');
      if (i % 8 === 3) el.setAttribute('study', 'halt-ms');
      made.push(el);
      (i % 3 === 0 ? shadow : host).append(el);
    }
    await settle(host);
    await settle(shadow);
    expect(ledger.observing.size, 'one lang observer serves every element').to.equal(1);

    // Changes that make elements re-pick packs and re-render.
    host.setAttribute('lang', 'en-GB');
    registerContent('en-x-leak', { ...structuredClone(en), lang: 'en-x-leak' });
    shadowHost.setAttribute('lang', 'en-x-leak');
    await settle(host);
    await settle(shadow);
    // Moves: out and back in.
    made.slice(0, 100).forEach((el) => shadow.append(el));
    await settle(shadow);

    host.remove();
    shadowHost.remove();
    await new Promise((r) => setTimeout(r));
    expect(ledger.observing.size, 'observers still observing').to.equal(0);
    expect(live(ledger), 'listeners on document and window').to.deep.equal({});
  });

  it('an element that only ever lived in a detached tree attaches nothing', async () => {
    const detached = document.createElement('div');
    for (const tag of TAGS) detached.append(document.createElement(tag));
    await new Promise((r) => setTimeout(r));
    expect(ledger.observing.size).to.equal(0);
    expect(live(ledger)).to.deep.equal({});
  });
});
