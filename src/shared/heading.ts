import { html, nothing, type TemplateResult } from 'lit';

/** Clamps to a real HTML heading level: deeper than 6 stays at 6. */
export const clampLevel = (level: number): number => Math.min(6, Math.max(1, level));

/** The level one below `level`: inner headings and composed elements. */
export const childLevel = (level: number): number => clampLevel(level + 1);

/**
 * A heading at a level chosen at run time. Lit cannot bind a tag name, so
 * each level is its own template; this keeps real <hN> semantics.
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${id ?? nothing}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id ?? nothing}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id ?? nothing}>${content}</h6>`;
  }
}
