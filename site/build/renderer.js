// The server renderer comes from dist/ (the built package, as users get it),
// so the site shows exactly what the published files render.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SSR = new URL('../../dist/ssr/index.js', import.meta.url);

/** dist/ssr/index.js, or an Error that says to run `npm run build` first. */
export async function loadRenderer() {
  if (!existsSync(fileURLToPath(SSR))) {
    throw new Error('the site is built from dist/, which is missing: run `npm run build` first (or `npm run build:site`, which does both)');
  }
  return import(SSR.href);
}

/** A config's element as markup: its tag and attributes, empty, for the renderer to expand. */
export function widgetMarkup(config, extraAttrs = {}) {
  const attrs = Object.entries({ ...config.attrs, ...extraAttrs })
    .map(([name, value]) => ` ${name}="${String(value).replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"`)
    .join('');
  return `<${config.tag}${attrs}></${config.tag}>`;
}
