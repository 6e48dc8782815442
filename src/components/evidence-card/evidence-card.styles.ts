import { css } from 'lit';

/** What the project checked (the record and the notes after the article's sentence), set apart from that sentence. */
export const styles = css`
  p ~ p {
    font-size: 0.9em;
  }
  [part$='note'] {
    font-style: italic;
  }
`;
