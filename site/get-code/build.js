// Writes the Get code page: <out>/index.html, with its script (get-code.ts,
// bundled by esbuild) and styles under <out>/get-code/. The page knows this
// build's SITE_URL, SRI hashes and widget list from a JSON data block, and
// carries the first widget's snippets already filled in, so it is useful
// with JavaScript off too.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { configs as allConfigs } from '../configs.js';
import { heights } from './heights.js';
import { SNIPPETS, defaultChoice } from './snippets.js';

const here = new URL('./', import.meta.url);
const en = JSON.parse(readFileSync(new URL('../../content/en.json', import.meta.url), 'utf8'));

/** The CDN files the snippets name, each of which needs its SRI hash. */
export const SRI_FILES = ['ms-widgets.js', 'ms-widgets.iife.js', 'ms-widgets-hydrate-loader.js', 'ms-widgets-resizer.js'];
const SRI_FORMAT = /^sha384-[A-Za-z0-9+/]{64}$/;

/** Reads dist/cdn/integrity.json (or takes the object given) and checks that it holds a sha384 value for each file the snippets use. */
export function checkIntegrity(integrity) {
  if (!integrity || typeof integrity !== 'object' || Array.isArray(integrity)) {
    throw new TypeError('buildGetCode: integrity must be the object of dist/cdn/integrity.json ({ "ms-widgets.js": "sha384-…" }); run `npm run build` first');
  }
  for (const file of SRI_FILES) {
    const value = integrity[file];
    if (typeof value !== 'string' || !SRI_FORMAT.test(value)) {
      throw new TypeError(
        `buildGetCode: integrity["${file}"] is ${JSON.stringify(value)}; expected "sha384-" and 64 base64 characters (scripts/build/integrity.js writes it)`,
      );
    }
  }
  return integrity;
}

export const readIntegrity = () =>
  JSON.parse(readFileSync(new URL('../../dist/cdn/integrity.json', import.meta.url), 'utf8'));

const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** JSON that is safe inside a <script type="application/json"> block. */
const jsonForScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * @param {object} options
 * @param {string} options.out       the site folder (index.html goes here)
 * @param {string} options.siteUrl   SITE_URL, no trailing slash
 * @param {Record<string, string>} [options.integrity]  dist/cdn/integrity.json's object (read from dist/ when not given)
 * @param {import('../configs.js').WidgetConfig[]} [options.configs]
 */
export async function buildGetCode({ out, siteUrl, integrity = readIntegrity(), configs = allConfigs }) {
  if (!/^https?:\/\/[^\s"'<>]+[^/]$/.test(siteUrl)) {
    throw new TypeError(`buildGetCode: siteUrl "${siteUrl}" must be an http(s) URL without a trailing slash`);
  }
  const missing = configs.filter((c) => !(c.id in heights)).map((c) => c.id);
  if (missing.length) throw new Error(`buildGetCode: no height estimate for ${missing.join(', ')}; run site/get-code/measure-heights.js`);

  const site = {
    siteUrl,
    integrity: checkIntegrity(integrity),
    configs: configs.map(({ id, tag, attrs, title }) => ({ id, tag, attrs, title })),
    benefitIds: en.benefits.items.map((b) => b.id),
    heights,
  };
  const benefitTitles = Object.fromEntries(en.benefits.items.map((b) => [b.id, b.title]));
  const first = defaultChoice(site.configs[0], site);

  const assets = join(out, 'get-code');
  mkdirSync(assets, { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('get-code.ts', here))],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    outfile: join(assets, 'get-code.js'),
    logLevel: 'warning',
  });
  copyFileSync(new URL('get-code.css', here), join(assets, 'get-code.css'));

  const fill = {
    DATA: jsonForScript({ ...site, benefitTitles }),
    WIDGET_OPTIONS: site.configs
      .map((c, i) => `<option value="${escapeHtml(c.id)}"${i === 0 ? ' selected' : ''}>${escapeHtml(optionLabel(c))}</option>`)
      .join('\n            '),
    BENEFIT_CHECKBOXES: site.benefitIds
      .map(
        (id) =>
          `<div class="check"><input type="checkbox" id="benefit-${id}" name="benefits" value="${id}" checked><label for="benefit-${id}">${escapeHtml(benefitTitles[id])}</label></div>`,
      )
      .join('\n            '),
    ...Object.fromEntries(SNIPPETS.map(({ kind, make }) => [`SNIPPET_${kind.toUpperCase().replace('-', '_')}`, escapeHtml(make(first, site))])),
    PREVIEW_SRC: escapeHtml(`embed/${first.id}.html`),
    PREVIEW_TITLE: escapeHtml(`Preview: ${site.configs[0].title}`),
  };
  const template = readFileSync(new URL('index.html', here), 'utf8');
  const html = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, key) => {
    if (!(key in fill)) throw new Error(`buildGetCode: index.html names {{${key}}}, which the build does not fill`);
    return fill[key];
  });
  writeFileSync(join(out, 'index.html'), html);
}

/** What the widget menu says: the element and, for one of several, which one. */
export function optionLabel(config) {
  const detail = Object.values(config.attrs).join(', ');
  return `${config.title} (<${config.tag}>${detail ? ` ${detail}` : ''})`;
}
