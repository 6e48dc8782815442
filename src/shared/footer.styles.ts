import { css } from 'lit';

/** The attribution footer of an element shown on its own: one quiet line below the content. */
export const footer = css`
  footer {
    margin-block-start: var(--_space);
    font-size: 0.85em;
  }
`;
