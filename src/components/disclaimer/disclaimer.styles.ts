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
  [part~='overdue'] {
    font-weight: 700;
  }
`;
