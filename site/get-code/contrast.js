// WCAG 2.2 contrast ratio, for the Get code page's accent check. Plain
// JavaScript so the page (bundled by esbuild) and the Node tests share it.
// The colour judged is the one the widget draws (drawn-accent.ts reads it
// from a real widget style), not the colour typed in: the widget adjusts an
// accent per colour scheme so that it reads (src/shared/tokens.styles.ts).

/** The two backgrounds an accent is drawn on: the embed pages' solid backgrounds. */
export const BACKGROUNDS = { light: '#ffffff', dark: '#121212' };

/** The embed pages' text colours (site/build/embed-page.js), which a mixed accent takes its part from. */
export const TEXT = { light: '#1a1a1a', dark: '#f0f0f0' };

/** Links and small text: WCAG 1.4.3 (AA). */
export const MIN_RATIO = 4.5;

/** `#rgb`, `#rrggbb`, `rgb` or `rrggbb` → `#rrggbb`, or null when it is not a hex colour. */
export function normalizeHex(value) {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value).trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return `#${digits.toLowerCase()}`;
}

const toLinear = (channel) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
const toGamma = (linear) => (linear <= 0.0031308 ? linear * 12.92 : 1.055 * linear ** (1 / 2.4) - 0.055);
const clamp01 = (x) => Math.min(1, Math.max(0, x));

/**
 * A computed CSS colour as its linear-light sRGB channels (0..1): the forms
 * engines serialize a computed colour in, `rgb(r, g, b)` / `rgba(…)`,
 * `color(srgb r g b)` and `color(srgb-linear r g b)`, or `#rrggbb`. Null for
 * anything else.
 */
export function linearChannels(value) {
  const text = String(value).trim();
  const hex = normalizeHex(text);
  if (hex) return [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const numbers = (list) => list.trim().split(/[\s,/]+/).slice(0, 3).map(Number);
  let m = /^rgba?\(([^)]*)\)$/.exec(text);
  if (m) return numbers(m[1]).map((c) => toLinear(clamp01(c / 255)));
  m = /^color\((srgb|srgb-linear)\s+([^)]*)\)$/.exec(text);
  if (m) return numbers(m[2]).map((c) => (m[1] === 'srgb' ? toLinear(clamp01(c)) : clamp01(c)));
  return null;
}

/** `#rrggbb` of linear-light channels, for showing the colour drawn. */
export function hexOfLinear(channels) {
  return `#${channels.map((c) => Math.round(toGamma(clamp01(c)) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG definition) of a colour in any form linearChannels reads. */
export function luminance(colour) {
  const [r, g, b] = linearChannels(colour);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1..21. */
export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A colour against one scheme's background.
 * @param {string} colour  any form linearChannels reads
 * @param {'light' | 'dark'} scheme
 * @returns {{ ratio: number, pass: boolean }}
 */
export function schemeContrast(colour, scheme) {
  const ratio = contrastRatio(colour, BACKGROUNDS[scheme]);
  return { ratio, pass: ratio >= MIN_RATIO };
}
