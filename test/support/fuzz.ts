/**
 * Shared pieces of the property-based (fast-check) suites: the run settings,
 * hostile values, a model of what each element accepts, and the invariants
 * every case must keep whatever else the elements come to render.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import en from '../../src/content/en.generated.js';
import { BENEFIT_IDS, SECTION_IDS, STUDY_IDS } from '../../src/content/ids.js';
import { deepQueryAll, deepText } from './helpers.js';
import { TAGS, type Tag } from '../../src/shared/tags.js';

/**
 * Cases per property and the seed, from web-test-runner.config.js (FUZZ_RUNS,
 * FUZZ_SEED). Fixed by default, so CI checks the same cases every run.
 */
export interface FuzzSettings {
  runs: number;
  seed: number;
}
let cached: FuzzSettings | undefined;
export async function fuzzSettings(): Promise<FuzzSettings> {
  if (!cached) {
    const res = await fetch('/__fuzz-settings.json');
    expect(res.ok, 'the test runner serves /__fuzz-settings.json').to.equal(true);
    cached = (await res.json()) as FuzzSettings;
  }
  return cached;
}

/** fast-check's options for a property: the seed, and `share` of the runs (at least 5). */
export async function runOptions(share = 1): Promise<fc.Parameters<unknown>> {
  const { runs, seed } = await fuzzSettings();
  return { seed, numRuns: Math.max(5, Math.round(runs * share)), includeErrorInReport: true };
}

/** Counts the cases each property ran, for the summary line the suite prints. */
export const tally = new Map<string, number>();
export const count = (name: string) => tally.set(name, (tally.get(name) ?? 0) + 1);

/** Marks markup a value injects: no element carrying it may ever exist. */
export const MARKER = 'data-fuzz-marker';

/** Values a hostile or careless page could put anywhere. */
export const nasty = fc.constantFrom(
  '',
  ' ',
  '\n\t ',
  '\u0000',
  '0',
  '-1',
  '7',
  '2.5',
  '1e3',
  '99999999999999999999999',
  '-0',
  '0x2',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  `<img ${MARKER} src=x onerror="window.__fuzzPwned=1">`,
  `<b ${MARKER}>bold</b>`,
  `<script ${MARKER}>window.__fuzzPwned=1</script>`,
  `"><svg ${MARKER} onload="window.__fuzzPwned=1">`,
  `</section><p ${MARKER}>escaped</p>`,
  '<!--',
  ']]>',
  '${window.__fuzzPwned=1}',
  '{{constructor.constructor("window.__fuzzPwned=1")()}}',
  'javascript:window.__fuzzPwned=1',
  'data:text/html,<script>window.__fuzzPwned=1</script>',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  '\u2066isolate\u2069',
  '\uFEFFintroduction',
  '\uD800',
  'z\u0301\u0302\u0303\u0304\u0305\u0306',
  '👩🏽‍⚕️🧬',
  'ﷺ مرحبا',
  '𝕳𝖊𝖑𝖑𝖔',
  'INTRODUCTION',
  ' introduction',
  'introduction ',
  'halt-ms halt-ms',
  '2026-02-30',
  '2026-11-25T00:00:00Z',
  '+002026-11-25',
  '0000-01-01',
  '9999-12-31',
  'x'.repeat(100_000),
  '9'.repeat(400),
);

/** Any string at all, hostile values more often. */
export const anyValue = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** A value built from valid ids, junk and whitespace: a list attribute half right. */
const idsMixed = (ids: readonly string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...ids), anyValue), { maxLength: 6 })
    .chain((words) => fc.constantFrom(' ', '  ', '\n', '\t').map((sep) => words.join(sep)));

/** Values for one attribute: valid ones, near misses and anything at all. */
const attr = (valid: readonly string[], extra: fc.Arbitrary<string>[] = []) =>
  fc.oneof(fc.constantFrom(...valid), anyValue, ...extra);

/** Every element's own attributes, as the model below understands them. */
export const ATTRIBUTES = {
  'heading-level': attr(['1', '2', '3', '4', '5', '6', ' 3 ', '03']),
  name: attr(SECTION_IDS),
  study: attr(STUDY_IDS),
  benefits: attr(BENEFIT_IDS, [idsMixed(BENEFIT_IDS)]),
  layout: attr(['list', 'grid']),
  open: attr(['', 'open', 'false']),
  reviewed: attr(['2026-11-25', '2024-02-29', '0099-01-01']),
  'next-review': attr(['2027-11-25', '2026-01-01', '2020-02-29']),
  'source-url': attr(['https://clinic.example/ms', '/treatments/ms', '#sources', '?page=2', 'HTTPS://CLINIC.EXAMPLE/', ' https://clinic.example/ ', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '//evil.example/x', 'http://[', 'mailto:x@example.org']),
  'no-attribution': attr(['', 'no-attribution', 'false']),
  overdue: attr(['', 'overdue', 'false']),
  // Global attributes every element meets on a page.
  lang: attr(['en', 'EN', 'en-GB', 'fr', 'pt-BR', 'xx-fuzz']),
  dir: attr(['ltr', 'rtl', 'auto']),
} as const;
export type AttrName = keyof typeof ATTRIBUTES;

export { TAGS, type Tag };

/** The attributes each element reads (its own, heading-level, and the global ones). */
const FOOTER: AttrName[] = ['source-url', 'no-attribution'];
export const ATTRIBUTES_OF: Record<Tag, AttrName[]> = {
  'ms-article': ['heading-level', 'reviewed', 'next-review', 'lang', 'dir'],
  'ms-section': ['heading-level', 'name', ...FOOTER, 'lang', 'dir'],
  'ms-benefit-list': ['heading-level', 'benefits', 'layout', ...FOOTER, 'lang', 'dir'],
  'ms-evidence-card': ['heading-level', 'study', ...FOOTER, 'lang', 'dir'],
  'ms-evidence-list': ['heading-level', ...FOOTER, 'lang', 'dir'],
  'ms-risk-panel': ['heading-level', 'open', ...FOOTER, 'lang', 'dir'],
  'ms-source-list': ['heading-level', ...FOOTER, 'lang', 'dir'],
  'ms-disclaimer': ['heading-level', 'reviewed', 'next-review', 'overdue', 'lang', 'dir'],
};

/** An attribute an element cannot do without: missing, it counts as empty (and warns). */
export const REQUIRED: Partial<Record<Tag, AttrName>> = { 'ms-section': 'name', 'ms-evidence-card': 'study' };

/** Attributes on one element, as a page wrote them. */
export type Attrs = Partial<Record<AttrName, string>>;

const words = (v: string | undefined) => String(v ?? '').trim().split(/\s+/).filter(Boolean);

/**
 * The English text an element must show for these attributes (a missing
 * language falls back to English), or null when no valid content is asked
 * for and it must show none of its family's text. Not the whole rendering:
 * other issues may add to what elements show; this is what must be there.
 */
export function mustShow(tag: Tag, attrs: Attrs): string[] | null {
  switch (tag) {
    case 'ms-article':
      return [...en.sections.flatMap((s) => [s.heading, ...s.paragraphs]), en.benefits.items[0].text, en.ui.disclaimer];
    case 'ms-section': {
      const section = en.sections.find((s) => s.id === attrs.name);
      return section ? [section.heading, ...section.paragraphs] : null;
    }
    case 'ms-benefit-list': {
      const given = words(attrs.benefits);
      const ids = given.length ? BENEFIT_IDS.filter((id) => given.includes(id)) : [...BENEFIT_IDS];
      if (ids.length === 0) return null;
      return ids.flatMap((id) => {
        const b = en.benefits.items.find((i) => i.id === id)!;
        return [b.title, b.text];
      });
    }
    case 'ms-evidence-card': {
      const study = en.evidence.items.find((s) => s.id === attrs.study);
      return study ? [study.text] : null;
    }
    case 'ms-evidence-list':
      return [en.evidence.intro, ...en.evidence.items.map((s) => s.text)];
    case 'ms-risk-panel':
      return [en.precautions.intro, ...en.precautions.items.flatMap((p) => [p.title, p.text])];
    case 'ms-source-list':
      return en.sources.items.map((s) => s.title);
    case 'ms-disclaimer':
      return [en.ui.disclaimer];
  }
}

/** Text that belongs to an element's family: none of it may show when `mustShow` is null. */
export function familyText(tag: Tag): string[] {
  switch (tag) {
    case 'ms-section':
      return en.sections.flatMap((s) => s.paragraphs);
    case 'ms-benefit-list':
      return en.benefits.items.map((b) => b.text);
    case 'ms-evidence-card':
      return en.evidence.items.map((s) => s.text);
    default:
      return [];
  }
}

/** Whether a value of `attr` is one the element accepts without a warning. */
export function accepted(attr: AttrName, value: string): boolean {
  switch (attr) {
    case 'heading-level':
      return /^\s*\d+\s*$/.test(value) && Number(value) >= 1 && Number(value) <= 6;
    case 'name':
      return (SECTION_IDS as readonly string[]).includes(value);
    case 'study':
      return (STUDY_IDS as readonly string[]).includes(value);
    case 'layout':
      return value === 'list' || value === 'grid';
    case 'benefits':
      return words(value).every((w) => (BENEFIT_IDS as readonly string[]).includes(w));
    case 'reviewed':
    case 'next-review':
      return value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
    case 'source-url':
      try {
        // Only spaces is no URL at all: it warns like any other bad value.
        return value === '' || (value.trim() !== '' && /^https?:$/.test(new URL(value, 'https://base.example/').protocol));
      } catch {
        return false;
      }
    default:
      return true;
  }
}

/**
 * How many warnings one value of `attr` may cause: [at least, at most]. One
 * per bad value (a list attribute: per bad word), never a flood. A language
 * warns once per page, so a `lang` seen before may stay silent.
 */
export function warningRange(attr: AttrName, value: string): [number, number] {
  switch (attr) {
    case 'benefits': {
      const bad = new Set(words(value).filter((w) => !(BENEFIT_IDS as readonly string[]).includes(w))).size;
      return [bad, bad];
    }
    case 'reviewed':
    case 'next-review':
      return value === '' ? [0, 0] : accepted(attr, value) ? [0, 1] : [1, 1];
    case 'lang':
      return [0, 1];
    case 'open':
    case 'dir':
    case 'no-attribution':
    case 'overdue':
      return [0, 0];
    default:
      return accepted(attr, value) ? [0, 0] : [1, 1];
  }
}

/** Normalises text the way deepText does, so a value can be looked for in it. */
export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * What must hold for any element, whatever it was given: markup from values
 * stays text, no script ran, every link is http(s) and an external one gives
 * the page it opens no handle on this one (rel="noopener noreferrer"), and
 * nothing a value could smuggle in (images, frames, handlers) renders.
 */
export function expectSafeRendering(scope: Element, what: string): void {
  const all = [scope, ...deepQueryAll(scope.shadowRoot ?? scope, '*')];
  for (const el of all) {
    expect(el.hasAttribute(MARKER), `${what}: markup from a value became an element <${el.localName}>`).to.equal(false);
    const handlers = [...el.attributes].map((a) => a.name).filter((n) => n.startsWith('on'));
    expect(handlers, `${what}: <${el.localName}> has event-handler attributes`).to.deep.equal([]);
    // The one picture the widgets draw themselves: the overdue note's warning sign (disclaimer.ts).
    const warningSign = el.localName === 'svg' && el.parentElement?.getAttribute('part') === 'overdue' && el.getAttribute('aria-hidden') === 'true';
    if (!warningSign) {
      expect(['img', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'base', 'meta'], `${what}: a <${el.localName}>`).to.not.include(el.localName);
    }
    if (el.localName === 'script') {
      expect(el.getAttribute('type'), `${what}: only data scripts`).to.equal('application/ld+json');
    }
  }
  for (const a of deepQueryAll<HTMLAnchorElement>(scope.shadowRoot ?? scope, 'a[href]')) {
    const raw = a.getAttribute('href')!;
    let url: URL;
    try {
      url = new URL(raw, document.baseURI);
    } catch {
      // An href no engine can parse (a lone surrogate, say) leads nowhere;
      // it must not name a scheme either.
      expect(raw, `${what}: unparsable link`).to.not.match(/^[^/?#]*:/);
      continue;
    }
    expect(['http:', 'https:'], `${what}: link ${raw}`).to.include(url.protocol);
    if (url.origin !== location.origin) {
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      expect(rel, `${what}: rel of ${a.href}`).to.include.members(['noopener', 'noreferrer']);
    }
  }
  expect((window as unknown as { __fuzzPwned?: unknown }).__fuzzPwned, `${what}: injected script ran`).to.equal(undefined);
  expect(({} as Record<string, unknown>).polluted, `${what}: Object.prototype polluted`).to.equal(undefined);
}

/** Asserts `el` shows what `mustShow` asks for, and nothing of its family when that is null. */
export function expectContent(el: Element, tag: Tag, attrs: Attrs, what: string): void {
  const text = deepText(el);
  const want = mustShow(tag, attrs);
  if (want) {
    for (const s of want) expect(text, `${what}: shows "${s.slice(0, 40)}…"`).to.include(collapse(s));
  } else {
    for (const s of familyText(tag)) expect(text, `${what}: shows no content for an invalid id`).to.not.include(collapse(s));
  }
}

/** Every warning names the element, and none repeats (no floods on re-render). */
export function expectWellFormedWarnings(messages: readonly string[], what: string): void {
  for (const m of messages) expect(m, `${what}: a warning names the element`).to.match(/^<ms-[a-z-]+> [a-z-]+: /);
  expect(new Set(messages).size, `${what}: a warning repeated:\n${messages.join('\n')}`).to.equal(messages.length);
}
