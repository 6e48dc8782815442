import { css } from 'lit';

export const styles = css`
  summary {
    cursor: pointer;
    padding-block: calc(var(--_space) * 0.25);
    /* Room between the marker and the focus ring, without moving the text. */
    padding-inline: calc(var(--_space) * 0.25);
    margin-inline: calc(var(--_space) * -0.25);
    border-radius: calc(var(--_radius) * 0.5);
  }
  /* Inline, so the marker stays on the title's line. The title is a heading
     of the benefits' titles' level, size and weight: a risk is never less
     visible than a benefit, on screen or in a reader's list of headings. */
  summary > * {
    display: inline;
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
