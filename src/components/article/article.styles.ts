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
  /* The widgets inside take the article's line height as it is, not their
     own default (tokens.styles.ts), so a value the page sets on ms-article holds. */
  ms-section, ms-benefit-list, ms-evidence-list, ms-risk-panel, ms-source-list, ms-disclaimer {
    line-height: inherit;
  }
  /* Firefox splits a card across two pages, despite break-inside: avoid,
     when the card sits in a grid item: on paper the parts are a plain
     column of blocks, spaced as the gap spaces them on screen. */
  @media print {
    article {
      display: block;
    }
    article > * + * {
      margin-block-start: calc(var(--_space) * 1.5);
    }
  }
`;
