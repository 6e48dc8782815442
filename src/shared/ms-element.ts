import { LitElement, html, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { onContentChange, registeredLocales, resolveContent } from '../content/registry.js';
import type { ContentPack } from '../content/types.js';
import { clampLevel, heading } from './heading.js';
import { nearestLang, watchLang } from './lang.js';
import { tokens } from './tokens.styles.js';
import { invalidMessage } from './warn.js';

const DEFAULT_LEVEL = 2;
/** Locales already reported missing: one warning per page, not per element. */
const missingWarned = new Set<string>();

/**
 * What every ms-* element shares: the content pack for its language, the
 * `heading-level` attribute, the heading slot, bad-input warnings and tokens.
 *
 * Server-safe: nothing here touches the DOM before `connectedCallback`.
 */
export class MsElement extends LitElement {
  static override styles: CSSResultGroup = [tokens];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Level of the element's own heading, 1-6; inner headings go one deeper. */
  declare headingLevel: number;
  /** The content pack in use, chosen by the nearest `lang`. */
  protected pack: ContentPack = resolveContent('en').pack;
  /** The language the page asked for, when the pack serves it (may be more specific, e.g. "en-GB"). */
  protected locale = 'en';

  private warned = new Set<string>();
  private unwatch: Array<() => void> = [];

  constructor() {
    super();
    this.headingLevel = DEFAULT_LEVEL;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const refresh = () => this.pickPack();
    this.unwatch = [onContentChange(refresh), watchLang(refresh)];
    this.pickPack();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch.forEach((stop) => stop());
    this.unwatch = [];
  }

  private pickPack(): void {
    const lang = nearestLang(this) || 'en';
    const { pack, fallback } = resolveContent(lang);
    if (fallback && !missingWarned.has(lang.toLowerCase())) {
      missingWarned.add(lang.toLowerCase());
      console.warn(
        `<${this.localName}> lang: no content pack for "${lang}". Registered: ${registeredLocales().join(', ')}. Showing English; add one with registerContent("${lang}", pack).`,
      );
    }
    const locale = fallback ? pack.lang : lang;
    // Plain fields rather than reactive state, so they stay out of the public
    // manifest; they change only here.
    if (pack !== this.pack || locale !== this.locale) {
      this.pack = pack;
      this.locale = locale;
      this.requestUpdate();
    }
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('headingLevel') && this.level !== this.headingLevel) {
      this.warnInvalid('heading-level', this.headingLevel, 'an integer from 1 to 6 (default 2)');
    }
  }

  /** The valid heading level in use. */
  protected get level(): number {
    const n = this.headingLevel;
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : DEFAULT_LEVEL;
  }

  /** Warns once per element, attribute and value, so re-renders never flood the console. */
  protected warnInvalid(attr: string, value: unknown, allowed: string): void {
    const key = `${attr}\u0000${String(value)}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(invalidMessage(this.localName, attr, value, allowed));
  }

  /** The element's own heading; the `heading` slot replaces its text. */
  protected mainHeading(text: string): TemplateResult {
    return heading(this.level, html`<slot name="heading">${text}</slot>`, 'heading', 'heading');
  }

  /** The level for headings (and composed elements) one below this one. */
  protected get childLevel(): number {
    return clampLevel(this.level + 1);
  }

  /** A heading one level below the element's own. */
  protected subHeading(text: string, part: string): TemplateResult {
    return heading(this.childLevel, text, part);
  }
}
