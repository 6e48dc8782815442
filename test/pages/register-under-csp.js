// Registers an edited English pack under the strict CSP (Trusted Types
// enforced) through the CDN module's exports. test/hosts.test.ts.
import { getContent, registerContent } from '/dist/cdn/ms-widgets-full.js';

const pack = structuredClone(getContent('en'));
pack.lang = 'en-x-csp';
pack.sources.heading = 'Sources (registered under CSP)';
registerContent('en-x-csp', pack);
