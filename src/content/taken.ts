// What the content registry must know of the elements' definitions, kept
// here (below the elements) so that registry.ts need not import them.

/**
 * Tags this copy of the widgets found already defined: by another copy (two
 * bundles on one page) or by the page itself. Their elements read another
 * copy's content packs, which registerContent says when it is called here.
 */
export const taken: string[] = [];

/**
 * Definitions the hydrate file holds back until after the page's first frame
 * (src/hydration/definitions.ts). registerContent runs them first, so that
 * each widget upgrades with the packs the page had before that registration,
 * as it does where the elements are defined at once: a server-rendered
 * widget that waits hydrates with the pack it upgraded with, and applies a
 * later one after that.
 */
export const heldDefinitions: (() => void)[] = [];

export function runHeldDefinitions(): void {
  heldDefinitions.splice(0).forEach((definition) => definition());
}
