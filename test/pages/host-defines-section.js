/* global customElements, HTMLElement -- a classic script in a test page */
// The host page defines <ms-section> itself, before the bundle loads (a name
// clash with its own component). test/hosts.test.ts.
customElements.define(
  'ms-section',
  class HostSection extends HTMLElement {
    connectedCallback() {
      this.textContent = 'The host page’s own ms-section';
    }
  },
);
