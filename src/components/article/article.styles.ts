import { css } from 'lit';

export const styles = css`
  article {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  article > h1, article > h2, article > h3, article > h4, article > h5, article > h6 {
    margin: 0;
  }
`;
