import { css } from 'lit';

/**
 * What the project checked (the record and the notes after the article's
 * sentence), set apart from that sentence. For the study body (study.ts) in
 * the card and in ms-evidence-list, where the note's part is `card-note`.
 */
export const styles = css`
  p ~ p {
    font-size: 0.9em;
  }
  [part$='note'] {
    font-style: italic;
  }
`;
