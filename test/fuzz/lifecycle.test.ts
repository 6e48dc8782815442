/**
 * Property-based: random sequences of what a page does to an element over
 * its life: attribute changes and removals, disconnecting, reconnecting,
 * moving between containers, `lang` changes on the element, its container
 * and <html>, with and without waiting in between. Afterwards the element
 * must look exactly like a new one given the same final attributes in the
 * same place, nothing was thrown, and no warning repeated.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import en from '../../src/content/en.generated.js';
import { registerContent } from '../../src/content/registry.js';
import { captureEachTest, settle } from '../support/helpers.js';
import {
  ATTRIBUTES,
  ATTRIBUTES_OF,
  REQUIRED,
  TAGS,
  expectSafeRendering,
  expectWellFormedWarnings,
  runOptions,
  warningRange,
  type AttrName,
  type Tag,
} from '../support/fuzz.js';

/** A registered pseudo-locale, so moves and lang changes really switch packs. */
const PSEUDO = 'fz';
const langValue = fc.oneof(fc.constantFrom(PSEUDO, 'fz-CH', 'en', 'en-GB', 'xx-fuzz', ''), ATTRIBUTES.lang);

type Action =
  | { kind: 'set'; attr: AttrName; value: string }
  | { kind: 'remove'; attr: AttrName }
  | { kind: 'disconnect' }
  | { kind: 'connect'; into: 0 | 1; first: boolean }
  | { kind: 'container-lang'; which: 0 | 1; value: string | null }
  | { kind: 'html-lang'; value: string | null }
  | { kind: 'wait' };

const actions = (tag: Tag): fc.Arbitrary<Action[]> => {
  const attr = fc.constantFrom(...ATTRIBUTES_OF[tag]);
  const action: fc.Arbitrary<Action> = fc.oneof(
    { weight: 4, arbitrary: attr.chain((a) => ATTRIBUTES[a].map((value): Action => ({ kind: 'set', attr: a, value }))) },
    { weight: 1, arbitrary: attr.map((a): Action => ({ kind: 'remove', attr: a })) },
    { weight: 1, arbitrary: fc.constant<Action>({ kind: 'disconnect' }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('connect' as const), into: fc.constantFrom(0 as const, 1 as const), first: fc.boolean() }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('container-lang' as const), which: fc.constantFrom(0 as const, 1 as const), value: fc.option(langValue) }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('html-lang' as const), value: fc.option(langValue) }) },
    { weight: 2, arbitrary: fc.constant<Action>({ kind: 'wait' }) },
  );
  return fc.array(action, { minLength: 1, maxLength: 25 });
};

/**
 * The rendered tree as a string: tags, sorted attributes, text, shadow roots;
 * comments (Lit's markers) and styles left out.
 */
function snapshot(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType === Node.COMMENT_NODE) return '';
  const kids = (n: Node) => [...n.childNodes].map(snapshot).join('');
  if (node instanceof ShadowRoot) return `#shadow(${kids(node)})`;
  const el = node as Element;
  if (el.localName === 'style') return '';
  const attrs = [...el.attributes]
    .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
    .sort()
    .join(' ');
  return `<${el.localName} ${attrs}>${el.shadowRoot ? snapshot(el.shadowRoot) : ''}${kids(el)}</${el.localName}>`;
}

/** Where two snapshots part, with some context, for the failure message. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const at = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 120), i + 80));
  return `at ${i}:\n  it:    ${at(a)}\n  new:   ${at(b)}`;
}

/** The English pack with every heading, title and text marked, as a translation would change them. */
function pseudoPack(): unknown {
  const pack = structuredClone(en) as unknown as Record<string, unknown>;
  const mark = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return ['heading', 'title', 'text', 'intro', 'paragraphs'].includes(key) ? `⟦${v}⟧` : v;
    if (Array.isArray(v)) return v.map((x) => mark(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mark(x, k)]));
    return v;
  };
  return { ...(mark(pack, '') as object), lang: PSEUDO };
}

describe('fuzz: element lifecycles', function () {
  this.timeout(180_000);
  const { warnings, trap } = captureEachTest();
  let cases = 0;
  let steps = 0;

  before(() => registerContent(PSEUDO, pseudoPack()));
  after(() => console.log(`fuzz lifecycles: ${cases} sequences, ${steps} actions`));

  for (const tag of TAGS) {
    it(`<${tag}> ends like a new element after any sequence of changes`, async () => {
      const htmlLang = document.documentElement.getAttribute('lang');
      const property = fc.asyncProperty(actions(tag), async (sequence) => {
        cases++;
        steps += sequence.length;
        const what = `<${tag}> after ${JSON.stringify(sequence).slice(0, 600)}`;
        const containers = [document.createElement('div'), document.createElement('div')] as const;
        containers.forEach((c) => {
          c.append(document.createElement('p'));
          document.body.append(c);
        });
        const start = warnings.messages.length;
        const el = document.createElement(tag);
        const values = new Set<string>();
        let budget = 0;
        const spend = (attr: AttrName, value: string) => {
          const key = `${attr}\u0000${value}`;
          if (values.has(key)) return;
          values.add(key);
          budget += warningRange(attr, value)[1];
        };
        const required = REQUIRED[tag];
        if (required) spend(required, '');
        try {
          for (const step of sequence) {
            switch (step.kind) {
              case 'set':
                el.setAttribute(step.attr, step.value);
                spend(step.attr, step.value);
                break;
              case 'remove':
                el.removeAttribute(step.attr);
                break;
              case 'disconnect':
                el.remove();
                break;
              case 'connect':
                if (step.first) containers[step.into].prepend(el);
                else containers[step.into].append(el);
                break;
              case 'container-lang':
                if (step.value === null) containers[step.which].removeAttribute('lang');
                else containers[step.which].setAttribute('lang', step.value);
                spend('lang', step.value ?? '');
                break;
              case 'html-lang':
                if (step.value === null) document.documentElement.removeAttribute('lang');
                else document.documentElement.setAttribute('lang', step.value);
                spend('lang', step.value ?? '');
                break;
              case 'wait':
                await settle(document.body);
                break;
            }
          }
          if (!el.isConnected) containers[0].append(el);
          await settle(document.body);

          // The shadow trees: host attributes are the page's (a reflected default may differ).
          const got = snapshot(el.shadowRoot!);
          // A new element with the same attributes, in its place. Each is alone
          // on the page when it is read, since a second widget would take over
          // the page's one attribution line (the footer would differ for that).
          const fresh = document.createElement(tag);
          for (const a of el.attributes) fresh.setAttribute(a.name, a.value);
          el.replaceWith(fresh);
          const mine = warnings.messages.slice(start);
          await settle(document.body);

          expect(trap.errors, `${what}: uncaught errors`).to.deep.equal([]);
          const want = snapshot(fresh.shadowRoot!);
          expect(got === want, `${what}: differs from a new element ${firstDifference(got, want)}`).to.equal(true);
          expectSafeRendering(el, what);
          expectWellFormedWarnings(mine, what);
          expect(mine.length, `${what}: warnings\n${mine.join('\n').slice(0, 2000)}`).to.be.at.most(budget);
        } finally {
          containers.forEach((c) => c.remove());
          if (htmlLang === null) document.documentElement.removeAttribute('lang');
          else document.documentElement.setAttribute('lang', htmlLang);
        }
      });
      await fc.assert(property, await runOptions(0.5));
    });
  }
});
