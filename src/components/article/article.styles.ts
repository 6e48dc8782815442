import { css } from 'lit';

export const styles = css`
  article {
    display: grid;
    grid-template-columns: minmax(0, 1fr); /* see .stack in card.styles.ts */
    gap: calc(var(--_space) * 1.5);
  }
  /* The grid gap alone spaces the parts: no heading or widget margins. */
  article > * {
    margin: 0;
  }
`;
