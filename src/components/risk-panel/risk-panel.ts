import { html, nothing, type PropertyValues } from 'lit';
import type { PrecautionId } from '../../content/ids.js';
import { card } from '../../shared/card.styles.js';
import { riskPanelEnglish } from '../../content/en.generated.js';
import { define } from '../../shared/define.js';
import { childLevel, heading } from '../../shared/heading.js';
import { MsAttributed } from '../../shared/attributed.js';
import { styles } from './risk-panel.styles.js';

/** Detail of the `ms-toggle` event. */
export interface MsToggleDetail {
  /** The precaution's id, e.g. `treatment-risks`. */
  id: PrecautionId;
  /** Whether it is now expanded. */
  open: boolean;
}

/**
 * @tag ms-risk-panel
 * @summary The article's precautions and considerations, each a native disclosure, expanded unless the author asks for `collapsed`.
 *
 * Expanded by default: the benefits are always in full view, and regulators act
 * against stem-cell claims that show benefits and fold away risks, so balance is
 * the default. Collapsing the precautions takes an explicit `collapsed`.
 *
 * @slot heading - Replaces the heading text ("Precautions and Considerations").
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The section heading.
 * @csspart intro - The introductory paragraph.
 * @csspart item - One precaution (a `details` element).
 * @csspart summary - The control that expands a precaution: its title, with the disclosure marker.
 * @csspart item-heading - A precaution's title, a heading one level below the panel's (as each benefit's title is in `ms-benefit-list`).
 * @csspart item-text - A precaution's explanation.
 * @csspart footer - The attribution line: the article's title, "educational, not medical advice" and the `source-url` link. Absent with `no-attribution` and inside `ms-article`.
 * @csspart attribution-link - When another widget on the page holds the attribution line, the labelled link to it that stands in for the line.
 * @csspart source-link - The footer's link to the page with the sources and the disclaimer, when `source-url` is set.
 *
 * @cssprop [--ms-font-family=inherit] - Font of the widget (inherited from the page by default).
 * @cssprop [--ms-color-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--ms-color-accent=light-dark(#0a5394, #9cc9ff)] - Accent of each precaution's edge and focus ring.
 * @cssprop [--ms-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of each precaution.
 * @cssprop [--ms-color-border=color-mix(in srgb, currentColor 25%, transparent)] - Border of each precaution.
 * @cssprop [--ms-radius=0.5rem] - Corner radius of each precaution.
 * @cssprop [--ms-space=1rem] - Base spacing unit.
 *
 * @fires {CustomEvent<MsToggleDetail>} ms-toggle - A precaution was expanded or collapsed (by the reader, or by a change of `collapsed` or `open`; not by the first render); `detail` holds its `id` and `open` state. Bubbles and crosses shadow roots.
 */
export class MsRiskPanel extends MsAttributed<'precautions'> {
  static override styles = [MsAttributed.styles, card, styles];

  static override properties = {
    open: { type: Boolean, reflect: true },
    collapsed: { type: Boolean, reflect: true },
  };

  /**
   * Expands every precaution, whatever `collapsed` says: when an author asks for
   * both, the risks stay in view. Expanded is the default, so `open` only matters
   * next to `collapsed`; removing it returns to the default (expanded, unless `collapsed`).
   */
  declare open: boolean;

  /**
   * Collapses every precaution to its title, for a reader to expand. Off by default:
   * only an author who asks for it hides the risks' text (and `open` overrides it).
   * Removing it expands them all again. Print shows every precaution either way.
   */
  declare collapsed: boolean;

  /**
   * Each precaution's state as last rendered or reported, so that ms-toggle tells
   * of changes only: the `toggle` events the first render's open disclosures
   * queue change nothing.
   */
  #shown = new Map<PrecautionId, boolean>();

  protected override get english() {
    return riskPanelEnglish;
  }

  constructor() {
    super();
    this.open = false;
    this.collapsed = false;
  }

  /** Whether the precautions are shown expanded: the default, unless only `collapsed` is asked for. */
  get #expanded(): boolean {
    return this.open || !this.collapsed;
  }

  /**
   * One listener on the shadow root, rather than one per disclosure in the
   * template: it serves a panel showing a copy of another's DOM (see
   * MsElement.update) as well. `toggle` does not bubble: it is caught on its
   * way down (capture).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('toggle', () => this.#report(), true);
    return root;
  }

  /**
   * After a render too: a panel that showed a copy renders afresh when
   * `collapsed` or `open` changes, and new disclosures queue no `toggle`.
   */
  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#report();
  }

  /** Fires ms-toggle for each precaution whose state is not the one last reported. */
  #report(): void {
    const { items } = this.pack.precautions;
    this.renderRoot.querySelectorAll('details').forEach((details, i) => {
      const id = items[i]?.id;
      const open = details.open;
      if (!id || this.#shown.get(id) === open) return;
      this.#shown.set(id, open);
      const detail: MsToggleDetail = { id, open };
      this.dispatchEvent(new CustomEvent('ms-toggle', { detail, bubbles: true, composed: true }));
    });
  }

  override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // What each disclosure shows now is what later toggles are measured from:
    // the first render's state, or, after hydration, the server's as the
    // reader may have left it (a click on a summary works before hydration).
    const shown = this.renderRoot.querySelectorAll<HTMLDetailsElement>('details[part="item"]');
    this.pack.precautions.items.forEach((item, i) => this.#shown.set(item.id, !!shown[i]?.open));
  }

  override render() {
    const { heading: title, intro, items } = this.pack.precautions;
    const expanded = this.#expanded;
    return html`
      <section part="base" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(title)}
        <p part="intro">${intro}</p>
        <div class="stack">
          ${items.map(
            (item) => html`<details part="item" class="card" ?open=${expanded}>
              <summary part="summary">${heading(childLevel(this.level), item.title, 'item-heading', nothing)}</summary>
              <p part="item-text">${item.text}</p>
            </details>`,
          )}
        </div>
        ${this.footer()}
      </section>
    `;
  }
}

define('ms-risk-panel', MsRiskPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ms-risk-panel': MsRiskPanel;
  }
  interface HTMLElementEventMap {
    'ms-toggle': CustomEvent<MsToggleDetail>;
  }
}
