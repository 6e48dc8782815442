/**
 * The elements composed into real pages. The page prose around them is the
 * blogger's and the clinic's own and makes no medical statement; everything
 * about stem cells and MS comes from the article, through the elements.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import { msElements, pageStyle, settle } from './support/story-kit.js';

const meta = {
  title: 'Examples',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const blogCss = `
  .blog { max-inline-size: 42rem; margin-inline: auto; font-family: 'DejaVu Serif', Georgia, serif; line-height: 1.6; }
  .blog header { border-block-end: 1px solid currentColor; margin-block-end: 1.5rem; }
  .blog header p { margin: 0; font-style: italic; }
  .blog h1 { font-size: 2rem; line-height: 1.2; }
  .blog footer { border-block-start: 1px solid currentColor; margin-block-start: 2rem; padding-block-start: 0.5rem; font-size: 0.9rem; }
`;

/**
 * A personal blog: one `<ms-article>` under the blogger's own post title, in
 * the blog's font and colours (the widget inherits them).
 */
export const BlogPost: Story = {
  render: () => html`
    ${pageStyle(blogCss)}
    <div class="blog">
      <header>
        <p>Notes from my reading list</p>
      </header>
      <main>
        <h1>An article worth sharing</h1>
        <p>
          Readers keep sending me this article, so here it is in full, with its sources. I have not changed a word
          of it. I am not a clinician, and I have nothing to add to what it says.
        </p>
        <ms-article heading-level="2"></ms-article>
      </main>
      <footer>
        <p>Posted in Reading list. Comments are closed on this post.</p>
      </footer>
    </div>
  `,
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const article = msElements(canvasElement).find((e) => e.localName === 'ms-article');
    await expect(article?.shadowRoot?.querySelector('h2[part~="heading"]')).toBeTruthy();
  },
};

const clinicCss = `
  .clinic {
    --ms-font-family: 'DejaVu Sans', system-ui, sans-serif;
    --ms-color-text: #1d2b36;
    --ms-color-accent: #00756f;
    --ms-color-surface: #eef7f6;
    --ms-color-border: #9fcfca;
    --ms-radius: 0.125rem;
    --ms-space: 1.25rem;
    font-family: 'DejaVu Sans', system-ui, sans-serif;
    color: #1d2b36;
    background: #ffffff;
    color-scheme: light;
  }
  .clinic .masthead { background: #00534e; color: #ffffff; padding: 1rem 1.5rem; }
  .clinic .masthead p { margin: 0; font-weight: 700; font-size: 1.25rem; }
  .clinic nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0.5rem 0 0; padding: 0; }
  .clinic nav a { color: #ffffff; }
  .clinic main { max-inline-size: 60rem; margin-inline: auto; padding: 1.5rem clamp(0rem, 3vw, 1.5rem); }
  .clinic h1 { color: #00534e; }
  .clinic .columns { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); align-items: start; }
  .clinic footer { background: #eef7f6; padding: 1rem 1.5rem; }
`;

/**
 * A clinic's treatment-information page: chosen pieces of the article in the
 * clinic's brand (set only through the --ms-* tokens), with the date the
 * clinic last reviewed it.
 */
export const ClinicPage: Story = {
  render: () => html`
    ${pageStyle(clinicCss)}
    <div class="clinic">
      <header class="masthead">
        <p>Riverside Neurology Clinic (example)</p>
        <nav aria-label="Clinic">
          <ul>
            <li><a href="#about">About us</a></li>
            <li><a href="#reading">Patient reading</a></li>
            <li><a href="#contact">Contact</a></li>
          </ul>
        </nav>
      </header>
      <main id="reading">
        <h1>Patient reading: stem cell therapy and MS</h1>
        <p>
          Patients often ask us about articles they have read. This page shows one of them, with its sources and
          the date our team last reviewed this page.
        </p>
        <ms-section name="introduction" heading-level="2"></ms-section>
        <ms-benefit-list layout="grid" heading-level="2"></ms-benefit-list>
        <div class="columns">
          <ms-evidence-list heading-level="2"></ms-evidence-list>
          <ms-risk-panel heading-level="2"></ms-risk-panel>
        </div>
        <ms-source-list heading-level="2"></ms-source-list>
        <ms-disclaimer heading-level="2" reviewed="2026-11-01"></ms-disclaimer>
      </main>
      <footer id="contact">
        <p>Questions about this page? Ask at the front desk at your next visit.</p>
      </footer>
    </div>
  `,
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const disclaimer = msElements(canvasElement).find((e) => e.localName === 'ms-disclaimer');
    await expect(disclaimer?.shadowRoot?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-01');
  },
};
