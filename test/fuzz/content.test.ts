/**
 * Property-based: malformed content packs given to registerContent. Each case
 * starts from the English pack and applies a few random mutations: a field
 * removed, a value of the wrong type, an unknown id, a `javascript:` or
 * `data:` URL, an empty string; and harmless ones: markup, bidi marks and
 * other unicode in the text, `__proto__` and unknown keys.
 *
 * A pack with any bad mutation must be rejected with a TypeError that names
 * the path of one of them, and register nothing. The same holds for arrays
 * and objects that fight being read: getters and proxy traps that throw,
 * revoked proxies, lying lengths, sparse arrays; a pack that registers is
 * stored as a plain frozen copy. A pack with only harmless
 * ones must register, and an article in its language must show the markup
 * as text, pollute no prototype and link only to http(s) URLs.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import en from '../../src/content/en.generated.js';
import { getContent, registerContent, registeredLocales } from '../../src/content/registry.js';
import { captureEachTest, deepText, settle } from '../support/helpers.js';
import { MARKER, collapse, expectSafeRendering, nasty, runOptions } from '../support/fuzz.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

/** A path as the validator writes it: pack.sources.items[0].url */
const pathText = (path: Segment[]) =>
  path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : `${s}.${seg}`), 'pack');

/** Every node of the English pack with its path (keys starting with $ left out). */
function nodes(value: Json, path: Segment[] = []): Array<{ path: Segment[]; value: Json }> {
  const out = [{ path, value }];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...nodes(v, [...path, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!k.startsWith('$')) out.push(...nodes(v, [...path, k]));
  return out;
}

interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  definitions?: Record<string, Schema>;
}
let schema: Schema;
const resolve = (s: Schema): Schema =>
  s.$ref ? resolve(schema.definitions![decodeURIComponent(s.$ref.replace('#/definitions/', ''))]) : s;
/** Whether content/schema.json requires the field at `path` (an object key). */
function required(path: Segment[]): boolean {
  let s = resolve(schema);
  path.slice(0, -1).forEach((seg, i) => {
    const next = typeof seg === 'number' ? s.items : s.properties?.[seg];
    if (!next) throw new Error(`content/schema.json does not describe ${pathText(path.slice(0, i + 1))}: run npm run schema`);
    s = resolve(next);
  });
  return (s.required ?? []).includes(String(path[path.length - 1]));
}

/** Free text the article shows (with `reviewed` set): markup put here must show as text. */
const SHOWN_TEXT = [
  /^pack\.(meta\.)?title$/,
  /^pack\.sections\[\d+\]\.(heading|paragraphs\[\d+\])$/,
  /^pack\.(benefits|precautions)\.(heading|items\[\d+\]\.(title|text))$/,
  /^pack\.(evidence|precautions)\.intro$/,
  /^pack\.evidence\.(heading|items\[\d+\]\.text)$/,
  /^pack\.sources\.(heading|items\[\d+\]\.title)$/,
  /^pack\.ui\.(disclaimer|attribution|lastReviewed|disclaimerLabel|study)$/,
];
const ENUMS: Record<string, string[]> = { dir: ['ltr', 'rtl'], origin: ['project'] };

interface Mutation {
  path: Segment[];
  kind: string;
  /** Whether the validator must reject it. */
  bad: boolean;
  /** A new value; absent means the key is removed. */
  value?: unknown;
  /** Text that must show, literally, when the pack is accepted. */
  shows?: string;
}

const badUrls = fc.constantFrom(
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/x',
  'ftp://example.org/',
  '//example.org/path',
  '/relative',
  'example.org',
  'https//example.org',
  '',
  ' ',
);
const wrongType = fc.constantFrom<unknown>(42, -1, 0, true, false, {}, [], ['text'], { text: 'x' }, NaN);
const emptyText = fc.constantFrom('', ' ', '\n\t', '\u00a0\u2003');

let token = 0;
/** A harmless text: markup, bidi marks and other unicode around a unique token. */
const harmlessText = fc
  .tuple(nasty.filter((s) => s.trim() !== '' && s.length < 1000), fc.constantFrom('\u202E', '\u2067', '\u200F', '', 'ﷺ'))
  .map(([junk, mark]) => `${mark}<b ${MARKER}>fuzz${++token}</b> ${junk}<img ${MARKER} src=x onerror="window.__fuzzPwned=1">`);

/** Mutations that fit the node at `path`, holding `value` in the English pack: bad ones and harmless ones. */
function mutationsFor(path: Segment[], value: Json): { bad: fc.Arbitrary<Mutation>[]; harmless: fc.Arbitrary<Mutation>[] } {
  const at = pathText(path);
  const key = path[path.length - 1];
  const options: fc.Arbitrary<Mutation>[] = [];
  const harmless: fc.Arbitrary<Mutation>[] = [];
  if (path.length === 0) {
    options.push(fc.constantFrom<unknown>(null, undefined, 42, 'pack', [], true).map((v) => ({ path, kind: 'not an object', bad: true, value: v })));
    return { bad: options, harmless };
  }
  if (typeof key === 'string') {
    options.push(fc.constant({ path, kind: 'removed', bad: required(path) }));
    // An object where a value belongs, or a value where an object belongs.
    options.push(wrongType.filter((v) => typeof v !== typeof value || Array.isArray(v) !== Array.isArray(value)).map((v) => ({ path, kind: 'wrong type', bad: true, value: v })));
  } else {
    options.push(wrongType.filter((v) => typeof v !== typeof value || Array.isArray(v) !== Array.isArray(value)).map((v) => ({ path, kind: 'wrong type', bad: true, value: v })));
  }
  if (Array.isArray(value)) options.push(fc.constant({ path, kind: 'empty list', bad: true, value: [] }));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    // Own "__proto__" and unknown keys: ignored, never copied, never polluting.
    harmless.push(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'onclick', 'innerHTML').map((k) => ({
        path: [...path, k],
        kind: `extra key ${k}`,
        bad: false,
        value: JSON.parse(`{"polluted": "yes", "toString": "x", "innerHTML": "<img ${MARKER}>"}`),
      })),
    );
  }
  if (typeof value === 'string') {
    if (key === 'url') {
      options.push(badUrls.map((v) => ({ path, kind: 'bad url', bad: true, value: v })));
      harmless.push(fc.constantFrom('https://example.org/a?b=<script>', 'http://example.org/"onmouseover="x').map((v) => ({ path, kind: 'odd url', bad: false, value: v })));
      harmless.push(fc.constant({ path, kind: 'no url', bad: false, value: null }));
    } else if (key === 'id') {
      options.push(fc.oneof(fc.constantFrom('', 'x-unknown', 'HALT-MS', ' halt-ms'), fc.string().map((s) => `x-${s}`)).map((v) => ({ path, kind: 'unknown id', bad: true, value: v })));
    } else if (typeof key === 'string' && ENUMS[key]) {
      options.push(fc.string().filter((s) => !ENUMS[key as string].includes(s)).map((v) => ({ path, kind: 'not allowed', bad: true, value: v })));
    } else {
      options.push(emptyText.map((v) => ({ path, kind: 'empty text', bad: true, value: v })));
      if (SHOWN_TEXT.some((re) => re.test(at))) {
        harmless.push(harmlessText.map((v) => ({ path, kind: 'markup text', bad: false, value: v, shows: v })));
      }
    }
  }
  if (value === null && key === 'url') {
    options.push(badUrls.map((v) => ({ path, kind: 'bad url', bad: true, value: v })));
  }
  return { bad: options, harmless };
}

let all: Array<{ path: Segment[]; value: Json }>;
/** A node of the pack, then any mutation that fits it. */
const mutation = () =>
  fc.constantFrom(...all).chain(({ path, value }) => {
    const { bad, harmless } = mutationsFor(path, value);
    return fc.oneof(...bad, ...harmless);
  });
/** A node that has harmless mutations, then one of them. */
const harmlessMutation = () =>
  fc.constantFrom(...all.filter(({ path, value }) => mutationsFor(path, value).harmless.length)).chain(({ path, value }) => fc.oneof(...mutationsFor(path, value).harmless));

/** Applies the mutations to a copy of the English pack; returns the copy and those still in force. */
function mutate(list: Mutation[]): { pack: unknown; applied: Mutation[] } {
  let pack: unknown = structuredClone(en);
  const applied: Mutation[] = [];
  for (const m of list) {
    if (m.path.length === 0) {
      pack = m.value;
      applied.length = 0;
      applied.push(m);
      continue;
    }
    let parent: unknown = pack;
    for (const seg of m.path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<Segment, unknown>)[seg] : undefined;
    if (!parent || typeof parent !== 'object') continue; // an earlier mutation replaced what it was in
    const key = m.path[m.path.length - 1];
    const target = parent as Record<Segment, unknown>;
    if (!(key in target) && !String(key).match(/^(__proto__|constructor|prototype|onclick|innerHTML)$/)) continue;
    // It replaces whatever earlier mutations did inside it.
    const here = pathText(m.path);
    for (let i = applied.length - 1; i >= 0; i--) {
      const p = pathText(applied[i].path);
      if (p === here || p.startsWith(`${here}.`) || p.startsWith(`${here}[`)) applied.splice(i, 1);
    }
    if (!('value' in m)) Reflect.deleteProperty(target, key);
    else if (key === '__proto__') Object.defineProperty(target, key, { value: m.value, enumerable: true, configurable: true, writable: true });
    else target[key] = m.value;
    applied.push(m);
  }
  return { pack, applied };
}

/**
 * A hostile container put where the English pack has an array or an object:
 * how it misbehaves, and what the validator must do with it.
 */
interface Hostile {
  path: Segment[];
  kind: string;
  /** 'reject': must throw naming this path (or one below it); 'either': may register; 'accept': must register. */
  verdict: 'reject' | 'either' | 'accept';
  wrap: (value: unknown) => unknown;
}

class Hostility extends Error {}
const boom = (what: string) => () => {
  throw new Hostility(`a hostile ${what}`);
};

/** A plain copy of an array or object, for wrapping. */
const copyOf = (value: unknown): Record<PropertyKey, unknown> =>
  (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<PropertyKey, unknown>;

/** A proxy over a copy of `value` whose `trap` throws (for `keys`, when given, only on those keys). */
function trapping(value: unknown, trap: keyof ProxyHandler<object>, keys?: PropertyKey[]): unknown {
  const target = copyOf(value);
  const handler: ProxyHandler<object> = {};
  if (trap === 'get') {
    handler.get = (t, key, receiver) => {
      if (!keys || keys.includes(key)) boom(`get ${String(key)}`)();
      return Reflect.get(t, key, receiver) as unknown;
    };
  } else {
    (handler as Record<string, unknown>)[trap] = boom(trap);
  }
  return new Proxy(target, handler);
}

function revoked(value: unknown): unknown {
  const { proxy, revoke } = Proxy.revocable(copyOf(value), {});
  revoke();
  return proxy;
}

/** Hostile forms of the array at `path`, holding `value` in the English pack. */
function hostileArrays(path: Segment[], value: unknown[]): fc.Arbitrary<Hostile> {
  const index = fc.nat({ max: value.length - 1 });
  const h = (kind: string, verdict: Hostile['verdict'], wrap: Hostile['wrap']): Hostile => ({ path, kind, verdict, wrap });
  return fc.oneof(
    index.map((i) =>
      h(`throwing getter at [${i}]`, 'reject', (v) => {
        const arr = copyOf(v);
        Object.defineProperty(arr, i, { get: boom(`getter at ${i}`), enumerable: true });
        return arr;
      }),
    ),
    fc.constant(h('proxy, every get throws', 'reject', (v) => trapping(v, 'get'))),
    fc.constant(h('proxy, length throws', 'reject', (v) => trapping(v, 'get', ['length']))),
    index.map((i) => h(`proxy, get [${i}] throws`, 'reject', (v) => trapping(v, 'get', [String(i)]))),
    fc.constant(h('proxy, get of symbols throws', 'either', (v) => trapping(v, 'get', [Symbol.iterator, Symbol.toPrimitive, Symbol.toStringTag]))),
    fc
      .constantFrom<keyof ProxyHandler<object>>('has', 'ownKeys', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'defineProperty', 'set', 'deleteProperty', 'isExtensible', 'preventExtensions')
      .map((trap) => h(`proxy, ${trap} throws`, 'either', (v) => trapping(v, trap))),
    fc.constant(h('revoked proxy', 'reject', revoked)),
    fc
      .constantFrom<unknown>(-1, NaN, '2', Infinity, 2 ** 32, { valueOf: boom('valueOf') }, null)
      .map((length) =>
        h(`proxy, length ${String(length)}`, length === '2' ? 'either' : 'reject', (v) => new Proxy(copyOf(v), { get: (t, k, r) => (k === 'length' ? length : (Reflect.get(t, k, r) as unknown)) })),
      ),
    index.map((i) =>
      h(`sparse: hole at [${i}]`, 'reject', (v) => {
        const arr = copyOf(v) as unknown as unknown[];
        Reflect.deleteProperty(arr, i);
        return arr;
      }),
    ),
    fc.nat({ max: 3 }).map((extra) =>
      h(`sparse: ${extra + 1} holes at the end`, 'reject', (v) => {
        const arr = copyOf(v) as unknown as unknown[];
        arr.length += extra + 1;
        return arr;
      }),
    ),
    fc.constant(
      h('extra properties', 'accept', (v) => {
        const arr = copyOf(v);
        Object.assign(arr, { polluted: 'yes', '-1': 'minus one', '01': 'leading zero' });
        Object.defineProperty(arr, 'hostile', { get: boom('extra getter'), enumerable: true });
        return arr;
      }),
    ),
    fc.constant(h('no prototype', 'accept', (v) => Object.setPrototypeOf(copyOf(v), null))),
    fc.constant(
      h('overridden iterator and map', 'accept', (v) => {
        const arr = copyOf(v);
        Object.assign(arr, { [Symbol.iterator]: boom('iterator'), map: boom('map'), forEach: boom('forEach') });
        return arr;
      }),
    ),
  );
}

/** Hostile forms of the object at `path`. */
function hostileObjects(path: Segment[], value: Record<string, unknown>): fc.Arbitrary<Hostile> {
  const keys = Object.keys(value).filter((k) => !k.startsWith('$'));
  const h = (kind: string, verdict: Hostile['verdict'], wrap: Hostile['wrap']): Hostile => ({ path, kind, verdict, wrap });
  return fc.oneof(
    fc.constant(h('proxy, every get throws', 'reject', (v) => trapping(v, 'get'))),
    fc.constantFrom(...keys).map((k) => h(`proxy, get ${k} throws`, 'reject', (v) => trapping(v, 'get', [k]))),
    fc
      .constantFrom<keyof ProxyHandler<object>>('has', 'ownKeys', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'defineProperty', 'set')
      .map((trap) => h(`proxy, ${trap} throws`, 'either', (v) => trapping(v, trap))),
    fc.constant(h('revoked proxy', 'reject', revoked)),
  );
}

/** Applies hostile containers to a copy of the English pack, deepest first so a wrapper holds the ones below it. */
function applyHostile(list: Hostile[]): { pack: unknown; applied: Hostile[] } {
  const seen = new Set<string>();
  const applied = list.filter((m) => !seen.has(pathText(m.path)) && seen.add(pathText(m.path)));
  applied.sort((a, b) => b.path.length - a.path.length);
  let pack: unknown = structuredClone(en);
  for (const m of applied) {
    if (m.path.length === 0) {
      pack = m.wrap(pack);
      continue;
    }
    let parent = pack as Record<Segment, unknown>;
    for (const seg of m.path.slice(0, -1)) parent = parent[seg] as Record<Segment, unknown>;
    const key = m.path[m.path.length - 1];
    parent[key] = m.wrap(parent[key]);
  }
  return { pack, applied };
}

/** Asserts `value` is plain data: frozen real arrays and plain objects, all the way down. */
function expectPlainFrozen(value: unknown, at: string, what: string): void {
  if (!value || typeof value !== 'object') return;
  expect(Object.isFrozen(value), `${what}: ${at} is frozen`).to.equal(true);
  const proto: unknown = Object.getPrototypeOf(value);
  expect(proto === Array.prototype || proto === Object.prototype, `${what}: ${at} is a plain array or object`).to.equal(true);
  if (Array.isArray(value)) {
    expect(Object.keys(value), `${what}: ${at} holds only its items`).to.deep.equal(value.map((_, i) => String(i)));
  }
  for (const [k, v] of Object.entries(value)) expectPlainFrozen(v, `${at}.${k}`, what);
}

describe('fuzz: content packs', function () {
  this.timeout(180_000);
  const { warnings, trap } = captureEachTest();
  let rejected = 0;
  let accepted = 0;
  let n = 0;

  before(async () => {
    schema = (await (await fetch('/content/schema.json')).json()) as Schema;
    all = nodes(en as unknown as Json);
  });
  after(() => console.log(`fuzz content packs: ${rejected} rejected, ${accepted} accepted and rendered`));

  it('rejects every bad pack naming a bad field, and renders every harmless one as text', async () => {
    // Half the packs take any mutations (nearly all of them end up bad), half
    // only harmless ones, so both paths get a fair share of cases.
    const mutations = fc.oneof(fc.array(mutation(), { minLength: 1, maxLength: 3 }), fc.array(harmlessMutation(), { minLength: 1, maxLength: 4 }));
    const property = fc.asyncProperty(mutations, async (list) => {
      const locale = `fz-${++n}`;
      const { pack, applied } = mutate(list);
      const what = `mutations ${JSON.stringify(applied.map((m) => ({ at: pathText(m.path), kind: m.kind, value: m.value })), (_, v) => (v === undefined ? '(undefined)' : v)).slice(0, 800)}`;
      const bad = applied.filter((m) => m.bad).map((m) => pathText(m.path));
      const start = warnings.messages.length;

      let error: unknown;
      try {
        registerContent(locale, pack);
      } catch (e) {
        error = e;
      }
      expect(({} as Record<string, unknown>).polluted, `${what}: Object.prototype polluted`).to.equal(undefined);

      if (bad.length) {
        rejected++;
        expect(error, `${what}: rejected`).to.be.instanceOf(TypeError);
        const message = (error as Error).message;
        const named = /^registerContent\("fz-\d+"\): (pack\S*) must be /.exec(message);
        expect(named, `${what}: the message names a field: ${message}`).to.not.equal(null);
        expect(bad, `${what}: ${message}`).to.include(named![1]);
        expect(registeredLocales(), `${what}: nothing registered`).to.not.include(locale);
        return;
      }

      accepted++;
      expect(error, `${what}: accepted`).to.equal(undefined);
      const stored = getContent(locale) as unknown as Record<string, unknown>;
      expect(Object.getPrototypeOf(stored), `${what}: a plain object`).to.equal(Object.prototype);
      expect(stored.polluted, `${what}: no unknown key kept`).to.equal(undefined);

      const host = document.createElement('div');
      host.lang = locale;
      host.innerHTML = '<ms-article reviewed="2026-11-25"></ms-article><ms-evidence-card study="halt-ms"></ms-evidence-card>';
      document.body.append(host);
      try {
        await settle(host);
        expect(trap.errors, `${what}: uncaught errors`).to.deep.equal([]);
        expect(warnings.messages.slice(start), `${what}: warnings`).to.deep.equal([]);
        const article = host.querySelector('ms-article')!;
        expectSafeRendering(article, what);
        expectSafeRendering(host.querySelector('ms-evidence-card')!, what);
        const text = deepText(article);
        for (const m of applied) {
          if (m.shows) expect(text, `${what}: shows ${pathText(m.path)} as text`).to.include(collapse(m.shows));
        }
      } finally {
        host.remove();
      }
    });
    await fc.assert(property, await runOptions(3));
  });


  it('rejects packs whose fields cannot even be read, naming the field', () => {
    // A getter that throws, at every object in the pack.
    let checked = 0;
    for (const { path, value } of all) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      const keys = Object.keys(value).filter((k) => !k.startsWith('$'));
      const key = keys[0];
      const pack = structuredClone(en) as unknown as Record<string, unknown>;
      let target: Record<Segment, unknown> = pack;
      for (const seg of path) target = target[seg] as Record<Segment, unknown>;
      Object.defineProperty(target, key, {
        get() {
          throw new Error('a hostile getter');
        },
        enumerable: true,
      });
      const at = pathText([...path, key]);
      expect(() => registerContent('fz-getter', pack), at).to.throw(TypeError, `registerContent("fz-getter"): ${at}`);
      checked++;
    }
    expect(checked).to.be.greaterThan(10);
    expect(registeredLocales()).to.not.include('fz-getter');
  });

  it('rejects arrays and proxies that cannot be read with a TypeError naming the field, and stores a plain frozen copy of the rest', async () => {
    const containers = all.filter(({ value }) => value && typeof value === 'object');
    const hostile = fc.constantFrom(...containers).chain(({ path, value }) =>
      Array.isArray(value) ? hostileArrays(path, value) : hostileObjects(path, value as Record<string, unknown>),
    );
    let registered = 0;
    let refused = 0;
    const property = fc.property(fc.array(hostile, { minLength: 1, maxLength: 3 }), (list) => {
      const locale = `fz-h${++n}`;
      const { pack, applied } = applyHostile(list);
      const what = `hostile ${JSON.stringify(applied.map((m) => `${pathText(m.path)}: ${m.kind}`))}`;
      let error: unknown;
      try {
        registerContent(locale, pack);
      } catch (e) {
        error = e;
      }
      if (error === undefined) {
        registered++;
        expect(applied.filter((m) => m.verdict === 'reject').map((m) => m.kind), `${what}: registered`).to.deep.equal([]);
        const stored = getContent(locale);
        expect(stored, `${what}: stored`).to.not.equal(pack);
        expectPlainFrozen(stored, 'pack', what);
        expect(JSON.parse(JSON.stringify(stored)), `${what}: the same words as English`).to.deep.equal(JSON.parse(JSON.stringify(en)));
        return;
      }
      refused++;
      expect(error, `${what}: ${String(error)}`).to.be.instanceOf(TypeError);
      expect(error, `${what}: not the hostile code's own error`).to.not.be.instanceOf(Hostility);
      const message = (error as Error).message;
      const named = new RegExp(`^registerContent\\("${locale}"\\): (pack\\S*) must be `).exec(message);
      expect(named, `${what}: the message names a field: ${message}`).to.not.equal(null);
      const under = (p: string) => named![1] === p || named![1].startsWith(`${p}.`) || named![1].startsWith(`${p}[`);
      expect(
        applied.some((m) => m.verdict !== 'accept' && under(pathText(m.path))),
        `${what}: ${message} names a hostile field`,
      ).to.equal(true);
      expect(registeredLocales(), `${what}: nothing registered`).to.not.include(locale);
    });
    fc.assert(property, await runOptions(3));
    console.log(`fuzz hostile containers: ${refused} rejected, ${registered} registered`);
    expect(refused, 'some packs rejected').to.be.greaterThan(0);
    expect(registered, 'some packs registered').to.be.greaterThan(0);
  });

});
