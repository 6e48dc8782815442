import { css } from 'lit';

export const styles = css`
  aside {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    font-size: 0.9em;
    break-inside: avoid;
  }
  h1, h2, h3, h4, h5, h6 {
    font-size: 1em;
  }
  /*
   * A warning, not just bold text: its own colour (dark amber on light pages,
   * light amber on dark ones: 5:1 or more on the box's surface), an edge and a
   * triangle, all in that colour, so it reads as a warning without relying on
   * colour alone.
   */
  [part~='overdue'] {
    --_warning: light-dark(#9a4a00, #ffb454);
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    color: var(--_warning);
    font-weight: 700;
    border-inline-start: 4px solid;
    padding-inline-start: 0.5em;
  }
  [part~='overdue'] svg {
    flex: none;
    inline-size: 1.15em;
    block-size: 1em;
    fill: currentColor;
  }
  @media print {
    /* Paper is white whatever the screen's scheme: the light scheme's amber, printed as it is. */
    [part~='overdue'] {
      --_warning: #9a4a00;
      print-color-adjust: exact;
    }
  }
`;
