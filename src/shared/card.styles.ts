import { css } from 'lit';

/** The bordered, tinted box shared by benefits, study cards and precautions. */
export const card = css`
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    break-inside: avoid;
  }
  .stack {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    /* minmax(0, …): a long word (immunosuppressants at large text sizes) must
       not widen the column past the screen; it breaks instead (overflow-wrap). */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
`;
