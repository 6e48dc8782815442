import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/components/section/section.js';
import '../src/components/source-list/source-list.js';
import '../src/components/disclaimer/disclaimer.js';
import '../src/components/article/article.js';
import type { MsSection } from '../src/components/section/section.js';
import { getContent, registerContent, registeredLocales, resolveContent } from '../src/content/registry.js';
import { validatePack } from '../src/content/validate.js';
import type { ContentPack } from '../src/content/types.js';
import en from '../src/content/en.generated.js';
import { captureWarnings, deepText, footerText, settle } from './support/helpers.js';
import { checkLabelDeepText, checked, loadCitations, recordDeepText } from './support/checked.js';

type Loose = { [key: string]: unknown };

// The article's introduction (test/fixtures/source-article.txt).
const INTRO_HEADING = 'Introduction';
const INTRO =
  "Multiple sclerosis (MS) is a complex neurological disorder that affects the central nervous system, causing a range of debilitating symptoms. Stem cell therapy has garnered significant attention in the field of multiple sclerosis (MS) treatment due to its potential to address the underlying causes of the disease. Let's delve deeper into the benefits, scientific evidence, and precautions associated with this innovative therapy.";
// What ms-section shows of the introduction on its own: the section, then the attribution footer.
const ENGLISH = `${INTRO_HEADING} ${INTRO} ${footerText(en)}`;
const UPPER = ENGLISH.toUpperCase();
// The section when another widget on the page holds the attribution line:
// the footer is only the labelled link to it.
const ENGLISH_LINKED = `${INTRO_HEADING} ${INTRO} ${en.ui.disclaimerLabel}`;
// The section alone, as it shows inside ms-article (no footer there).
const SECTION_UPPER = `${INTRO_HEADING} ${INTRO}`.toUpperCase();

const SECTION_IDS = 'introduction, understanding-ms, conventional-treatments, exploring-stem-cell-therapy, conclusion';
const BENEFIT_IDS =
  'regeneration-of-myelin, immune-system-modulation, potential-disease-modification, improved-quality-of-life';
const STUDY_IDS = 'halt-ms, mesenchymal-stem-cells, systematic-review';
const PRECAUTION_IDS = 'treatment-selection, treatment-risks, long-term-safety, ethical-considerations';
const URL_WANT = 'null or an absolute http or https URL';

const NOT_TEXT = new Set(['lang', 'dir', 'id', 'origin', 'url', 'version', 'hash', 'reviewed', 'nextReview']);

/**
 * A pseudo-locale: the English pack with every text passed through
 * `transform` (never new medical text), tagged `lang`.
 */
function pseudo(lang: string, transform: (s: string) => string = (s) => s.toUpperCase(), dir: 'ltr' | 'rtl' = 'ltr'): ContentPack {
  const pack = JSON.parse(JSON.stringify(en), (k, v) =>
    typeof v === 'string' && !NOT_TEXT.has(k) ? transform(v) : v,
  ) as ContentPack;
  pack.lang = lang;
  pack.dir = dir;
  return pack;
}

/** What ms-section shows of the introduction with `pack`: the section, then the attribution footer in the pack's words. */
const introText = (pack: ContentPack) => `${pack.sections[0].heading} ${pack.sections[0].paragraphs[0]} ${footerText(pack)}`;
/** introText for a section whose page shows the attribution elsewhere (the first of two widgets). */
const introLinked = (pack: ContentPack) => `${pack.sections[0].heading} ${pack.sections[0].paragraphs[0]} ${pack.ui.disclaimerLabel}`;

/**
 * `english` (text that ms-article showed with the English pack) as it reads
 * with `pseudo(…)`: every word in capitals, but for what the study cards show
 * from content/citations.json, which no pack changes (only its labels do).
 */
async function capitalsButChecks(english: string): Promise<string> {
  await loadCitations();
  let text = english.toUpperCase();
  // The check's label is the pack's; its month is Intl's words for the pack's language, not the pack's.
  text = text.replaceAll(checkLabelDeepText(en.ui.checkedBy).toUpperCase(), checkLabelDeepText(en.ui.checkedBy.toUpperCase()));
  for (const s of en.evidence.items) {
    const record = recordDeepText(s.id, en.ui.record);
    if (record) text = text.replace(record.toUpperCase(), recordDeepText(s.id, en.ui.record.toUpperCase())!);
    for (const note of checked(s.id).differences) text = text.replace(note.toUpperCase(), note);
  }
  return text;
}

/** A deep, loosely typed copy of the English pack to break on purpose. */
const loose = (): Loose => JSON.parse(JSON.stringify(en)) as Loose;

const DELETE = Symbol('delete');

/** Sets (or deletes) the field at a path such as `benefits.items[2].title`. */
function edit(pack: Loose, path: string, value: unknown): Loose {
  const keys = path.split(/[.[\]]+/).filter(Boolean);
  const last = keys.pop()!;
  let node = pack as Loose;
  for (const k of keys) node = node[k] as Loose;
  if (value === DELETE) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return pack;
}

let unique = 0;
/** A locale tag no other test uses: warnings and registrations are per page. */
const fresh = (stem: string) => `${stem}-x-t${++unique}`;

/** Registers `pack` and expects the exact TypeError naming `path`; checks nothing was registered. */
function expectRejected(pack: unknown, path: string, want: string): void {
  const locale = fresh('qq');
  const before = registeredLocales();
  let error: unknown;
  try {
    registerContent(locale, pack);
  } catch (e) {
    error = e;
  }
  expect(error, `registering a pack with a bad ${path}`).to.be.instanceOf(TypeError);
  expect((error as TypeError).message).to.equal(`registerContent("${locale}"): ${path} must be ${want}`);
  expect(getContent(locale)).to.equal(undefined);
  expect(registeredLocales()).to.deep.equal(before);
}

const section = (lang?: string) =>
  lang === undefined
    ? html`<ms-section name="introduction"></ms-section>`
    : html`<ms-section name="introduction" lang=${lang}></ms-section>`;

/** The lang observer reacts in a microtask; elements then re-render. */
async function afterLangChange(root: ParentNode): Promise<void> {
  await Promise.resolve();
  await settle(root);
}

describe('content registry', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  describe('registerContent and getContent', () => {
    it('ships English only, under "en"', () => {
      expect(registeredLocales()[0]).to.equal('en');
      expect(getContent('en')).to.equal(en);
      expect(en.lang).to.equal('en');
      expect(en.ui.origin).to.equal('project');
    });

    it('registers a valid pack and returns it by locale, ignoring letter case', () => {
      const pack = pseudo('fr-CA');
      registerContent('fr-CA', pack);
      const stored = getContent('fr-ca');
      expect(stored).to.deep.equal(pack);
      expect(getContent('FR-CA')).to.equal(stored);
      expect(registeredLocales()).to.include('fr-ca');
    });

    it('returns only exact registrations from getContent (no language fallback there)', () => {
      registerContent('nl', pseudo('nl'));
      expect(getContent('nl-BE')).to.equal(undefined);
      expect(getContent('xx-never')).to.equal(undefined);
      expect(getContent('')).to.equal(undefined);
      expect(getContent('en-GB')).to.equal(undefined);
    });

    it('accepts the English pack as it ships, and http and https links', () => {
      const pack = pseudo(fresh('sv'));
      pack.sources.items[0].url = 'https://example.org/a?b=1#c';
      pack.sources.items[1].url = 'http://example.org/';
      pack.sources.items[2].url = 'HTTPS://EXAMPLE.ORG/UPPER';
      expect(() => registerContent(pack.lang, pack)).not.to.throw();
      expect(getContent(pack.lang)!.sources.items.map((s) => s.url)).to.deep.equal([
        'https://example.org/a?b=1#c',
        'http://example.org/',
        'HTTPS://EXAMPLE.ORG/UPPER',
        null,
        null,
      ]);
      expect(validatePack(structuredClone(en))).to.deep.equal(en);
    });

    it('replaces the pack of a locale registered again', () => {
      const locale = fresh('da');
      registerContent(locale, pseudo(locale, (s) => `<${s}>`));
      registerContent(locale, pseudo(locale, (s) => `{${s}}`));
      expect(getContent(locale)!.meta.title).to.equal(`{${en.meta.title}}`);
      expect(registeredLocales().filter((l) => l === locale)).to.have.length(1);
    });

    for (const bad of ['', '   ', 42, null, undefined]) {
      it(`rejects the locale ${JSON.stringify(bad) ?? 'undefined'}`, () => {
        const before = registeredLocales();
        expect(() => registerContent(bad as string, pseudo('xx'))).to.throw(
          TypeError,
          'registerContent: locale must be a non-empty string such as "fr" or "pt-BR"',
        );
        expect(registeredLocales()).to.deep.equal(before);
      });
    }

    it('hands out frozen packs, so no script can change what every widget shows', () => {
      const locale = fresh('en');
      registerContent(locale, pseudo(locale));
      // The built-in English is frozen once, where it is handed out (its parts
      // inside the elements' bundles are plain): every level of it must be.
      for (const pack of [getContent(locale)!, getContent('en')!, resolveContent('zz-fallback').pack]) {
        expect(Object.isFrozen(pack)).to.equal(true);
        expect(Object.isFrozen(pack.sections[0].paragraphs)).to.equal(true);
        expect(Object.isFrozen(pack.ui)).to.equal(true);
        expect(Object.isFrozen(pack.evidence.items[0])).to.equal(true);
        expect(Object.isFrozen(pack.precautions.items)).to.equal(true);
        expect(() => {
          (pack.meta as unknown as Loose).title = 'CHANGED';
        }).to.throw(TypeError);
      }
    });

    it('keeps a copy: changing the caller\u2019s object after registering changes nothing', async () => {
      const locale = fresh('en');
      const pack = pseudo(locale);
      registerContent(locale, pack);
      const el = await fixture<MsSection>(section(locale));
      expect(deepText(el)).to.equal(UPPER);

      pack.meta.title = 'CHANGED';
      pack.meta.reviewed = '2026-01-01';
      pack.sections[0].heading = 'CHANGED';
      pack.sections[0].paragraphs[0] = 'CHANGED';
      pack.sections[0].paragraphs.push('ADDED');
      pack.sources.items[0].url = 'javascript:alert(1)';
      (pack as unknown as Loose).ui = null;
      el.requestUpdate();
      await el.updateComplete;

      const stored = getContent(locale)!;
      expect(stored).not.to.equal(pack);
      expect(stored.meta.title).to.equal(en.meta.title.toUpperCase());
      expect(stored.meta.reviewed).to.equal(null);
      expect(stored.sections[0].paragraphs).to.deep.equal([INTRO.toUpperCase()]);
      expect(stored.sources.items[0].url).to.equal(null);
      expect(stored.ui.disclaimer).to.equal(en.ui.disclaimer.toUpperCase());
      expect(deepText(el)).to.equal(UPPER);
    });

    it('stores exactly what it checked: a getter is read once, so a URL cannot change after its check', () => {
      const locale = fresh('it');
      const pack = pseudo(locale) as unknown as Loose;
      const sources = (pack.sources as Loose).items as Loose[];
      let reads = 0;
      Object.defineProperty(sources[0], 'url', {
        enumerable: true,
        get: () => (reads++ === 0 ? 'https://example.org/checked' : 'javascript:alert(1)'),
      });
      registerContent(locale, pack);
      expect(reads).to.equal(1);
      expect(getContent(locale)!.sources.items[0].url).to.equal('https://example.org/checked');
    });

    it('ignores unknown keys, whatever they hold, and does not store them', () => {
      const locale = fresh('fi');
      const pack = pseudo(locale) as unknown as Loose;
      pack.extra = () => 'not data';
      (pack.ui as Loose).note = Symbol('note');
      ((pack.benefits as Loose).items as Loose[])[0].html = '<img src=x onerror=alert(1)>';
      expect(() => registerContent(locale, pack)).not.to.throw();
      const stored = getContent(locale)! as unknown as Loose;
      expect(stored).not.to.have.property('extra');
      expect(stored.ui as Loose).not.to.have.property('note');
      expect(((stored.benefits as Loose).items as Loose[])[0]).not.to.have.property('html');
      expect(stored).not.to.have.property('$schema');
    });

    it('copies fields a pack inherits, so what shows is complete', async () => {
      const locale = fresh('en');
      const base = pseudo(locale);
      registerContent(locale, Object.create(base));
      const stored = getContent(locale)!;
      expect(stored).to.deep.equal(base);
      expect(Object.getPrototypeOf(stored)).to.equal(Object.prototype);
      const el = await fixture<MsSection>(section(locale));
      expect(deepText(el)).to.equal(UPPER);
    });
  });

  describe('__proto__ keys are harmless', () => {
    afterEach(() => {
      // Should a test fail by polluting, do not let it spoil the others.
      delete (Object.prototype as Loose).polluted;
    });

    it('a JSON "__proto__" key pollutes nothing and is not stored', async () => {
      const locale = fresh('en');
      const json = JSON.stringify(pseudo(locale))
        .replace('{', '{"__proto__":{"polluted":"top"},')
        .replace('"ui":{', '"ui":{"__proto__":{"polluted":"ui"},')
        .replace('"items":[{', '"items":[{"__proto__":{"polluted":"item"},');
      const pack = JSON.parse(json) as Loose;
      expect(Object.hasOwn(pack, '__proto__')).to.equal(true);
      registerContent(locale, pack);
      expect(({} as Loose).polluted).to.equal(undefined);
      const stored = getContent(locale)! as unknown as Loose;
      expect(Object.getPrototypeOf(stored)).to.equal(Object.prototype);
      expect(Object.hasOwn(stored, '__proto__')).to.equal(false);
      expect(stored.polluted).to.equal(undefined);
      expect((stored.ui as Loose).polluted).to.equal(undefined);
      const el = await fixture<MsSection>(section(locale));
      expect(deepText(el)).to.equal(UPPER);
    });

    it('a JSON "__proto__" key cannot supply a missing field', () => {
      const pack = loose();
      delete (pack.meta as Loose).title;
      const json = JSON.stringify(pack).replace('"meta":{', `"meta":{"__proto__":{"title":"From the prototype"},`);
      expectRejected(JSON.parse(json), 'pack.meta.title', 'a non-empty string');
      const ui = JSON.stringify(edit(loose(), 'ui.record', DELETE)).replace('"ui":{', '"ui":{"__proto__":{"record":"S"},');
      expectRejected(JSON.parse(ui), 'pack.ui.record', 'a non-empty string');
      const names = JSON.stringify(edit(loose(), 'ui.studyNames.halt-ms', DELETE)).replace(
        '"studyNames":{',
        '"studyNames":{"__proto__":{"halt-ms":"S"},',
      );
      expectRejected(JSON.parse(names), 'pack.ui.studyNames.halt-ms', 'a non-empty string');
    });

    it('"__proto__", "constructor" and the like are ordinary locale names', () => {
      expect(getContent('constructor')).to.equal(undefined);
      expect(getContent('hasOwnProperty')).to.equal(undefined);
      expect(getContent('__proto__')).to.equal(undefined);
      expect(resolveContent('constructor')).to.deep.equal({ pack: getContent('en'), fallback: true });
      registerContent('__proto__', pseudo('__proto__'));
      expect(getContent('__proto__')!.meta.title).to.equal(en.meta.title.toUpperCase());
      expect(({} as Loose).title).to.equal(undefined);
    });
  });

  describe('malformed packs: a TypeError naming the exact field path, nothing registered', () => {
    it('rejects what is not an object', () => {
      for (const bad of [null, undefined, 'pack', 42, [], [en], () => en]) expectRejected(bad, 'pack', 'an object');
    });

    // [what to change, the value (DELETE removes it), the path named, what it must be]
    const cases: Array<[string, unknown, string, string]> = [
      ['lang', DELETE, 'pack.lang', 'a non-empty string'],
      ['lang', '', 'pack.lang', 'a non-empty string'],
      ['lang', '   ', 'pack.lang', 'a non-empty string'],
      ['lang', 7, 'pack.lang', 'a non-empty string'],
      ['dir', 'up', 'pack.dir', 'one of: ltr, rtl'],
      ['dir', DELETE, 'pack.dir', 'one of: ltr, rtl'],
      ['dir', 'RTL', 'pack.dir', 'one of: ltr, rtl'],
      ['meta', DELETE, 'pack.meta', 'an object'],
      ['meta', 'The title', 'pack.meta', 'an object'],
      ['meta.title', DELETE, 'pack.meta.title', 'a non-empty string'],
      ['meta.title', ['The title'], 'pack.meta.title', 'a non-empty string'],
      ['meta.title', { text: 'x' }, 'pack.meta.title', 'a non-empty string'],
      ['meta.version', DELETE, 'pack.meta.version', 'a non-empty string'],
      ['meta.version', 2, 'pack.meta.version', 'a non-empty string'],
      ['meta.hash', '', 'pack.meta.hash', 'absent or "sha256-" and 44 base64 characters'],
      ['meta.hash', null, 'pack.meta.hash', 'absent or "sha256-" and 44 base64 characters'],
      ['meta.hash', 'sha256-abc', 'pack.meta.hash', 'absent or "sha256-" and 44 base64 characters'],
      ['meta.hash', `sha512-${'A'.repeat(43)}=`, 'pack.meta.hash', 'absent or "sha256-" and 44 base64 characters'],
      ['meta.reviewed', DELETE, 'pack.meta.reviewed', 'null or a date as YYYY-MM-DD'],
      ['meta.reviewed', '', 'pack.meta.reviewed', 'null or a date as YYYY-MM-DD'],
      ['meta.reviewed', '2026-02-30', 'pack.meta.reviewed', 'null or a date as YYYY-MM-DD'],
      ['meta.reviewed', '25/11/2026', 'pack.meta.reviewed', 'null or a date as YYYY-MM-DD'],
      ['meta.reviewed', ' 2026-11-25', 'pack.meta.reviewed', 'null or a date as YYYY-MM-DD'],
      ['meta.reviewed', 20261125, 'pack.meta.reviewed', 'null or a date as YYYY-MM-DD'],
      ['meta.nextReview', DELETE, 'pack.meta.nextReview', 'null or a date as YYYY-MM-DD'],
      ['meta.nextReview', 'soon', 'pack.meta.nextReview', 'null or a date as YYYY-MM-DD'],
      ['meta.nextReview', '2026-11-25T00:00', 'pack.meta.nextReview', 'null or a date as YYYY-MM-DD'],
      ['sections', DELETE, 'pack.sections', 'a non-empty array'],
      ['sections', [], 'pack.sections', 'a non-empty array'],
      ['sections', {}, 'pack.sections', 'a non-empty array'],
      ['sections[2]', 'introduction', 'pack.sections[2]', 'an object'],
      ['sections[2]', null, 'pack.sections[2]', 'an object'],
      ['sections[1].id', 'understanding', 'pack.sections[1].id', `one of: ${SECTION_IDS}`],
      ['sections[1].id', DELETE, 'pack.sections[1].id', `one of: ${SECTION_IDS}`],
      ['sections[4].id', 'introduction', 'pack.sections[4].id', 'unique ("introduction" appears twice)'],
      ['sections[0].heading', 42, 'pack.sections[0].heading', 'a non-empty string'],
      ['sections[3].paragraphs', [], 'pack.sections[3].paragraphs', 'a non-empty array'],
      ['sections[3].paragraphs', 'One paragraph', 'pack.sections[3].paragraphs', 'a non-empty array'],
      ['sections[3].paragraphs[0]', '', 'pack.sections[3].paragraphs[0]', 'a non-empty string'],
      ['benefits', DELETE, 'pack.benefits', 'an object'],
      ['benefits', [], 'pack.benefits', 'an object'],
      ['benefits.heading', null, 'pack.benefits.heading', 'a non-empty string'],
      ['benefits.items', DELETE, 'pack.benefits.items', 'a non-empty array'],
      ['benefits.items[2].title', DELETE, 'pack.benefits.items[2].title', 'a non-empty string'],
      ['benefits.items[2].title', 3, 'pack.benefits.items[2].title', 'a non-empty string'],
      ['benefits.items[1].text', '\n', 'pack.benefits.items[1].text', 'a non-empty string'],
      ['benefits.items[3].id', 'better-sleep', 'pack.benefits.items[3].id', `one of: ${BENEFIT_IDS}`],
      ['benefits.items[3].id', 'regeneration-of-myelin', 'pack.benefits.items[3].id', 'unique ("regeneration-of-myelin" appears twice)'],
      ['benefits.items[0]', [], 'pack.benefits.items[0]', 'an object'],
      ['evidence', 'studies', 'pack.evidence', 'an object'],
      ['evidence.heading', DELETE, 'pack.evidence.heading', 'a non-empty string'],
      ['evidence.intro', DELETE, 'pack.evidence.intro', 'a non-empty string'],
      ['evidence.items[0].text', DELETE, 'pack.evidence.items[0].text', 'a non-empty string'],
      ['evidence.items[1].id', 'lancet', 'pack.evidence.items[1].id', `one of: ${STUDY_IDS}`],
      ['evidence.items[2].id', 'halt-ms', 'pack.evidence.items[2].id', 'unique ("halt-ms" appears twice)'],
      ['precautions', null, 'pack.precautions', 'an object'],
      ['precautions.intro', 0, 'pack.precautions.intro', 'a non-empty string'],
      ['precautions.items', [], 'pack.precautions.items', 'a non-empty array'],
      ['precautions.items[3].title', '', 'pack.precautions.items[3].title', 'a non-empty string'],
      ['precautions.items[1].id', DELETE, 'pack.precautions.items[1].id', `one of: ${PRECAUTION_IDS}`],
      ['precautions.items[2].id', 'treatment-risks', 'pack.precautions.items[2].id', 'unique ("treatment-risks" appears twice)'],
      ['sources', DELETE, 'pack.sources', 'an object'],
      ['sources.heading', '', 'pack.sources.heading', 'a non-empty string'],
      ['sources.items', [], 'pack.sources.items', 'a non-empty array'],
      ['sources.items[4]', 'Stem Cell Therapy for Multiple Sclerosis', 'pack.sources.items[4]', 'an object'],
      ['sources.items[4].title', DELETE, 'pack.sources.items[4].title', 'a non-empty string'],
      ['ui', DELETE, 'pack.ui', 'an object'],
      ['ui.origin', 'article', 'pack.ui.origin', 'one of: project'],
      ['ui.origin', DELETE, 'pack.ui.origin', 'one of: project'],
      ['ui.disclaimer', '', 'pack.ui.disclaimer', 'a non-empty string'],
      ['ui.attribution', DELETE, 'pack.ui.attribution', 'a non-empty string'],
      ['ui.lastReviewed', false, 'pack.ui.lastReviewed', 'a non-empty string'],
      ['ui.disclaimerLabel', DELETE, 'pack.ui.disclaimerLabel', 'a non-empty string'],
      ['ui.studyNames', DELETE, 'pack.ui.studyNames', 'an object'],
      ['ui.studyNames', 'Study', 'pack.ui.studyNames', 'an object'],
      ['ui.studyNames.halt-ms', DELETE, 'pack.ui.studyNames.halt-ms', 'a non-empty string'],
      ['ui.studyNames.systematic-review', ' ', 'pack.ui.studyNames.systematic-review', 'a non-empty string'],
      ['ui.checkedBy', DELETE, 'pack.ui.checkedBy', 'a non-empty string'],
      ['ui.notAdvice', DELETE, 'pack.ui.notAdvice', 'a non-empty string'],
      ['ui.sourcesLink', '', 'pack.ui.sourcesLink', 'a non-empty string'],
      ['ui.nextReview', DELETE, 'pack.ui.nextReview', 'a non-empty string'],
      ['ui.reviewOverdue', 1, 'pack.ui.reviewOverdue', 'a non-empty string'],
      ['ui.record', DELETE, 'pack.ui.record', 'a non-empty string'],
    ];
    for (const [field, value, path, want] of cases) {
      const shown = value === DELETE ? 'missing' : JSON.stringify(value);
      it(`${field} ${shown} \u2192 ${path}`, () => expectRejected(edit(loose(), field, value), path, want));
    }

    it('names a missing id on the list itself', () => {
      const sections = loose();
      (sections.sections as unknown[]).pop();
      expectRejected(sections, 'pack.sections', 'a list holding every id (missing: conclusion)');
      const benefits = loose();
      ((benefits.benefits as Loose).items as unknown[]).splice(1, 2);
      expectRejected(
        benefits,
        'pack.benefits.items',
        'a list holding every id (missing: immune-system-modulation, potential-disease-modification)',
      );
      const studies = loose();
      ((studies.evidence as Loose).items as unknown[]).shift();
      expectRejected(studies, 'pack.evidence.items', 'a list holding every id (missing: halt-ms)');
      const precautions = loose();
      ((precautions.precautions as Loose).items as unknown[]).splice(3, 1);
      expectRejected(precautions, 'pack.precautions.items', 'a list holding every id (missing: ethical-considerations)');
    });

    it('reports the first bad field in the pack\u2019s order', () => {
      const pack = edit(edit(loose(), 'ui.studyNames', DELETE), 'benefits.items[2].title', DELETE);
      expectRejected(pack, 'pack.benefits.items[2].title', 'a non-empty string');
    });

    const badUrls: unknown[] = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/paper.pdf',
      'mailto:someone@example.org',
      '/relative/path',
      'relative/path',
      '//example.org/protocol-relative',
      '#fragment',
      'example.org',
      '',
      42,
      {},
      ['https://example.org'],
      DELETE,
    ];
    for (const bad of badUrls) {
      const shown = bad === DELETE ? 'a missing url' : JSON.stringify(bad);
      it(`rejects ${shown} as a source URL`, () => {
        expectRejected(edit(loose(), 'sources.items[3].url', bad), 'pack.sources.items[3].url', URL_WANT);
      });
    }
  });

  describe('re-rendering on registration', () => {
    it('re-renders connected elements whose language gets a pack, and only those', async () => {
      const locale = fresh('en');
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>${section(locale)}${section('en')}</div>`);
      await settle(wrapper);
      // The second (last) widget holds the page's attribution; the first links to it.
      const [mine, other] = [...wrapper.querySelectorAll('ms-section')];
      expect(deepText(mine)).to.equal(ENGLISH_LINKED);

      registerContent(locale, pseudo(locale));
      await settle(wrapper);
      expect(deepText(mine)).to.equal(ENGLISH_LINKED.toUpperCase());
      expect(mine.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal(locale);
      expect(deepText(other)).to.equal(ENGLISH);
    });

    it('updates an element that was disconnected when it comes back', async () => {
      const locale = fresh('en');
      const el = await fixture<MsSection>(section(locale));
      const parent = el.parentNode!;
      el.remove();
      registerContent(locale, pseudo(locale));
      parent.append(el);
      await el.updateComplete;
      expect(deepText(el)).to.equal(UPPER);
    });

    it('re-renders a whole article, inner elements included', async () => {
      const locale = fresh('en');
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang=${locale}><ms-article></ms-article></div>`);
      await settle(wrapper);
      const before = deepText(wrapper);
      registerContent(locale, pseudo(locale));
      await settle(wrapper);
      expect(deepText(wrapper)).to.equal(await capitalsButChecks(before));
    });

    it('replacing English changes what English readers and fallbacks see', async () => {
      const missing = fresh('zz');
      const warnings = captureWarnings();
      try {
        const wrapper = fixtureSync<HTMLDivElement>(html`<div>${section()}${section(missing)}</div>`);
        await settle(wrapper);
        registerContent('en', pseudo('en', (s) => `\u00ab${s}\u00bb`));
        await settle(wrapper);
        const [plain, fallback] = [...wrapper.querySelectorAll('ms-section')];
        const wrapped = pseudo('en', (s) => `\u00ab${s}\u00bb`);
        expect(deepText(plain)).to.equal(introLinked(wrapped));
        expect(deepText(fallback)).to.equal(introText(wrapped));
        expect(warnings.messages).to.have.length(1);
      } finally {
        registerContent('en', en);
        warnings.restore();
      }
      expect(getContent('en')).to.deep.equal(en);
    });
  });

  describe('choosing a pack by the nearest lang', () => {
    it('uses the element\u2019s own lang', async () => {
      const locale = fresh('en');
      registerContent(locale, pseudo(locale));
      const el = await fixture<MsSection>(section(locale));
      expect(deepText(el)).to.equal(UPPER);
    });

    it('uses the nearest ancestor\u2019s lang over farther ones', async () => {
      const near = fresh('en');
      const far = fresh('en');
      registerContent(near, pseudo(near));
      registerContent(far, pseudo(far, (s) => `[${s}]`));
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang=${far}><p>${section()}</p><div lang=${near}><p>${section()}</p></div></div>`,
      );
      await settle(wrapper);
      const [outer, inner] = [...wrapper.querySelectorAll('ms-section')];
      expect(deepText(outer)).to.equal(introLinked(pseudo(far, (s) => `[${s}]`)));
      expect(deepText(inner)).to.equal(UPPER);
    });

    it('walks out of shadow roots to the host\u2019s lang', async () => {
      const locale = fresh('en');
      registerContent(locale, pseudo(locale));
      const host = fixtureSync<HTMLDivElement>(html`<div lang=${locale}></div>`);
      const outerRoot = host.attachShadow({ mode: 'open' });
      const middle = document.createElement('div');
      outerRoot.append(middle);
      const innerRoot = middle.attachShadow({ mode: 'closed' });
      const el = document.createElement('ms-section');
      el.setAttribute('name', 'introduction');
      innerRoot.append(el);
      await el.updateComplete;
      expect(deepText(el)).to.equal(UPPER);
    });

    it('uses <html lang> when nothing nearer has one', async () => {
      const locale = fresh('en');
      registerContent(locale, pseudo(locale));
      document.documentElement.lang = locale;
      const el = await fixture<MsSection>(section());
      expect(deepText(el)).to.equal(UPPER);
    });

    it('switches when lang changes on an ancestor after the first render', async () => {
      const locale = fresh('en');
      registerContent(locale, pseudo(locale));
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="en"><div>${section()}</div></div>`);
      await settle(wrapper);
      const el = wrapper.querySelector('ms-section')!;
      expect(deepText(el)).to.equal(ENGLISH);
      wrapper.lang = locale;
      await afterLangChange(wrapper);
      expect(deepText(el)).to.equal(UPPER);
      wrapper.removeAttribute('lang');
      await afterLangChange(wrapper);
      expect(deepText(el)).to.equal(ENGLISH);
    });

    it('switches when lang changes on an ancestor inside a host page\u2019s shadow root', async () => {
      const locale = fresh('en');
      registerContent(locale, pseudo(locale));
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const shadowRoot = host.attachShadow({ mode: 'open' });
      const ancestor = document.createElement('div');
      ancestor.lang = 'en';
      const el = document.createElement('ms-section');
      el.setAttribute('name', 'introduction');
      ancestor.append(el);
      shadowRoot.append(ancestor);
      await el.updateComplete;
      expect(deepText(el)).to.equal(ENGLISH);
      ancestor.lang = locale;
      await afterLangChange(shadowRoot);
      expect(deepText(el)).to.equal(UPPER);
    });

    it('switches when <html lang> changes after the first render', async () => {
      const locale = fresh('en');
      registerContent(locale, pseudo(locale));
      const el = await fixture<MsSection>(section());
      expect(deepText(el)).to.equal(ENGLISH);
      document.documentElement.lang = locale;
      await afterLangChange(el);
      expect(deepText(el)).to.equal(UPPER);
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal(locale);
      document.documentElement.lang = 'en';
      await afterLangChange(el);
      expect(deepText(el)).to.equal(ENGLISH);
    });

    it('switches every part of an article when <html lang> changes after the first render', async () => {
      const locale = fresh('en');
      registerContent(locale, pseudo(locale));
      const article = await fixture(html`<ms-article></ms-article>`);
      await settle(article);
      const english = deepText(article);
      document.documentElement.lang = locale;
      await afterLangChange(article);
      expect(deepText(article)).to.equal(await capitalsButChecks(english));
      document.documentElement.removeAttribute('lang');
      await afterLangChange(article);
      expect(deepText(article)).to.equal(english);
    });

    it('uses a pack for the primary language: "pt-BR" falls back to a registered "pt", without a warning', async () => {
      registerContent('pt', pseudo('pt'));
      const warnings = captureWarnings();
      try {
        const el = await fixture<MsSection>(section('pt-BR'));
        expect(deepText(el)).to.equal(UPPER);
        // The text is marked with the reader's tag, which the pack serves.
        expect(el.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('pt-BR');
        expect(warnings.messages).to.deep.equal([]);
        expect(resolveContent('pt-BR')).to.deep.equal({ pack: getContent('pt'), fallback: false });

        // A pack for the exact tag wins once registered.
        registerContent('pt-BR', pseudo('pt-BR', (s) => `(${s})`));
        await el.updateComplete;
        expect(deepText(el)).to.equal(introText(pseudo('pt-BR', (s) => `(${s})`)));
      } finally {
        warnings.restore();
      }
    });
  });

  describe('a missing locale', () => {
    const message = (tag: string, lang: string, registered: string[]) =>
      `<${tag}> lang: no content pack for "${lang}". Registered: ${registered.join(', ')}. Showing English.`;

    it('falls back to English with exactly one warning, however many elements ask', async () => {
      const lang = fresh('zz');
      const registered = registeredLocales();
      const warnings = captureWarnings();
      try {
        const wrapper = fixtureSync<HTMLDivElement>(html`<div lang=${lang}>
          ${[1, 2, 3, 4, 5, 6, 7, 8].map(() => section())}
          <ms-source-list></ms-source-list>
          <ms-disclaimer></ms-disclaimer>
          <ms-article></ms-article>
        </div>`);
        await settle(wrapper);
        expect(warnings.messages).to.deep.equal([message('ms-section', lang, registered)]);
        const sections = [...wrapper.querySelectorAll('ms-section')];
        // The page's disclaimer holds the attribution line; each section links to it.
        sections.forEach((s) => {
          expect(deepText(s)).to.equal(ENGLISH_LINKED);
          // The text shown is English, so it says so.
          expect(s.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('en');
        });

        // Re-renders and lang changes elsewhere do not repeat it.
        sections.forEach((s) => s.requestUpdate());
        document.documentElement.lang = 'en';
        await afterLangChange(wrapper);
        expect(warnings.messages).to.have.length(1);

        // Another letter case is the same language.
        wrapper.lang = lang.toUpperCase();
        await afterLangChange(wrapper);
        expect(warnings.messages).to.have.length(1);

        // Another missing language gets its own single warning.
        const other = fresh('zz');
        wrapper.lang = other;
        await afterLangChange(wrapper);
        expect(warnings.messages).to.have.length(2);
        expect(warnings.messages[1]).to.equal(message('ms-section', other, registeredLocales()));

        // Registering the missing pack switches every element to it, silently.
        registerContent(other, pseudo(other));
        await settle(wrapper);
        sections.forEach((s) => expect(deepText(s)).to.equal(ENGLISH_LINKED.toUpperCase()));
        const article = wrapper.querySelector('ms-article')!;
        // Every word of the article comes from the pack, but for what the
        // study cards show from content/citations.json, which no pack changes
        // (and the month of the check, in Intl's words).
        await loadCitations();
        let fromPack = deepText(article);
        for (const s of en.evidence.items) {
          const lines = [checkLabelDeepText(en.ui.checkedBy.toUpperCase()), recordDeepText(s.id, en.ui.record.toUpperCase()), ...checked(s.id).differences];
          for (const line of lines) {
            expect(fromPack, line ?? 'no record').to.contain(line ?? '');
            fromPack = fromPack.replace(line ?? '', '');
          }
        }
        expect(fromPack).to.equal(fromPack.toUpperCase());
        expect(deepText(article)).to.contain(SECTION_UPPER);
        expect(warnings.messages).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });

    it('names the element that met it first', async () => {
      const lang = fresh('zz');
      const registered = registeredLocales();
      const warnings = captureWarnings();
      try {
        await fixture(html`<ms-source-list lang=${lang}></ms-source-list>`);
        const el = await fixture<MsSection>(section(lang));
        expect(warnings.messages).to.deep.equal([message('ms-source-list', lang, registered)]);
        expect(deepText(el)).to.equal(ENGLISH);
      } finally {
        warnings.restore();
      }
    });

    it('is reported through resolveContent as a fallback to English', () => {
      expect(resolveContent('xx-none')).to.deep.equal({ pack: getContent('en'), fallback: true });
      expect(resolveContent('en-AU')).to.deep.equal({ pack: getContent('en'), fallback: false });
      expect(resolveContent('')).to.deep.equal({ pack: getContent('en'), fallback: false });
    });
  });
});
