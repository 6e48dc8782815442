// Tags another copy of the bundle (or the page) defined first, kept here so
// the registry can tell registerContent's callers which copy they reached.

/**
 * Tags this copy of the widgets found already defined: by another copy (two
 * bundles on one page) or by the page itself. Their elements read another
 * copy's content packs, which registerContent says when it is called here.
 */
export const taken: string[] = [];
