import { css } from 'lit';

export const styles = css`
  .grid {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
`;
