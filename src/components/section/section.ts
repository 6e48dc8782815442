import { html, type PropertyValues } from 'lit';
import { SECTION_IDS, type SectionId } from '../../content/ids.js';
import { sectionEnglish } from '../../content/en.generated.js';
import { define } from '../../shared/define.js';
import { MsAttributed } from '../../shared/attributed.js';

/**
 * @tag ms-section
 * @summary One prose section of the article, chosen by `name`.
 *
 * @slot heading - Replaces the section's heading text.
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The section heading.
 * @csspart paragraph - Each paragraph of text.
 * @csspart footer - The attribution line: the article's title, "educational, not medical advice" and the `source-url` link. Absent with `no-attribution` and inside `ms-article`.
 * @csspart attribution-link - When another widget on the page holds the attribution line, the labelled link to it that stands in for the line.
 * @csspart source-link - The footer's link to the page with the sources and the disclaimer, when `source-url` is set.
 *
 * @cssprop [--ms-font-family=inherit] - Font of the widget (inherited from the page by default).
 * @cssprop [--ms-color-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--ms-space=1rem] - Base spacing unit.
 */
export class MsSection extends MsAttributed<'sections'> {
  static override properties = {
    name: {},
  };

  /** Which section: introduction, understanding-ms, conventional-treatments, exploring-stem-cell-therapy or conclusion. */
  declare name: SectionId;

  protected override get english() {
    return sectionEnglish;
  }

  constructor() {
    super();
    this.name = '' as SectionId;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('name') && !this.#section) {
      this.warnInvalid('name', this.name ?? '', SECTION_IDS.join(', '));
    }
  }

  get #section() {
    return this.pack.sections.find((s) => s.id === this.name);
  }

  override render() {
    const section = this.#section;
    if (!section) return this.ownContent();
    return html`
      <section part="base" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(section.heading)}
        ${section.paragraphs.map((p) => html`<p part="paragraph">${p}</p>`)} ${this.footer()}
      </section>
    `;
  }
}

define('ms-section', MsSection);

declare global {
  interface HTMLElementTagNameMap {
    'ms-section': MsSection;
  }
}
