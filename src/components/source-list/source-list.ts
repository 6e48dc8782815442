import { html } from 'lit';
import { sourceListEnglish } from '../../content/en.generated.js';
import { define } from '../../shared/define.js';
import { MsAttributed } from '../../shared/attributed.js';
import { styles } from './source-list.styles.js';

/**
 * @tag ms-source-list
 * @summary The article's sources, in the article's order.
 *
 * @slot heading - Replaces the heading text ("Sources").
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The section heading.
 * @csspart list - The ordered list of sources.
 * @csspart item - One source.
 * @csspart link - A source's link, where the pack gives a URL.
 * @csspart footer - The attribution line: the article's title, "educational, not medical advice" and the `source-url` link. Absent with `no-attribution` and inside `ms-article`.
 * @csspart attribution-link - When another widget on the page holds the attribution line, the labelled link to it that stands in for the line.
 * @csspart source-link - The footer's link to the page with the sources and the disclaimer, when `source-url` is set.
 *
 * @cssprop [--ms-font-family=inherit] - Font of the widget (inherited from the page by default).
 * @cssprop [--ms-color-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--ms-color-accent=light-dark(#0a5394, #9cc9ff)] - Colour of links.
 * @cssprop [--ms-space=1rem] - Base spacing unit.
 */
export class MsSourceList extends MsAttributed<'sources'> {
  static override styles = [MsAttributed.styles, styles];

  protected override get english() {
    return sourceListEnglish;
  }

  override render() {
    const { heading, items } = this.pack.sources;
    return html`
      <section part="base" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(heading)}
        <ol part="list">
          ${items.map(
            (s) =>
              html`<li part="item">
                ${s.url
                  ? html`<a part="link" href=${s.url} rel="noopener noreferrer">${s.title}</a>`
                  : s.title}
              </li>`,
          )}
        </ol>
        ${this.footer()}
      </section>
    `;
  }
}

define('ms-source-list', MsSourceList);

declare global {
  interface HTMLElementTagNameMap {
    'ms-source-list': MsSourceList;
  }
}
