import { html, type nothing, type TemplateResult } from 'lit';

/** The level one below `level` (1-6), for inner headings and composed elements: 6 stays 6. */
export const childLevel = (level: number): number => Math.min(6, level + 1);

/**
 * A heading at a level chosen at run time. Lit cannot bind a tag name, so
 * each level is its own template; this keeps real <hN> semantics. `level`
 * comes from `MsElement.level` or `childLevel`, so it is already 1-6.
 */
export function heading(level: number, content: unknown, part: string, id: string | typeof nothing): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${id}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id}>${content}</h6>`;
  }
}
