// WCAG 2.2 contrast ratio, for the Get code page's accent check. Plain
// JavaScript so the page (bundled by esbuild) and the Node tests share it.

/** The two backgrounds an accent is drawn on: the embed pages' solid backgrounds. */
export const BACKGROUNDS = { light: '#ffffff', dark: '#121212' };

/** Links and small text: WCAG 1.4.3 (AA). */
export const MIN_RATIO = 4.5;

/** `#rgb`, `#rrggbb`, `rgb` or `rrggbb` → `#rrggbb`, or null when it is not a hex colour. */
export function normalizeHex(value) {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value).trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return `#${digits.toLowerCase()}`;
}

/** Relative luminance of an `#rrggbb` colour (WCAG definition, sRGB). */
export function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two `#rrggbb` colours, 1..21. */
export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A colour against one scheme's background.
 * @param {string} colour  `#rrggbb`
 * @param {'light' | 'dark'} scheme
 * @returns {{ ratio: number, pass: boolean }}
 */
export function schemeContrast(colour, scheme) {
  const ratio = contrastRatio(colour, BACKGROUNDS[scheme]);
  return { ratio, pass: ratio >= MIN_RATIO };
}
