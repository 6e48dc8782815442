/**
 * Contrast that survives theming (WCAG 1.4.3 and 1.4.11): a page that sets a
 * single `--ms-color-accent` still gets links and text at 4.5:1 or more, and
 * accent borders and list markers at 3:1 or more, in light and in dark.
 *
 * Two independent checks per case: axe's color-contrast rule, and our own
 * computation of every colour the browser actually draws (read back from a
 * canvas, so each engine's own colour maths is what is measured) against the
 * effective background behind it.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { render } from 'lit';
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';
import '../src/index.js';
import { MIXED_ACCENT } from '../src/shared/tokens.styles.js';
import { deepQueryAll, settle } from './support/helpers.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

/** Ten common brand accents: mid, dark, light, saturated and grey. */
const ACCENTS = ['#00756f', '#c00000', '#ffcc00', '#000080', '#7fffd4', '#ffffff', '#111111', '#ff00ff', '#0000ff', '#888888'];

/**
 * The pages: one that declares `color-scheme: light dark` (the root does, for
 * the whole test document) shown in each scheme, and solid backgrounds.
 */
const PAGES = [
  { name: 'light dark page, light', scheme: 'light', style: 'color-scheme: light; background: Canvas; color: CanvasText' },
  { name: 'light dark page, dark', scheme: 'dark', style: 'color-scheme: dark; background: Canvas; color: CanvasText' },
  { name: 'solid white page', scheme: 'light', style: 'color-scheme: light; background: #ffffff; color: #1a1a1a' },
  { name: 'solid #121212 page', scheme: 'dark', style: 'color-scheme: dark; background: #121212; color: #e6e6e6' },
] as const;

type Rgb = [number, number, number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

/** The sRGB colour the engine draws for `layers` painted one over the other (alpha included). */
function composite(layers: string[]): Rgb {
  paint.globalCompositeOperation = 'source-over';
  paint.fillStyle = '#ffffff';
  paint.fillRect(0, 0, 1, 1);
  for (const layer of layers) {
    paint.fillStyle = layer;
    paint.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = paint.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** WCAG relative luminance of an 8-bit sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function ratio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The element's parent in the composed tree: across a shadow root to its host. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The background layers behind `el`'s content, outermost first. */
function backgroundLayers(el: Element | null): string[] {
  const layers: string[] = [];
  for (let node = el; node; node = composedParent(node)) layers.unshift(getComputedStyle(node).backgroundColor);
  return layers;
}

const rendered = (el: Element) =>
  el.getClientRects().length > 0 && (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true }));

const hasOwnText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());

const describeEl = (el: Element) => {
  const host = (el.getRootNode() as ShadowRoot).host;
  return `${host?.localName ?? ''} ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
};

interface Measured {
  failures: string[];
  worstLink: number;
  links: number;
  markers: number;
  edges: number;
  texts: number;
}

/** Every text, link, list marker and drawn edge inside the widgets' shadow roots, measured. */
function measure(scope: Element): Measured {
  const result: Measured = { failures: [], worstLink: Infinity, links: 0, markers: 0, edges: 0, texts: 0 };
  const inShadow = deepQueryAll(scope, '*').filter((el) => el.getRootNode() instanceof ShadowRoot && rendered(el));
  for (const el of inShadow) {
    const style = getComputedStyle(el);
    const background = backgroundLayers(el);
    const behind = composite(background);
    if (hasOwnText(el) || el.localName === 'a') {
      const contrast = ratio(composite([...background, style.color]), behind);
      result.texts++;
      if (el.localName === 'a') {
        result.links++;
        result.worstLink = Math.min(result.worstLink, contrast);
      }
      if (contrast < 4.5) result.failures.push(`text ${describeEl(el)}: ${contrast.toFixed(2)}:1 (${style.color})`);
    }
    if (style.display === 'list-item' && style.listStyleType !== 'none') {
      const marker = getComputedStyle(el, '::marker').color;
      const contrast = ratio(composite([...background, marker]), behind);
      result.markers++;
      if (contrast < 3) result.failures.push(`marker ${describeEl(el)}: ${contrast.toFixed(2)}:1 (${marker})`);
    }
    // An edge drawn to mark something (the accent edge of a card) must stand
    // out from what is on both its sides. The 1px hairline round a tinted box
    // is decoration: the box is told apart by its tint and its accent edge.
    for (const side of ['top', 'right', 'bottom', 'left']) {
      const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
      if (width < 2 || style.getPropertyValue(`border-${side}-style`) === 'none') continue;
      const colour = style.getPropertyValue(`border-${side}-color`);
      const outsideLayers = backgroundLayers(composedParent(el));
      const outside = ratio(composite([...outsideLayers, colour]), composite(outsideLayers));
      const inside = ratio(composite([...background, colour]), behind);
      result.edges++;
      if (Math.min(outside, inside) < 3) {
        result.failures.push(`border-${side} ${describeEl(el)}: ${outside.toFixed(2)}:1 outside, ${inside.toFixed(2)}:1 inside (${colour})`);
      }
    }
  }
  return result;
}

/** axe's color-contrast rule on `scope`: its violations, and how many nodes it passed. */
async function axeContrast(scope: Element): Promise<{ violations: string[]; passed: number }> {
  const results = await window.axe.run(scope, { runOnly: ['color-contrast'], resultTypes: ['violations', 'passes'] });
  return {
    violations: results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)),
    passed: results.passes.reduce((sum, p) => sum + p.nodes.length, 0),
  };
}

/** The default article and the standalone widgets that show links (footer source links) and markers. */
const widgets = (style: string) => html`
  <div style=${style}>
    <ms-article reviewed="2020-01-01" next-review="2020-06-01"></ms-article>
    <ms-evidence-card study="halt-ms" source-url="https://example.org/article"></ms-evidence-card>
    <ms-risk-panel open source-url="https://example.org/article"></ms-risk-panel>
    <ms-source-list source-url="https://example.org/article"></ms-source-list>
  </div>
`;

describe('contrast with a single host accent', () => {
  const worst: Record<string, { contrast: number; accent: string }> = {};

  before(() => {
    document.documentElement.style.colorScheme = 'light dark';
  });
  after(() => {
    document.documentElement.style.removeProperty('color-scheme');
    console.log(
      `Worst link contrast across ${ACCENTS.length} accents: ` +
        Object.entries(worst)
          .map(([scheme, { contrast, accent }]) => `${scheme} ${contrast.toFixed(2)}:1 (${accent})`)
          .join(', '),
    );
  });

  for (const page of PAGES) {
    describe(page.name, () => {
      // One page for all the accents of this describe (a fixture would be
      // removed after the first test): only the accent changes between tests.
      const container = document.createElement('div');
      let wrapper: HTMLElement;
      before(async () => {
        document.body.append(container);
        render(widgets(page.style), container);
        wrapper = container.firstElementChild as HTMLElement;
        await settle(wrapper);
      });
      after(() => container.remove());

      it('with no accent set (the default)', async () => {
        wrapper.style.removeProperty('--ms-color-accent');
        const measured = measure(wrapper);
        expect(measured.failures).to.deep.equal([]);
        expect((await axeContrast(wrapper)).violations).to.deep.equal([]);
      });

      for (const accent of ACCENTS) {
        it(`--ms-color-accent: ${accent}`, async () => {
          wrapper.style.setProperty('--ms-color-accent', accent);
          const measured = measure(wrapper);
          const current = worst[page.scheme];
          if (!current || measured.worstLink < current.contrast) worst[page.scheme] = { contrast: measured.worstLink, accent };
          expect(measured.failures).to.deep.equal([]);
          // Each kind was found: the check looked at something.
          expect(measured.links, 'links').to.be.greaterThan(0);
          expect(measured.markers, 'markers').to.be.greaterThan(0);
          expect(measured.edges, 'accent edges').to.be.greaterThan(0);
          const axe = await axeContrast(wrapper);
          expect(axe.violations).to.deep.equal([]);
          expect(axe.passed, 'nodes axe checked and passed').to.be.greaterThan(measured.links);
        });
      }

      it('a two-value accent (light-dark()) is honoured per scheme and still held to contrast', async () => {
        wrapper.style.setProperty('--ms-color-accent', 'light-dark(#ffcc00, #000080)');
        expect(measure(wrapper).failures).to.deep.equal([]);
      });
    });
  }
});

describe('the fallback for engines without relative colours', () => {
  // Every engine under test has relative colour syntax, so the @supports
  // fallback is applied by hand here: the same declaration, on the host.
  for (const page of PAGES) {
    it(`holds contrast for every accent (${page.name})`, async () => {
      const wrapper = fixtureSync<HTMLElement>(widgets(page.style));
      await settle(wrapper);
      const failures: string[] = [];
      for (const accent of ACCENTS) {
        wrapper.style.setProperty('--ms-color-accent', accent);
        for (const el of deepQueryAll<HTMLElement>(wrapper, '*').filter((e) => e.localName.startsWith('ms-'))) {
          el.style.setProperty('--_accent', MIXED_ACCENT);
        }
        failures.push(...measure(wrapper).failures.map((f) => `${accent}: ${f}`));
      }
      expect(failures).to.deep.equal([]);
    });
  }
});
