import { css } from 'lit';

/**
 * What the project checked (the label, the record and the notes after the
 * article's sentence), set apart from that sentence: a dashed box of its own,
 * in smaller type, under a bold label, so that on screen, in forced colours
 * and on paper (no tint there) it never reads as the article's words. For the
 * study body (study.ts) in the card and in ms-evidence-list, whose parts carry
 * the prefix `card-`.
 */
export const styles = css`
  .check {
    margin-block-start: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    font-size: 0.9em;
  }
  .check p {
    margin-block: 0.4em 0;
  }
  .check .check-label {
    margin-block-start: 0;
    font-weight: bold;
  }
  [part$='note'] {
    font-style: italic;
  }
  /* As in ms-article: Firefox splits a card in a grid across pages, so on
     paper the list of study cards is a plain column of blocks. */
  @media print {
    .stack {
      display: block;
    }
    .stack > * + * {
      margin-block-start: calc(var(--_space) * 0.75);
    }
  }
`;
