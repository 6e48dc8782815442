import { css } from 'lit';

export const styles = css`
  /* The layout attribute is reflected, so an invalid value falls back to the list. */
  :host([layout='grid']) .stack {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
`;
