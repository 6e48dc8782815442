/**
 * The query parameters of an embed page, read and checked. Each one is
 * matched against a closed list or a strict pattern and turned into a value
 * of our own (a number, a keyword, a normalised hex colour, a font name of
 * letters, digits, spaces and hyphens): nothing the host wrote reaches the
 * page's markup or CSS as it was written. A bad value means the default and
 * one warning that names the parameter, the value and what is allowed.
 */
import { BENEFIT_IDS } from '../../src/content/ids.js';

export type Scheme = 'light' | 'dark' | 'auto';
export type Background = 'solid' | 'transparent';

export interface EmbedOptions {
  scheme: Scheme;
  /** `#rrggbb` or `#rgb`, lower case; undefined keeps the widgets' own accent. */
  accent: string | undefined;
  background: Background;
  /** A CSS font-family list built from a keyword or a checked name. */
  fontFamily: string;
  /** Root text size in px. */
  size: number;
  /** undefined keeps the page's own levels. */
  headingLevel: number | undefined;
  /** undefined keeps the page's language. */
  lang: string | undefined;
  /** Benefit lists only. */
  layout: 'list' | 'grid' | undefined;
  /** Benefit lists only: the ids, space separated. */
  benefits: string | undefined;
}

/** The locales an embed page can show: the content packs it carries (only English ships). */
export const LOCALES = ['en'];

export const FONT_FAMILIES: Record<string, string> = {
  sans: 'system-ui, sans-serif',
  serif: 'ui-serif, Georgia, "Times New Roman", serif',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  mono: 'ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace',
};

export const DEFAULTS: EmbedOptions = {
  scheme: 'auto',
  accent: undefined,
  background: 'solid',
  fontFamily: FONT_FAMILIES.sans,
  size: 16,
  headingLevel: undefined,
  lang: undefined,
  layout: undefined,
  benefits: undefined,
};

/** A parameter's check: the value to use, or undefined when `raw` is not allowed. */
interface Rule<K extends keyof EmbedOptions> {
  option: K;
  allowed: string;
  read(raw: string): EmbedOptions[K] | undefined;
  /** Only on pages whose widget is one of these tags. */
  tags?: readonly string[];
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
/** A font the host page may have installed: a name, never CSS syntax (no quotes, semicolons, braces, slashes). */
const FONT_NAME = /^[A-Za-z0-9][A-Za-z0-9 -]{0,39}$/;
/** Whether `name` is such a name as written, with no space around it: the one rule for the embed pages and the Get code page. */
export const isFontName = (name: string): boolean => FONT_NAME.test(name) && name.trim() === name;
/** What `isFontName` allows, in words. */
export const FONT_NAME_RULE = 'a font name of up to 40 letters, digits, spaces and hyphens, beginning with a letter or digit';
const LANG_TAG = /^([a-z]{2,3})(-[a-z0-9]{1,8})*$/i;

const integer = (raw: string, min: number, max: number): number | undefined => {
  if (!/^\d{1,2}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
};

const oneOf =
  <T extends string>(...values: T[]) =>
  (raw: string): T | undefined =>
    values.includes(raw as T) ? (raw as T) : undefined;

const RULES: Record<string, Rule<keyof EmbedOptions>> = {
  scheme: { option: 'scheme', allowed: 'light, dark, auto', read: oneOf<Scheme>('light', 'dark', 'auto') },
  accent: {
    option: 'accent',
    allowed: 'a hex colour of 3 or 6 digits, rrggbb or #rrggbb',
    read: (raw) => (HEX.test(raw) ? `#${raw.replace('#', '').toLowerCase()}` : undefined),
  },
  background: { option: 'background', allowed: 'solid, transparent', read: oneOf<Background>('solid', 'transparent') },
  font: {
    option: 'fontFamily',
    allowed: `${Object.keys(FONT_FAMILIES).join(', ')}, or ${FONT_NAME_RULE}`,
    read: (raw) => FONT_FAMILIES[raw] ?? (isFontName(raw) ? `"${raw}", sans-serif` : undefined),
  },
  size: { option: 'size', allowed: 'a whole number of px from 12 to 24', read: (raw) => integer(raw, 12, 24) },
  'heading-level': { option: 'headingLevel', allowed: '1, 2, 3, 4, 5, 6', read: (raw) => integer(raw, 1, 6) },
  lang: {
    option: 'lang',
    allowed: `a language with a content pack here: ${LOCALES.join(', ')}`,
    read: (raw) => {
      const primary = LANG_TAG.exec(raw)?.[1].toLowerCase();
      return primary && LOCALES.includes(primary) ? raw : undefined;
    },
  },
  layout: { option: 'layout', allowed: 'list, grid', read: oneOf('list', 'grid'), tags: ['ms-benefit-list'] },
  benefits: {
    option: 'benefits',
    allowed: `benefit ids separated by spaces or "+", each at most once: ${BENEFIT_IDS.join(', ')}`,
    read: (raw) => {
      const ids = raw.split(/[\s+]+/).filter(Boolean);
      const known: readonly string[] = BENEFIT_IDS;
      return ids.length > 0 && ids.every((id) => known.includes(id)) && new Set(ids).size === ids.length
        ? ids.join(' ')
        : undefined;
    },
    tags: ['ms-benefit-list'],
  },
};

/** Long values are cut in the warning: it names the value, it need not repeat a page of it. */
const quote = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * The options of a page whose widget is `tag`, from its query string. Each
 * problem is passed to `warn` once, as one sentence.
 */
export function readOptions(search: string, tag: string, warn: (message: string) => void): EmbedOptions {
  const options: EmbedOptions = { ...DEFAULTS };
  const params = new URLSearchParams(search);
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    if (seen.has(name)) continue;
    seen.add(name);
    // The first is read, as URLSearchParams.get reads it; the others are said, not silently lost.
    const times = params.getAll(name).length;
    if (times > 1) warn(`ms-widgets embed: parameter ${quote(name)} is given ${times} times: the first, ${quote(raw)}, is read and the others are ignored.`);
    const rule = Object.hasOwn(RULES, name) ? RULES[name] : undefined;
    if (!rule) {
      warn(`ms-widgets embed: unknown parameter ${quote(name)} ignored. Known: ${Object.keys(RULES).join(', ')}.`);
      continue;
    }
    if (rule.tags && !rule.tags.includes(tag)) {
      warn(`ms-widgets embed: parameter "${name}" ignored: it applies to ${rule.tags.join(', ')} only, and this page shows ${tag}.`);
      continue;
    }
    const value = rule.read(raw);
    if (value === undefined) {
      warn(`ms-widgets embed: parameter "${name}": ${quote(raw)} is not valid. Allowed: ${rule.allowed}. Using the default.`);
      continue;
    }
    (options as unknown as Record<string, unknown>)[rule.option] = value;
  }
  return options;
}
