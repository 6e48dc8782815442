// Structured data: the schema.org MedicalWebPage (JSON-LD) that
// renderWidgets writes into pages with <ms-article>, and that
// medicalWebPage() / structuredDataScript() give sites that build their own
// head. Checked against the schema.org types it uses (./schema-org.js, no
// network), and for its facts: only what the pack and content/citations.json
// confirm. Run `npm run build` first: this imports dist/.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { medicalWebPage, registerContent, renderPage, renderWidgets, structuredDataScript } from '../../dist/ssr/index.js';
import { checkSchemaOrg } from '../support/ssr/schema-org.js';
import { buildSite, read } from '../support/ssr/site.js';

const en = JSON.parse(read('content/en.json'));
const citations = JSON.parse(read('content/citations.json'));

let warnings;
let warn;
beforeEach(() => {
  warnings = [];
  warn = console.warn;
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
});
afterEach(() => {
  console.warn = warn;
});

/** The two records checked, as the MedicalWebPage cites them. */
const CITED = [
  {
    '@type': 'ScholarlyArticle',
    name: 'High-Dose Immunosuppressive Therapy and Autologous Hematopoietic Cell Transplantation for Relapsing-Remitting Multiple Sclerosis (HALT-MS): A 3-Year Interim Report',
    identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1001/jamaneurol.2014.3780' },
    url: 'https://doi.org/10.1001/jamaneurol.2014.3780',
    datePublished: '2015',
    isPartOf: { '@type': 'Periodical', name: 'JAMA Neurology' },
  },
  {
    '@type': 'ScholarlyArticle',
    name: 'Autologous mesenchymal stem cells for the treatment of secondary progressive multiple sclerosis: an open-label phase 2a proof-of-concept study',
    identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1016/S1474-4422(11)70305-2' },
    url: 'https://doi.org/10.1016/S1474-4422(11)70305-2',
    datePublished: '2012',
    isPartOf: { '@type': 'Periodical', name: 'The Lancet Neurology' },
  },
];

/** The whole expected MedicalWebPage, written out from the two data files. */
function expected({ lang = 'en', lastReviewed } = {}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: en.meta.title,
    inLanguage: lang,
    version: en.meta.version,
    about: [
      { '@type': 'MedicalCondition', name: 'Multiple sclerosis' },
      { '@type': 'MedicalTherapy', name: 'Stem cell therapy' },
    ],
    ...(lastReviewed ? { lastReviewed } : {}),
    citation: structuredClone(CITED),
    isBasedOn: en.sources.items.map((s) => ({ '@type': 'CreativeWork', name: s.title })),
    // The citation checks the cards show: who (this project), when (the month citations.json's `about` names), the notes verbatim.
    comment: [
      ['halt-ms', 'The HALT-MS trial', 0],
      ['mesenchymal-stem-cells', 'The mesenchymal stem cell study', 1],
      ['systematic-review', 'The systematic review and meta-analysis', null],
    ].map(([id, name, cited]) => ({
      '@type': 'Comment',
      author: { '@type': 'Organization', name: 'The ms-stem-cell-widgets project' },
      dateCreated: citations.about.includes(' in November 2026.') ? '2026-11' : 'not in citations.json',
      text: citations.studies.find((s) => s.id === id).differences.join(' '),
      inLanguage: 'en',
      about: { '@type': 'CreativeWork', name },
      ...(cited === null ? {} : { citation: structuredClone(CITED[cited]) }),
    })),
  };
}

/** The JSON-LD scripts of a page, parsed. */
const scripts = (html) =>
  [...html.matchAll(/<script type="application\/ld\+json" data-ms-widgets>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));

const page = (body, { lang = 'en', head = true } = {}) =>
  head
    ? `<!doctype html>\n<html lang="${lang}">\n<head><title>t</title></head>\n<body>\n${body}\n</body>\n</html>\n`
    : body;

describe('the schema.org checker', () => {
  test('accepts the MedicalWebPage, and catches a wrong type, an unknown property, a bad date or URL', () => {
    assert.deepEqual(checkSchemaOrg(expected({ lastReviewed: '2026-11-25' })), []);
    const bad = expected({ lastReviewed: '2026-02-30' });
    bad.citation[0].isPartOf = { '@type': 'Person', name: 'X' };
    bad.citation[1].isPartOf = { '@type': 'MedicalCondition', name: 'X' };
    bad.reviewedOn = '2026-11-25';
    bad.about[0].name = 7;
    bad.isBasedOn[0].url = 'javascript:alert(1)';
    bad.comment[0].dateCreated = 'November 2026';
    bad.comment[1].author = { '@type': 'MedicalCondition', name: 'X' };
    delete bad['@context'];
    assert.deepEqual(checkSchemaOrg(bad).sort(), [
      '$.about[0].name: 7 is not a Text',
      '$.citation[0].isPartOf: a Person is not a CreativeWork or URL',
      '$.citation[1].isPartOf: a MedicalCondition is not a CreativeWork or URL',
      '$.comment[0].dateCreated: "November 2026" is not a Date or DateTime',
      '$.comment[1].author: a MedicalCondition is not a Organization or Person',
      '$.isBasedOn[0].url: "javascript:alert(1)" is not a URL',
      '$.lastReviewed: "2026-02-30" is not a Date',
      '$: @context must be "https://schema.org"',
      '$: MedicalWebPage has no property "reviewedOn"',
    ]);
  });
});

describe('medicalWebPage()', () => {
  test('is exactly the page, its subject, the checked studies and the sources, typed as schema.org says', () => {
    const data = medicalWebPage();
    assert.deepEqual(data, expected());
    assert.deepEqual(checkSchemaOrg(data), []);
  });

  test('cites only what content/citations.json confirmed: no record, no citation', () => {
    const data = medicalWebPage();
    const confirmed = citations.studies.filter((s) => s.record);
    assert.equal(confirmed.length, 2);
    assert.deepEqual(
      data.citation.map((c) => [c.name, c.identifier.value, c.isPartOf.name, Number(c.datePublished)]),
      confirmed.map((s) => [s.record.title, s.record.doi, s.record.journal, s.record.year]),
    );
    const json = JSON.stringify(data);
    for (const study of citations.studies) {
      for (const related of study.related) assert.equal(json.includes(related.doi), false, `not cited: ${related.title}`);
      if (study.record?.authors) assert.equal(json.includes(study.record.authors), false, 'no author string');
    }
    // The sources have no confirmed address, so none has a url.
    assert.deepEqual(
      data.isBasedOn.map((s) => Object.keys(s)),
      citations.sources.map(() => ['@type', 'name']),
    );
  });

  test('has lastReviewed only when a date is set: the argument, else the pack; never a bad one', () => {
    assert.equal('lastReviewed' in medicalWebPage(), false, 'the English pack sets none');
    assert.equal(medicalWebPage({ reviewed: '2026-11-25' }).lastReviewed, '2026-11-25');
    assert.equal('lastReviewed' in medicalWebPage({ reviewed: '2026-02-30' }), false);
    assert.equal('lastReviewed' in medicalWebPage({ reviewed: 'yesterday' }), false);
    assert.deepEqual(checkSchemaOrg(medicalWebPage({ reviewed: '2026-11-25' })), []);
  });

  test('names the page in its language, from the pack for it; a language without a pack is English', () => {
    assert.equal(medicalWebPage({ lang: 'en-GB' }).inLanguage, 'en-GB');
    assert.equal(medicalWebPage({ lang: 'x-sd-none' }).inLanguage, 'en');
    const pack = structuredClone(en);
    pack.lang = 'x-sd-fr';
    pack.meta = { ...pack.meta, title: 'Titre de test', version: '2.0.0', reviewed: '2026-10-01' };
    registerContent('x-sd-fr', pack);
    const data = medicalWebPage({ lang: 'x-sd-fr' });
    assert.deepEqual([data.name, data.inLanguage, data.version, data.lastReviewed], ['Titre de test', 'x-sd-fr', '2.0.0', '2026-10-01']);
    assert.equal(medicalWebPage({ lang: 'x-sd-fr', reviewed: '2026-11-02' }).lastReviewed, '2026-11-02');
  });

  test('names the page\u2019s own address when given an absolute http(s) one, and nothing else', () => {
    assert.equal(medicalWebPage({ url: 'https://clinic.example/ms' }).url, 'https://clinic.example/ms');
    for (const url of ['javascript:alert(1)', '/relative', 'ftp://x.example/']) assert.equal('url' in medicalWebPage({ url }), false, url);
  });

  test('structuredDataScript() is the same as a script element no pack text can break out of', () => {
    const script = structuredDataScript({ reviewed: '2026-11-25' });
    assert.match(script, /^<script type="application\/ld\+json" data-ms-widgets>\{.*\}<\/script>$/s);
    assert.deepEqual(scripts(script), [expected({ lastReviewed: '2026-11-25' })]);
    const pack = structuredClone(en);
    pack.lang = 'x-sd-evil';
    pack.meta = { ...pack.meta, title: '</script><script>alert(1)</script><!--' };
    registerContent('x-sd-evil', pack);
    const evil = structuredDataScript({ lang: 'x-sd-evil' });
    assert.equal(evil.match(/<\/script/gi).length, 1, 'one end tag: its own');
    assert.equal(evil.includes('<!--'), false);
    assert.equal(scripts(evil)[0].name, pack.meta.title, 'the title survives, escaped');
  });
});

describe('renderWidgets writes it into pages with <ms-article>', () => {
  test('before </head>, once, with the article\u2019s language and reviewed date', () => {
    const input = page('<main><ms-article reviewed="2026-11-25"></ms-article></main>', { lang: 'en-GB' });
    const { html, structuredData } = renderPage(input);
    assert.equal(structuredData, true);
    const [data, ...more] = scripts(html);
    assert.deepEqual(more, []);
    assert.deepEqual(data, expected({ lang: 'en-GB', lastReviewed: '2026-11-25' }));
    assert.ok(html.indexOf('data-ms-widgets') < html.indexOf('</head>'));
    assert.ok(html.startsWith('<!doctype html>\n<html lang="en-GB">\n<head><title>t</title><script type="application/ld+json"'));
    // Everything else is the rendered page.
    assert.equal(html.replace(/<script type="application\/ld\+json" data-ms-widgets>.*?<\/script>/, ''), renderWidgets(input, { structuredData: false }));
    assert.deepEqual(warnings, []);
  });

  test('without lastReviewed when no date is set, and from the pack registered for the page', () => {
    assert.equal('lastReviewed' in scripts(renderWidgets(page('<ms-article></ms-article>')))[0], false);
    const pack = structuredClone(en);
    pack.lang = 'x-sd-dated';
    pack.meta = { ...pack.meta, reviewed: '2026-09-09', nextReview: '2027-09-09' };
    const html = renderWidgets(page('<ms-article></ms-article>', { lang: 'x-sd-dated' }), { content: { 'x-sd-dated': pack } });
    assert.equal(scripts(html)[0].lastReviewed, '2026-09-09');
  });

  test('a fragment without a head gets it right after the article', () => {
    const html = renderWidgets('<p>Intro</p><ms-article></ms-article><p>After</p>');
    assert.match(html, /<\/ms-article><script type="application\/ld\+json" data-ms-widgets>[^<]*<\/script><p>After<\/p>$/);
    assert.deepEqual(scripts(html), [expected()]);
  });

  test('only for the article: pages with other widgets get none', () => {
    const html = renderWidgets(page('<ms-benefit-list></ms-benefit-list><ms-disclaimer></ms-disclaimer><ms-evidence-list></ms-evidence-list>'));
    assert.deepEqual(scripts(html), []);
  });

  test('one for a page with two articles, and none again when the rendered page is rendered again', () => {
    const once = renderWidgets(page('<ms-article></ms-article><ms-article heading-level="3"></ms-article>'));
    assert.equal(scripts(once).length, 1);
    assert.equal(renderWidgets(once), once);
    // A page that already has it (from structuredDataScript(), say) keeps its own.
    const own = page(`<ms-article></ms-article>`).replace('</head>', `${structuredDataScript({ reviewed: '2026-01-01' })}</head>`);
    const out = renderWidgets(own);
    assert.deepEqual(scripts(out).map((d) => d.lastReviewed), ['2026-01-01']);
  });

  test('structuredData: false, and the CLI\u2019s --no-structured-data, leave it out', () => {
    assert.deepEqual(scripts(renderWidgets(page('<ms-article></ms-article>'), { structuredData: false })), []);
    const dir = mkdtempSync(join(tmpdir(), 'ms-sd-'));
    try {
      writeFileSync(join(dir, 'a.html'), page('<ms-article reviewed="2026-11-25"></ms-article>'));
      const cli = fileURLToPath(new URL('../../dist/ssr/cli.js', import.meta.url));
      const run = (...args) => execFileSync(process.execPath, [cli, 'render', join(dir, 'a.html'), ...args], { encoding: 'utf8' });
      assert.equal(scripts(run())[0].lastReviewed, '2026-11-25');
      assert.deepEqual(scripts(run('--no-structured-data')), []);
      assert.match(run('--help'), /--no-structured-data/);
      assert.ok(readFileSync(join(dir, 'a.html'), 'utf8').includes('<ms-article reviewed="2026-11-25"></ms-article>'), 'the input is untouched');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the server-rendered demo article page carries it, checked against the vocabulary', () => {
    buildSite();
    const site = read('demo/ssr/site/index.html');
    const [data] = scripts(site);
    assert.deepEqual(data, expected({ lang: 'en-GB', lastReviewed: '2026-11-25' }));
    assert.deepEqual(checkSchemaOrg(data), []);
  });
});
