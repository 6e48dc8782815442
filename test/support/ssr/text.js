// The text a reader gets from server-rendered HTML, for suites that compare words, not markup.

/** Text of rendered HTML: tags, comments and styles out, entities decoded, whitespace collapsed. */
export const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
