import { css } from 'lit';

export const styles = css`
  summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: calc(var(--_space) * 0.25);
    /* Room between the marker and the focus ring, without moving the text. */
    padding-inline: calc(var(--_space) * 0.25);
    margin-inline: calc(var(--_space) * -0.25);
    border-radius: calc(var(--_radius) * 0.5);
  }
  summary::marker {
    color: var(--_accent);
  }
  details[open] > summary {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  details > p {
    margin-block-end: 0;
  }
  @media print {
    /* Paper cannot be clicked: show every precaution. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    /* …so no marker says "closed". */
    summary {
      display: block;
    }
  }
`;
