import { css } from 'lit';

export const styles = css`
  ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  li::marker {
    color: var(--_accent);
  }
`;
