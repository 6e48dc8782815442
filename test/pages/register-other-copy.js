// test/pages/register-other-copy.html: registers a pack through
// ms-widgets-full.js after ms-widgets.js defined the tags.
import { getContent, registerContent } from '/dist/cdn/ms-widgets-full.js';

const pack = structuredClone(getContent('en'));
pack.lang = 'en-x-other';
pack.sections[0].heading = 'Heading from the other copy';
registerContent('en-x-other', pack);
