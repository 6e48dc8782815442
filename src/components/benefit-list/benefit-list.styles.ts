import { css } from 'lit';

/*
 * The grid fills whole rows only: four cards go 1 × 4, 2 × 2 or 4 × 1, never
 * 3 + 1 with an orphan; three (a subset) stay one per row until all three
 * fit side by side, never 2 + 1; two go side by side once two fit. A card
 * needs about 16rem, and the widths below are n cards plus the gaps between
 * them. Container queries: the room is the widget's, not the screen's (a
 * column, a sidebar, an embed frame).
 */
export const styles = css`
  /* The layout attribute is reflected, so an invalid value falls back to the list. */
  :host([layout='grid']) [part~='base'] {
    container-type: inline-size;
  }
  @container (min-width: 33rem) {
    :host([layout='grid']) .stack:has(> :nth-child(2):last-child, > :nth-child(4):last-child) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 50rem) {
    :host([layout='grid']) .stack:has(> :nth-child(3):last-child) {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 67rem) {
    :host([layout='grid']) .stack:has(> :nth-child(4):last-child) {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
`;
