import { css } from 'lit';

/** What the project checked, set apart from the article's own sentence. */
export const styles = css`
  [part~='record'],
  [part~='note'] {
    font-size: 0.9em;
  }
  [part~='note'] {
    font-style: italic;
  }
`;
